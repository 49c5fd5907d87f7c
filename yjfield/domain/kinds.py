"""Every record kind the store and the sync protocol know, by its wire name."""

from yjfield.domain.base import Fact, Mutable, Record
from yjfield.domain.child import Child, Programme
from yjfield.domain.compliance import AuditEvent, ComplianceEvent
from yjfield.domain.contact import Appointment, CaseEntry, Contact, VoiceEntry
from yjfield.domain.flags import FlagEvent, RedFlag
from yjfield.domain.plan import Plan, PlanGoal, PlanVersion, Review
from yjfield.domain.reparation import (
    ReparationAttendance,
    ReparationProject,
    ReparationRequirement,
    ReparationSession,
)
from yjfield.domain.victim import RestorativeJustice, Victim, VictimContact

RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (
        Child, Programme, Appointment, Plan, PlanGoal, ReparationRequirement, ReparationProject,
        Contact, CaseEntry, VoiceEntry, RedFlag, FlagEvent, PlanVersion, Review,
        ReparationSession, ReparationAttendance, ComplianceEvent, AuditEvent,
        Victim, VictimContact, RestorativeJustice,
    )
}

FACT_KINDS = frozenset(k for k, cls in RECORD_TYPES.items() if issubclass(cls, Fact))
MUTABLE_KINDS = frozenset(k for k, cls in RECORD_TYPES.items() if issubclass(cls, Mutable))


class UnknownKindError(KeyError):
    """A record kind this version of yjfield does not know."""


def record_type(kind: str) -> type[Record]:
    try:
        return RECORD_TYPES[kind]
    except KeyError:
        raise UnknownKindError(kind) from None
