"""The ten guarantees of docs/sync-contract.md, each with tests that try to break it.

Real server app on SQLite and PostgreSQL, real encrypted stores. Interruptions
are real: an in-process client that loses answers after the server committed,
and a loopback TCP proxy that cuts uvicorn's connections mid-body.
"""

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from tests.helpers.harness import Device, FaultyClient, Harness, enrol, loopback_server
from tests.helpers.proxy import Cut, CuttingProxy
from yjfield.domain.child import Child
from yjfield.domain.contact import CaseEntry
from yjfield.domain.ids import new_id
from yjfield.domain.protocol import PROTOCOL_HEADER, ChangeStatus
from yjfield.server import auth
from yjfield.server.db import devices as devices_table
from yjfield.server.db import records
from yjfield.sync.engine import Wiped, to_change
from yjfield.sync.errors import Offline, TooOld

NOW = datetime.now(UTC)


def server_rows(harness: Harness, kind: str) -> list[dict[str, Any]]:
    with harness.engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(records).where(records.c.kind == kind)).mappings()]


def note(device: Device, child: Child, text: str) -> str:
    return device.store.add_fact(CaseEntry(child_id=child.id, at=NOW, text=text)).id


# 1. Nothing acknowledged is lost -------------------------------------------------


def test_g1_answer_lost_after_the_server_committed(harness: Harness,
                                                   devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    ids = [note(yw, child, f"note {i}") for i in range(3)]
    assert isinstance(yw.client, FaultyClient)
    yw.client.drop_responses = 1  # the push is applied, its answer never arrives
    with pytest.raises(Offline):
        yw.sync()
    assert yw.store.pending_count() > 0  # not acknowledged, so still waiting
    yw.sync()
    assert yw.store.pending_count() == 0
    held = [row["id"] for row in server_rows(harness, "case_entry")]
    assert sorted(held) == sorted(ids)  # each exactly once


@pytest.mark.parametrize("direction,after", [("to_client", 150), ("to_server", 300),
                                             ("to_client", 40)])
def test_g1_connection_cut_mid_body(harness: Harness, devices: list[Device], direction: str,
                                    after: int) -> None:
    with loopback_server(harness.app) as url:
        proxy = CuttingProxy(int(url.rsplit(":", 1)[1]))
        try:
            yw = enrol(harness, devices, "yw", client=httpx.Client(base_url=proxy.url,
                                                                   timeout=10),
                       base_url=proxy.url)
            child = harness.new_child(yw)
            ids = [note(yw, child, "words " * 50) for _ in range(5)]
            proxy.arm(Cut(direction, after))
            with pytest.raises(Offline):
                yw.sync()
            assert proxy.cuts_done == 1
            yw.sync()
            assert yw.store.pending_count() == 0
            held = [row["id"] for row in server_rows(harness, "case_entry")]
            assert sorted(held) == sorted(ids)
        finally:
            proxy.close()


def test_g1_server_restart_between_and_during_syncs(harness: Harness,
                                                    devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    first = note(yw, child, "before the restart")
    yw.sync()
    harness.app = harness.make_app()  # the server process restarts on the same database
    yw.engine.api.close()
    yw.engine.api._http = FaultyClient(harness.app)
    second = note(yw, child, "after the restart")
    yw.sync()
    assert sorted(r["id"] for r in server_rows(harness, "case_entry")) == sorted([first, second])


# 2. Retries are harmless ---------------------------------------------------------


def test_g2_same_batch_twice_changes_nothing(harness: Harness, devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    note(yw, child, "once")
    changes = [to_change(e) for e in yw.store.outbox()]
    token = yw.engine._access
    assert token is not None
    first = yw.engine.api.push(token, changes)
    second = yw.engine.api.push(token, changes)
    assert {r.status for r in first.results} <= {ChangeStatus.APPLIED}
    assert {r.status for r in second.results} == {ChangeStatus.DUPLICATE}
    assert second.head == first.head  # nothing new was numbered
    yw.sync()
    assert len(server_rows(harness, "case_entry")) == 1


@pytest.mark.allow_log_warnings  # the engine logs the mismatch it reports
def test_g2_same_id_different_content_is_reported_and_kept(harness: Harness,
                                                           devices: list[Device]) -> None:
    yw, cm = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    child = harness.new_child(yw, "cm")
    yw.sync()
    cm.sync()
    entry = CaseEntry(child_id=child.id, at=NOW, text="from the youth worker")
    yw.store.add_fact(entry)
    cm.store.add_fact(entry.model_copy(update={"text": "same id, other words"}))
    yw.sync()
    cm.sync()
    [problem] = cm.store.problems()
    assert problem.reason_code == "id_reused" and "same id" in (problem.reason or "")
    [row] = server_rows(harness, "case_entry")
    assert json.loads(row["data"])["text"] == "from the youth worker"


# 3. Replicas converge --------------------------------------------------------------


def _view(device: Device, child_id: str) -> Any:
    entity = device.store.entity("child", child_id)
    facts = sorted(r.fact.id for r in device.store.facts(child_id, "case_entry",
                                                          include_corrected=True))
    return entity.data, entity.conflicts, facts


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2)])
def test_g3_replicas_converge_whatever_the_order(harness: Harness, devices: list[Device],
                                                 order: tuple[int, int, int]) -> None:
    laptops = [enrol(harness, devices, "yw"), enrol(harness, devices, "cm"),
               harness.device("yw", name="yw-second")]
    devices.append(laptops[2])
    child = harness.new_child(laptops[0], "cm")
    for laptop in laptops:
        laptop.sync()
    # Offline: two edit the same field, one a different field; all add notes.
    laptops[0].store.update("child", child.id, {"preferred_name": "Rob"})
    laptops[1].store.update("child", child.id, {"preferred_name": "Bin"})
    laptops[2].store.update("child", child.id, {"ete_provider": "Hillcrest College"})
    for i, laptop in enumerate(laptops):
        note(laptop, child, f"note from laptop {i}")
    for index in order:
        laptops[index].sync()
    for laptop in laptops:
        laptop.sync()
    views = [_view(laptop, child.id) for laptop in laptops]
    assert views[0] == views[1] == views[2]
    data, conflicts, facts = views[0]
    assert data["ete_provider"] == "Hillcrest College"
    assert {c["value"] for c in conflicts["preferred_name"]} == {"Rob", "Bin"}
    assert len(facts) == 3
    [row] = server_rows(harness, "child")
    assert json.loads(row["data"]) == data and json.loads(row["conflicts"]) == conflicts


