"""The statutory and local bounds on programmes and reparation requirements.

A rule that needs only the record itself refuses it when the record is built; a rule
that needs the child's other records (`programme_findings`, `requirement_findings`)
is checked where the record is saved, and may refuse or only warn. Each bound names
its source; where the source is a service's own choice, the value is in LocalPolicy.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from yjfield.domain.codes import ProgrammeType, ReparationSource
from yjfield.domain.dates import add_months, age_on
from yjfield.domain.policy import LocalPolicy

if TYPE_CHECKING:
    from yjfield.domain.child import Programme
    from yjfield.domain.reparation import ReparationRequirement

# Sentencing Act 2020, Part 3 Chapter 1: a referral order's compliance period is
# not less than 3 and not more than 12 months.
REFERRAL_ORDER_MONTHS = (3, 12)
# Sentencing Act 2020, Part 9: a YRO's end date is not more than 3 years after the
# order takes effect.
YRO_MAX_MONTHS = 36
# MoJ Turnaround programme guidance: a child is referred within 3 months of the
# event that made them eligible (outside it, a reason is expected, not a refusal).
TURNAROUND_REFERRAL_MONTHS = 3
# Sentencing Act 2020, Sch. 6 (unpaid work requirement): for 16 and 17 year olds at
# conviction, and the work is done within 12 months.
UNPAID_WORK_AGES = (16, 17)
UNPAID_WORK_MONTHS = 12
# Sentencing Act 2020, Part 6: a reparation order's work is done within 3 months.
REPARATION_ORDER_MONTHS = 3

#: Which programme each source of reparation hours may belong to.
SOURCE_FITS: dict[ReparationSource, frozenset[ProgrammeType]] = {
    ReparationSource.REFERRAL_ORDER_CONTRACT: frozenset({ProgrammeType.REFERRAL_ORDER}),
    ReparationSource.YRO_UNPAID_WORK: frozenset({ProgrammeType.YOUTH_REHABILITATION_ORDER}),
    ReparationSource.REPARATION_ORDER: frozenset({ProgrammeType.REPARATION_ORDER}),
    ReparationSource.YOUTH_CONDITIONAL_CAUTION: frozenset(
        {ProgrammeType.YOUTH_CONDITIONAL_CAUTION}),
    ReparationSource.LOCAL_DIVERSION: frozenset({
        ProgrammeType.PREVENTION, ProgrammeType.DIVERSION, ProgrammeType.COMMUNITY_RESOLUTION,
        ProgrammeType.OUTCOME_22, ProgrammeType.TURNAROUND}),
}

#: Programmes a reparation order may not be made alongside (Sentencing Act 2020, Part 6).
_NOT_WITH_REPARATION_ORDER = frozenset({ProgrammeType.YOUTH_REHABILITATION_ORDER,
                                        ProgrammeType.REFERRAL_ORDER})


@dataclass(frozen=True)
class Findings:
    """What a save must refuse, and what it should only warn about."""

    refusals: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def _last_day(start: date, months: int) -> date:
    """The last day of a period of whole months beginning on start."""
    return add_months(start, months) - timedelta(days=1)


def check_programme_length(programme: "Programme") -> None:
    """Bounds on an order's length (raises ValueError in plain words).

    Checked when the order ran or is to run its course: an order revoked early or
    sent back to court ends when it ends.
    """
    end = programme.end
    if end is None or programme.end_reason not in (None, "completed"):
        return
    kind = programme.programme_type
    if kind == ProgrammeType.REFERRAL_ORDER:
        shortest, longest = REFERRAL_ORDER_MONTHS
        if end < _last_day(programme.start, shortest):
            raise ValueError("A referral order lasts at least 3 months; the end date is "
                             f"before {_last_day(programme.start, shortest):%d %B %Y}.")
        if end > add_months(programme.start, longest):
            raise ValueError("A referral order lasts at most 12 months; the end date is "
                             f"after {add_months(programme.start, longest):%d %B %Y}.")
    if kind == ProgrammeType.YOUTH_REHABILITATION_ORDER \
            and end > add_months(programme.start, YRO_MAX_MONTHS):
        raise ValueError("A youth rehabilitation order lasts at most 3 years; the end date is "
                         f"after {add_months(programme.start, YRO_MAX_MONTHS):%d %B %Y}.")


def _overlaps(one: "Programme", other: "Programme") -> bool:
    far = date.max
    return one.start <= (other.end or far) and other.start <= (one.end or far)


def programme_findings(programme: "Programme", others: Iterable["Programme"],
                       policy: LocalPolicy) -> Findings:
    """Rules that need the child's other programmes."""
    others = [p for p in others if p.id != programme.id and not p.archived]
    refusals: list[str] = []
    warnings: list[str] = []
    kind = programme.programme_type
    if kind == ProgrammeType.REPARATION_ORDER:
        for other in others:
            if (other.programme_type in _NOT_WITH_REPARATION_ORDER
                    or other.programme_type.is_custodial) and _overlaps(programme, other):
                refusals.append(
                    "A reparation order cannot run alongside the child's "
                    f"{other.programme_type.label.lower()} (from {other.start:%d %B %Y}).")
    if kind == ProgrammeType.TURNAROUND:
        earlier = [o for o in others if o.programme_type == ProgrammeType.TURNAROUND]
        if earlier:
            refusals.append("This child has already had a Turnaround programme (from "
                            f"{earlier[0].start:%d %B %Y}); a child takes part once.")
        event = programme.eligibility_event_on
        if event is not None and programme.start > add_months(event, TURNAROUND_REFERRAL_MONTHS):
            warnings.append("This Turnaround referral is more than 3 months after the event "
                            "that made the child eligible; record why in the case notes.")
    if kind == ProgrammeType.YOUTH_CONDITIONAL_CAUTION and programme.end is not None:
        limit = programme.start + timedelta(weeks=policy.ycc_conditions_weeks)
        if programme.end > limit:
            warnings.append(f"The caution's conditions run past the service's limit of "
                            f"{policy.ycc_conditions_weeks} weeks ({limit:%d %B %Y}).")
    return Findings(tuple(refusals), tuple(warnings))


