"""Saving group sessions, plans, corrections and flags: all of it or none of it."""

from datetime import date, time

import pytest

from yjfield.app.capture import GoalEdit
from yjfield.app.session import Session
from yjfield.domain.child import Child
from yjfield.domain.codes import (
    FlagCategory,
    FlagStage,
    GoalArea,
    ReparationKind,
    ReparationSource,
)
from yjfield.domain.contact import Contact
from yjfield.domain.flags import FlagEvent, RedFlag
from yjfield.domain.reparation import (
    GroupSession,
    ReparationAttendance,
    ReparationProject,
    ReparationRequirement,
    ReparationSession,
)
from yjfield.store.errors import RuleBroken
from yjfield.store.store import Store


def _group(project: ReparationProject, children: list[Child], minutes: int
           ) -> GroupSession:
    session = ReparationSession(project_id=project.id, on=date(2026, 3, 1), start=time(10),
                                end=time(13))
    return GroupSession(session=session, attendances=tuple(
        ReparationAttendance(child_id=c.id, session_id=session.id, project_id=project.id,
                             on=session.on, minutes=minutes) for c in children))


def test_group_session_credits_every_child_against_their_requirement(
        store: Store, child: Child) -> None:
    other = store.create(Child(given_name="Rook", family_name="Aldwell",
                               date_of_birth=date(2011, 1, 2)))
    requirement = store.create(ReparationRequirement(
        child_id=child.id, source=ReparationSource.REFERRAL_ORDER_CONTRACT, minutes_required=600,
        start=date(2026, 2, 1)))
    project = store.create(ReparationProject(name="Canal towpath"))
    session = Session(store)
    assert [p.name for p in session.projects()] == ["Canal towpath"]
    session.log_group_session(_group(project, [child, other], 150))
    assert store.ledger(child.id).minutes_credited == 150
    assert store.ledger(other.id).minutes_credited == 150
    credited = {line.fact.child_id: line.fact.requirement_id  # type: ignore[attr-defined]
                for c in (child, other)
                for line in store.facts(c.id, "reparation_attendance")}
    assert credited == {child.id: requirement.id, other.id: None}


def test_group_session_is_all_or_nothing(store: Store, child: Child) -> None:
    project = store.create(ReparationProject(name="Food bank"))
    group = _group(project, [child], 60)
    store.add_fact(group.attendances[0])  # already saved: the second save must fail whole
    with pytest.raises(RuleBroken):
        Session(store).log_group_session(group)
    assert store.facts(None, "reparation_session") == []


def test_plan_saved_then_agreed_as_a_new_version(store: Store, child: Child) -> None:
    session = Session(store)
    assert session.plan_for_edit(child.id).plan is None
    goal = GoalEdit(None, {"area": GoalArea.ETE, "description": "Go to college twice a week"})
    plan = session.save_plan(child.id, {"strengths": "Good with my hands"}, [goal])
    assert plan.version == 0
    editing = session.plan_for_edit(child.id)
    assert [g.description for g in editing.goals] == ["Go to college twice a week"]
    agreed = session.save_plan(child.id, {}, [], agree_on=date(2026, 3, 2))
    assert (agreed.version, agreed.next_review_due) == (1, date(2026, 6, 2))
    versions = store.facts(child.id, "plan_version")
    assert [v.fact.version for v in versions] == [1]  # type: ignore[attr-defined]


def test_agreeing_without_the_childs_section_saves_nothing(store: Store, child: Child) -> None:
    session = Session(store)
    goal = GoalEdit(None, {"area": GoalArea.FAMILY, "description": "Talk to mum on Sundays"})
    with pytest.raises(RuleBroken, match="child's section"):
        session.save_plan(child.id, {"who_helps": ""}, [goal], agree_on=date(2026, 3, 2))
    assert store.entities("plan", child.id) == []
    assert store.entities("plan_goal", child.id) == []


def test_correction_links_to_the_original_and_needs_a_reason(store: Store, child: Child) -> None:
    original = store.add_fact(Contact(child_id=child.id, start=store.now(),
                                      narrative="Met at the skate park"))
    session = Session(store)
    with pytest.raises(RuleBroken, match="needs a reason"):
        session.correct(original.id, {"narrative": "Met at the youth club"}, "  ")
    fixed = session.correct(original.id, {"narrative": "Met at the youth club"},
                            "Wrong place recorded")
    assert fixed.corrects == original.id
    record = session.child_record(child.id)
    assert [(line.contact.narrative, line.corrected) for line in record.contacts] == [
        ("Met at the youth club", False), ("Met at the skate park", True)]


def test_flag_raised_and_moved_on_shows_its_stage(store: Store, child: Child) -> None:
    session = Session(store)
    flag = session.raise_flag(RedFlag(child_id=child.id, at=store.now(),
                                      category=FlagCategory.EXPLOITATION,
                                      description="Seen with older men in a car"))
    session.move_flag(FlagEvent(child_id=child.id, flag_id=flag.id, at=store.now(),
                                stage=FlagStage.ACKNOWLEDGED))
    (line,) = session.child_record(child.id).flags
    assert line.stage == "acknowledged"
    assert [e.stage for e in line.events] == [FlagStage.ACKNOWLEDGED]


def test_direct_reparation_is_credited_only_with_the_persons_agreement(
        store: Store, child: Child) -> None:
    requirement = store.create(ReparationRequirement(
        child_id=child.id, source=ReparationSource.REFERRAL_ORDER_CONTRACT, minutes_required=600,
        start=date(2026, 2, 1)))
    direct = store.create(ReparationProject(name="Repainting the shop front",
                                            reparation_kind=ReparationKind.DIRECT))
    session = Session(store)
    with pytest.raises(RuleBroken, match="no agreement recorded for direct reparation"):
        session.log_group_session(_group(direct, [child], 120))
    assert store.facts(None, "reparation_session") == []  # nothing half-saved
    store.update("reparation_requirement", requirement.id, {"direct_agreed": True})
    session.log_group_session(_group(direct, [child], 120))
    assert store.ledger(child.id).minutes_credited == 120
