"""Red flags (concerns): raised once, their status moves on through events."""

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import ClassVar

from pydantic import AwareDatetime, Field, model_validator

from yjfield.domain.base import Fact, RecordId
from yjfield.domain.codes import FlagCategory, FlagOutcome, FlagStage, Severity
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.text import RequiredLongText, ShortText, Text


class RedFlag(Fact):
    kind: ClassVar[str] = "red_flag"
    noun: ClassVar[str] = "red flag"

    at: AwareDatetime
    category: FlagCategory
    severity: Severity = Severity.MEDIUM
    description: RequiredLongText = Field(title="What is the concern")
    #: A referral made at once (to children's services, the police...), and to whom.
    referred_to: ShortText | None = Field(default=None, title="Referred to")

    @model_validator(mode="after")
    def _belongs(self) -> "RedFlag":
        if self.child_id is None:
            raise ValueError("A red flag must belong to a child.")
        return self

    def acknowledge_by(self, policy: LocalPolicy) -> datetime:
        """When the child's case manager should have acknowledged it (local policy)."""
        return self.at + timedelta(hours=policy.flag_acknowledge_hours[self.severity])

    def occurred(self) -> datetime:
        return self.at


class FlagEvent(Fact):
    """A flag acknowledged, actioned or closed."""

    kind: ClassVar[str] = "flag_event"
    noun: ClassVar[str] = "red flag update"

    flag_id: RecordId
    at: AwareDatetime
    stage: FlagStage
    note: Text | None = None
    outcome: FlagOutcome | None = None
    referred_to: ShortText | None = Field(default=None, title="Referred to")
    reference: ShortText | None = Field(default=None, title="Their reference")
    #: Who moved it on, by name, for the worker who raised it (the server checks it is
    #: the name of whoever sent it).
    by_name: ShortText | None = None

    @model_validator(mode="after")
    def _moves_on(self) -> "FlagEvent":
        if self.stage == FlagStage.RAISED:
            raise ValueError("A flag is raised once; an update acknowledges, actions or closes it.")
        return self

    def occurred(self) -> datetime:
        return self.at


def current_stage(events: Iterable[FlagEvent]) -> FlagStage:
    """The furthest stage reached: the same on every device whatever order events arrive in."""
    return max((event.stage for event in events), key=lambda stage: stage.rank,
               default=FlagStage.RAISED)


def check_flag_move(event: FlagEvent) -> None:
    """What a new update must say (older updates, made before these rules, still read).

    Raises ValueError in plain words.
    """
    if not (event.note or "").strip() and event.stage != FlagStage.CLOSED:
        raise ValueError("Add a note: what you did, or will do, about the concern.")
    if event.stage != FlagStage.CLOSED:
        return
    if event.outcome is None:
        raise ValueError("Closing a concern needs its outcome: a referral, a safety plan, or "
                         "no further action.")
    if event.outcome == FlagOutcome.REFERRAL_MADE and not event.referred_to:
        raise ValueError("Say who the referral was made to.")
    if event.outcome == FlagOutcome.NO_FURTHER_ACTION and not (event.note or "").strip():
        raise ValueError("No further action needs a reason in the note.")
