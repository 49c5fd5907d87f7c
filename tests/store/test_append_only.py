"""Facts are append-only in the store itself, not only by convention in the code."""

import pytest
import sqlcipher3

from yjfield.domain.child import Child
from yjfield.domain.contact import CaseEntry, Contact
from yjfield.store.errors import RuleBroken
from yjfield.store.store import Store


def test_raw_sql_cannot_update_or_delete_facts(store: Store, child: Child) -> None:
    fact = store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="original words"))
    conn = store.db._conn  # raw SQL, past every Python guard
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE facts SET data = json_set(data, '$.text', 'rewritten') WHERE id = ?",
                     (fact.id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM facts WHERE id = ?", (fact.id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM facts")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("REPLACE INTO facts (id, kind, occurred_at, recorded_at, data)"
                     " VALUES (?, 'case_entry', 'x', 'x', '{}')", (fact.id,))
    assert store.fact(fact.id).fact.text == "original words"  # type: ignore[attr-defined]


def test_correction_is_linked_and_original_stays_reachable(store: Store, child: Child) -> None:
    original = store.add_fact(Contact(child_id=child.id, start=store.now(),
                                      narrative="Met at the skate park"))
    fixed = store.add_fact(original.model_copy(update={
        "id": Contact(child_id=child.id, start=store.now()).id,
        "narrative": "Met at the youth club", "corrects": original.id,
        "correction_reason": "Wrong place recorded"}))
    current = store.facts(child.id, "contact")
    assert [r.fact.id for r in current] == [fixed.id]
    everything = store.facts(child.id, "contact", include_corrected=True)
    assert {r.fact.id: r.corrected_by for r in everything} == {original.id: fixed.id,
                                                               fixed.id: None}
    assert [r.fact.id for r in store.corrections_chain(original.id)] == [original.id, fixed.id]
    # Search shows the corrected view only.
    assert [h.record_id for h in store.search("skate")] == []
    assert [h.record_id for h in store.search("youth club")] == [fixed.id]


def test_only_the_latest_version_can_be_corrected(store: Store, child: Child) -> None:
    original = store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="first"))
    store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="second",
                             corrects=original.id, correction_reason="typo"))
    with pytest.raises(RuleBroken, match="already been corrected"):
        store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="third",
                                 corrects=original.id, correction_reason="typo"))


def test_correction_must_match_kind_and_child(store: Store, child: Child) -> None:
    other = store.create(Child(given_name="Sol", family_name="Vane",
                               date_of_birth=child.date_of_birth))
    original = store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="note"))
    with pytest.raises(RuleBroken, match="same kind of record, for the same child"):
        store.add_fact(CaseEntry(child_id=other.id, at=store.now(), text="moved",
                                 corrects=original.id, correction_reason="wrong child"))


def test_saving_the_same_fact_twice_is_refused(store: Store, child: Child) -> None:
    fact = CaseEntry(child_id=child.id, at=store.now(), text="once")
    store.add_fact(fact)
    with pytest.raises(RuleBroken, match="already been saved"):
        store.add_fact(fact)
    assert len(store.facts(child.id, "case_entry")) == 1


def test_purge_is_the_only_way_facts_leave(store: Store, child: Child) -> None:
    store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="to be purged"))
    erased = store.purge_child(child.id, reason="left caseload")
    assert erased >= 3  # the child, the note and its audit events
    assert store.caseload() == []
    assert store.search("purged") == []
    assert store.db.one("SELECT count(*) FROM facts WHERE child_id = ?", (child.id,)) == 0
    assert store.meta("purging") is None  # the flag never outlives the transaction
    with pytest.raises(sqlcipher3.IntegrityError):
        store.db._conn.execute("DELETE FROM facts")
