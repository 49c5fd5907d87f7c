"""Push and pull on the server, on SQLite and PostgreSQL, against the contract's guarantees."""

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from yjfield.domain.child import Child
from yjfield.domain.clock import Hlc
from yjfield.domain.codes import AuditAction, Role
from yjfield.domain.compliance import AuditEvent
from yjfield.domain.contact import CaseEntry, Contact
from yjfield.domain.ids import new_id
from yjfield.domain.protocol import Change, ChangeStatus, ErrorCode, Op, PullRequest
from yjfield.domain.reparation import ReparationAttendance, ReparationSession
from yjfield.server import admin
from yjfield.server.db import devices, held_changes, now_text
from yjfield.server.sync_service import Caller, pull, push, summary

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@dataclass
class World:
    engine: Engine
    yw: Caller
    yw_laptop2: Caller  # the same practitioner's other laptop: reads what yw's pushed
    cm: Caller
    supervisor: Caller
    stranger: Caller  # another service
    child: str
    other_child: str


def _device(conn: Any, user_id: str, service_id: str) -> str:
    device_id = new_id()
    conn.execute(devices.insert().values(id=device_id, service_id=service_id, user_id=user_id,
                                         name="laptop", enrolled_at=now_text(), last_counter=0))
    return device_id


@pytest.fixture
def world(engine: Engine) -> World:
    with engine.begin() as conn:
        service = admin.create_service(conn, name="Invented YJS")
        other_service = admin.create_service(conn, name="Another invented YJS")
        callers = {}
        for name, role, svc in (("yw", Role.YOUTH_WORKER, service),
                                ("cm", Role.CASE_MANAGER, service),
                                ("sup", Role.REPARATION_SUPERVISOR, service),
                                ("stranger", Role.CASE_MANAGER, other_service)):
            user_id = admin.add_user(conn, service_id=svc, username=name,
                                     display_name=f"{name} (invented)", role=role, password="pw")
            user = admin.user_by_id(conn, user_id)
            assert user is not None
            callers[name] = Caller(user, _device(conn, user_id, svc))
        child, other_child = new_id(), new_id()
        for who in ("yw", "cm", "sup"):
            admin.assign(conn, child_id=child, user_id=callers[who].user.id)
        admin.assign(conn, child_id=other_child, user_id=callers["cm"].user.id)
        laptop2 = Caller(callers["yw"].user, _device(conn, callers["yw"].user.id, service))
    return World(engine, callers["yw"], laptop2, callers["cm"], callers["sup"],
                 callers["stranger"], child, other_child)


_counter = iter(range(1, 10**6))


def append(fact: Any) -> Change:
    return Change(change_id=new_id(), counter=next(_counter), op=Op.APPEND, kind=fact.kind,
                  record_id=fact.id, child_id=fact.child_id, record=fact.to_data(),
                  made_at=Hlc(int(NOW.timestamp() * 1000), 0, "dev").encode())


def patch(kind: str, record_id: str, child_id: str | None, fields: dict[str, Any],
          base: dict[str, int], op: Op = Op.PATCH, resolves: tuple[str, ...] = ()) -> Change:
    return Change(change_id=new_id(), counter=next(_counter), op=op, kind=kind,
                  record_id=record_id, child_id=child_id, fields=fields, base=base,
                  resolves=list(resolves), made_at=Hlc(int(NOW.timestamp() * 1000), 0,
                                                       "dev").encode())


def create_child(world: World, caller: Caller) -> dict[str, Any]:
    data = Child(id=world.child, given_name="Tam", family_name="Rookwood",
                 date_of_birth=date(2010, 2, 3), address="1 Example Road").to_data()
    fields = {k: v for k, v in data.items() if k != "id"}
    run_push(world, caller, [patch("child", world.child, world.child, fields,
                                   dict.fromkeys(fields, 0), op=Op.CREATE)])
    return data


