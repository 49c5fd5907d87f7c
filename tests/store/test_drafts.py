"""Drafts keep unsaved input inside the encrypted store, and leave with the child."""

from pathlib import Path

from tests.conftest import PASSPHRASE
from yjfield.domain.child import Child
from yjfield.store.store import Store


def test_draft_survives_closing_the_store(store: Store, store_dir: Path, child: Child) -> None:
    key = f"contact:{child.id}"
    waiting = store.pending_count()
    store.save_draft(key, {"note": "first words"})
    store.save_draft(key, {"note": "first words, then more"})
    store.close()
    reopened = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert reopened.draft(key) == {"note": "first words, then more"}
        assert reopened.draft_keys() == [key]
        reopened.discard_draft(key)
        assert reopened.draft(key) is None
        assert reopened.pending_count() == waiting  # drafts never sync
    finally:
        reopened.close()


def test_purging_a_child_discards_their_drafts(store: Store, child: Child) -> None:
    other = store.create(Child(given_name="Other", family_name="Child",
                               date_of_birth=child.date_of_birth))
    store.save_draft(f"contact:{child.id}", {"note": "about the first child"})
    store.save_draft(f"voice:{other.id}", {"words": "about the second"})
    store.save_draft("reparation:session", {"tasks": "Clearing the towpath", "children": {
        child.id: [90, "the first child's reflection"], other.id: [90, "the second's"]}})
    store.purge_child(child.id, reason="left caseload")
    assert store.draft_keys() == [f"voice:{other.id}", "reparation:session"]
    assert store.draft("reparation:session") == {"tasks": "Clearing the towpath",
                                                 "children": {other.id: [90, "the second's"]}}
