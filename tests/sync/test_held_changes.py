"""Changes held because a child left the caseload: the child comes back, or a manager decides.

A laptop sends its held changes again at every sync, so it learns what became of
each: still held, applied (the child came back, or a manager accepted it), or
declined with the manager's reason. Nothing is lost on either side.
"""

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.helpers.harness import Device, Harness, enrol
from tests.helpers.replicas import server_rows
from yjfield.domain.child import Child
from yjfield.domain.contact import Appointment, CaseEntry
from yjfield.server import held
from yjfield.server.admin import AdminError
from yjfield.server.cli import main
from yjfield.server.db import server_audit
from yjfield.sync.engine import SyncReport
from yjfield.sync.errors import SyncError

NOW = datetime.now(UTC)


def moved_away(harness: Harness, devices: list[Device]) -> tuple[Device, Device, Child]:
    """yw's and cm's laptops, synced with a child of both, then the child moved to cm alone."""
    yw, cm = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    child = harness.new_child(cm, "yw")
    cm.sync()
    yw.sync()
    harness.unassign(child.id, "yw")
    return yw, cm, child


def note_held_for(harness: Harness, devices: list[Device],
                  text: str) -> tuple[Device, Device, str, str]:
    """A note yw wrote for a child who was moved to cm alone before it arrived."""
    yw, cm, child = moved_away(harness, devices)
    note = yw.store.add_fact(CaseEntry(child_id=child.id, at=NOW, text=text))
    report = yw.sync()
    assert report.held == 1 and report.purged == [child.id]
    assert [p.change_id for p in yw.store.problems()] != []
    return yw, cm, child.id, note.id


def waiting_number(harness: Harness) -> int:
    with harness.engine.connect() as conn:
        [item] = held.waiting(conn, service_id=harness.service_id)
    return item.number


