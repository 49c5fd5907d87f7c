"""The victims' compartment: victims, contact with them and restorative justice.

These records are about third parties, not the child. They live on the server and
on victim workers' laptops only (scope.RESTRICTED_KINDS); every other device never
receives them, and a subject access export leaves them out. Each belongs to the
child whose offence it concerns, so the service's retention rules and the
caseload's assignments apply to it.
"""

from datetime import date
from enum import StrEnum
from typing import ClassVar

from pydantic import Field, model_validator

from yjfield.domain.base import Fact, Mutable, RecordId
from yjfield.domain.codes import ContactMode
from yjfield.domain.text import LongText, ShortText, Text


class VictimType(StrEnum):
    PERSON = "person"
    BUSINESS = "business"
    COMMUNITY = "community"


class RestorativeProcess(StrEnum):
    CONFERENCE = "conference"
    SHUTTLE_MEDIATION = "shuttle_mediation"
    LETTER_OF_APOLOGY = "letter_of_apology"
    DIRECT_REPARATION = "direct_reparation"
    VICTIM_AWARENESS = "victim_awareness"


def _needs_child(record: Fact | Mutable, noun: str) -> None:
    if record.child_id is None:
        raise ValueError(f"A {noun} must say which child's offence it concerns.")


class Victim(Mutable):
    kind: ClassVar[str] = "victim"
    noun: ClassVar[str] = "victim"

    name: ShortText = Field(min_length=1, title="Victim's name")
    victim_type: VictimType = VictimType.PERSON
    phone: ShortText | None = None
    address: Text | None = None
    consents_to_contact: bool | None = None
    wants_restorative_justice: bool | None = None
    notes: Text = ""

    @model_validator(mode="after")
    def _belongs(self) -> "Victim":
        _needs_child(self, self.noun)
        return self


class VictimContact(Fact):
    kind: ClassVar[str] = "victim_contact"
    noun: ClassVar[str] = "victim contact"

    victim_id: RecordId
    on: date
    mode: ContactMode = ContactMode.PHONE
    summary: LongText = ""

    @model_validator(mode="after")
    def _belongs(self) -> "VictimContact":
        _needs_child(self, self.noun)
        return self

    def occurred(self) -> date:
        return self.on


class RestorativeJustice(Fact):
    kind: ClassVar[str] = "restorative_justice"
    noun: ClassVar[str] = "restorative justice record"

    victim_id: RecordId
    on: date
    process: RestorativeProcess
    victim_views: LongText = ""
    outcome: Text = ""

    @model_validator(mode="after")
    def _belongs(self) -> "RestorativeJustice":
        _needs_child(self, self.noun)
        return self

    def occurred(self) -> date:
        return self.on
