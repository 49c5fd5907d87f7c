"""Saving what a practitioner records, beyond contacts (all on the store thread).

Each method takes records the dialogs built (and validated) and saves them in
one transaction, so a half-saved group session or plan version cannot happen.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from yjfield.domain.base import Fact
from yjfield.domain.codes import ReparationKind
from yjfield.domain.contact import Contact, VoiceEntry, follow_up_due
from yjfield.domain.flags import FlagEvent, RedFlag
from yjfield.domain.ids import new_id
from yjfield.domain.plan import Plan, PlanGoal, PlanRuleError, agree_plan
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.problems import explain
from yjfield.domain.reparation import GroupSession, ReparationProject, ReparationRequirement
from yjfield.domain.victim import RestorativeJustice, Victim, VictimContact
from yjfield.store.errors import RuleBroken
from yjfield.store.store import Store


@dataclass(frozen=True)
class PlanForEdit:
    """The working plan (None when the child has none yet) and its goals."""

    child_id: str
    plan: Plan | None
    goals: tuple[PlanGoal, ...]


@dataclass(frozen=True)
class GoalEdit:
    """A goal as the plan dialog returns it: goal_id None for a new goal."""

    goal_id: str | None
    fields: dict[str, Any]


class CaptureMixin:
    _store: Store
    policy: LocalPolicy

    # -- voice and flags ---------------------------------------------------------

    def add_voice(self, entry: VoiceEntry) -> VoiceEntry:
        saved = self._store.add_fact(entry)
        assert isinstance(saved, VoiceEntry)
        return saved

    def raise_flag(self, flag: RedFlag) -> RedFlag:
        saved = self._store.add_fact(flag)
        assert isinstance(saved, RedFlag)
        return saved

    def move_flag(self, event: FlagEvent) -> None:
        self._store.add_fact(event)

    # -- the victims' compartment (a victim worker's laptop) ---------------------------

    def add_victim(self, victim: Victim) -> Victim:
        return self._store.create(victim)

    def victims(self, child_id: str) -> list[Victim]:
        return [e.record for e in self._store.entities("victim", child_id)
                if isinstance(e.record, Victim)]

    def record_victim_work(self, work: VictimContact | RestorativeJustice) -> None:
        self._store.add_fact(work)

    # -- reparation -----------------------------------------------------------------

    def projects(self) -> list[ReparationProject]:
        """Active reparation projects, by name."""
        found = [e.record for e in self._store.entities("reparation_project")
                 if isinstance(e.record, ReparationProject) and e.record.active]
        return sorted(found, key=lambda p: p.name.lower())

    def log_group_session(self, group: GroupSession) -> None:
        """The session and each child's attendance, together: all saved or none.

        Each attendance counts toward the child's current requirement, when they have one.
        """
        project = next((e.record for e in self._store.entities("reparation_project")
                        if e.record.id == group.session.project_id), None)
        direct = isinstance(project, ReparationProject) \
            and project.reparation_kind == ReparationKind.DIRECT
        attendances, not_agreed = [], []
        for attendance in group.attendances:
            requirement = self._current_requirement(str(attendance.child_id))
            if direct and (requirement is None or not requirement.direct_agreed):
                not_agreed.append(attendance.child_id)
            attendances.append(attendance if requirement is None else attendance.model_copy(
                update={"requirement_id": requirement.id}))
        if not_agreed:
            raise RuleBroken([
                f"{len(not_agreed)} of the children have no agreement recorded for direct "
                "reparation to the person harmed. Credit them at an indirect project, or ask "
                "their case manager to record the agreement first."])
        self._store.add_facts([group.session, *attendances])

    def _current_requirement(self, child_id: str) -> ReparationRequirement | None:
        found = [e.record for e in self._store.entities("reparation_requirement", child_id)
                 if isinstance(e.record, ReparationRequirement)]
        found.sort(key=lambda r: r.start, reverse=True)
        return found[0] if found else None

    # -- plans ---------------------------------------------------------------------

    def plan_for_edit(self, child_id: str) -> PlanForEdit:
        plans = [e.record for e in self._store.entities("plan", child_id)
                 if isinstance(e.record, Plan)]
        if not plans:
            return PlanForEdit(child_id, None, ())
        plan = plans[0]
        goals = tuple(e.record for e in self._store.entities("plan_goal", child_id)
                      if isinstance(e.record, PlanGoal) and e.record.plan_id == plan.id)
        return PlanForEdit(child_id, plan, goals)

    def save_plan(self, child_id: str, changes: dict[str, Any], goals: list[GoalEdit], *,
                  agree_on: date | None = None, next_review_due: date | None = None) -> Plan:
        """Save the plan's changed fields and goals; with agree_on, agree a new version.

        Only fields that changed are sent, so two people editing different parts
        of the plan never conflict; the same field edited twice is a conflict.
        """
        with self._store.db.atomic():
            current = self.plan_for_edit(child_id)
            plan = current.plan
            if plan is None:
                plan = self._store.create(Plan(child_id=child_id))
            if changes:
                updated = self._store.update("plan", plan.id, changes)
                assert isinstance(updated, Plan)
                plan = updated
            for goal in goals:
                if goal.goal_id is None:
                    self._store.create(self._new_goal(child_id, plan.id, goal.fields))
                else:
                    self._store.update("plan_goal", goal.goal_id, goal.fields)
            if agree_on is not None:
                plan = self._agree(plan, agree_on, next_review_due)
        return plan

    @staticmethod
    def _new_goal(child_id: str, plan_id: str, fields: dict[str, Any]) -> PlanGoal:
        try:
            return PlanGoal.model_validate({**fields, "child_id": child_id, "plan_id": plan_id})
        except ValidationError as error:
            raise RuleBroken(explain(error, PlanGoal)) from None

    def _agree(self, plan: Plan, on: date, next_review_due: date | None) -> Plan:
        goals = list(self.plan_for_edit(str(plan.child_id)).goals)
        try:
            changes, snapshot = agree_plan(plan, goals, on, next_review_due)
        except PlanRuleError as error:
            raise RuleBroken([str(error)]) from None
        except ValidationError as error:
            raise RuleBroken(explain(error, Plan)) from None
        agreed = self._store.update("plan", plan.id, changes)
        self._store.add_fact(snapshot)
        assert isinstance(agreed, Plan)
        return agreed

    # -- corrections ---------------------------------------------------------------

    def correct(self, fact_id: str, changes: dict[str, Any], reason: str) -> Fact:
        """A new fact that corrects an earlier one; the original stays, shown as corrected."""
        original = self._store.fact(fact_id).fact
        cls = type(original)
        data = {**original.to_data(), **changes, "id": new_id(), "corrects": original.id,
                "correction_reason": reason.strip() or None, "recorded_by": None,
                "device_id": None, "recorded_at": None}
        try:
            correction = cls.model_validate(data)
        except ValidationError as error:
            raise RuleBroken(explain(error, cls)) from None
        if isinstance(correction, Contact):
            # Corrected to "did not attend": the follow-up date follows.
            correction = correction.model_copy(update={"follow_up_due": follow_up_due(
                correction.start.date(), correction.attendance, self.policy)})
        return self._store.add_fact(correction)

    # -- drafts --------------------------------------------------------------------

    def draft(self, key: str) -> dict[str, Any] | None:
        return self._store.draft(key)

    def save_draft(self, key: str, data: dict[str, Any]) -> None:
        self._store.save_draft(key, data)

    def discard_draft(self, key: str) -> None:
        self._store.discard_draft(key)
