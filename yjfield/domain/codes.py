"""Code lists of the practice (docs/domain.md).

Programme and disposal types follow the YJB's data schema, which changes: each
programme record carries the code-list version it was recorded under, so an old
record keeps its meaning after a list is revised.
"""

from enum import StrEnum

#: Version of the programme/disposal code list this build records with.
PROGRAMME_CODES_VERSION = "yjb-2026.1"
#: Every programme code-list version this build can read (2026.1 added Outcome 22 and 23,
#: the interim Youth Diversion Order, bail supervision, remand, DTO and section 250).
KNOWN_PROGRAMME_CODE_VERSIONS = frozenset({"yjb-2024.1", "yjb-2026.1"})


class Role(StrEnum):
    YOUTH_WORKER = "youth_worker"
    REPARATION_SUPERVISOR = "reparation_supervisor"
    CASE_MANAGER = "case_manager"
    SERVICE_MANAGER = "service_manager"
    VICTIM_WORKER = "victim_worker"
    ADMIN = "admin"


class ProgrammeType(StrEnum):
    PREVENTION = "prevention"
    TURNAROUND = "turnaround"
    DIVERSION = "diversion"
    COMMUNITY_RESOLUTION = "community_resolution"
    YOUTH_CAUTION = "youth_caution"
    YOUTH_CONDITIONAL_CAUTION = "youth_conditional_caution"
    REFERRAL_ORDER = "referral_order"
    YOUTH_REHABILITATION_ORDER = "youth_rehabilitation_order"
    REPARATION_ORDER = "reparation_order"
    CUSTODY = "custody"
    LICENCE = "licence"
    OUTCOME_22 = "outcome_22"
    OUTCOME_23 = "outcome_23"
    YOUTH_DIVERSION_ORDER = "youth_diversion_order"
    BAIL_SUPERVISION = "bail_supervision"
    REMAND = "remand"
    DETENTION_AND_TRAINING_ORDER = "detention_and_training_order"
    SECTION_250 = "section_250_custody"

    @property
    def is_interim(self) -> bool:
        """A type the YJB lists for now, pending its final definition."""
        return self == ProgrammeType.YOUTH_DIVERSION_ORDER

    @property
    def is_custodial(self) -> bool:
        return self in _CUSTODIAL

    @property
    def is_voluntary(self) -> bool:
        """Work the child takes part in by agreement: a warning has no place in it."""
        return self in _VOLUNTARY

    @property
    def label(self) -> str:
        """Plain words for lists and messages ("Youth diversion order (interim)")."""
        text = _LABELS.get(self, self.value.replace("_", " ").capitalize())
        return f"{text} (interim)" if self.is_interim else text


_CUSTODIAL = frozenset({ProgrammeType.CUSTODY, ProgrammeType.REMAND,
                        ProgrammeType.DETENTION_AND_TRAINING_ORDER, ProgrammeType.SECTION_250})
_VOLUNTARY = frozenset({ProgrammeType.PREVENTION, ProgrammeType.TURNAROUND,
                        ProgrammeType.DIVERSION, ProgrammeType.COMMUNITY_RESOLUTION,
                        ProgrammeType.OUTCOME_22})
_LABELS = {
    ProgrammeType.YOUTH_REHABILITATION_ORDER: "Youth rehabilitation order (YRO)",
    ProgrammeType.YOUTH_CONDITIONAL_CAUTION: "Youth conditional caution (YCC)",
    ProgrammeType.OUTCOME_22: "Outcome 22 (deferred prosecution)",
    ProgrammeType.OUTCOME_23: "Outcome 23 (community resolution, other agency)",
    ProgrammeType.DETENTION_AND_TRAINING_ORDER: "Detention and training order (DTO)",
    ProgrammeType.SECTION_250: "Section 250 custody",
    ProgrammeType.BAIL_SUPERVISION: "Bail supervision and support",
    ProgrammeType.REMAND: "Remand to youth detention accommodation",
}


class EndReason(StrEnum):
    """Why a programme ended, as the board's figures count it."""

    COMPLETED = "completed"
    REVOKED_GOOD_PROGRESS = "revoked_good_progress"
    RETURNED_TO_COURT = "returned_to_court"
    TRANSFERRED = "transferred"
    OTHER = "other"


class LanguagePreference(StrEnum):
    ENGLISH = "english"
    WELSH = "welsh"
    OTHER = "other"


class LegalStatus(StrEnum):
    LOOKED_AFTER = "looked_after"
    CHILD_IN_NEED = "child_in_need"
    CHILD_PROTECTION = "child_protection"


class Concern(StrEnum):
    """Characteristics of concern."""

    EXPLOITATION = "exploitation_risk"
    SUBSTANCE_MISUSE = "substance_misuse"
    MENTAL_HEALTH = "mental_health"
    SPEECH_LANGUAGE = "speech_language"
    NEET = "neet"
    SEND_ALN = "send_aln"
    SELF_HARM = "self_harm"
    HOUSING = "housing"


