"""The merge rule for mutable records (docs/sync-contract.md), as a pure function.

The server applies every change in its own sequence order, so each device that
receives the server's state converges on the same values and the same open
conflicts. For each field a change carries the version it was edited from:

- unchanged on the server since that base version: the change applies (so does a
  device's later edit of a value it wrote itself, which it made on top of it);
- changed since, to the same value: nothing to do;
- changed since, to a different value: a conflict. Both values are kept, with who
  wrote each, on which device and when; the displayed value is the one written
  last in server order, except that "archived" shows not-archived while in
  conflict, so a delete racing an edit never hides the record silently.

Only a resolution clears a conflict; an ordinary edit of a conflicted field adds
its value to the candidates.
"""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

ARCHIVED = "archived"


class FieldOutcome(StrEnum):
    APPLIED = "applied"
    SAME = "same"
    CONFLICT = "conflict"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Author:
    """Who wrote a value: shown beside each side of a conflict."""

    user_id: str
    name: str
    device_id: str
    at: str  # the device's HLC stamp, for display only

    def to_data(self) -> dict[str, str]:
        return {"user_id": self.user_id, "name": self.name, "device_id": self.device_id,
                "at": self.at}


@dataclass(frozen=True)
class Patch:
    """Field changes from one device, each with the version it was made from."""

    fields: dict[str, Any]
    base: dict[str, int]
    resolves: frozenset[str] = frozenset()
    archive: bool = False


@dataclass
class RecordState:
    """A mutable record on the server: values, per-field versions and authors, conflicts."""

    data: dict[str, Any]
    versions: dict[str, int] = field(default_factory=dict)
    authors: dict[str, dict[str, str]] = field(default_factory=dict)
    conflicts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def copy(self) -> "RecordState":
        return RecordState(dict(self.data), dict(self.versions), dict(self.authors),
                           {k: list(v) for k, v in self.conflicts.items()})


def _candidate(value: Any, author: dict[str, str] | None, seq: int) -> dict[str, Any]:
    return {"value": value, "author": author or {}, "seq": seq}


def displayed(name: str, candidates: list[dict[str, Any]]) -> Any:
    """The deterministic winner every device shows while a field is in conflict."""
    if name == ARCHIVED and any(c["value"] is False for c in candidates):
        return False
    return max(candidates, key=lambda c: c["seq"])["value"]


def _conflict(state: RecordState, name: str, value: Any, author: Author, seq: int) -> None:
    candidates = state.conflicts.get(name) or [
        _candidate(state.data.get(name), state.authors.get(name), state.versions.get(name, 0))]
    candidates = [c for c in candidates if c["value"] != value or c["seq"] == seq]
    candidates.append(_candidate(value, author.to_data(), seq))
    state.conflicts[name] = candidates
    state.data[name] = displayed(name, candidates)
    state.versions[name] = seq
    state.authors[name] = author.to_data()


def _set(state: RecordState, name: str, value: Any, author: Author, seq: int) -> None:
    state.data[name] = value
    state.versions[name] = seq
    state.authors[name] = author.to_data()


def apply_patch(current: RecordState | None, patch: Patch, author: Author,
                seq: int) -> tuple[RecordState, dict[str, FieldOutcome]]:
    """The record after applying `patch` as server change number `seq`.

    `current` is None for a record the server has not seen: every field applies.
    The input is not modified.
    """
    state = current.copy() if current is not None else RecordState(data={})
    outcomes: dict[str, FieldOutcome] = {}
    if patch.archive:
        outcomes[ARCHIVED] = _apply_archive(state, patch, author, seq)
        return state, outcomes
    if current is not None and state.data.get(ARCHIVED) is True and ARCHIVED not in patch.fields \
            and patch.base.get(ARCHIVED, 0) < state.versions.get(ARCHIVED, 0):
        # An edit made without seeing the archive: the record comes back, in conflict.
        _conflict(state, ARCHIVED, False, author, seq)
        outcomes[ARCHIVED] = FieldOutcome.CONFLICT
    for name, value in patch.fields.items():
        outcomes[name] = _apply_field(state, name, value, patch, author, seq)
    return state, outcomes


def _own_latest(state: RecordState, name: str, author: Author) -> bool:
    """The field's value now is this device's own, and not in conflict: a later edit of it
    from the same device was made on top of it, whatever base it could name (its first
    edit may never have been acknowledged, held while the child was away)."""
    return (name not in state.conflicts
            and state.authors.get(name, {}).get("device_id") == author.device_id)


def _apply_field(state: RecordState, name: str, value: Any, patch: Patch, author: Author,
                 seq: int) -> FieldOutcome:
    unchanged_since_base = (state.versions.get(name, 0) <= patch.base.get(name, 0)
                            or _own_latest(state, name, author))
    if name in patch.resolves and unchanged_since_base:
        # Only someone who saw every value in the conflict can settle it.
        _set(state, name, value, author, seq)
        state.conflicts.pop(name, None)
        return FieldOutcome.RESOLVED
    if unchanged_since_base:
        if name in state.conflicts:  # an edit is not a resolution: the conflict stays open
            _conflict(state, name, value, author, seq)
            return FieldOutcome.CONFLICT
        _set(state, name, value, author, seq)
        return FieldOutcome.APPLIED
    if state.data.get(name) == value:
        return FieldOutcome.SAME
    _conflict(state, name, value, author, seq)
    return FieldOutcome.CONFLICT


def _apply_archive(state: RecordState, patch: Patch, author: Author, seq: int) -> FieldOutcome:
    edited_since = [name for name, version in state.versions.items()
                    if name != ARCHIVED and version > patch.base.get(name, 0)
                    and not _own_latest(state, name, author)]
    if not edited_since:
        if state.data.get(ARCHIVED) is True:
            return FieldOutcome.SAME
        _set(state, ARCHIVED, True, author, seq)
        state.conflicts.pop(ARCHIVED, None)
        return FieldOutcome.APPLIED
    # Someone changed the record after this device last saw it: archiving now would
    # throw their change away unseen, so it is a conflict for a person to settle.
    latest = max(edited_since, key=lambda n: state.versions[n])
    candidates = [_candidate(False, state.authors.get(latest), state.versions[latest]),
                  _candidate(True, author.to_data(), seq)]
    state.conflicts[ARCHIVED] = candidates
    state.data[ARCHIVED] = displayed(ARCHIVED, candidates)
    state.versions[ARCHIVED] = seq
    state.authors[ARCHIVED] = author.to_data()
    return FieldOutcome.CONFLICT
