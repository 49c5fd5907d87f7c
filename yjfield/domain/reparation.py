"""Reparation: requirements, projects, sessions and each child's attendance.

A group session is one `ReparationSession` fact (no child data) plus one
`ReparationAttendance` fact per child, so that a case manager syncing their
child's hours never learns which other children were there.
"""

from datetime import date, datetime, time
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from yjfield.domain.base import Fact, Mutable, RecordId
from yjfield.domain.codes import ReparationKind, ReparationSource
from yjfield.domain.dates import add_months
from yjfield.domain.text import LongText, ShortText, Text

REPARATION_ORDER_MAX_MINUTES = 24 * 60
REPARATION_ORDER_MAX_MONTHS = 3
YRO_MIN_MINUTES = 40 * 60
YRO_MAX_MINUTES = 240 * 60


def _whole_minutes(value: object) -> object:
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("must be a whole number of minutes")
        return int(value)
    if isinstance(value, bool):
        raise ValueError("must be a whole number of minutes")
    return value


class ReparationRequirement(Mutable):
    kind: ClassVar[str] = "reparation_requirement"
    noun: ClassVar[str] = "reparation requirement"

    source: ReparationSource
    minutes_required: int = Field(gt=0, title="Hours required")
    start: date
    deadline: date | None = None
    programme_id: RecordId | None = None
    #: Why the hours go beyond the service's cap (youth conditional cautions).
    over_cap_reason: Text | None = None
    #: The person harmed agreed to direct reparation (recorded by the case manager from the
    #: victim worker's word): a supervisor sees only this, never who they are.
    direct_agreed: bool = Field(default=False, title="Agreement to direct reparation")

    _minutes = field_validator("minutes_required", mode="before")(_whole_minutes)

    @model_validator(mode="after")
    def _legal_bounds(self) -> "ReparationRequirement":
        if self.child_id is None:
            raise ValueError("A reparation requirement must belong to a child.")
        if self.deadline is not None and self.deadline < self.start:
            raise ValueError("The deadline is before the start date.")
        if self.source == ReparationSource.REPARATION_ORDER:
            if self.minutes_required > REPARATION_ORDER_MAX_MINUTES:
                raise ValueError("A reparation order is at most 24 hours.")
            latest = add_months(self.start, REPARATION_ORDER_MAX_MONTHS)
            if self.deadline is None or self.deadline > latest:
                raise ValueError(
                    f"A reparation order must be completed within 3 months (by {latest:%d %B %Y}).")
        if self.source == ReparationSource.YRO_UNPAID_WORK and not (
                YRO_MIN_MINUTES <= self.minutes_required <= YRO_MAX_MINUTES):
            raise ValueError("Unpaid work on a youth rehabilitation order is 40 to 240 hours.")
        return self


class ReparationProject(Mutable):
    kind: ClassVar[str] = "reparation_project"
    noun: ClassVar[str] = "reparation project"

    name: ShortText = Field(min_length=1, title="Project name")
    reparation_kind: ReparationKind = ReparationKind.INDIRECT
    host_organisation: ShortText | None = Field(default=None, title="Host organisation")
    capacity: int | None = Field(default=None, ge=1, le=100, title="Places per session")
    risk_assessment: ShortText | None = Field(default=None, title="Risk assessment reference")
    active: bool = True


class ReparationSession(Fact):
    """The session itself: where, when, what was done, who signed it off."""

    kind: ClassVar[str] = "reparation_session"
    noun: ClassVar[str] = "reparation session"

    project_id: RecordId
    on: date
    start: time
    end: time
    tasks: Text = ""
    signed_off_by: ShortText | None = None

    @model_validator(mode="after")
    def _times(self) -> "ReparationSession":
        if self.end <= self.start:
            raise ValueError("The session ends before it starts; please check the times.")
        return self

    @property
    def minutes(self) -> int:
        start = datetime.combine(self.on, self.start)
        end = datetime.combine(self.on, self.end)
        return int((end - start).total_seconds() // 60)

    def occurred(self) -> date:
        return self.on


class ReparationAttendance(Fact):
    """One child's credited minutes and reflection for one session."""

    kind: ClassVar[str] = "reparation_attendance"
    noun: ClassVar[str] = "reparation attendance"

    session_id: RecordId
    project_id: RecordId
    on: date
    minutes: int = Field(ge=0, le=24 * 60, title="Minutes credited")
    reflection: LongText = Field(default="", title="The child's reflection")
    requirement_id: RecordId | None = None

    _minutes = field_validator("minutes", mode="before")(_whole_minutes)

    @model_validator(mode="after")
    def _belongs(self) -> "ReparationAttendance":
        if self.child_id is None:
            raise ValueError("Reparation attendance must belong to a child.")
        return self

    def occurred(self) -> date:
        return self.on


class GroupSession(BaseModel):
    """A session as the supervisor logs it: one session, several children."""

    model_config = ConfigDict(frozen=True)

    session: ReparationSession
    attendances: tuple[ReparationAttendance, ...]

    @model_validator(mode="after")
    def _fits(self) -> "GroupSession":
        if not self.attendances:
            raise ValueError("Tick at least one child who attended the session.")
        seen: set[str | None] = set()
        for attendance in self.attendances:
            if attendance.child_id in seen:
                raise ValueError("A child is listed twice in this session.")
            seen.add(attendance.child_id)
            if attendance.minutes > self.session.minutes:
                raise ValueError(
                    f"A child cannot be credited more minutes ({attendance.minutes}) than the "
                    f"session lasted ({self.session.minutes}).")
            if (attendance.session_id != self.session.id
                    or attendance.project_id != self.session.project_id
                    or attendance.on != self.session.on):
                raise ValueError("Every attendance must belong to this session.")
        return self


class Ledger(BaseModel):
    """A child's hours ledger: derived from facts, never stored."""

    model_config = ConfigDict(frozen=True)

    minutes_required: int
    minutes_credited: int

    @property
    def minutes_outstanding(self) -> int:
        return max(self.minutes_required - self.minutes_credited, 0)

    @property
    def percent_done(self) -> float:
        if self.minutes_required == 0:
            return 100.0 if self.minutes_credited else 0.0
        return min(100.0, 100.0 * self.minutes_credited / self.minutes_required)
