"""Decisions on a missed appointment fit the programme (sources in
yjfield/domain/compliance_rules.py)."""

from datetime import date

import pytest

from yjfield.domain.codes import ComplianceKind as K
from yjfield.domain.codes import LanguagePreference, ProgrammeType
from yjfield.domain.compliance_rules import decision_choices, decision_refusal, warning_letter

DAY = date(2026, 11, 20)


@pytest.mark.parametrize("programme", [ProgrammeType.PREVENTION, ProgrammeType.TURNAROUND,
                                       ProgrammeType.DIVERSION,
                                       ProgrammeType.COMMUNITY_RESOLUTION,
                                       ProgrammeType.OUTCOME_22, None])
def test_voluntary_work_has_no_warnings(programme: ProgrammeType | None) -> None:
    offered = decision_choices(programme, [], DAY)
    assert offered.choices == (K.ACCEPTABLE_ABSENCE, K.RE_ENGAGEMENT_PLAN,
                               K.CLOSE_NOT_ENGAGING)
    assert "no place in voluntary work" in str(decision_refusal(K.WARNING_ISSUED, offered))


def test_each_order_offers_its_own_route() -> None:
    assert K.PANEL_PROGRESS_MEETING in decision_choices(
        ProgrammeType.REFERRAL_ORDER, [], DAY).choices
    assert K.REFER_TO_POLICE in decision_choices(
        ProgrammeType.YOUTH_CONDITIONAL_CAUTION, [], DAY).choices
    assert decision_refusal(K.WARNING_ISSUED,
                            decision_choices(ProgrammeType.REFERRAL_ORDER, [], DAY)) is not None


def test_a_yro_warns_twice_in_the_warned_period_then_breach_must_start() -> None:
    # Sentencing Act 2020, Sch. 7: a warning's period is 12 months.
    yro = ProgrammeType.YOUTH_REHABILITATION_ORDER
    first = decision_choices(yro, [], DAY)
    assert K.WARNING_ISSUED in first.choices and not first.breach_must_start
    second = decision_choices(yro, [date(2026, 3, 1)], DAY)
    assert K.WARNING_ISSUED in second.choices and second.warnings_in_period == 1
    third = decision_choices(yro, [date(2026, 3, 1), date(2026, 9, 1)], DAY)
    assert third.breach_must_start and third.choices == (K.ACCEPTABLE_ABSENCE,
                                                         K.BREACH_PROPOSED)
    assert "breach proceedings must start" in str(decision_refusal(K.WARNING_ISSUED, third))
    # A warning more than 12 months before the failure has lapsed.
    lapsed = decision_choices(yro, [date(2025, 11, 19), date(2026, 9, 1)], DAY)
    assert not lapsed.breach_must_start


def test_the_warning_letter_has_the_three_statutory_elements_in_the_childs_language() -> None:
    english = warning_letter("Tegan", LanguagePreference.ENGLISH, DAY,
                             "you missed your appointment at the office.", date(2026, 11, 23))
    assert "you missed your appointment at the office." in english  # the circumstances
    assert "This is not acceptable." in english  # that the failure is unacceptable
    assert "taken back to court" in english  # liability to be brought before a court
    assert "23 November 2027" in english  # the warned period
    welsh = warning_letter("Ioan", LanguagePreference.WELSH, DAY, "...", date(2026, 11, 23))
    assert "Nid yw hyn yn dderbyniol." in welsh and "llys" in welsh
