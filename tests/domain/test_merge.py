"""The merge rule: field by field, conflicts keep both values, only a resolution clears one."""

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from yjfield.domain.merge import ARCHIVED, Author, FieldOutcome, Patch, RecordState, apply_patch

ANNE = Author("u-anne", "Anne", "dev-anne", "001-anne")
BEN = Author("u-ben", "Ben", "dev-ben", "001-ben")


def created() -> RecordState:
    state, _ = apply_patch(None, Patch({"a": "x", "b": "x", ARCHIVED: False},
                                       {"a": 0, "b": 0, ARCHIVED: 0}), ANNE, 1)
    return state


def test_unchanged_since_base_applies() -> None:
    state, outcome = apply_patch(created(), Patch({"a": "new"}, {"a": 1}), BEN, 2)
    assert outcome == {"a": FieldOutcome.APPLIED}
    assert (state.data["a"], state.versions["a"], state.conflicts) == ("new", 2, {})
    assert state.authors["a"]["name"] == "Ben"


def test_different_fields_of_one_record_merge_without_conflict() -> None:
    base = created()
    after_anne, _ = apply_patch(base, Patch({"a": "anne"}, {"a": 1}), ANNE, 2)
    after_ben, outcome = apply_patch(after_anne, Patch({"b": "ben"}, {"b": 1}), BEN, 3)
    assert outcome == {"b": FieldOutcome.APPLIED}
    assert (after_ben.data["a"], after_ben.data["b"], after_ben.conflicts) == ("anne", "ben", {})


def test_same_value_written_twice_is_nothing_to_do() -> None:
    first, _ = apply_patch(created(), Patch({"a": "same"}, {"a": 1}), ANNE, 2)
    second, outcome = apply_patch(first, Patch({"a": "same"}, {"a": 1}), BEN, 3)
    assert outcome == {"a": FieldOutcome.SAME}
    assert second.conflicts == {} and second.versions["a"] == 2


def test_different_values_conflict_and_keep_both_with_authors() -> None:
    first, _ = apply_patch(created(), Patch({"a": "anne's"}, {"a": 1}), ANNE, 2)
    second, outcome = apply_patch(first, Patch({"a": "ben's"}, {"a": 1}), BEN, 3)
    assert outcome == {"a": FieldOutcome.CONFLICT}
    candidates = second.conflicts["a"]
    assert [(c["value"], c["author"]["name"]) for c in candidates] == [("anne's", "Anne"),
                                                                      ("ben's", "Ben")]
    assert second.data["a"] == "ben's"  # the later in server order is displayed
    assert first.conflicts == {}  # the input is never modified


def test_an_edit_does_not_clear_a_conflict_but_a_resolution_does() -> None:
    first, _ = apply_patch(created(), Patch({"a": "anne's"}, {"a": 1}), ANNE, 2)
    conflicted, _ = apply_patch(first, Patch({"a": "ben's"}, {"a": 1}), BEN, 3)
    edited, outcome = apply_patch(conflicted, Patch({"a": "third"}, {"a": 3}), ANNE, 4)
    assert outcome == {"a": FieldOutcome.CONFLICT}
    assert {c["value"] for c in edited.conflicts["a"]} == {"anne's", "ben's", "third"}
    resolved, outcome = apply_patch(edited, Patch({"a": "merged"}, {"a": 4},
                                                  resolves=frozenset({"a"})), BEN, 5)
    assert outcome == {"a": FieldOutcome.RESOLVED}
    assert resolved.data["a"] == "merged" and resolved.conflicts == {}


def test_a_resolution_that_missed_a_newer_value_stays_in_conflict() -> None:
    first, _ = apply_patch(created(), Patch({"a": "anne's"}, {"a": 1}), ANNE, 2)
    conflicted, _ = apply_patch(first, Patch({"a": "ben's"}, {"a": 1}), BEN, 3)
    newer, _ = apply_patch(conflicted, Patch({"a": "later"}, {"a": 3}), ANNE, 4)
    stale, outcome = apply_patch(newer, Patch({"a": "pick"}, {"a": 3},
                                              resolves=frozenset({"a"})), BEN, 5)
    assert outcome == {"a": FieldOutcome.CONFLICT}
    assert "later" in {c["value"] for c in stale.conflicts["a"]}


def test_archive_racing_an_edit_is_a_conflict_not_a_silent_delete() -> None:
    edited, _ = apply_patch(created(), Patch({"a": "edited"}, {"a": 1}), BEN, 2)
    archived, outcome = apply_patch(
        edited, Patch({ARCHIVED: True}, {"a": 1, "b": 1, ARCHIVED: 1}, archive=True), ANNE, 3)
    assert outcome == {ARCHIVED: FieldOutcome.CONFLICT}
    assert archived.data[ARCHIVED] is False  # still shown, in conflict
    assert {c["value"] for c in archived.conflicts[ARCHIVED]} == {False, True}
    assert archived.data["a"] == "edited"


