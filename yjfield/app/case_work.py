"""The case manager's half: programmes, reparation hours, projects and appointments.

All on the store thread, offline like the rest; each save goes field by field to
the server on the next sync. Rules that need the child's other records are
checked here, where those records are: a refusal raises RuleBroken, a warning
comes back with the saved record for the practitioner to read.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from pydantic import ValidationError

from yjfield.app.caseload_figures import CaseloadFigures, caseload_figures
from yjfield.domain.base import Fact, Mutable
from yjfield.domain.child import Child, Programme
from yjfield.domain.codes import (
    ComplianceKind,
    FlagStage,
    LanguagePreference,
    Role,
    Severity,
)
from yjfield.domain.compliance import ComplianceEvent
from yjfield.domain.compliance_rules import DecisionChoices, decision_choices, decision_refusal
from yjfield.domain.contact import Appointment, Contact
from yjfield.domain.flags import FlagEvent, RedFlag, check_flag_move, current_stage
from yjfield.domain.plan import Plan, PlanRuleError, Review, review_plan
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.problems import explain
from yjfield.domain.programme_rules import (
    default_deadline,
    programme_findings,
    requirement_findings,
)
from yjfield.domain.protocol import Op
from yjfield.domain.reparation import ReparationProject, ReparationRequirement
from yjfield.domain.scope import WRITES
from yjfield.store.errors import RuleBroken
from yjfield.store.store import Store

M = TypeVar("M", bound=Mutable)


@dataclass(frozen=True)
class Saved:
    """A saved record, and what the practitioner should know about it."""

    record: Mutable | Fact
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChildProgrammes:
    """What the programme and requirement forms need about one child."""

    child_id: str
    date_of_birth: date
    programmes: tuple[Programme, ...]
    requirements: tuple[ReparationRequirement, ...]

    @property
    def open_programmes(self) -> tuple[Programme, ...]:
        return tuple(p for p in self.programmes if not p.ended)


@dataclass(frozen=True)
class DiaryLine:
    """One appointment in the practitioner's week."""

    appointment: Appointment
    child_name: str
    outcome_missing: bool  # in the past, and no contact recorded for it
    outcome_recorded: bool = False  # in the past, and a contact recorded for it


@dataclass(frozen=True)
class FlagToAct:
    """A concern not yet closed, for the child's case manager."""

    flag: RedFlag
    child_name: str
    stage: FlagStage
    events: tuple[FlagEvent, ...]
    overdue: bool  # not acknowledged within the service's time for its severity
    acknowledge_by: datetime


@dataclass(frozen=True)
class DecisionContext:
    """What the compliance decision screen needs about one child."""

    child_id: str
    child_name: str
    language: LanguagePreference
    #: Missed appointments that may be the child's failure, with no decision yet.
    missed: tuple[Contact, ...]
    programmes: tuple[Programme, ...]
    #: Days of each YRO warning already given (for the warned period).
    warnings: tuple[date, ...]
    warnings_before_breach: int

    def programme_on(self, day: date) -> Programme | None:
        """The programme the child was on that day (the most recent, if several)."""
        running = [p for p in self.programmes if p.is_open_on(day)]
        return max(running, key=lambda p: p.start, default=None)

    def offered(self, contact: Contact) -> DecisionChoices:
        day = contact.start.date()
        programme = self.programme_on(day)
        return decision_choices(programme.programme_type if programme else None,
                                self.warnings, day, self.warnings_before_breach)


@dataclass(frozen=True)
class BreachProposal:
    proposal: ComplianceEvent
    child_name: str


_SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


def may_write(role: Role, kind: str, op: Op = Op.CREATE) -> bool:
    """Whether this role's laptop may make this change (the server decides the same)."""
    return op in WRITES[role].get(kind, frozenset())


def _build(cls: type[M], data: dict[str, Any]) -> M:
    try:
        return cls.model_validate(data)
    except ValidationError as error:
        raise RuleBroken(explain(error, cls)) from None


