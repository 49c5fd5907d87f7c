"""Everything the record pages show about one child, gathered on the store thread."""

from dataclasses import dataclass

from yjfield.domain.child import Child, Programme
from yjfield.domain.contact import Contact, VoiceEntry
from yjfield.domain.flags import FlagEvent, RedFlag, current_stage
from yjfield.domain.plan import Plan, PlanGoal, PlanVersion
from yjfield.domain.reparation import (
    Ledger,
    ReparationAttendance,
    ReparationProject,
    ReparationRequirement,
)
from yjfield.domain.victim import RestorativeJustice, Victim, VictimContact
from yjfield.store.store import Store


@dataclass(frozen=True)
class ContactLine:
    contact: Contact
    corrected: bool


@dataclass(frozen=True)
class FlagLine:
    flag: RedFlag
    stage: str
    events: tuple[FlagEvent, ...] = ()


@dataclass(frozen=True)
class AttendanceLine:
    attendance: ReparationAttendance
    project: str
    corrected: bool = False  # kept and shown, but no longer counted


@dataclass(frozen=True)
class VictimWork:
    """A contact with a victim or a restorative justice record, with the victim's name."""

    victim: str
    record: VictimContact | RestorativeJustice
    corrected: bool = False  # kept and shown, with its correction beside it


@dataclass(frozen=True)
class ChildRecordView:
    child: Child
    programmes: tuple[Programme, ...]
    plan: Plan | None
    goals: tuple[PlanGoal, ...]
    ledger: Ledger
    contacts: tuple[ContactLine, ...]
    voice: tuple[VoiceEntry, ...]
    flags: tuple[FlagLine, ...]
    plan_versions: tuple[PlanVersion, ...] = ()
    requirements: tuple[ReparationRequirement, ...] = ()
    attendances: tuple[AttendanceLine, ...] = ()
    #: The victims' compartment: only ever present on a victim worker's laptop.
    victims: tuple[Victim, ...] = ()
    victim_work: tuple[VictimWork, ...] = ()


def read_child_record(store: Store, child_id: str) -> ChildRecordView:
    """The child's record (store thread). Opening it is audited as a view."""
    store.record_view(child_id)
    child = store.get(Child, child_id)
    plans = [e.record for e in store.entities("plan", child_id)]
    plan = plans[0] if plans and isinstance(plans[0], Plan) else None
    goals = tuple(g.record for g in store.entities("plan_goal", child_id)
                  if isinstance(g.record, PlanGoal)
                  and (plan is None or g.record.plan_id == plan.id))
    projects = {e.record.id: e.record.name for e in store.entities("reparation_project")
                if isinstance(e.record, ReparationProject)}
    victims = tuple(e.record for e in store.entities("victim", child_id)
                    if isinstance(e.record, Victim))
    names = {victim.id: victim.name for victim in victims}
    work = sorted((VictimWork(names.get(line.fact.victim_id, ""), line.fact, line.is_corrected)
                   for kind in ("victim_contact", "restorative_justice")
                   for line in store.facts(child_id, kind, include_corrected=True)
                   if isinstance(line.fact, VictimContact | RestorativeJustice)),
                  key=lambda w: w.record.on, reverse=True)
    events: dict[str, list[FlagEvent]] = {}
    for line in store.facts(child_id, "flag_event"):
        if isinstance(line.fact, FlagEvent):
            events.setdefault(line.fact.flag_id, []).append(line.fact)
    return ChildRecordView(
        child=child,
        programmes=tuple(p.record for p in store.entities("programme", child_id)
                         if isinstance(p.record, Programme)),
        plan=plan, goals=goals, ledger=store.ledger(child_id),
        contacts=tuple(ContactLine(line.fact, line.is_corrected)
                       for line in store.facts(child_id, "contact", include_corrected=True)
                       if isinstance(line.fact, Contact)),
        voice=tuple(line.fact for line in store.facts(child_id, "voice")
                    if isinstance(line.fact, VoiceEntry)),
        flags=tuple(FlagLine(line.fact, current_stage(events.get(line.fact.id, [])).value,
                             tuple(sorted(events.get(line.fact.id, []), key=lambda e: e.at)))
                    for line in store.facts(child_id, "red_flag")
                    if isinstance(line.fact, RedFlag)),
        plan_versions=tuple(line.fact for line in store.facts(child_id, "plan_version")
                            if isinstance(line.fact, PlanVersion)),
        requirements=tuple(e.record for e in store.entities("reparation_requirement", child_id)
                           if isinstance(e.record, ReparationRequirement)),
        attendances=tuple(
            AttendanceLine(line.fact, projects.get(line.fact.project_id, ""), line.is_corrected)
            for line in store.facts(child_id, "reparation_attendance", include_corrected=True)
            if isinstance(line.fact, ReparationAttendance)),
        victims=victims, victim_work=tuple(work))
