"""Compliance events and audit events: append-only facts."""

from datetime import date, datetime
from typing import ClassVar

from pydantic import AwareDatetime, model_validator

from yjfield.domain.base import Fact, RecordId
from yjfield.domain.codes import AuditAction, ComplianceKind
from yjfield.domain.text import OneLineText, ShortText, Text


class ComplianceEvent(Fact):
    kind: ClassVar[str] = "compliance_event"
    noun: ClassVar[str] = "compliance decision"

    on: date
    event: ComplianceKind
    programme_id: RecordId | None = None
    contact_id: RecordId | None = None
    note: Text = ""
    approved_by: ShortText | None = None
    #: A YRO warning: the letter as sent, in the child's language.
    letter: Text | None = None
    #: A breach approval: the proposal it approves.
    approves: RecordId | None = None
    by_name: ShortText | None = None

    @model_validator(mode="after")
    def _belongs(self) -> "ComplianceEvent":
        if self.child_id is None:
            raise ValueError("A compliance decision must belong to a child.")
        if self.event == ComplianceKind.BREACH_REFERRAL and not self.approved_by:
            raise ValueError("A breach referral needs a manager's approval.")
        if self.event == ComplianceKind.BREACH_APPROVED and not self.approves:
            raise ValueError("An approval must say which breach proposal it approves.")
        return self

    def occurred(self) -> date:
        return self.on


class AuditEvent(Fact):
    """Who did what to which record, when, on which device: never edited."""

    kind: ClassVar[str] = "audit"
    noun: ClassVar[str] = "audit event"

    at: AwareDatetime
    action: AuditAction
    record_kind: OneLineText
    record_id: RecordId
    user_id: OneLineText
    reason: OneLineText | None = None

    def occurred(self) -> datetime:
        return self.at
