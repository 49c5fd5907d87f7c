"""Intervention plans: a mutable working plan, its goals, and a snapshot per agreed version."""

from datetime import date
from typing import Any, ClassVar

from pydantic import Field, model_validator

from yjfield.domain.base import Fact, Mutable, RecordId
from yjfield.domain.codes import GoalArea, GoalStatus, PlanStatus, ReviewTrigger
from yjfield.domain.dates import add_months
from yjfield.domain.text import LongText, ShortText, Text

MAX_REVIEW_MONTHS = 3


class PlanRuleError(ValueError):
    """A plan action that the practice rules do not allow."""


class Plan(Mutable):
    kind: ClassVar[str] = "plan"
    noun: ClassVar[str] = "plan"

    status: PlanStatus = PlanStatus.DRAFT
    version: int = Field(default=0, ge=0)
    # The child's section, in the child's words.
    strengths: LongText = Field(default="", title="What I'm good at")
    help_needed: LongText = Field(default="", title="What I need help with")
    who_helps: LongText = Field(default="", title="Who will help me")
    no_child_section_reason: Text | None = Field(
        default=None, title="Why the child's section is empty")
    agreed_on: date | None = None
    last_review_on: date | None = None
    next_review_due: date | None = Field(default=None, title="Next review due")

    @model_validator(mode="after")
    def _review_in_time(self) -> "Plan":
        if self.child_id is None:
            raise ValueError("A plan must belong to a child.")
        anchor = self.last_review_on or self.agreed_on
        if anchor and self.next_review_due:
            latest = add_months(anchor, MAX_REVIEW_MONTHS)
            if self.next_review_due > latest:
                raise ValueError(
                    f"The next review must be within three months of the last one "
                    f"(by {latest:%d %B %Y}).")
            if self.next_review_due < anchor:
                raise ValueError("The next review is before the last one; please check the date.")
        return self

    @property
    def has_child_section(self) -> bool:
        return any(part.strip() for part in (self.strengths, self.help_needed, self.who_helps))


class PlanGoal(Mutable):
    """One goal is its own record, so two devices adding goals is a union."""

    kind: ClassVar[str] = "plan_goal"
    noun: ClassVar[str] = "plan goal"

    plan_id: RecordId
    area: GoalArea
    description: Text = Field(min_length=1, title="Goal")
    owner: ShortText | None = Field(default=None, title="Who is responsible")
    target_date: date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED


class PlanVersion(Fact):
    """What was agreed, frozen at the moment of agreeing."""

    kind: ClassVar[str] = "plan_version"
    noun: ClassVar[str] = "agreed plan"

    plan_id: RecordId
    version: int = Field(ge=1)
    agreed_on: date
    plan: dict[str, Any]
    goals: tuple[dict[str, Any], ...] = ()

    def occurred(self) -> date:
        return self.agreed_on


def agree_plan(plan: Plan, goals: list[PlanGoal], on: date, next_review_due: date | None = None,
               ) -> tuple[dict[str, Any], PlanVersion]:
    """Agree a plan with the child: the field changes for the plan and the version snapshot.

    Raises PlanRuleError when the child's section is empty and no reason is recorded.
    """
    if not plan.has_child_section and not plan.no_child_section_reason:
        raise PlanRuleError(
            "A plan cannot be agreed without the child's section. Write it with the child, "
            "or record why it is empty.")
    due = next_review_due or add_months(on, MAX_REVIEW_MONTHS)
    # Agreeing a new version is itself a review: the next one runs from this day, not
    # from the review before (anchored there, an overdue plan could never be agreed).
    changes: dict[str, Any] = {
        "status": PlanStatus.AGREED, "version": plan.version + 1,
        "agreed_on": on, "last_review_on": on, "next_review_due": due,
    }
    # Validate the agreed plan as a whole before anything is written.
    agreed = plan.model_validate({**plan.model_dump(), **changes})
    snapshot = PlanVersion(
        child_id=plan.child_id, plan_id=plan.id, version=agreed.version, agreed_on=on,
        plan=agreed.to_data(), goals=tuple(goal.to_data() for goal in goals if not goal.archived),
    )
    return changes, snapshot


class Review(Fact):
    kind: ClassVar[str] = "review"
    noun: ClassVar[str] = "review"

    plan_id: RecordId | None = None
    on: date
    trigger: ReviewTrigger = ReviewTrigger.SCHEDULED
    childs_view: LongText = Field(default="", title="What the child said")
    no_childs_view_reason: Text | None = Field(default=None,
                                               title="Why the child's view is not recorded")
    parents_view: LongText = Field(default="", title="What the parent or carer said")
    outcome: LongText = Field(default="", title="Outcome")

    @model_validator(mode="after")
    def _belongs(self) -> "Review":
        if self.child_id is None:
            raise ValueError("A review must belong to a child.")
        return self

    def occurred(self) -> date:
        return self.on


def review_plan(plan: Plan, review: Review, next_review_due: date | None = None,
                ) -> dict[str, Any]:
    """The plan's changes once a review is recorded: the next review runs from this one.

    Raises PlanRuleError when the review leaves out the child's view without saying why.
    """
    if not review.childs_view.strip() and not review.no_childs_view_reason:
        raise PlanRuleError("Record what the child said about the review, or why their view "
                            "could not be recorded.")
    if not review.outcome.strip():
        raise PlanRuleError("Record the review's outcome: what happens next.")
    changes: dict[str, Any] = {"last_review_on": review.on,
                               "next_review_due": next_review_due
                               or add_months(review.on, MAX_REVIEW_MONTHS)}
    if plan.last_review_on is not None and review.on < plan.last_review_on:
        changes = {}  # a late-recorded earlier review: the later one still sets the cycle
    plan.model_validate({**plan.model_dump(), **changes})
    return changes