class CaseWork:
    """Programmes, requirements, projects and appointments in one practitioner's store."""

    def __init__(self, store: Store, policy: LocalPolicy,
                 now: Callable[[], datetime]) -> None:
        self._store = store
        self.policy = policy
        self._now = now

    def _all(self, cls: type[M], child_id: str | None = None) -> list[M]:
        return [e.record for e in self._store.entities(cls.kind, child_id)
                if isinstance(e.record, cls)]

    def figures(self) -> CaseloadFigures:
        """My caseload in figures (store thread)."""
        return caseload_figures(self._store, self.policy, self._now())

    def child(self, child_id: str) -> Child:
        return self._store.get(Child, child_id)

    # -- programmes and orders -------------------------------------------------------------

    def child_programmes(self, child_id: str) -> ChildProgrammes:
        child = self._store.get(Child, child_id)
        programmes = sorted(self._all(Programme, child_id), key=lambda p: p.start, reverse=True)
        requirements = sorted(self._all(ReparationRequirement, child_id),
                              key=lambda r: r.start, reverse=True)
        return ChildProgrammes(child_id, child.date_of_birth, tuple(programmes),
                               tuple(requirements))

    def save_programme(self, child_id: str, programme_id: str | None,
                       fields: dict[str, Any]) -> Saved:
        """Add a programme (programme_id None) or change one; refused by the rules in words."""
        with self._store.db.atomic():
            others = self._all(Programme, child_id)
            if programme_id is None:
                programme = _build(Programme, {**fields, "child_id": child_id})
            else:
                current = self._store.get(Programme, programme_id)
                programme = _build(Programme, {**current.to_data(), **fields})
            found = programme_findings(programme, others, self.policy)
            if found.refusals:
                raise RuleBroken(list(found.refusals))
            if programme_id is None:
                saved: Mutable = self._store.create(programme)
            else:
                saved = self._store.update("programme", programme_id, fields)
        return Saved(saved, found.warnings)

    # -- reparation hours ---------------------------------------------------------------------

    def add_requirement(self, requirement: ReparationRequirement) -> Saved:
        """Hours for a child under one of their programmes; the law's deadline by default."""
        child_id = str(requirement.child_id)
        with self._store.db.atomic():
            child = self._store.get(Child, child_id)
            programme = next((p for p in self._all(Programme, child_id)
                              if p.id == requirement.programme_id), None)
            if requirement.deadline is None:
                requirement = _build(ReparationRequirement, {
                    **requirement.to_data(),
                    "deadline": default_deadline(requirement.source, requirement.start)})
            found = requirement_findings(requirement, programme, child.date_of_birth,
                                         self.policy)
            if found.refusals:
                raise RuleBroken(list(found.refusals))
            return Saved(self._store.create(requirement), found.warnings)

    # -- red flags --------------------------------------------------------------------------

    def flags_to_act_on(self) -> list[FlagToAct]:
        """Concerns not closed, on every child here: most severe first, then the oldest."""
        now = self._now()
        names = self._store.child_names()
        lines = []
        for child_id, name in names.items():
            events: dict[str, list[FlagEvent]] = {}
            for line in self._store.facts(child_id, "flag_event"):
                if isinstance(line.fact, FlagEvent):
                    events.setdefault(line.fact.flag_id, []).append(line.fact)
            for line in self._store.facts(child_id, "red_flag"):
                flag = line.fact
                if not isinstance(flag, RedFlag):
                    continue
                moves = sorted(events.get(flag.id, []), key=lambda e: e.at)
                stage = current_stage(moves)
                if stage == FlagStage.CLOSED:
                    continue
                due = flag.acknowledge_by(self.policy)
                overdue = stage == FlagStage.RAISED and now > due
                lines.append(FlagToAct(flag, name, stage, tuple(moves), overdue, due))
        return sorted(lines, key=lambda f: (_SEVERITY_ORDER[f.flag.severity], f.flag.at))

    def move_flag(self, event: FlagEvent) -> Saved:
        """Acknowledge, action or close a concern, with what the rules ask of each."""
        try:
            check_flag_move(event)
        except ValueError as error:
            raise RuleBroken([str(error)]) from None
        return Saved(self._store.add_fact(event))

    # -- compliance ---------------------------------------------------------------------------

    def decision_context(self, child_id: str) -> DecisionContext:
        child = self._store.get(Child, child_id)
        decided = {line.fact.contact_id for line in self._store.facts(child_id,
                                                                       "compliance_event")
                   if isinstance(line.fact, ComplianceEvent)}
        missed = tuple(line.fact for line in self._store.facts(child_id, "contact")
                       if isinstance(line.fact, Contact)
                       and line.fact.attendance.may_count_against_child
                       and line.fact.id not in decided)
        warnings = tuple(line.fact.on for line in self._store.facts(child_id,
                                                                      "compliance_event")
                         if isinstance(line.fact, ComplianceEvent)
                         and line.fact.event == ComplianceKind.WARNING_ISSUED)
        return DecisionContext(child_id, child.display_name, child.language, missed,
                               tuple(self._all(Programme, child_id)), warnings,
                               self.policy.warnings_before_breach)

    def decide(self, decision: ComplianceEvent) -> Saved:
        """A decision on a missed appointment, refused when it does not fit the programme."""
        context = self.decision_context(str(decision.child_id))
        contact = next((c for c in context.missed if c.id == decision.contact_id), None)
        if contact is None:
            raise RuleBroken(["That missed appointment already has a decision."])
        refused = decision_refusal(decision.event, context.offered(contact))
        if refused:
            raise RuleBroken([refused])
        programme = context.programme_on(contact.start.date())
        saved = self._store.add_fact(decision.model_copy(
            update={"programme_id": programme.id if programme else None}))
        return Saved(saved)

    def approve_breach(self, approval: ComplianceEvent) -> Saved:
        if self._store.identity.role != Role.SERVICE_MANAGER:
            raise RuleBroken(["Only a service manager approves breach proceedings."])
        return Saved(self._store.add_fact(approval))

    def breaches_to_approve(self) -> list[BreachProposal]:
        """Breach proceedings proposed and not yet approved, for a service manager."""
        names = self._store.child_names()
        found = []
        for child_id, name in names.items():
            events = [line.fact for line in self._store.facts(child_id, "compliance_event")
                      if isinstance(line.fact, ComplianceEvent)]
            approved = {e.approves for e in events
                        if e.event == ComplianceKind.BREACH_APPROVED}
            found += [BreachProposal(e, name) for e in events
                      if e.event == ComplianceKind.BREACH_PROPOSED and e.id not in approved]
        return sorted(found, key=lambda b: b.proposal.on)

    # -- reviews ----------------------------------------------------------------------------

    def record_review(self, review: Review, next_review_due: date | None = None) -> Saved:
        """The review, and the plan's next review counted from it, saved together."""
        child_id = str(review.child_id)
        with self._store.db.atomic():
            plans = self._all(Plan, child_id)
            if not plans:
                raise RuleBroken(["There is no plan to review yet: write the plan first "
                                  "(Record → Edit the plan)."])
            plan = plans[0]
            try:
                changes = review_plan(plan, review, next_review_due)
            except PlanRuleError as error:
                raise RuleBroken([str(error)]) from None
            except ValidationError as error:
                raise RuleBroken(explain(error, Plan)) from None
            saved = self._store.add_fact(review.model_copy(update={"plan_id": plan.id}))
            if changes:
                self._store.update("plan", plan.id, changes)
        return Saved(saved)

    # -- reparation projects (service manager and admin) ---------------------------------------

    def all_projects(self) -> list[ReparationProject]:
        """Every project, active or not, by name."""
        return sorted(self._all(ReparationProject), key=lambda p: (not p.active, p.name.lower()))

    def save_project(self, project_id: str | None, fields: dict[str, Any]) -> Saved:
        if project_id is None:
            return Saved(self._store.create(_build(ReparationProject, fields)))
        return Saved(self._store.update("reparation_project", project_id, fields))

    # -- appointments ---------------------------------------------------------------------------

    def appointments(self, child_id: str) -> list[Appointment]:
        """The child's appointments not cancelled, soonest first."""
        found = [a for a in self._all(Appointment, child_id) if not a.cancelled]
        return sorted(found, key=lambda a: a.start)

    def book(self, appointment: Appointment) -> Saved:
        return Saved(self._store.create(appointment))

    def book_new(self, child_id: str, fields: dict[str, Any]) -> Saved:
        return self.book(_build(Appointment, {**fields, "child_id": child_id}))

    def move(self, appointment_id: str, changes: dict[str, Any]) -> Saved:
        """Move (or cancel, with cancelled=True) an appointment: the same record, changed."""
        return Saved(self._store.update("appointment", appointment_id, changes))

    def diary(self, days: int = 7) -> list[DiaryLine]:
        """Appointments from the start of today for `days` days, with those in the past
        whose outcome was never recorded (no contact with the child that day)."""
        now = self._now()
        today = now.date()
        names = self._store.child_names()
        lines = []
        for appointment in self._all(Appointment):
            day = appointment.start.date()
            child_id = str(appointment.child_id)
            if appointment.cancelled or child_id not in names:
                continue
            if not today - timedelta(days=days) <= day < today + timedelta(days=days):
                continue
            past = appointment.start < now
            recorded = past and self._outcome_recorded(appointment)
            if day < today and recorded:
                continue  # earlier days are listed only while an outcome is missing
            lines.append(DiaryLine(appointment, names[child_id], past and not recorded,
                                   recorded))
        return sorted(lines, key=lambda line: line.appointment.start)

    def _outcome_recorded(self, appointment: Appointment) -> bool:
        """A contact recorded from it, or any contact with the child that day."""
        day = appointment.start.date()
        return any(isinstance(line.fact, Contact) and (
            line.fact.appointment_id == appointment.id or line.fact.start.date() == day)
            for line in self._store.facts(str(appointment.child_id), "contact"))
