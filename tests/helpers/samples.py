"""A valid record of every kind, in two versions that differ field by field.

The write matrix patches each field of version 0 to its value in version 1, so
every field of every kind is tried with a value the kind's rules accept.
"""

from datetime import UTC, date, datetime, time
from typing import Any

from yjfield.domain.base import Record
from yjfield.domain.kinds import record_type

AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
PLAN, OTHER_PLAN = "0b0c0d0e-0000-4000-8000-000000000001", "0b0c0d0e-0000-4000-8000-000000000002"
SESSION = "0b0c0d0e-0000-4000-8000-000000000003"
PROJECT = "0b0c0d0e-0000-4000-8000-000000000004"
VICTIM = "0b0c0d0e-0000-4000-8000-000000000005"
FLAG = "0b0c0d0e-0000-4000-8000-000000000006"

_MUTABLE: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "child": (
        {"given_name": "Ash", "family_name": "Invented", "date_of_birth": date(2010, 1, 1)},
        {"given_name": "Bea", "family_name": "Madeup", "preferred_name": "B",
         "date_of_birth": date(2009, 2, 2), "gender": "Girl", "ethnicity": "Not stated",
         "language": "welsh", "language_other": "Polish", "language_asked_on": date(2026, 1, 5),
         "communication_needs": "Short sentences", "send_aln": True,
         "legal_statuses": ["looked_after"], "ete_provider": "Invented College",
         "address": "1 Invented Row", "concerns": ["neet"], "archived": True,
         "key_contacts": [{"name": "Invented Carer", "relationship": "carer"}]}),
    "programme": (
        # With an end date, so that an end reason alone is a valid change.
        {"programme_type": "prevention", "start": date(2026, 1, 1), "end": date(2026, 6, 30)},
        {"programme_type": "turnaround", "start": date(2026, 1, 2), "end": date(2026, 6, 1),
         "end_reason": "completed", "exit_summary": "Settled at college",
         "conviction_date": date(2025, 12, 1), "eligibility_event_on": date(2025, 11, 20),
         "archived": True}),
    "appointment": (
        {"start": AT},
        {"start": datetime(2026, 3, 3, 11, tzinfo=UTC), "mode": "phone", "setting": "school",
         "note": "Bring the form", "cancelled": True, "archived": True}),
    "plan": (
        {},
        {"status": "agreed", "version": 1, "strengths": "Football", "help_needed": "School",
         "who_helps": "My nan", "no_child_section_reason": "Not today",
         "agreed_on": date(2026, 3, 1), "last_review_on": date(2026, 3, 1),
         "next_review_due": date(2026, 5, 1), "archived": True}),
    "plan_goal": (
        {"plan_id": PLAN, "area": "family", "description": "Talk with mum weekly"},
        {"plan_id": OTHER_PLAN, "area": "leisure", "description": "Join the boxing club",
         "owner": "Child", "target_date": date(2026, 5, 1), "status": "in_progress",
         "archived": True}),
    "reparation_requirement": (
        {"source": "local_diversion", "minutes_required": 600, "start": date(2026, 1, 1)},
        # The same source: hours must fit their programme (the child's prevention
        # programme, whose id the write matrix puts in programme_id).
        {"source": "local_diversion", "minutes_required": 720,
         "start": date(2026, 1, 2), "deadline": date(2026, 7, 1), "programme_id": PLAN,
         "over_cap_reason": "Agreed at the panel", "direct_agreed": True, "archived": True}),
    "reparation_project": (
        {"name": "Invented garden"},
        {"name": "Invented food bank", "reparation_kind": "direct",
         "host_organisation": "Invented Trust", "active": False, "archived": True}),
    "victim": (
        {"name": "Invented Shop"},
        {"name": "Invented Person", "victim_type": "business", "phone": "0000 000000",
         "address": "2 Invented Row", "consents_to_contact": True,
         "wants_restorative_justice": True, "notes": "Prefers letters", "archived": True}),
}

_FACTS: dict[str, dict[str, Any]] = {
    "contact": {"start": AT, "narrative": "We met at the club."},
    "case_entry": {"at": AT, "text": "A note."},
    "voice": {"at": AT, "words": "I like the garden."},
    "red_flag": {"at": AT, "category": "missing", "description": "Not home last night."},
    "flag_event": {"flag_id": FLAG, "at": AT, "stage": "acknowledged"},
    "plan_version": {"plan_id": PLAN, "version": 1, "agreed_on": date(2026, 3, 1), "plan": {}},
    "review": {"on": date(2026, 3, 1)},
    "compliance_event": {"on": date(2026, 3, 1), "event": "acceptable_absence"},
    "reparation_session": {"project_id": PROJECT, "on": date(2026, 3, 1), "start": time(10),
                           "end": time(12)},
    "reparation_attendance": {"session_id": SESSION, "project_id": PROJECT,
                              "on": date(2026, 3, 1), "minutes": 60},
    "victim_contact": {"victim_id": VICTIM, "on": date(2026, 3, 1)},
    "restorative_justice": {"victim_id": VICTIM, "on": date(2026, 3, 1),
                            "process": "letter_of_apology"},
}

#: Kinds with no child of their own.
CHILDLESS = frozenset({"reparation_project", "reparation_session"})


def mutable_pair(kind: str, child_id: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Version 0 and version 1 of a mutable record, as JSON-ready field values."""
    cls = record_type(kind)
    first, second = _MUTABLE[kind]
    owner = {} if kind in CHILDLESS else {"child_id": child_id}
    a = cls.model_validate({**first, **owner}).to_data()
    b = cls.model_validate({**first, **second, **owner}).to_data()
    return a, b


def fact(kind: str, child_id: str | None, *, user_id: str, device_id: str) -> Record:
    """A fact of this kind about the child, written by that user on that device."""
    data: dict[str, Any] = dict(_FACTS.get(kind, {}))
    if kind == "audit":
        data = {"at": AT, "action": "view", "record_kind": "child", "record_id": child_id,
                "user_id": user_id}
    owner = {} if kind in CHILDLESS else {"child_id": child_id}
    return record_type(kind).model_validate(
        {**data, **owner, "recorded_by": user_id, "device_id": device_id})


MUTABLE_KINDS = tuple(_MUTABLE)
FACT_KINDS = (*_FACTS, "audit")
