"""What a case manager may decide when a child misses an appointment, by programme.

Voluntary work (prevention, Turnaround, diversion, community resolution, Outcome 22)
has no warnings: the child is brought back or the work closes. A YRO has warnings,
each opening a warned period; a further failure in a warned period in which a
further warning was already given means breach proceedings (Sentencing Act 2020,
Sch. 7: two warnings in 12 months, then the court). A referral order goes back to
the panel; a youth conditional caution to the police.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from yjfield.domain.codes import ComplianceKind, LanguagePreference, ProgrammeType
from yjfield.domain.dates import add_months

#: Sentencing Act 2020, Sch. 7: a warning's period is 12 months.
WARNED_PERIOD_MONTHS = 12

K = ComplianceKind


@dataclass(frozen=True)
class DecisionChoices:
    """What the decision screen offers, and why."""

    choices: tuple[ComplianceKind, ...]
    #: A YRO whose warnings in the warned period are used up.
    breach_must_start: bool = False
    warnings_in_period: int = 0


def decision_choices(programme: ProgrammeType | None, warnings: Iterable[date], on: date,
                     warnings_before_breach: int = 2) -> DecisionChoices:
    """The decisions open for a failure on `on`, given the YRO warnings already given."""
    if programme is None or programme.is_voluntary:
        return DecisionChoices((K.ACCEPTABLE_ABSENCE, K.RE_ENGAGEMENT_PLAN,
                                K.CLOSE_NOT_ENGAGING))
    if programme == ProgrammeType.YOUTH_REHABILITATION_ORDER:
        current = [w for w in warnings if w <= on < add_months(w, WARNED_PERIOD_MONTHS)]
        if len(current) >= warnings_before_breach:
            return DecisionChoices((K.ACCEPTABLE_ABSENCE, K.BREACH_PROPOSED), True, len(current))
        return DecisionChoices((K.ACCEPTABLE_ABSENCE, K.WARNING_ISSUED), False, len(current))
    if programme == ProgrammeType.REFERRAL_ORDER:
        return DecisionChoices((K.ACCEPTABLE_ABSENCE, K.PANEL_PROGRESS_MEETING))
    if programme == ProgrammeType.YOUTH_CONDITIONAL_CAUTION:
        return DecisionChoices((K.ACCEPTABLE_ABSENCE, K.REFER_TO_POLICE))
    return DecisionChoices((K.ACCEPTABLE_ABSENCE, K.FAILURE_TO_COMPLY))


def decision_refusal(decision: ComplianceKind, offered: DecisionChoices) -> str | None:
    """Why this decision does not fit the programme, in words; None when it does."""
    if decision in offered.choices:
        return None
    if decision == K.WARNING_ISSUED and offered.breach_must_start:
        return ("This order's warnings are used up in the warned period: breach proceedings "
                "must start, with a manager's approval.")
    if decision == K.WARNING_ISSUED:
        return "A warning has no place in voluntary work; agree a re-engagement plan instead."
    return "That decision does not fit this child's programme."


def warning_letter(name: str, language: LanguagePreference, missed_on: date,
                   circumstances: str, issued_on: date) -> str:
    """A YRO warning letter in plain words, in the child's recorded language, with the three
    statutory elements: the circumstances, that the failure is unacceptable, and that
    another failure in the warned period may mean going back to court."""
    until = add_months(issued_on, WARNED_PERIOD_MONTHS)
    if language == LanguagePreference.WELSH:
        return (f"Annwyl {name},\n\n"
                f"Ar {missed_on:%d/%m/%Y} wnaethoch chi ddim gwneud yr hyn y mae eich gorchymyn "
                f"adsefydlu ieuenctid yn ei ofyn: {circumstances}\n\n"
                "Nid yw hyn yn dderbyniol.\n\n"
                f"Mae'r rhybudd hwn yn para tan {until:%d/%m/%Y}. Os na fyddwch chi'n cadw at "
                "eich gorchymyn eto cyn hynny, gallech chi gael eich anfon yn ôl i'r llys.\n\n"
                "Rydyn ni eisiau eich helpu chi i orffen eich gorchymyn. Siaradwch â ni os oes "
                "rhywbeth yn ei gwneud hi'n anodd.\n")
    return (f"Dear {name},\n\n"
            f"On {missed_on:%d %B %Y} you did not do what your youth rehabilitation order "
            f"asks of you: {circumstances}\n\n"
            "This is not acceptable.\n\n"
            f"This warning lasts until {until:%d %B %Y}. If you do not keep to your order "
            "again before then, you could be taken back to court.\n\n"
            "We want to help you finish your order. Talk to us if something is making it "
            "hard.\n")
