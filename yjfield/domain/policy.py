"""Local policy: rules each service sets for itself (docs/domain.md), with sensible defaults."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from yjfield.domain.codes import ProgrammeType, Severity


def _default_expectations() -> dict[ProgrammeType, int]:
    # Days between face-to-face contacts that a service commonly expects; only a
    # default, since National Standards (2019) set outcomes, not frequencies.
    return {
        ProgrammeType.PREVENTION: 28,
        ProgrammeType.TURNAROUND: 14,
        ProgrammeType.DIVERSION: 14,
        ProgrammeType.COMMUNITY_RESOLUTION: 28,
        ProgrammeType.YOUTH_CAUTION: 28,
        ProgrammeType.YOUTH_CONDITIONAL_CAUTION: 14,
        ProgrammeType.REFERRAL_ORDER: 14,
        ProgrammeType.YOUTH_REHABILITATION_ORDER: 7,
        ProgrammeType.REPARATION_ORDER: 14,
        ProgrammeType.CUSTODY: 28,
        ProgrammeType.LICENCE: 7,
        ProgrammeType.OUTCOME_22: 14,
        ProgrammeType.OUTCOME_23: 28,
        ProgrammeType.YOUTH_DIVERSION_ORDER: 14,
        ProgrammeType.BAIL_SUPERVISION: 7,
        ProgrammeType.REMAND: 28,
        ProgrammeType.DETENTION_AND_TRAINING_ORDER: 28,
        ProgrammeType.SECTION_250: 28,
    }


def _default_acknowledge_hours() -> dict[Severity, int]:
    # A service's own choice: a high concern the same working day, others within days.
    return {Severity.HIGH: 4, Severity.MEDIUM: 24, Severity.LOW: 72}


class LocalPolicy(BaseModel):
    """A service's local rules; every value is configurable."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    follow_up_working_days: int = Field(default=1, ge=0, le=30)
    idle_lock_minutes: int = Field(default=5, ge=1, le=60)
    contact_expectation_days: dict[ProgrammeType, int] = Field(
        default_factory=_default_expectations)
    holidays: tuple[date, ...] = ()
    warnings_before_breach: int = Field(default=2, ge=0, le=10)
    review_interval_months: int = Field(default=3, ge=1, le=3)
    #: Laptops one practitioner may have enrolled at once (a lost one is revoked first).
    max_devices_per_user: int = Field(default=3, ge=1, le=20)
    #: Whether signing in on a laptop needs a one-time code as well as the password.
    second_factor_required: bool = False
    #: Whether saving an attended face-to-face contact with none of the child's words
    #: asks why (the child's voice in every face-to-face contact).
    ask_why_no_voice: bool = True
    #: Where the service works: Welsh services record ALN (Additional Learning Needs
    #: and Education Tribunal (Wales) Act 2018), English ones SEND.
    nation: Literal["england", "wales"] = "england"
    #: Hours the child's case manager has to acknowledge a concern, by severity.
    flag_acknowledge_hours: dict[Severity, int] = Field(
        default_factory=_default_acknowledge_hours)
    #: How long a youth conditional caution's conditions may run before the app warns.
    ycc_conditions_weeks: int = Field(default=12, ge=1, le=52)
    #: Reparation hours on a youth conditional caution above which a reason is asked for.
    ycc_reparation_cap_hours: int = Field(default=10, ge=1, le=100)