def run_push(world: World, caller: Caller, changes: list[Change], *,
             stamp: bool = True) -> list[Any]:
    """Push as `caller`'s device, which stamps its facts with its user and device."""
    if stamp:
        changes = [c.model_copy(update={"record": {**c.record, "recorded_by": caller.user.id,
                                                   "device_id": caller.device_id}})
                   if c.record is not None else c for c in changes]
    with world.engine.begin() as conn:
        return push(conn, caller=caller, changes=changes, now=NOW).results


def run_pull(world: World, caller: Caller, **kwargs: Any) -> Any:
    with world.engine.begin() as conn:
        return pull(conn, caller=caller, request=PullRequest(**kwargs))


def note(child: str, text: str = "Met at the library") -> CaseEntry:
    return CaseEntry(child_id=child, at=NOW, text=text)


def test_retries_are_harmless(world: World) -> None:
    change = append(note(world.child))
    first = run_push(world, world.yw, [change])
    again = run_push(world, world.yw, [change, change])
    assert first[0].status == ChangeStatus.APPLIED
    assert [r.status for r in again] == [ChangeStatus.DUPLICATE, ChangeStatus.DUPLICATE]
    assert len(run_pull(world, world.yw_laptop2).records) == 1


def test_same_id_different_content_is_reported(world: World) -> None:
    entry = note(world.child)
    run_push(world, world.yw, [append(entry)])
    altered = entry.model_copy(update={"text": "Something else"})
    [result] = run_push(world, world.yw_laptop2, [append(altered)])
    assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.ID_REUSED)
    [held] = run_pull(world, world.yw_laptop2).records
    assert held.data["text"] == "Met at the library"


def test_a_fact_cannot_claim_another_author(world: World) -> None:
    entry = note(world.child).model_copy(update={"recorded_by": world.cm.user.id,
                                                 "device_id": world.cm.device_id})
    [result] = run_push(world, world.yw, [append(entry)], stamp=False)
    assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD)
    assert "someone else" in result.message


def test_audit_events_go_up_but_never_come_down(world: World) -> None:
    view = AuditEvent(child_id=world.child, at=NOW, action=AuditAction.VIEW,
                      record_kind="child", record_id=world.child, user_id=world.supervisor.user.id)
    erase = AuditEvent(child_id=None, at=NOW, action=AuditAction.ERASE, record_kind="child",
                       record_id=world.child, user_id=world.supervisor.user.id)
    results = run_push(world, world.supervisor, [append(view), append(erase)])
    assert [r.status for r in results] == [ChangeStatus.APPLIED, ChangeStatus.APPLIED]
    assert run_pull(world, world.supervisor).records == []
    assert run_pull(world, world.cm).records == []


def test_a_change_naming_a_record_of_another_kind_is_refused(world: World) -> None:
    entry = note(world.child)
    run_push(world, world.yw, [append(entry)])
    [result] = run_push(world, world.yw, [patch("child", entry.id, world.child,
                                                {"given_name": "X"}, {"given_name": 0})])
    assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.ID_REUSED)


def test_the_same_fact_twice_in_one_batch_is_stored_once(world: World) -> None:
    change = append(note(world.child))
    again = change.model_copy(update={"change_id": new_id()})
    results = run_push(world, world.yw, [change, again])
    assert [r.status for r in results] == [ChangeStatus.APPLIED, ChangeStatus.DUPLICATE]
    assert len(run_pull(world, world.yw_laptop2).records) == 1


def test_one_bad_change_never_blocks_the_rest(world: World) -> None:
    good1, good2 = note(world.child, "first"), note(world.child, "second")
    bad = append(note(world.child)).model_copy(update={"record": {"child_id": world.child}})
    results = run_push(world, world.yw, [append(good1), bad, append(good2)])
    assert [r.status for r in results] == [ChangeStatus.APPLIED, ChangeStatus.REJECTED,
                                           ChangeStatus.APPLIED]
    assert results[1].code == ErrorCode.INVALID_RECORD and "required" in results[1].message