def default_deadline(source: ReparationSource, start: date) -> date | None:
    """The deadline the law sets for the hours, where it sets one."""
    if source == ReparationSource.YRO_UNPAID_WORK:
        return add_months(start, UNPAID_WORK_MONTHS)
    if source == ReparationSource.REPARATION_ORDER:
        return add_months(start, REPARATION_ORDER_MONTHS)
    return None


def requirement_findings(requirement: "ReparationRequirement", programme: "Programme | None",
                         date_of_birth: date, policy: LocalPolicy) -> Findings:
    """Rules that need the programme the hours belong to and the child's age."""
    if programme is None:
        return Findings(("Reparation hours belong to a programme: add the child's programme "
                         "or order first, then choose it.",))
    refusals: list[str] = []
    if programme.ended:
        refusals.append(f"The {programme.programme_type.label.lower()} has ended; reparation "
                        "hours belong to an open programme.")
    source = requirement.source
    if programme.programme_type not in SOURCE_FITS[source]:
        refusals.append(f"{source.value.replace('_', ' ').capitalize()} hours do not fit a "
                        f"{programme.programme_type.label.lower()}.")
    if source == ReparationSource.YRO_UNPAID_WORK:
        if programme.conviction_date is None:
            refusals.append("Unpaid work depends on the child's age at conviction: record the "
                            "conviction date on the order first.")
        else:
            age = age_on(date_of_birth, programme.conviction_date)
            if age not in UNPAID_WORK_AGES:
                refusals.append("Unpaid work is only for children who were 16 or 17 when "
                                f"convicted; this child was {age}.")
    cap = policy.ycc_reparation_cap_hours
    if (source == ReparationSource.YOUTH_CONDITIONAL_CAUTION
            and requirement.minutes_required > cap * 60 and not requirement.over_cap_reason):
        refusals.append(f"More than the service's {cap} hours on a conditional caution needs "
                        "a reason.")
    return Findings(tuple(refusals))
