"""Domain records: the practice rules, with messages a practitioner understands."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from pydantic import ValidationError

from yjfield.domain.base import Fact, Mutable
from yjfield.domain.child import Child, Programme
from yjfield.domain.codes import (
    Attendance,
    ComplianceKind,
    FlagCategory,
    FlagStage,
    GoalArea,
    ReparationSource,
)
from yjfield.domain.compliance import ComplianceEvent
from yjfield.domain.contact import CaseEntry, Contact, follow_up_due
from yjfield.domain.dates import add_months, add_working_days
from yjfield.domain.flags import FlagEvent, current_stage
from yjfield.domain.ids import new_id
from yjfield.domain.kinds import FACT_KINDS, MUTABLE_KINDS, RECORD_TYPES
from yjfield.domain.plan import Plan, PlanGoal, PlanRuleError, agree_plan
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.problems import explain
from yjfield.domain.reparation import (
    GroupSession,
    Ledger,
    ReparationAttendance,
    ReparationRequirement,
    ReparationSession,
)

CHILD = new_id()
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def messages(excinfo: pytest.ExceptionInfo[ValidationError], model: type | None = None) -> str:
    return " ".join(explain(excinfo.value, model))


def test_every_kind_is_either_fact_or_mutable() -> None:
    assert FACT_KINDS.isdisjoint(MUTABLE_KINDS)
    assert set(RECORD_TYPES) == FACT_KINDS | MUTABLE_KINDS
    for kind, cls in RECORD_TYPES.items():
        assert issubclass(cls, Fact) == (kind in FACT_KINDS)
        assert issubclass(cls, Mutable) == (kind in MUTABLE_KINDS)


def test_contact_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError) as excinfo:
        Contact(child_id=CHILD, start=NOW, end=NOW - timedelta(minutes=5))
    assert "ends before it starts" in messages(excinfo)


def test_contact_minutes_are_whole() -> None:
    contact = Contact(child_id=CHILD, start=NOW, end=NOW + timedelta(minutes=45, seconds=50))
    assert contact.minutes == 45


def test_attended_contact_cannot_be_an_acceptable_absence() -> None:
    with pytest.raises(ValidationError) as excinfo:
        Contact(child_id=CHILD, start=NOW, attendance=Attendance.ATTENDED,
                absence_acceptable=True)
    assert "missed appointment" in messages(excinfo)


def test_missed_appointment_follow_up_is_local_policy() -> None:
    friday = date(2026, 3, 6)
    default = LocalPolicy()
    assert follow_up_due(friday, Attendance.DID_NOT_ATTEND, default) == date(2026, 3, 9)
    assert follow_up_due(friday, Attendance.ATTENDED, default) is None
    slower = LocalPolicy(follow_up_working_days=3, holidays=(date(2026, 3, 10),))
    assert follow_up_due(friday, Attendance.DID_NOT_ATTEND, slower) == date(2026, 3, 12)


def test_hostile_text_is_refused_plainly() -> None:
    with pytest.raises(ValidationError) as excinfo:
        CaseEntry(child_id=CHILD, at=NOW, text="note\x00with a NUL")
    assert "cannot be typed" in messages(excinfo, CaseEntry)
    with pytest.raises(ValidationError) as excinfo:
        Child(given_name="A" * 201, family_name="B", date_of_birth=date(2010, 1, 1))
    assert "First name is too long (at most 200 characters)." in explain(excinfo.value, Child)


def test_sql_and_script_characters_are_just_text() -> None:
    entry = CaseEntry(child_id=CHILD, at=NOW, text="'); DROP TABLE facts;-- <script>x</script>")
    assert entry.text.startswith("');")


def test_child_scope_key_is_the_child() -> None:
    child = Child(given_name="Ash", family_name="Penrose", date_of_birth=date(2011, 2, 3))
    assert child.child_id == child.id
    again = Child.model_validate(child.to_data())
    assert again == child


def test_child_date_of_birth_cannot_be_in_the_future() -> None:
    with pytest.raises(ValidationError) as excinfo:
        Child(given_name="Ash", family_name="Penrose", date_of_birth=date.today() + timedelta(1))
    assert "in the future" in messages(excinfo)


def test_programme_code_list_version_is_checked() -> None:
    with pytest.raises(ValidationError) as excinfo:
        Programme(child_id=CHILD, programme_type="referral_order", start=date(2026, 1, 1),
                  code_version="yjb-2099.9")
    assert "Please update yjfield" in messages(excinfo)


def test_reparation_order_is_at_most_24_hours_within_3_months() -> None:
    start = date(2026, 1, 31)
    ok = ReparationRequirement(child_id=CHILD, source=ReparationSource.REPARATION_ORDER,
                               minutes_required=24 * 60, start=start, deadline=date(2026, 4, 30))
    assert ok.minutes_required == 1440
    with pytest.raises(ValidationError) as excinfo:
        ReparationRequirement(child_id=CHILD, source=ReparationSource.REPARATION_ORDER,
                              minutes_required=24 * 60 + 1, start=start,
                              deadline=date(2026, 3, 1))
    assert "at most 24 hours" in messages(excinfo)
    with pytest.raises(ValidationError) as excinfo:
        ReparationRequirement(child_id=CHILD, source=ReparationSource.REPARATION_ORDER,
                              minutes_required=600, start=start, deadline=date(2026, 5, 1))
    assert "within 3 months" in messages(excinfo)


def test_yro_unpaid_work_is_40_to_240_hours_for_16_and_17_year_olds() -> None:
    def requirement(hours: int) -> ReparationRequirement:
        return ReparationRequirement(child_id=CHILD, source=ReparationSource.YRO_UNPAID_WORK,
                                     minutes_required=hours * 60, start=date(2026, 1, 1))

    with pytest.raises(ValidationError):
        requirement(39)
    with pytest.raises(ValidationError):
        requirement(241)
    requirement(40)
    requirement(240)


def test_minutes_must_be_whole() -> None:
    with pytest.raises(ValidationError) as excinfo:
        ReparationRequirement(child_id=CHILD, source=ReparationSource.LOCAL_DIVERSION,
                              minutes_required=90.5, start=date(2026, 1, 1))
    assert "whole number of minutes" in messages(excinfo)


def _session(minutes: int = 120) -> ReparationSession:
    return ReparationSession(project_id=new_id(), on=date(2026, 3, 7), start=time(10, 0),
                             end=(datetime(2026, 1, 1, 10) + timedelta(minutes=minutes)).time())


def test_group_session_credits_each_child_within_the_session() -> None:
    session = _session(120)

    def attend(child: str, minutes: int) -> ReparationAttendance:
        return ReparationAttendance(child_id=child, session_id=session.id,
                                    project_id=session.project_id, on=session.on, minutes=minutes)

    group = GroupSession(session=session, attendances=(attend(new_id(), 120), attend(CHILD, 90)))
    assert [a.minutes for a in group.attendances] == [120, 90]
    with pytest.raises(ValidationError, match="more minutes"):
        GroupSession(session=session, attendances=(attend(CHILD, 121),))
    with pytest.raises(ValidationError, match="listed twice"):
        GroupSession(session=session, attendances=(attend(CHILD, 60), attend(CHILD, 60)))
    with pytest.raises(ValidationError, match="at least one child"):
        GroupSession(session=session, attendances=())


def test_ledger_is_derived() -> None:
    assert Ledger(minutes_required=600, minutes_credited=150).minutes_outstanding == 450
    assert Ledger(minutes_required=600, minutes_credited=150).percent_done == 25.0
    assert Ledger(minutes_required=60, minutes_credited=90).minutes_outstanding == 0


def test_next_review_is_at_most_three_months_after_the_last() -> None:
    Plan(child_id=CHILD, last_review_on=date(2026, 1, 31), next_review_due=date(2026, 4, 30))
    with pytest.raises(ValidationError) as excinfo:
        Plan(child_id=CHILD, last_review_on=date(2026, 1, 31), next_review_due=date(2026, 5, 1))
    assert "within three months" in messages(excinfo)


def test_plan_cannot_be_agreed_without_childs_section_or_reason() -> None:
    plan = Plan(child_id=CHILD)
    goal = PlanGoal(child_id=CHILD, plan_id=plan.id, area=GoalArea.ETE,
                    description="Get to college three days a week")
    with pytest.raises(PlanRuleError, match="child's section"):
        agree_plan(plan, [goal], date(2026, 3, 2))
    with_reason = plan.model_copy(update={"no_child_section_reason": "Child declined today"})
    changes, snapshot = agree_plan(with_reason, [goal], date(2026, 3, 2))
    assert changes["version"] == 1
    assert changes["next_review_due"] == date(2026, 6, 2)
    assert snapshot.goals[0]["description"] == "Get to college three days a week"
    written = plan.model_copy(update={"strengths": "I'm good at fixing bikes"})
    changes, snapshot = agree_plan(written, [], date(2026, 3, 2))
    assert snapshot.version == 1 and snapshot.plan["strengths"] == "I'm good at fixing bikes"


def test_correction_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="needs a reason"):
        CaseEntry(child_id=CHILD, at=NOW, text="fixed", corrects=new_id())


def test_flag_stage_is_the_furthest_reached_in_any_order() -> None:
    flag = new_id()
    closed = FlagEvent(child_id=CHILD, flag_id=flag, at=NOW, stage=FlagStage.CLOSED)
    acknowledged = FlagEvent(child_id=CHILD, flag_id=flag, at=NOW + timedelta(hours=1),
                             stage=FlagStage.ACKNOWLEDGED)
    assert current_stage([closed, acknowledged]) == FlagStage.CLOSED
    assert current_stage([acknowledged, closed]) == FlagStage.CLOSED
    assert current_stage([]) == FlagStage.RAISED
    assert FlagCategory.SAFEGUARDING  # the categories are a closed list


def test_breach_referral_needs_manager_approval() -> None:
    with pytest.raises(ValidationError, match="manager's approval"):
        ComplianceEvent(child_id=CHILD, on=date(2026, 3, 2), event=ComplianceKind.BREACH_REFERRAL)


def test_month_and_working_day_arithmetic() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 9)


def test_unknown_fields_from_a_newer_server_are_ignored_not_fatal() -> None:
    data = Child(given_name="Ash", family_name="Penrose", date_of_birth=date(2011, 2, 3)).to_data()
    data["favourite_colour"] = "green"
    assert Child.model_validate(data).given_name == "Ash"
