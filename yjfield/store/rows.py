"""Rows the store hands back: immutable, so they can cross threads safely."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from yjfield.domain.base import Fact, Mutable


@dataclass(frozen=True)
class EntityRecord:
    """A mutable record with the sync state of each of its fields."""

    record: Mutable
    data: dict[str, Any]
    versions: dict[str, int]
    conflicts: dict[str, Any]


@dataclass(frozen=True)
class FactRecord:
    """A fact and, when it has been corrected, the id of the correction."""

    fact: Fact
    corrected_by: str | None = None

    @property
    def is_corrected(self) -> bool:
        return self.corrected_by is not None


@dataclass
class ApplyResult:
    """What became of a batch of facts from the server."""

    inserted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class OutboxRecord:
    """One change waiting to reach the server (or refused by it, with the reason)."""

    seq: int
    change_id: str
    record_kind: str
    record_id: str
    child_id: str | None
    op: str
    payload: dict[str, Any]
    created_at: str
    state: str
    reason_code: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class CaseloadRecord:
    """One line of the caseload list, with its derived fields."""

    child_id: str
    display_name: str
    given_name: str
    family_name: str
    preferred_name: str | None
    age: int
    programme_type: str | None
    next_appointment: str | None
    last_face_to_face: str | None
    days_since_face_to_face: int | None
    next_review_due: date | None
    open_flags: int
    minutes_required: int
    minutes_credited: int
    conflicts: int = 0
    #: Missed appointments past their follow-up date with nothing done since.
    follow_ups: int = 0

    @property
    def minutes_outstanding(self) -> int:
        return max(self.minutes_required - self.minutes_credited, 0)

    def review_overdue(self, today: date) -> bool:
        return self.next_review_due is not None and self.next_review_due < today
