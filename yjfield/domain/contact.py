"""Contacts, case entries and the voice of the child: append-only facts."""

from datetime import date, datetime
from typing import ClassVar

from pydantic import AwareDatetime, Field, model_validator

from yjfield.domain.base import Fact, Mutable, RecordId
from yjfield.domain.codes import (
    Absence,
    Attendance,
    ContactMode,
    ContactSetting,
    PresentRole,
    Speaker,
    VoiceCapture,
    VoicePurpose,
)
from yjfield.domain.dates import add_working_days
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.text import LongText, RequiredLongText, ShortText


class Contact(Fact):
    kind: ClassVar[str] = "contact"
    noun: ClassVar[str] = "contact"

    start: AwareDatetime = Field(title="Start")
    end: AwareDatetime | None = Field(default=None, title="End")
    mode: ContactMode = ContactMode.FACE_TO_FACE
    setting: ContactSetting = ContactSetting.OFFICE
    attendance: Attendance = Attendance.ATTENDED
    absence_acceptable: bool | None = None
    #: For a missed appointment: whether the absence was acceptable, or evidence awaited.
    absence: Absence | None = Field(default=None, title="Absence")
    present: tuple[PresentRole, ...] = (PresentRole.CHILD,)
    goal_ids: tuple[RecordId, ...] = ()
    counts_toward_order: bool = True
    narrative: LongText = Field(default="", title="Case note")
    follow_up_due: date | None = None
    #: The appointment this contact records the outcome of, when there was one.
    appointment_id: RecordId | None = None
    #: Why an attended face-to-face contact has no words of the child's ("declined").
    no_words_reason: ShortText | None = Field(default=None, title="Why no words from the child")

    @model_validator(mode="after")
    def _consistent(self) -> "Contact":
        if self.child_id is None:
            raise ValueError("A contact must belong to a child.")
        if self.end is not None and self.end <= self.start:
            raise ValueError("The contact ends before it starts; please check the times.")
        if self.attendance == Attendance.ATTENDED and (self.absence_acceptable is not None
                                                       or self.absence is not None):
            raise ValueError("Only a missed appointment can be marked as an acceptable absence.")
        return self

    def occurred(self) -> datetime:
        return self.start

    @property
    def minutes(self) -> int | None:
        """Length in whole minutes (durations are always whole minutes)."""
        if self.end is None:
            return None
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def is_face_to_face_seen(self) -> bool:
        return self.mode == ContactMode.FACE_TO_FACE and self.attendance == Attendance.ATTENDED


def follow_up_due(contact_day: date, attendance: Attendance, policy: LocalPolicy) -> date | None:
    """When a missed appointment must be followed up, by the service's own policy."""
    if not attendance.is_missed:
        return None
    return add_working_days(contact_day, policy.follow_up_working_days, policy.holidays)


class CaseEntry(Fact):
    """A narrative case note not tied to one contact."""

    kind: ClassVar[str] = "case_entry"
    noun: ClassVar[str] = "case note"

    at: AwareDatetime
    text: RequiredLongText = Field(title="Case note")
    contact_id: RecordId | None = None

    @model_validator(mode="after")
    def _belongs(self) -> "CaseEntry":
        if self.child_id is None:
            raise ValueError("A case note must belong to a child.")
        return self

    def occurred(self) -> datetime:
        return self.at


class VoiceEntry(Fact):
    """The child's own words, verbatim, and how they were captured."""

    kind: ClassVar[str] = "voice"
    noun: ClassVar[str] = "voice of the child entry"

    at: AwareDatetime
    words: RequiredLongText = Field(title="The child's words")
    how_captured: VoiceCapture = VoiceCapture.DIRECT_QUOTE
    topic: ShortText | None = None
    contact_id: RecordId | None = None
    seen_by_child: bool = Field(default=False, title="Read back to or seen by the child")
    #: A parent's or carer's words are kept apart from the child's, never counted as theirs.
    speaker: Speaker = Speaker.CHILD
    purpose: VoicePurpose = VoicePurpose.EVERYDAY

    @model_validator(mode="after")
    def _belongs(self) -> "VoiceEntry":
        if self.child_id is None:
            raise ValueError("A voice entry must belong to a child.")
        return self

    def occurred(self) -> datetime:
        return self.at


class Appointment(Mutable):
    """A planned meeting with the child; rebooking changes it in place."""

    kind: ClassVar[str] = "appointment"
    noun: ClassVar[str] = "appointment"

    start: AwareDatetime = Field(title="When")
    mode: ContactMode = ContactMode.FACE_TO_FACE
    setting: ContactSetting = ContactSetting.OFFICE
    note: ShortText | None = None
    cancelled: bool = False

    @model_validator(mode="after")
    def _belongs(self) -> "Appointment":
        if self.child_id is None:
            raise ValueError("An appointment must belong to a child.")
        return self
