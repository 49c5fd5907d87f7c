"""The plan cycle: reviews at most 3 months apart (National Standards 2019, standard 2:
plans reviewed at least every three months, or sooner on significant change), each
running from the last review or agreement."""

from datetime import date, timedelta

import pytest

from yjfield.domain.ids import new_id
from yjfield.domain.plan import Plan, PlanRuleError, Review, agree_plan, review_plan

CHILD = new_id()
TODAY = date(2026, 12, 2)


def overdue_plan() -> Plan:
    reviewed = TODAY - timedelta(days=100)
    return Plan(child_id=CHILD, status="agreed", version=1, strengths="Fixing bikes",
                agreed_on=reviewed - timedelta(days=30), last_review_on=reviewed,
                next_review_due=reviewed + timedelta(days=80))


def test_an_overdue_plan_can_be_agreed_with_the_default_next_review() -> None:
    # Before: the default (3 months from today) was checked against the review 100 days
    # ago, so agreeing was refused whatever the practitioner did.
    changes, version = agree_plan(overdue_plan(), [], TODAY)
    assert changes["last_review_on"] == TODAY
    assert changes["next_review_due"] == date(2027, 3, 2)
    assert version.version == 2


def test_a_plan_agreed_at_a_panel_and_recorded_later_runs_from_the_panel() -> None:
    panel = TODAY - timedelta(days=9)
    changes, version = agree_plan(overdue_plan(), [], panel)
    assert (version.agreed_on, changes["next_review_due"]) == (panel, date(2027, 2, 23))


def test_the_next_review_runs_from_this_review() -> None:
    review = Review(child_id=CHILD, on=TODAY, childs_view="College is going better",
                    outcome="Keep the plan; add a goal about football")
    changes = review_plan(overdue_plan(), review)
    assert changes == {"last_review_on": TODAY, "next_review_due": date(2027, 3, 2)}
    with pytest.raises(ValueError, match="within three months"):
        review_plan(overdue_plan(), review, TODAY + timedelta(days=100))


def test_a_review_records_the_childs_view_or_why_not_and_its_outcome() -> None:
    silent = Review(child_id=CHILD, on=TODAY, outcome="Plan kept")
    with pytest.raises(PlanRuleError, match="what the child said"):
        review_plan(overdue_plan(), silent)
    explained = silent.model_copy(update={"no_childs_view_reason": "In hospital this week"})
    assert review_plan(overdue_plan(), explained)["last_review_on"] == TODAY
    with pytest.raises(PlanRuleError, match="outcome"):
        review_plan(overdue_plan(), Review(child_id=CHILD, on=TODAY, childs_view="Fine"))


def test_an_earlier_review_recorded_late_does_not_move_the_cycle_back() -> None:
    plan = overdue_plan()
    late = Review(child_id=CHILD, on=plan.last_review_on - timedelta(days=5),  # type: ignore[operator]
                  childs_view="Said at the time", outcome="Noted")
    assert review_plan(plan, late) == {}
