"""Records arriving from the server: retries are harmless, mismatches reported, edits kept."""

from datetime import date

from yjfield.domain.child import Child
from yjfield.domain.contact import CaseEntry
from yjfield.domain.ids import new_id
from yjfield.store.store import Store


def _server_entry(child_id: str, text: str, entry_id: str | None = None) -> dict[str, object]:
    entry = CaseEntry(id=entry_id or new_id(), child_id=child_id,
                      at="2026-03-01T09:00:00Z", text=text,  # type: ignore[arg-type]
                      recorded_by="user-other", device_id="device-other",
                      recorded_at="001772355600000-000000-other")
    return entry.to_data()


def test_same_fact_twice_changes_nothing_the_second_time(store: Store, child: Child) -> None:
    data = _server_entry(child.id, "From the office")
    pending = store.pending_count()
    first = store.apply_server_facts([("case_entry", data)])
    second = store.apply_server_facts([("case_entry", data)])
    assert (first.inserted, second.inserted, second.unchanged) == ([data["id"]], [], [data["id"]])
    assert len(store.facts(child.id, "case_entry")) == 1
    assert store.pending_count() == pending  # server records are never queued back


def test_same_id_with_different_content_is_reported_not_dropped(store: Store,
                                                                child: Child) -> None:
    data = _server_entry(child.id, "Original words")
    store.apply_server_facts([("case_entry", data)])
    altered = {**data, "text": "Altered words"}
    fresh = _server_entry(child.id, "Another note")
    result = store.apply_server_facts([("case_entry", altered), ("case_entry", fresh)])
    assert result.mismatched == [data["id"]]
    assert result.inserted == [fresh["id"]]  # the rest of the page still applies
    [held] = [r.fact for r in store.facts(child.id, "case_entry") if r.fact.id == data["id"]]
    assert held.text == "Original words"  # type: ignore[attr-defined]


def test_notes_from_the_server_are_searchable_in_their_corrected_view(store: Store,
                                                                      child: Child) -> None:
    original = _server_entry(child.id, "Talked about the kayak club")
    correction = {**_server_entry(child.id, "Talked about the canoe club"),
                  "corrects": original["id"], "correction_reason": "Wrong club"}
    later = _server_entry(child.id, "Went bouldering")
    # An original and its correction in the same page, and a correction arriving later.
    store.apply_server_facts([("case_entry", original), ("case_entry", correction)])
    assert store.search_children("canoe") == [child.id]
    assert store.search_children("kayak") == []
    store.apply_server_facts([("case_entry", later)])
    assert store.search_children("boulder") == [child.id]
    store.apply_server_facts([("case_entry", {
        **_server_entry(child.id, "Went climbing"), "corrects": later["id"],
        "correction_reason": "It was climbing"})])
    assert store.search_children("boulder") == []
    assert store.search_children("climb") == [child.id]


def test_server_copy_keeps_unsent_local_edits_and_their_base(store: Store) -> None:
    child = Child(given_name="Kit", family_name="Larkhollow", date_of_birth=date(2011, 1, 2))
    data = child.to_data()
    store.apply_server_entity("child", data, {k: 3 for k in data if k != "id"}, {})
    store.update("child", child.id, {"preferred_name": "Kitty"})
    # Someone else changes two fields on the server; the pull brings version 7.
    newer = {**data, "preferred_name": "K", "ete_provider": "Hillcrest College"}
    store.apply_server_entity("child", newer, {k: 7 for k in data if k != "id"}, {})
    held = store.entity("child", child.id)
    assert held.data["preferred_name"] == "Kitty"  # the unsent edit is kept
    assert held.versions["preferred_name"] == 3  # with the base it was made from
    assert held.data["ete_provider"] == "Hillcrest College"  # the rest follows the server
    assert held.versions["ete_provider"] == 7


def test_children_held_are_every_child_with_a_record_and_no_other(store: Store,
                                                                   child: Child) -> None:
    """What a sync compares with the scope to decide which children to purge."""
    only_facts = sorted(new_id() for _ in range(7))  # notes pulled, the child record not yet
    store.apply_server_facts([("case_entry", _server_entry(child_id, f"Note {i}"))
                              for child_id in only_facts for i in range(3)])
    viewed_only = new_id()
    store.record_view(viewed_only)  # an audit event names a child, but holds nothing of theirs
    assert store.children_held() == {child.id, *only_facts}
    store.purge_child(only_facts[3], reason="left this practitioner's caseload")
    assert store.children_held() == {child.id, *only_facts} - {only_facts[3]}


def test_a_server_copy_already_held_is_not_written_again(store: Store) -> None:
    """A laptop's own edits come back in its next pull; they change nothing here."""
    child = Child(given_name="Ash", family_name="Brindlecombe", date_of_birth=date(2010, 5, 6))
    data = child.to_data()
    versions = {k: 2 for k in data if k != "id"}

    def written() -> str:
        return str(store.db.one("SELECT updated_at FROM entities WHERE id = ?", (child.id,)))

    store.apply_server_entity("child", data, versions, {})
    first = written()
    store.apply_server_entity("child", data, versions, {})
    assert written() == first
    conflict = {"gender": {"values": ["Boy", "Girl"]}}
    store.apply_server_entity("child", data, versions, conflict)  # only the conflicts differ
    assert written() != first
    assert store.entity("child", child.id).conflicts == conflict
    assert store.search_children("Brindlecombe") == [child.id]