def test_g3_a_resolution_clears_the_conflict_everywhere(harness: Harness,
                                                       devices: list[Device]) -> None:
    yw, cm = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    child = harness.new_child(yw, "cm")
    yw.sync()
    cm.sync()
    yw.store.update("child", child.id, {"preferred_name": "Rob"})
    cm.store.update("child", child.id, {"preferred_name": "Bin"})
    yw.sync()
    cm.sync()
    yw.sync()
    assert yw.store.conflict_count() == cm.store.conflict_count() == 1
    cm.store.resolve("child", child.id, "preferred_name", "Robbie")
    cm.sync()
    yw.sync()
    for laptop in (yw, cm):
        assert laptop.store.conflict_count() == 0
        assert laptop.store.entity("child", child.id).data["preferred_name"] == "Robbie"


# 4. Sync resumes ---------------------------------------------------------------------


def test_g4_interrupted_pull_resumes_without_gaps_or_repeats(harness: Harness,
                                                             devices: list[Device]) -> None:
    cm = enrol(harness, devices, "cm")
    child = harness.new_child(cm, "yw")
    ids = [note(cm, child, f"n{i}") for i in range(250)]
    cm.sync()
    yw = harness.device("yw", name="yw")
    devices.append(yw)
    assert isinstance(yw.client, FaultyClient)
    yw.client.drop_responses = 0
    calls = {"n": 0}
    cursors: list[int] = []
    original = yw.engine.api.pull

    def flaky_pull(token: str, request: Any) -> Any:
        calls["n"] += 1
        cursors.append(request.cursor)
        if calls["n"] == 2:
            raise Offline()
        return original(token, request)

    yw.engine.api.pull = flaky_pull  # type: ignore[method-assign]
    with pytest.raises(Offline):
        yw.sync()
    kept = yw.store.cursor()
    assert kept > 0  # the first page and its cursor were kept together
    assert yw.store.meta("first_sync_complete") is None  # not complete yet
    before = len(cursors)
    yw.sync()
    assert cursors[before] == kept  # it resumed where it stopped, not from the start
    held = sorted(r.fact.id for r in yw.store.facts(child.id, "case_entry"))
    assert held == sorted(ids)
    assert yw.store.meta("first_sync_complete") is not None


# 5. One bad record never blocks the queue ----------------------------------------------


