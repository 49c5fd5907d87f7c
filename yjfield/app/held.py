"""Changes held for a manager, decided from the manager's laptop (network thread).

A change made offline for a child who had meanwhile left its author's caseload is
held on the server; the child's case manager (or a service manager) accepts it, and it
is applied as its author's, or declines it with a reason the author reads.
"""

import contextlib
from dataclasses import dataclass
from typing import Any

from yjfield.domain.kinds import UnknownKindError, record_type
from yjfield.domain.protocol import HeldChangeView, Op
from yjfield.store.store import Store
from yjfield.sync.engine import SyncEngine


@dataclass(frozen=True)
class HeldLine:
    change: HeldChangeView
    child_name: str
    what: str  # "New contact", "Change to appointment (start, note)"
    details: tuple[tuple[str, str], ...]  # (field title, value) as words


def _title(kind: str, name: str) -> str:
    try:
        field = record_type(kind).model_fields.get(name)
    except UnknownKindError:
        field = None
    return (field.title if field is not None and field.title else
            name.replace("_", " ").capitalize())


def _value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return "" if value is None else str(value).replace("_", " ")


_HIDDEN = frozenset({"id", "child_id", "recorded_by", "device_id", "recorded_at", "archived",
                     "corrects", "code_version"})


def describe(change: HeldChangeView, store: Store) -> HeldLine:
    names = store.child_names()
    noun = change.kind.replace("_", " ")
    with contextlib.suppress(UnknownKindError):
        noun = record_type(change.kind).noun
    if change.op in (Op.APPEND, Op.CREATE):
        what = f"New {noun}"
    else:
        what = f"Change to {noun} ({', '.join(_title(change.kind, f) for f in change.content)})"
    details = tuple((_title(change.kind, name), _value(value))
                    for name, value in change.content.items()
                    if name not in _HIDDEN and value not in (None, "", [], {}))
    return HeldLine(change, names.get(change.child_id or "", "a child not on this laptop"),
                    what, details)


def held_for_decision(engine: SyncEngine) -> list[HeldLine]:
    return [describe(change, engine.store) for change in engine.held_changes().changes]
