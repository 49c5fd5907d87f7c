"""My caseload in figures: worked out on the laptop, offline, from what it holds.

Every role sees figures only about what its laptop holds (a supervisor's holds no
contacts, so theirs is the reparation ledger). Nothing here is stored.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from yjfield.domain.codes import Speaker
from yjfield.domain.contact import Appointment, Contact, VoiceEntry
from yjfield.domain.plan import Plan
from yjfield.domain.policy import LocalPolicy
from yjfield.store.store import Store


@dataclass(frozen=True)
class CaseloadFigures:
    children: int
    reviews_overdue: int
    not_seen_as_expected: int
    follow_ups_overdue: int
    concerns_open: int
    appointments_this_week: int
    #: Attended face-to-face contacts (reparation included) with the child's own words.
    seen_face_to_face: int
    seen_with_words: int
    #: Agreed plans with the child's own section.
    plans_agreed: int
    plans_with_childs_section: int
    minutes_required: int
    minutes_credited: int

    @staticmethod
    def share(part: int, whole: int) -> int | None:
        """A whole-number percentage, or None when there is nothing to count."""
        return round(100 * part / whole) if whole else None


def caseload_figures(store: Store, policy: LocalPolicy, now: datetime) -> CaseloadFigures:
    today = now.astimezone().date()
    lines = store.caseload(today)
    expected = {kind.value: days for kind, days in policy.contact_expectation_days.items()}
    seen = spoke = agreed = with_section = this_week = 0
    for line in lines:
        contacts = [f.fact for f in store.facts(line.child_id, "contact")
                    if isinstance(f.fact, Contact) and f.fact.is_face_to_face_seen]
        said = {f.fact.contact_id for f in store.facts(line.child_id, "voice")
                if isinstance(f.fact, VoiceEntry) and f.fact.speaker == Speaker.CHILD}
        seen += len(contacts)
        spoke += sum(contact.id in said for contact in contacts)
        for entity in store.entities("plan", line.child_id):
            plan = entity.record
            if isinstance(plan, Plan) and plan.version > 0:
                agreed += 1
                with_section += plan.has_child_section
        week_end = now + timedelta(days=7)
        this_week += sum(1 for e in store.entities("appointment", line.child_id)
                         if isinstance(e.record, Appointment) and not e.record.cancelled
                         and now <= e.record.start < week_end)
    return CaseloadFigures(
        children=len(lines),
        reviews_overdue=sum(line.review_overdue(today) for line in lines),
        not_seen_as_expected=sum(
            1 for line in lines if line.days_since_face_to_face is None
            or line.days_since_face_to_face > expected.get(line.programme_type or "", 14)),
        follow_ups_overdue=sum(line.follow_ups for line in lines),
        concerns_open=sum(line.open_flags for line in lines),
        appointments_this_week=this_week,
        seen_face_to_face=seen, seen_with_words=spoke,
        plans_agreed=agreed, plans_with_childs_section=with_section,
        minutes_required=sum(line.minutes_required for line in lines),
        minutes_credited=sum(min(line.minutes_credited, line.minutes_required)
                             for line in lines))