def test_g5_rejected_change_is_kept_with_a_reason_and_the_rest_go(
        harness: Harness, devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    before = note(yw, child, "before")
    with yw.store.db.atomic():  # a change the server will refuse for good
        yw.store.db.execute(
            "INSERT INTO outbox (change_id, record_kind, record_id, child_id, op, payload,"
            " created_at) VALUES (?, 'contact', ?, ?, 'append', ?, 'x')",
            (new_id(), new_id(), child.id, json.dumps({"record": {"child_id": child.id}})))
    after = note(yw, child, "after")
    report = yw.sync()
    assert report.rejected == 1
    [problem] = yw.store.problems()
    assert problem.state == "rejected" and "required" in (problem.reason or "")
    assert sorted(r["id"] for r in server_rows(harness, "case_entry")) == sorted([before, after])


# 6. Scope is enforced by the server ------------------------------------------------------


def test_g6_leaving_the_caseload_pushes_first_then_purges(harness: Harness,
                                                          devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    yw.sync()
    last = note(yw, child, "written just before the move")
    harness.unassign(child.id, "yw")
    report = yw.sync()
    assert report.purged == [child.id]
    assert yw.store.caseload() == [] and yw.store.search("written") == []
    [held] = yw.store.problems()  # the change is kept, and shown
    assert held.state == "held" and "manager can accept" in (held.reason or "")
    assert held.record_id == last


def test_g6_a_child_joining_the_caseload_brings_its_history(harness: Harness,
                                                           devices: list[Device]) -> None:
    cm, yw = enrol(harness, devices, "cm"), enrol(harness, devices, "yw")
    child = harness.new_child(cm)
    ids = [note(cm, child, f"history {i}") for i in range(5)]
    cm.sync()
    yw.sync()
    assert yw.store.caseload() == []
    harness.assign(child.id, "yw")
    report = yw.sync()
    assert report.backfilled == [child.id]
    assert sorted(r.fact.id for r in yw.store.facts(child.id, "case_entry")) == sorted(ids)


def test_g6_out_of_scope_records_never_arrive_and_pushes_are_refused(
        harness: Harness, devices: list[Device]) -> None:
    cm, yw = enrol(harness, devices, "cm"), enrol(harness, devices, "yw")
    theirs = harness.new_child(cm)
    note(cm, theirs, "not for the youth worker")
    cm.sync()
    yw.sync()
    assert yw.store.children_held() == set()
    yw.store.add_fact(CaseEntry(child_id=theirs.id, at=NOW, text="sneaking in"))
    yw.sync()
    [problem] = [p for p in yw.store.problems() if p.record_kind == "case_entry"]
    assert problem.reason_code == "out_of_scope"


# 8. Revocation wipes -----------------------------------------------------------------------


def test_g8_revoked_device_pushes_nothing_erases_and_is_recorded(
        harness: Harness, devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    yw.sync()
    note(yw, child, "must never reach the server")
    with harness.engine.begin() as conn:
        auth.revoke_device(conn, device_id=yw.store.identity.device_id, reason="lost laptop")
    with pytest.raises(Wiped):
        yw.sync()
    assert not yw.folder.exists()
    assert server_rows(harness, "case_entry") == []
    with harness.engine.connect() as conn:
        confirmed = conn.execute(select(devices_table.c.wipe_confirmed_at).where(
            devices_table.c.id == yw.store.identity.device_id)).scalar()
    assert confirmed is not None


# 9. Clock skew cannot poison order --------------------------------------------------------


def test_g9_device_days_ahead_still_syncs_in_server_order(harness: Harness,
                                                          devices: list[Device]) -> None:
    fast, slow = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    child = harness.new_child(fast, "cm")
    fast.sync()
    slow.sync()
    fast.store._now = lambda: datetime.now(UTC) + timedelta(days=3)  # type: ignore[method-assign]
    slow.store._now = lambda: datetime.now(UTC) - timedelta(days=2)  # type: ignore[method-assign]
    fast.store.update("child", child.id, {"preferred_name": "From the future"})
    fast.sync()
    slow.sync()  # saw the future edit: its own edit is an ordinary, later change
    slow.store.update("child", child.id, {"preferred_name": "From the past"})
    slow.sync()
    fast.sync()
    for laptop in (fast, slow):
        entity = laptop.store.entity("child", child.id)
        assert entity.data["preferred_name"] == "From the past"  # server order decides
        assert entity.conflicts == {}
    [row] = server_rows(harness, "child")
    stamp = json.loads(row["authors"])["preferred_name"]["at"]
    assert int(stamp.split("-")[0]) <= (NOW + timedelta(hours=1)).timestamp() * 1000


# 10. Versions are checked ---------------------------------------------------------------------


def test_g10_too_old_a_device_is_told_to_update_and_keeps_its_work(
        harness: Harness, devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    note(yw, child, "kept until the update")
    yw.engine.api._headers[PROTOCOL_HEADER] = "0"
    with pytest.raises(TooOld) as excinfo:
        yw.sync()
    assert "update yjfield" in (excinfo.value.todo + excinfo.value.what).lower()
    assert yw.store.pending_count() > 0
    yw.engine.api._headers[PROTOCOL_HEADER] = "1"
    yw.sync()
    assert yw.store.pending_count() == 0


def test_g10_fields_a_device_does_not_know_survive_its_edits(harness: Harness,
                                                            devices: list[Device]) -> None:
    yw = enrol(harness, devices, "yw")
    child = harness.new_child(yw)
    yw.sync()
    with harness.engine.begin() as conn:  # a newer version added a field on the server
        row = conn.execute(select(records).where(records.c.id == child.id)).mappings().one()
        data = {**json.loads(row["data"]), "pronouns": "they/them"}
        conn.execute(records.update().where(records.c.id == child.id).values(
            data=json.dumps(data)))
    yw.sync()  # nothing newer by sequence: the device keeps what it has
    yw.store.update("child", child.id, {"preferred_name": "Rob"})
    yw.sync()
    [row] = server_rows(harness, "child")
    assert json.loads(row["data"])["pronouns"] == "they/them"
