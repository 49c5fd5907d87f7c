"""The child and what brought them to the service."""

from datetime import date
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from yjfield.domain.base import Mutable
from yjfield.domain.codes import (
    KNOWN_PROGRAMME_CODE_VERSIONS,
    PROGRAMME_CODES_VERSION,
    Concern,
    EndReason,
    LanguagePreference,
    LegalStatus,
    ProgrammeType,
)
from yjfield.domain.dates import age_on
from yjfield.domain.programme_rules import check_programme_length
from yjfield.domain.text import ShortText, Text

#: Offered in the UI; gender is free text, so any answer the child gives fits.
GENDER_SUGGESTIONS = ("Girl", "Boy", "Non-binary", "Prefers to self-describe", "Prefers not to say")
#: Offered in the UI (the ONS 2021 census groups, and "Not stated"); free text, so a
#: child's own description fits too.
ETHNICITY_SUGGESTIONS = ("Asian or Asian British", "Black, Black British, Caribbean or African",
                         "Mixed or multiple ethnic groups", "White", "Other ethnic group",
                         "Not stated")


class KeyContact(BaseModel):
    """A parent, carer, social worker or other person around the child."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: ShortText
    relationship: ShortText
    phone: ShortText | None = None
    language: LanguagePreference | None = None


class Child(Mutable):
    kind: ClassVar[str] = "child"
    noun: ClassVar[str] = "child's details"

    given_name: ShortText = Field(min_length=1, title="First name")
    family_name: ShortText = Field(min_length=1, title="Last name")
    preferred_name: ShortText | None = Field(default=None, title="Preferred name")
    date_of_birth: date = Field(title="Date of birth")
    gender: ShortText | None = Field(default=None, title="Gender")
    ethnicity: ShortText | None = None
    language: LanguagePreference = LanguagePreference.ENGLISH
    language_other: ShortText | None = None
    language_asked_on: date | None = None
    communication_needs: Text | None = None
    send_aln: bool = False
    legal_statuses: tuple[LegalStatus, ...] = ()
    #: Since when each legal status has applied (a status may be recorded without one).
    legal_status_since: dict[LegalStatus, date] = Field(default_factory=dict)
    ete_provider: ShortText | None = Field(default=None, title="School or ETE provider")
    address: Text | None = None
    key_contacts: tuple[KeyContact, ...] = ()
    concerns: tuple[Concern, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _own_child_id(cls, data: object) -> object:
        # A child's scope key is the child; set it so every record scopes the same way.
        if isinstance(data, dict) and "id" in data and not data.get("child_id"):
            return {**data, "child_id": data["id"]}
        return data

    @model_validator(mode="after")
    def _sensible(self) -> "Child":
        if self.child_id is None:
            object.__setattr__(self, "child_id", self.id)
        if self.date_of_birth > date.today():
            raise ValueError("The date of birth is in the future; please check it.")
        if self.language == LanguagePreference.OTHER and not self.language_other:
            raise ValueError("Please say which language the child prefers.")
        return self

    @property
    def display_name(self) -> str:
        """The name the child wants to be called, then the family name."""
        return f"{self.preferred_name or self.given_name} {self.family_name}"

    def age_on(self, on: date) -> int:
        return age_on(self.date_of_birth, on)


_CODES_2024 = frozenset(ProgrammeType) - {
    ProgrammeType.OUTCOME_22, ProgrammeType.OUTCOME_23, ProgrammeType.YOUTH_DIVERSION_ORDER,
    ProgrammeType.BAIL_SUPERVISION, ProgrammeType.REMAND,
    ProgrammeType.DETENTION_AND_TRAINING_ORDER, ProgrammeType.SECTION_250}


class Programme(Mutable):
    """A programme or disposal: prevention, diversion, out-of-court disposal or court order."""

    kind: ClassVar[str] = "programme"
    noun: ClassVar[str] = "programme"

    programme_type: ProgrammeType = Field(title="Programme or order")
    code_version: str = PROGRAMME_CODES_VERSION
    start: date = Field(title="Start date")
    #: The end date: the date the order runs to while it is open, the day it ended after.
    end: date | None = Field(default=None, title="End date")
    end_reason: EndReason | None = Field(default=None, title="Why it ended")
    end_words: Text | None = Field(default=None, title="Why it ended, in words")
    conviction_date: date | None = Field(default=None, title="Conviction date")
    #: Turnaround: the arrest, caution or other event that made the child eligible.
    eligibility_event_on: date | None = Field(default=None, title="Eligibility event")
    exit_summary: Text | None = Field(default=None, title="Exit summary")

    @model_validator(mode="before")
    @classmethod
    def _free_text_reason(cls, data: object) -> object:
        # Before code list 2026.1 the reason was free text: keep the words, as "other".
        if isinstance(data, dict) and isinstance(data.get("end_reason"), str) \
                and data["end_reason"] not in EndReason.__members__.values():
            return {**data, "end_reason": EndReason.OTHER.value,
                    "end_words": data.get("end_words") or data["end_reason"]}
        return data

    @model_validator(mode="after")
    def _dates(self) -> "Programme":
        if self.child_id is None:
            raise ValueError("A programme must belong to a child.")
        if self.end is not None and self.end < self.start:
            raise ValueError("The end date is before the start date.")
        if self.conviction_date is not None and self.conviction_date > self.start:
            raise ValueError("The conviction date is after the programme's start; "
                             "please check it.")
        if self.end_reason is not None and self.end is None:
            raise ValueError("A programme that ended needs its end date.")
        if self.end_reason == EndReason.OTHER and not self.end_words:
            raise ValueError("Please say in words why the programme ended.")
        if self.code_version not in KNOWN_PROGRAMME_CODE_VERSIONS:
            raise ValueError(
                f"This programme uses code list {self.code_version}, which this version of "
                "yjfield does not know. Please update yjfield."
            )
        if self.code_version == "yjb-2024.1" and self.programme_type not in _CODES_2024:
            raise ValueError(f"{self.programme_type.label} is not in code list yjb-2024.1.")
        check_programme_length(self)
        return self

    @property
    def ended(self) -> bool:
        return self.end_reason is not None

    def is_open_on(self, on: date) -> bool:
        return self.start <= on and (self.end is None or self.end >= on)
