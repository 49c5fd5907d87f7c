"""Two practitioners' laptops and the real server: records travel both ways."""

import gc
from datetime import UTC, datetime
from typing import Any

import pytest

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


def test_edits_on_top_of_edits_reach_the_server_without_a_conflict(
        harness: Harness, devices: list[Device]) -> None:
    """Each later edit was made on top of the one before; acknowledging the first
    must move the base of the rest, or the server would see a laptop in conflict
    with itself."""
    cm = harness.device("cm", name="cm")
    yw = harness.device("yw", name="yw")
    devices += [cm, yw]
    children = [harness.new_child(cm, "yw") for _ in range(3)]
    cm.sync()
    yw.sync()
    for round_number in range(3):  # three edits of the same field, and one of another
        for child in children:
            yw.store.update("child", child.id, {"preferred_name": f"Robbie {round_number}"})
    yw.store.update("child", children[0].id, {"gender": "Boy"})

    yw.sync()
    assert yw.store.pending_count() == 0
    assert yw.store.conflicts() == []
    cm.sync()
    for child in children:
        held = cm.store.entity("child", child.id)
        assert held.data["preferred_name"] == "Robbie 2"
        assert held.conflicts == {}
    assert cm.store.entity("child", children[0].id).data["gender"] == "Boy"
    # The laptop's versions are the server's, so its next edit is not a conflict either.
    yw.store.update("child", children[1].id, {"preferred_name": "Rob"})
    yw.sync()
    cm.sync()
    assert cm.store.entity("child", children[1].id).data["preferred_name"] == "Rob"
    assert cm.store.conflicts() == []


def test_the_cycle_collector_waits_while_pages_are_applied_and_runs_again_after(
        paged_laptop: Device, monkeypatch: pytest.MonkeyPatch) -> None:
    yw = paged_laptop
    seen: list[bool] = []
    apply = yw.store.apply_pull_page

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        if len(seen) == 2 and fail:
            raise OSError("the disk went away")
        return apply(*args, **kwargs)

    monkeypatch.setattr(yw.store, "apply_pull_page", watched)
    fail = True
    with pytest.raises(OSError):
        yw.sync()
    assert seen == [False, False] and gc.isenabled()
    fail = False
    seen.clear()
    assert yw.sync().first_sync_complete
    assert len(seen) >= 2 and not any(seen) and gc.isenabled()  # the rest, in pages