class ContactMode(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    LETTER = "letter"
    EMAIL = "email"


class ContactSetting(StrEnum):
    HOME_VISIT = "home_visit"
    OFFICE = "office"
    YOUTH_CLUB = "youth_club"
    SCHOOL = "school"
    COMMUNITY = "community"
    COURT = "court"
    POLICE_STATION = "police_station"
    PANEL = "panel"
    REPARATION_SITE = "reparation_site"
    OTHER = "other"


class Attendance(StrEnum):
    ATTENDED = "attended"
    ATTEMPTED_NO_CONTACT = "attempted_no_contact"
    DID_NOT_ATTEND = "did_not_attend"
    CANCELLED_BY_CHILD = "cancelled_by_child"
    CANCELLED_BY_SERVICE = "cancelled_by_service"
    RESCHEDULED = "rescheduled"

    @property
    def is_missed(self) -> bool:
        """A missed appointment: the child was expected and did not take part."""
        return self in {Attendance.DID_NOT_ATTEND, Attendance.ATTEMPTED_NO_CONTACT,
                        Attendance.CANCELLED_BY_CHILD}

    @property
    def may_count_against_child(self) -> bool:
        """Whether this can be the child's failure to comply. An unannounced visit nobody
        answered, or a session the service cancelled, never is."""
        return self in {Attendance.DID_NOT_ATTEND, Attendance.CANCELLED_BY_CHILD}


class Absence(StrEnum):
    """The decision on why a child missed an appointment."""

    ACCEPTABLE = "acceptable"
    NOT_ACCEPTABLE = "not_acceptable"
    EVIDENCE_AWAITED = "evidence_awaited"


class PresentRole(StrEnum):
    CHILD = "child"
    PARENT_CARER = "parent_carer"
    SOCIAL_WORKER = "social_worker"
    TEACHER = "teacher"
    INTERPRETER = "interpreter"
    APPROPRIATE_ADULT = "appropriate_adult"
    OTHER_PROFESSIONAL = "other_professional"


class Speaker(StrEnum):
    """Whose words a voice entry holds: the child's, or kept apart, a parent's or carer's."""

    CHILD = "child"
    PARENT_CARER = "parent_carer"


class VoicePurpose(StrEnum):
    """Why the words were asked for: in the course of the work, or at its end."""

    EVERYDAY = "everyday"
    #: "How was it for you?" at the end of an intervention (counted for the board).
    EXIT_FEEDBACK = "exit_feedback"


class VoiceCapture(StrEnum):
    DIRECT_QUOTE = "direct_quote"
    WRITTEN_BY_CHILD = "written_by_child"
    DRAWN_BY_CHILD = "drawn_by_child"
    VIA_CARER = "via_carer"
    SURVEY = "survey"
    OTHER = "other"


class FlagCategory(StrEnum):
    SAFEGUARDING = "safeguarding"
    EXPLOITATION = "exploitation"
    MISSING = "missing"
    SELF_HARM = "self_harm"
    EDUCATION_ABSENCE = "education_absence"
    SUBSTANCE = "substance"
    ACCOMMODATION = "accommodation"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class FlagStage(StrEnum):
    """A red flag's life: stages only move forward."""

    RAISED = "raised"
    ACKNOWLEDGED = "acknowledged"
    ACTIONED = "actioned"
    CLOSED = "closed"

    @property
    def rank(self) -> int:
        return list(FlagStage).index(self)


class FlagOutcome(StrEnum):
    """How a concern was closed."""

    REFERRAL_MADE = "referral_made"
    SAFETY_PLAN = "safety_plan"
    NO_FURTHER_ACTION = "no_further_action"


class GoalArea(StrEnum):
    ETE = "education_training_employment"
    ACCOMMODATION = "accommodation"
    HEALTH_WELLBEING = "health_wellbeing"
    SUBSTANCE_USE = "substance_use"
    FAMILY = "family"
    RELATIONSHIPS = "relationships"
    VICTIMS_RESTORATIVE = "victims_restorative"
    OFFENDING_BEHAVIOUR = "offending_behaviour"
    SAFETY = "safety"
    LEISURE = "leisure"


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    WITHDRAWN = "withdrawn"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"


class ReviewTrigger(StrEnum):
    SCHEDULED = "scheduled"
    SIGNIFICANT_CHANGE = "significant_change"
    NON_COMPLIANCE = "non_compliance"
    TRANSFER = "transfer"
    END_OF_ORDER = "end_of_order"


class ReparationSource(StrEnum):
    REFERRAL_ORDER_CONTRACT = "referral_order_contract"
    YRO_UNPAID_WORK = "yro_unpaid_work"
    REPARATION_ORDER = "reparation_order"
    YOUTH_CONDITIONAL_CAUTION = "youth_conditional_caution"
    LOCAL_DIVERSION = "local_diversion"


class ReparationKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


class ComplianceKind(StrEnum):
    FAILURE_TO_COMPLY = "failure_to_comply"
    ACCEPTABLE_ABSENCE = "acceptable_absence"
    WARNING_ISSUED = "warning_issued"
    BREACH_REFERRAL = "breach_referral"
    OUTCOME = "outcome"
    #: Voluntary programmes: a plan to bring the child back, or closing the work.
    RE_ENGAGEMENT_PLAN = "re_engagement_plan"
    CLOSE_NOT_ENGAGING = "close_not_engaging"
    #: A referral order: the panel is asked for a progress meeting.
    PANEL_PROGRESS_MEETING = "panel_progress_meeting"
    #: A youth conditional caution: the failure goes back to the police.
    REFER_TO_POLICE = "refer_to_police"
    #: A YRO past its warnings: proposed by the case manager, approved by a manager's
    #: own sign-in on their own laptop (the server checks who sent it).
    BREACH_PROPOSED = "breach_proposed"
    BREACH_APPROVED = "breach_approved"


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    EXPORT = "export"
    PRINT = "print"
    ERASE = "erase"