def test_different_fields_merge_and_same_field_conflicts(world: World) -> None:
    create_child(world, world.cm)
    [record] = run_pull(world, world.yw_laptop2).records
    base = record.versions
    run_push(world, world.yw, [patch("child", world.child, world.child,
                                     {"preferred_name": "Tammy"}, {"preferred_name": base[
                                         "preferred_name"]})])
    [result] = run_push(world, world.cm, [patch("child", world.child, world.child,
                                                 {"ete_provider": "Hillcrest College"},
                                                 {"ete_provider": base["ete_provider"]})])
    assert result.status == ChangeStatus.APPLIED
    [result] = run_push(world, world.cm, [patch("child", world.child, world.child,
                                                 {"preferred_name": "T"},
                                                 {"preferred_name": base["preferred_name"]})])
    assert result.status == ChangeStatus.CONFLICT
    [record] = run_pull(world, world.yw_laptop2).records
    assert record.data["ete_provider"] == "Hillcrest College"
    candidates = record.conflicts["preferred_name"]
    assert {(c["value"], c["author"]["name"]) for c in candidates} == {
        ("Tammy", "yw (invented)"), ("T", "cm (invented)")}


def test_scope_is_enforced_on_push_and_pull(world: World) -> None:
    [result] = run_push(world, world.yw, [append(note(world.other_child))])
    assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.OUT_OF_SCOPE)
    run_push(world, world.cm, [append(note(world.other_child)), append(note(world.child))])
    assert {r.child_id for r in run_pull(world, world.yw_laptop2).records} == {world.child}
    assert run_pull(world, world.yw_laptop2).scope == [world.child]
    [result] = run_push(world, world.stranger, [append(note(world.child))])
    assert result.code == ErrorCode.OUT_OF_SCOPE  # another service's child
    assert run_pull(world, world.stranger).records == []


def test_reassigned_child_changes_are_held_for_a_manager(world: World) -> None:
    with world.engine.begin() as conn:
        admin.unassign(conn, child_id=world.child, user_id=world.yw.user.id)
    change = append(note(world.child, "written offline before the move"))
    [result] = run_push(world, world.yw, [change])
    assert (result.status, result.code) == (ChangeStatus.HELD, ErrorCode.REASSIGNED)
    assert "manager can accept" in result.message
    with world.engine.connect() as conn:
        [row] = conn.execute(select(held_changes)).mappings().all()
    assert json.loads(row["change"])["record"]["text"] == "written offline before the move"
    assert run_pull(world, world.yw_laptop2).scope == []


def test_a_held_change_sent_again_once_the_child_is_back_is_applied(world: World) -> None:
    with world.engine.begin() as conn:
        admin.unassign(conn, child_id=world.child, user_id=world.yw.user.id)
    change = append(note(world.child, "written offline before the move"))
    [held] = run_push(world, world.yw, [change])
    assert held.status == ChangeStatus.HELD
    [still] = run_push(world, world.yw, [change])  # sent again, still off the caseload
    assert still.status == ChangeStatus.HELD
    with world.engine.begin() as conn:
        assert len(conn.execute(select(held_changes)).all()) == 1
        admin.assign(conn, child_id=world.child, user_id=world.yw.user.id)
    [applied] = run_push(world, world.yw, [change])  # e.g. its held answer was lost
    assert applied.status == ChangeStatus.APPLIED and applied.seq is not None
    [again] = run_push(world, world.yw, [change])
    assert again.status == ChangeStatus.DUPLICATE and again.seq == applied.seq
    with world.engine.connect() as conn:
        assert conn.execute(select(held_changes)).all() == []  # no longer waiting
    assert [r.data["text"] for r in run_pull(world, world.yw_laptop2).records
            if r.kind == "case_entry"] == ["written offline before the move"]


