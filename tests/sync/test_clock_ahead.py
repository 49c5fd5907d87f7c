"""A laptop whose clock is wrong: what it said is kept, the server records when each fact
reached it, and nothing is ordered or shown as happening after that."""

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tests.helpers.harness import Device, Harness, enrol
from tests.server.test_sync_service import World, append, run_push, world
from yjfield.domain.contact import Contact
from yjfield.domain.protocol import ChangeStatus
from yjfield.server.db import records

__all__ = ["world"]


def test_the_server_records_when_a_fact_arrived_and_takes_no_receipt_time_on_trust(
        world: World) -> None:
    ahead = Contact(child_id=world.child, start=datetime.now(UTC) + timedelta(hours=48),
                    narrative="Written on a laptop two days fast")
    sent = append(ahead)
    sent = sent.model_copy(update={"record": {**sent.record, "received_at": "1999-01-01T00:00"}})
    [applied] = run_push(world, world.yw, [sent])
    assert applied.status == ChangeStatus.APPLIED
    with world.engine.connect() as conn:
        stored = json.loads(conn.execute(select(records.c.data).where(
            records.c.id == ahead.id)).scalar_one())
    assert stored["start"] == ahead.to_data()["start"]  # what the device said, kept
    received = datetime.fromisoformat(stored["received_at"])
    assert abs(received - datetime(2026, 3, 2, 10, 0, tzinfo=UTC)) < timedelta(seconds=1)
    # The same fact again, under another change id (a laptop that lost its answer and
    # re-queued it): recognised as the same, whatever the receipt time says.
    again = append(ahead)
    [duplicate] = run_push(world, world.yw, [again])
    assert duplicate.status == ChangeStatus.DUPLICATE


def test_a_fact_from_a_fast_clock_is_ordered_and_shown_at_its_receipt(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    child = harness.new_child(cm, "yw")
    cm.sync()
    yw.sync()
    now = datetime.now(UTC)
    fast = yw.store.add_fact(Contact(child_id=child.id, start=now + timedelta(hours=48),
                                     narrative="From a laptop two days fast"))
    slow = yw.store.add_fact(Contact(child_id=child.id, start=now - timedelta(hours=72),
                                     narrative="From a laptop three days slow"))
    yw.sync()
    cm.sync()
    [first, second] = cm.store.facts(child.id, "contact")  # newest first
    assert first.fact.id == fast.id and second.fact.id == slow.id
    assert first.fact.clock_was_ahead and not second.fact.clock_was_ahead
    assert first.fact.when() <= datetime.now(UTC)  # type: ignore[operator]
    assert first.fact.occurred() == fast.occurred()  # what its laptop said, kept
    [line] = cm.store.caseload()
    assert line.days_since_face_to_face == 0  # seen today, never "in two days"
    assert cm.sync().mismatched == 0 and yw.sync().mismatched == 0