def test_a_note_held_while_the_child_was_away_goes_up_once_the_child_is_back(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm, child = moved_away(harness, devices)
    note = yw.store.add_fact(CaseEntry(child_id=child.id, at=NOW,
                                       text="written as the child was moved"))
    report = SyncReport()
    yw.engine._push(report)  # the push lands while the child is away...
    assert report.held == 1
    harness.assign(child.id, "yw")  # ...and the child is back before the pull
    yw.sync()  # the held note goes again, and now it is applied
    assert note.id in server_rows(harness.engine)
    assert yw.store.pending_count() == 0 and yw.store.problems() == []
    cm.sync()
    assert note.id in {r.fact.id for r in cm.store.facts(child.id, "case_entry")}


def test_an_appointment_held_while_the_child_was_away_goes_up_once_the_child_is_back(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm, child = moved_away(harness, devices)
    booked = yw.store.create(Appointment(child_id=child.id, start=NOW + timedelta(days=2)))
    report = SyncReport()
    yw.engine._push(report)
    assert report.held == 1  # the appointment (an audit event is always kept)
    harness.assign(child.id, "yw")
    yw.sync()
    assert booked.id in server_rows(harness.engine)
    assert yw.store.pending_count() == 0 and yw.store.problems() == []
    cm.sync()
    assert [e.record.id for e in cm.store.entities("appointment", child.id)] == [booked.id]


def test_a_note_purged_with_its_child_comes_back_with_the_child(
        harness: Harness, devices: list[Device]) -> None:
    yw, _cm, child_id, note_id = note_held_for(harness, devices, "kept through the move")
    assert yw.store.children_held() == set()  # purged, the held change kept
    harness.assign(child_id, "yw")
    yw.sync()
    yw.sync()
    assert yw.store.problems() == [] and yw.store.pending_count() == 0
    assert [r.fact.id for r in yw.store.facts(child_id, "case_entry")] == [note_id]
    assert note_id in server_rows(harness.engine)


def test_a_held_edit_is_applied_when_the_child_comes_back_and_races_like_any_edit(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm, child = moved_away(harness, devices)
    yw.store.update("child", child.id, {"preferred_name": "Robbie", "gender": "Boy"})
    yw.sync()  # held, and the child purged
    cm.store.update("child", child.id, {"preferred_name": "Rob"})  # meanwhile, at the office
    cm.sync()
    harness.assign(child.id, "yw")
    yw.sync()
    yw.sync()
    cm.sync()
    assert yw.store.problems() == [] and yw.store.pending_count() == 0
    record = cm.store.entity("child", child.id)
    assert record.data["gender"] == "Boy"  # nobody else changed it: simply applied
    [conflict] = [c for c in cm.store.conflicts() if c.field == "preferred_name"]
    assert sorted(c["value"] for c in conflict.candidates) == ["Rob", "Robbie"]
    assert yw.store.entity("child", child.id).conflicts == record.conflicts


def test_a_manager_accepts_a_held_note_and_the_laptop_learns_it(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm, child_id, note_id = note_held_for(harness, devices, "seen at the youth club")
    number = waiting_number(harness)
    with harness.engine.begin() as conn:
        held.accept(conn, number, by="cm")
    assert note_id in server_rows(harness.engine)
    cm.sync()
    [entry] = cm.store.facts(child_id, "case_entry")
    assert entry.fact.id == note_id and entry.fact.recorded_by == harness.users["yw"]
    yw.sync()
    assert yw.store.problems() == [] and yw.store.pending_count() == 0
    assert yw.store.children_held() == set()  # still not theirs to hold
    with harness.engine.connect() as conn:
        assert held.waiting(conn) == []
        [event] = conn.execute(select(server_audit).where(
            server_audit.c.action == "held_change_accepted")).mappings().all()
    assert event["user_id"] == harness.users["cm"] and event["child_id"] == child_id


def test_a_manager_declines_a_held_note_and_the_laptop_keeps_it_with_the_reason(
        harness: Harness, devices: list[Device]) -> None:
    yw, _cm, _, note_id = note_held_for(harness, devices, "a note for the wrong child")
    number = waiting_number(harness)
    with harness.engine.begin() as conn:
        held.decline(conn, number, by="cm",
                     reason="This was about another young person; please re-record it.")
    yw.sync()
    [problem] = yw.store.problems()
    assert problem.state == "rejected" and problem.reason_code == "declined"
    assert "another young person" in (problem.reason or "")
    assert problem.payload["record"]["text"] == "a note for the wrong child"  # kept
    assert note_id not in server_rows(harness.engine)
    yw.sync()  # a refused change is not sent again
    assert len(yw.store.problems()) == 1


def test_only_a_manager_of_the_service_decides_and_each_change_once(
        harness: Harness, devices: list[Device]) -> None:
    note_held_for(harness, devices, "waiting for a decision")
    number = waiting_number(harness)
    for who, words in (("yw", "cannot decide"), ("sup", "cannot decide"),
                       ("nobody", "no user called nobody")):
        with pytest.raises(AdminError, match=words), harness.engine.begin() as conn:
            held.accept(conn, number, by=who)
    with pytest.raises(AdminError, match="reason"), harness.engine.begin() as conn:
        held.decline(conn, number, by="cm", reason="  ")
    with harness.engine.begin() as conn:
        held.accept(conn, number, by="cm")
    for decide in (lambda conn: held.accept(conn, number, by="cm"),
                   lambda conn: held.decline(conn, number, by="cm", reason="late")):
        with pytest.raises(AdminError, match="waiting"), harness.engine.begin() as conn:
            decide(conn)


def test_the_held_list_shows_what_each_change_is(harness: Harness,
                                                 devices: list[Device]) -> None:
    _yw, _cm, child_id, note_id = note_held_for(harness, devices, "the words of the note")
    with harness.engine.connect() as conn:
        [item] = held.waiting(conn)
    assert item.describe() == "new case_entry by yw"
    assert item.child_id == child_id and item.change.record_id == note_id
    assert json.loads(item.change.model_dump_json())["record"]["text"] == "the words of the note"


def test_held_changes_from_the_command_line(harness: Harness, devices: list[Device],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _yw, _cm, child_id, _ = note_held_for(harness, devices, "first note")
    url = harness.engine.url.render_as_string(hide_password=False)

    def cli(*args: str) -> tuple[int, str, str]:
        code = main(["--database", url, "held-changes", *args])
        out, err = capsys.readouterr()
        return code, out.strip(), err.strip()

    code, out, _ = cli("--service", harness.service_id)
    number = waiting_number(harness)
    header, line = out.splitlines()
    assert code == 0 and header.split()[:2] == ["N", "held"]
    assert line.split()[0] == str(number) and line.split()[3] == child_id
    assert line.endswith("new case_entry by yw") and "first note" not in out  # no words here
    code, out, _ = cli("--show", str(number))
    assert code == 0 and json.loads(out)["record"]["text"] == "first note"
    assert cli("--accept", str(number)) == (2, "", "Say who decides, with --by USERNAME.")
    code, _, err = cli("--accept", str(number), "--by", "yw")
    assert code == 2 and "cannot decide" in err
    assert cli("--accept", str(number), "--by", "cm")[1] == "Accepted and applied."
    assert cli() == (0, "No changes are waiting for a decision.", "")
    code, _, err = cli("--decline", str(number), "--by", "cm", "--reason", "late")
    assert code == 2 and "waiting" in err


def test_two_held_edits_of_one_field_from_one_laptop_do_not_conflict_with_each_other(
        harness: Harness, devices: list[Device]) -> None:
    """Issue: the laptop's own second edit came back in conflict with its own first."""
    yw, cm, child = moved_away(harness, devices)
    yw.store.update("child", child.id, {"preferred_name": "Robbie"})
    yw.store.update("child", child.id, {"preferred_name": "Rob"})  # on top of the first
    for _ in range(2):
        yw.sync()  # both held, one after the other
    harness.assign(child.id, "yw")
    for _ in range(3):
        yw.sync()
    cm.sync()
    assert yw.store.problems() == [] and yw.store.pending_count() == 0
    for laptop in (yw, cm):
        record = laptop.store.entity("child", child.id)
        assert record.data["preferred_name"] == "Rob" and record.conflicts == {}


def test_a_case_manager_decides_only_for_their_own_caseload_a_service_manager_for_all(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm, sm = (enrol(harness, devices, name) for name in ("yw", "cm", "sm"))
    child = harness.new_child(yw)  # on the youth worker's caseload, not the case manager's
    yw.sync()
    harness.unassign(child.id, "yw")
    yw.store.add_fact(CaseEntry(child_id=child.id, at=NOW, text="held"))
    assert yw.sync().held == 1
    assert cm.engine.held_changes().changes == []
    number = waiting_number(harness)
    with pytest.raises(SyncError, match="not waiting for your decision"):
        cm.engine.decide_held(number, accept=True)
    [seen] = sm.engine.held_changes().changes
    assert (seen.number, seen.kind, seen.content["text"]) == (number, "case_entry", "held")
    sm.engine.decide_held(number, accept=False, reason="Written after the move")
    assert sm.engine.held_changes().changes == []