def test_supervisor_gets_the_minimum(world: World) -> None:
    create_child(world, world.cm)
    run_push(world, world.cm, [append(Contact(child_id=world.child, start=NOW))])
    session = ReparationSession(project_id=new_id(), on=NOW.date(), start="10:00",  # type: ignore[arg-type]
                                end="12:00")  # type: ignore[arg-type]
    attendance = ReparationAttendance(child_id=world.child, session_id=session.id,
                                      project_id=session.project_id, on=session.on, minutes=120)
    results = run_push(world, world.supervisor, [append(session), append(attendance)])
    assert [r.status for r in results] == [ChangeStatus.APPLIED, ChangeStatus.APPLIED]
    with world.engine.begin() as conn:  # the supervisor's other laptop reads them
        other = Caller(world.supervisor.user, _device(conn, world.supervisor.user.id,
                                                      world.supervisor.user.service_id))
    got = {r.kind: r for r in run_pull(world, other).records}
    assert set(got) == {"child", "reparation_session", "reparation_attendance"}
    assert "address" not in got["child"].data and got["child"].data["given_name"] == "Tam"
    [refused] = run_push(world, world.supervisor, [append(note(world.child))])
    assert refused.code == ErrorCode.FORBIDDEN
    # A case manager sees the session their child attended.
    assert "reparation_session" in {r.kind for r in run_pull(world, world.cm).records}


def test_pull_pages_by_cursor_without_gaps_or_repeats(world: World) -> None:
    run_push(world, world.yw, [append(note(world.child, f"n{i}")) for i in range(25)])
    seen, cursor, pages = [], 0, 0
    while True:
        page = run_pull(world, world.yw_laptop2, cursor=cursor, limit=10)
        seen += [r.data["text"] for r in page.records]
        cursor, pages = page.cursor, pages + 1
        if not page.has_more:
            break
    assert sorted(seen) == sorted(f"n{i}" for i in range(25)) and pages == 3
    assert run_pull(world, world.yw_laptop2, cursor=cursor).records == []
    with world.engine.connect() as conn:
        assert summary(conn, caller=world.yw, upto=cursor).counts == {"case_entry": 25}


def test_device_clock_far_ahead_is_not_believed(world: World) -> None:
    create_child(world, world.cm)
    ahead = Hlc(int((NOW + timedelta(days=3)).timestamp() * 1000), 0, "dev").encode()
    change = patch("child", world.child, world.child, {"preferred_name": "Skewed"},
                   {"preferred_name": 1}).model_copy(update={"made_at": ahead})
    run_push(world, world.yw, [change])
    [record] = run_pull(world, world.yw_laptop2).records
    stamp = Hlc.decode(record.authors["preferred_name"]["at"])
    assert stamp.wall_ms <= int((NOW + timedelta(minutes=5)).timestamp() * 1000)



def test_a_device_is_not_sent_its_own_facts_except_in_a_backfill(world: World) -> None:
    mine = CaseEntry(child_id=world.child, at=NOW, text="written on this laptop")
    theirs = CaseEntry(child_id=world.child, at=NOW, text="written on the other laptop")
    run_push(world, world.yw, [append(mine)])
    run_push(world, world.yw_laptop2, [append(theirs)])  # the same practitioner, elsewhere
    page = run_pull(world, world.yw)
    assert [r.id for r in page.records] == [theirs.id]  # its own is on it already
    assert page.cursor == page.head and not page.has_more  # and the cursor moves past it
    other = run_pull(world, world.yw_laptop2)
    assert [r.id for r in other.records] == [mine.id]
    # A backfill fetches a child the laptop purged: everything comes, its own facts too.
    backfill = run_pull(world, world.yw, children=[world.child], upto=page.head)
    assert {r.id for r in backfill.records} == {mine.id, theirs.id}
    # A page covers the seqs it skipped: the next page starts after them, nothing repeats.
    first = run_pull(world, world.yw, limit=1)
    assert first.records == [] and first.has_more and first.cursor == 1
    assert [r.id for r in run_pull(world, world.yw, cursor=first.cursor).records] == [theirs.id]
