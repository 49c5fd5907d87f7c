"""Red flags (concerns): raised once, their status moves on through events."""

from collections.abc import Iterable
from datetime import datetime
from typing import ClassVar

from pydantic import AwareDatetime, Field, model_validator

from yjfield.domain.base import Fact, RecordId
from yjfield.domain.codes import FlagCategory, FlagStage, Severity
from yjfield.domain.text import RequiredLongText, Text


class RedFlag(Fact):
    kind: ClassVar[str] = "red_flag"
    noun: ClassVar[str] = "red flag"

    at: AwareDatetime
    category: FlagCategory
    severity: Severity = Severity.MEDIUM
    description: RequiredLongText = Field(title="What is the concern")

    @model_validator(mode="after")
    def _belongs(self) -> "RedFlag":
        if self.child_id is None:
            raise ValueError("A red flag must belong to a child.")
        return self

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
