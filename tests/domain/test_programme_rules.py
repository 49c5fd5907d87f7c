"""The statutory and local bounds on programmes and reparation hours (sources in
yjfield/domain/programme_rules.py, beside each bound)."""

from datetime import date

import pytest
from pydantic import ValidationError

from yjfield.domain.child import Programme
from yjfield.domain.codes import EndReason, ProgrammeType, ReparationSource
from yjfield.domain.ids import new_id
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.programme_rules import (
    default_deadline,
    programme_findings,
    requirement_findings,
)
from yjfield.domain.reparation import ReparationRequirement

CHILD = new_id()
POLICY = LocalPolicy()
START = date(2026, 1, 10)


def programme(kind: ProgrammeType, start: date = START, end: date | None = None,
              **more: object) -> Programme:
    return Programme(child_id=CHILD, programme_type=kind, start=start, end=end, **more)


# -- a programme alone -------------------------------------------------------------------

def test_a_referral_order_runs_3_to_12_months() -> None:
    # Sentencing Act 2020, Part 3 Chapter 1: compliance period 3 to 12 months.
    programme(ProgrammeType.REFERRAL_ORDER, end=date(2026, 4, 9))  # 3 months to the day
    programme(ProgrammeType.REFERRAL_ORDER, end=date(2027, 1, 10))  # 12 months
    with pytest.raises(ValidationError, match="at least 3 months"):
        programme(ProgrammeType.REFERRAL_ORDER, end=date(2026, 4, 8))
    with pytest.raises(ValidationError, match="at most 12 months"):
        programme(ProgrammeType.REFERRAL_ORDER, end=date(2027, 1, 11))


def test_an_order_revoked_early_ends_when_it_ends() -> None:
    ended = programme(ProgrammeType.REFERRAL_ORDER, end=date(2026, 2, 1),
                      end_reason=EndReason.REVOKED_GOOD_PROGRESS)
    assert ended.ended


def test_a_yro_lasts_at_most_3_years() -> None:
    # Sentencing Act 2020, Part 9: end date no more than 3 years after it takes effect.
    programme(ProgrammeType.YOUTH_REHABILITATION_ORDER, end=date(2029, 1, 10))
    with pytest.raises(ValidationError, match="at most 3 years"):
        programme(ProgrammeType.YOUTH_REHABILITATION_ORDER, end=date(2029, 1, 11))


def test_ending_needs_a_date_and_other_needs_words() -> None:
    with pytest.raises(ValidationError, match="needs its end date"):
        programme(ProgrammeType.PREVENTION, end_reason=EndReason.COMPLETED)
    with pytest.raises(ValidationError, match="in words why"):
        programme(ProgrammeType.PREVENTION, end=date(2026, 3, 1), end_reason=EndReason.OTHER)


def test_a_conviction_comes_before_the_order() -> None:
    with pytest.raises(ValidationError, match="conviction date is after"):
        programme(ProgrammeType.YOUTH_REHABILITATION_ORDER, conviction_date=date(2026, 2, 1))


def test_an_old_free_text_reason_is_kept_as_other() -> None:
    old = Programme.model_validate({"child_id": CHILD, "programme_type": "prevention",
                                    "code_version": "yjb-2024.1", "start": "2025-01-01",
                                    "end": "2025-06-01", "end_reason": "Moved to Leeds"})
    assert old.end_reason == EndReason.OTHER
    assert old.end_words == "Moved to Leeds"


def test_new_types_belong_to_the_new_code_list() -> None:
    assert programme(ProgrammeType.OUTCOME_22).code_version == "yjb-2026.1"
    assert ProgrammeType.YOUTH_DIVERSION_ORDER.label.endswith("(interim)")
    with pytest.raises(ValidationError, match=r"not in code list yjb-2024\.1"):
        programme(ProgrammeType.SECTION_250, code_version="yjb-2024.1")


# -- a programme among the child's others ----------------------------------------------------

@pytest.mark.parametrize("other", [ProgrammeType.YOUTH_REHABILITATION_ORDER,
                                   ProgrammeType.REFERRAL_ORDER,
                                   ProgrammeType.DETENTION_AND_TRAINING_ORDER])
def test_no_reparation_order_beside_an_open_yro_referral_order_or_custody(
        other: ProgrammeType) -> None:
    # Sentencing Act 2020, Part 6.
    new = programme(ProgrammeType.REPARATION_ORDER, start=date(2026, 3, 1))
    found = programme_findings(new, [programme(other)], POLICY)
    assert found.refusals and "cannot run alongside" in found.refusals[0]
    closed = programme(other, end=date(2026, 2, 1), end_reason=EndReason.TRANSFERRED)
    assert programme_findings(new, [closed], POLICY).refusals == ()
    assert programme_findings(new, [programme(ProgrammeType.PREVENTION)], POLICY).refusals == ()


def test_a_child_has_one_turnaround_programme() -> None:
    first = programme(ProgrammeType.TURNAROUND, end=date(2026, 5, 1),
                      end_reason=EndReason.COMPLETED)
    second = programme(ProgrammeType.TURNAROUND, start=date(2026, 9, 1))
    assert "already had a Turnaround" in programme_findings(second, [first], POLICY).refusals[0]
    # Editing the first is not a second one.
    assert programme_findings(first, [first], POLICY).refusals == ()


