"""Two practitioners' laptops and the real server: records travel both ways."""

from datetime import UTC, datetime

from tests.helpers.harness import Device, Harness
from yjfield.domain.contact import Contact, VoiceEntry

NOW = datetime.now(UTC)


def test_records_travel_both_ways(harness: Harness, devices: list[Device]) -> None:
    cm = harness.device("cm", name="cm")
    yw = harness.device("yw", name="yw")
    devices += [cm, yw]
    child = harness.new_child(cm, "yw")
    report = cm.sync()
    assert report.sent >= 1 and cm.store.pending_count() == 0
    report = yw.sync()
    assert report.first_sync_complete
    assert [line.child_id for line in yw.store.caseload()] == [child.id]

    contact = yw.store.add_fact(Contact(child_id=child.id, start=NOW, narrative="Youth club"))
    yw.store.add_fact(VoiceEntry(child_id=child.id, at=NOW, words="It was a good night",
                                 contact_id=contact.id))
    yw.sync()
    assert yw.store.pending_count() == 0
    cm.sync()
    [held] = cm.store.facts(child.id, "contact")
    assert held.fact.narrative == "Youth club"  # type: ignore[attr-defined]
    assert held.fact.recorded_by == harness.users["yw"]
    assert [v.fact.words for v in cm.store.facts(child.id, "voice")] == [  # type: ignore[attr-defined]
        "It was a good night"]