def test_edit_racing_an_archive_brings_the_record_back_in_conflict() -> None:
    archived, outcome = apply_patch(
        created(), Patch({ARCHIVED: True}, {"a": 1, "b": 1, ARCHIVED: 1}, archive=True), ANNE, 2)
    assert outcome == {ARCHIVED: FieldOutcome.APPLIED} and archived.data[ARCHIVED] is True
    edited, outcome = apply_patch(archived, Patch({"a": "late edit"}, {"a": 1, ARCHIVED: 1}),
                                  BEN, 3)
    assert outcome[ARCHIVED] == FieldOutcome.CONFLICT
    assert edited.data[ARCHIVED] is False and edited.data["a"] == "late edit"
    seen, outcome = apply_patch(archived, Patch({"a": "saw it"}, {"a": 1, ARCHIVED: 2}), BEN, 3)
    assert ARCHIVED not in outcome and seen.data[ARCHIVED] is True


FIELDS = ("a", "b", "c")
VALUES = ("x", "y", "z", "w")


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[dict[str, Any], dict[str, int], frozenset[str]]]:
    """Patches from devices that each saw some past state of each field."""
    steps = []
    seen_versions: dict[str, list[int]] = {name: [0] for name in FIELDS}
    for seq in range(2, draw(st.integers(2, 25)) + 2):
        names = draw(st.sets(st.sampled_from(FIELDS), min_size=1))
        fields = {name: draw(st.sampled_from(VALUES)) for name in names}
        base = {name: draw(st.sampled_from(seen_versions[name])) for name in names}
        resolves = frozenset(n for n in names if draw(st.integers(0, 4)) == 0)
        steps.append((fields, base, resolves))
        for name in names:
            seen_versions[name].append(seq)
    return steps


@settings(max_examples=300, deadline=None)
@given(histories())
def test_no_written_value_is_ever_lost(history: list[tuple[dict[str, Any], dict[str, int],
                                                           frozenset[str]]]) -> None:
    state, _ = apply_patch(None, Patch(dict.fromkeys(FIELDS, "start"), dict.fromkeys(FIELDS, 0)),
                           ANNE, 1)
    writes: list[tuple[str, Any, int]] = []
    bases: list[tuple[str, int, int]] = []  # (field, base, seq) of every later change
    for seq, (fields, base, resolves) in enumerate(history, start=2):
        # Each patch from a device of its own: a device's later edit of its own value is
        # no conflict by design (tested on its own below).
        device = Author(ANNE.user_id, ANNE.name, f"device-{seq}", ANNE.at)
        state, outcome = apply_patch(state, Patch(fields, base, resolves), device, seq)
        for name, value in fields.items():
            bases.append((name, base[name], seq))
            if outcome[name] != FieldOutcome.SAME:
                writes.append((name, value, seq))
        for name in FIELDS:  # the displayed value is always one the state holds
            if name in state.conflicts:
                assert state.data[name] in [c["value"] for c in state.conflicts[name]]
    for name, value, seq in writes:
        kept = state.data[name] == value or value in [
            c["value"] for c in state.conflicts.get(name, [])]
        overwritten_knowingly = any(n == name and b >= seq and s > seq for n, b, s in bases)
        assert kept or overwritten_knowingly, (name, value, seq)


def test_a_devices_later_edit_of_its_own_value_is_never_a_conflict_with_it() -> None:
    """Two edits of one field made offline on one laptop, both held while the child was
    away, arrive with the same old base: the second was made on top of the first."""
    from yjfield.domain.merge import Author, Patch, RecordState, apply_patch

    laptop = Author("u1", "Yw", "laptop-1", "t")
    other = Author("u2", "Cm", "laptop-2", "t")
    state = RecordState(data={"preferred_name": "Jo"}, versions={"preferred_name": 1},
                        authors={"preferred_name": other.to_data()})
    first, _ = apply_patch(state, Patch({"preferred_name": "Joey"}, {"preferred_name": 1}),
                           laptop, 5)
    second, outcomes = apply_patch(first, Patch({"preferred_name": "Joe"},
                                                {"preferred_name": 1}), laptop, 6)
    assert outcomes["preferred_name"].value == "applied"
    assert second.data["preferred_name"] == "Joe" and not second.conflicts
    # Someone else's value in between is still a conflict.
    theirs, _ = apply_patch(first, Patch({"preferred_name": "Jojo"}, {"preferred_name": 5}),
                            other, 6)
    _, outcomes = apply_patch(theirs, Patch({"preferred_name": "Joe"},
                                                {"preferred_name": 1}), laptop, 7)
    assert outcomes["preferred_name"].value == "conflict"