def test_a_late_turnaround_referral_is_warned_not_refused() -> None:
    late = programme(ProgrammeType.TURNAROUND, eligibility_event_on=date(2025, 10, 9))
    found = programme_findings(late, [], POLICY)
    assert found.refusals == () and "more than 3 months" in found.warnings[0]
    timely = programme(ProgrammeType.TURNAROUND, eligibility_event_on=date(2025, 10, 10))
    assert programme_findings(timely, [], POLICY).warnings == ()


def test_ycc_conditions_past_the_service_limit_are_warned() -> None:
    # Local policy: default 12 weeks.
    within = programme(ProgrammeType.YOUTH_CONDITIONAL_CAUTION, end=date(2026, 4, 4))
    assert programme_findings(within, [], POLICY).warnings == ()
    beyond = programme(ProgrammeType.YOUTH_CONDITIONAL_CAUTION, end=date(2026, 4, 5))
    assert "12 weeks" in programme_findings(beyond, [], POLICY).warnings[0]
    assert programme_findings(beyond, [], LocalPolicy(ycc_conditions_weeks=16)).warnings == ()


# -- reparation hours ------------------------------------------------------------------------

def hours(source: ReparationSource, count: int = 10, **more: object) -> ReparationRequirement:
    return ReparationRequirement(child_id=CHILD, source=source, minutes_required=count * 60,
                                 start=START, **more)


@pytest.mark.parametrize(("source", "fits", "does_not_fit"), [
    (ReparationSource.REFERRAL_ORDER_CONTRACT, ProgrammeType.REFERRAL_ORDER,
     ProgrammeType.TURNAROUND),
    (ReparationSource.REPARATION_ORDER, ProgrammeType.REPARATION_ORDER,
     ProgrammeType.REFERRAL_ORDER),
    (ReparationSource.YOUTH_CONDITIONAL_CAUTION, ProgrammeType.YOUTH_CONDITIONAL_CAUTION,
     ProgrammeType.YOUTH_CAUTION),
    (ReparationSource.LOCAL_DIVERSION, ProgrammeType.OUTCOME_22, ProgrammeType.REFERRAL_ORDER),
])
def test_hours_fit_their_programme(source: ReparationSource, fits: ProgrammeType,
                                   does_not_fit: ProgrammeType) -> None:
    deadline = default_deadline(source, START)
    requirement = hours(source, 10, deadline=deadline)
    assert requirement_findings(requirement, programme(fits), date(2010, 1, 1),
                                POLICY).refusals == ()
    refused = requirement_findings(requirement, programme(does_not_fit), date(2010, 1, 1), POLICY)
    assert "do not fit" in refused.refusals[0]


def test_hours_need_an_open_programme() -> None:
    requirement = hours(ReparationSource.LOCAL_DIVERSION)
    assert "add the child's programme" in requirement_findings(
        requirement, None, date(2010, 1, 1), POLICY).refusals[0]
    ended = programme(ProgrammeType.PREVENTION, end=date(2026, 2, 1),
                      end_reason=EndReason.COMPLETED)
    assert "has ended" in requirement_findings(requirement, ended, date(2010, 1, 1),
                                               POLICY).refusals[0]


def test_unpaid_work_goes_by_the_age_on_the_conviction_date_not_the_start() -> None:
    # Sentencing Act 2020, Sch. 6: 16 or 17 at conviction. The child below turned 16
    # between conviction and the order's start: the old check (age at the start) let
    # this through.
    born = date(2010, 1, 5)
    order = programme(ProgrammeType.YOUTH_REHABILITATION_ORDER, conviction_date=date(2025, 12, 20))
    work = hours(ReparationSource.YRO_UNPAID_WORK, 40)
    found = requirement_findings(work, order, born, POLICY)
    assert found.refusals == ("Unpaid work is only for children who were 16 or 17 when "
                              "convicted; this child was 15.",)
    older = order.model_copy(update={"conviction_date": date(2026, 1, 6)})
    assert requirement_findings(work, older, born, POLICY).refusals == ()
    unknown = order.model_copy(update={"conviction_date": None})
    assert "record the conviction date" in requirement_findings(work, unknown, born,
                                                                POLICY).refusals[0]


def test_unpaid_work_is_due_within_12_months_by_default() -> None:
    assert default_deadline(ReparationSource.YRO_UNPAID_WORK, START) == date(2027, 1, 10)
    assert default_deadline(ReparationSource.LOCAL_DIVERSION, START) is None


def test_ycc_hours_above_the_service_cap_need_a_reason() -> None:
    caution = programme(ProgrammeType.YOUTH_CONDITIONAL_CAUTION)
    born = date(2011, 1, 1)
    assert requirement_findings(hours(ReparationSource.YOUTH_CONDITIONAL_CAUTION, 10), caution,
                                born, POLICY).refusals == ()
    over = hours(ReparationSource.YOUTH_CONDITIONAL_CAUTION, 11)
    assert "needs a reason" in requirement_findings(over, caution, born, POLICY).refusals[0]
    explained = hours(ReparationSource.YOUTH_CONDITIONAL_CAUTION, 11,
                      over_cap_reason="Agreed with the police for the damage done")
    assert requirement_findings(explained, caution, born, POLICY).refusals == ()
