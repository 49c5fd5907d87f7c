"""Changes held because a child left the caseload, when the child comes back."""

from datetime import UTC, datetime, timedelta

from tests.helpers.harness import Device, Harness, enrol
from tests.helpers.replicas import server_rows
from yjfield.domain.contact import Appointment, CaseEntry
from yjfield.sync.engine import SyncReport


def test_a_note_held_while_the_child_was_away_goes_up_once_the_child_is_back(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    child = harness.new_child(cm, "yw")
    cm.sync()
    yw.sync()
    harness.unassign(child.id, "yw")
    note = yw.store.add_fact(CaseEntry(child_id=child.id, at=datetime.now(UTC),
                                       text="written as the child was moved"))
    report = SyncReport()
    yw.engine._push(report)  # the push lands while the child is away...
    assert report.held == 1
    harness.assign(child.id, "yw")  # ...and the child is back before the pull
    yw.sync()  # the child is in scope, so kept: the held note is queued again
    assert yw.store.problems() == [] and yw.store.pending_count() >= 1
    yw.sync()
    assert note.id in server_rows(harness.engine)
    assert yw.store.pending_count() == 0 and yw.store.problems() == []
    cm.sync()
    assert note.id in {r.fact.id for r in cm.store.facts(child.id, "case_entry")}


def test_an_appointment_held_while_the_child_was_away_goes_up_once_the_child_is_back(
        harness: Harness, devices: list[Device]) -> None:
    yw, cm = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    child = harness.new_child(cm, "yw")
    cm.sync()
    yw.sync()
    harness.unassign(child.id, "yw")
    booked = yw.store.create(Appointment(child_id=child.id,
                                         start=datetime.now(UTC) + timedelta(days=2)))
    report = SyncReport()
    yw.engine._push(report)
    assert report.held == 1  # the appointment (an audit event is always kept)
    harness.assign(child.id, "yw")
    yw.sync()
    yw.sync()
    assert booked.id in server_rows(harness.engine)
    assert yw.store.pending_count() == 0 and yw.store.problems() == []
    cm.sync()
    assert [e.record.id for e in cm.store.entities("appointment", child.id)] == [booked.id]
