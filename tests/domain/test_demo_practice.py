"""The demo is what a service sees first, so it shows good practice: every rule the app
applies holds for every record in it (0 violations), and its records fit each child."""

from collections import Counter, defaultdict
from datetime import date

from yjfield.domain.child import Child, Programme
from yjfield.domain.codes import Attendance, ContactMode, ContactSetting, LegalStatus
from yjfield.domain.compliance import ComplianceEvent
from yjfield.domain.compliance_rules import decision_choices, decision_refusal
from yjfield.domain.contact import Contact, VoiceEntry
from yjfield.domain.demo import DemoService, build_demo
from yjfield.domain.flags import FlagEvent, check_flag_move
from yjfield.domain.plan import Plan, Review
from yjfield.domain.programme_rules import programme_findings, requirement_findings
from yjfield.domain.reparation import ReparationAttendance, ReparationRequirement
from yjfield.domain.victim import Victim, VictimContact

_COURT_SETTINGS = {ContactSetting.COURT, ContactSetting.POLICE_STATION, ContactSetting.PANEL}


def violations(demo: DemoService) -> list[str]:
    found: list[str] = []
    children = {c.id: c for c in demo.children}
    by_child: dict[str, list[object]] = defaultdict(list)
    for record in demo.records:
        if record.child_id:
            by_child[record.child_id].append(record)
    for child_id, records in by_child.items():
        child = children[child_id]
        programmes = [r for r in records if isinstance(r, Programme)]
        for programme in programmes:
            found += programme_findings(programme, programmes, demo.policy).refusals
        for requirement in (r for r in records if isinstance(r, ReparationRequirement)):
            programme = next((p for p in programmes if p.id == requirement.programme_id), None)
            found += requirement_findings(requirement, programme, child.date_of_birth,
                                          demo.policy).refusals
        found += _contacts_fit(child, programmes, records)
        required = sum(r.minutes_required for r in records
                       if isinstance(r, ReparationRequirement))
        credited = sum(r.minutes for r in records if isinstance(r, ReparationAttendance))
        if credited > required:
            found.append(f"{child.given_name} credited {credited} of {required} minutes")
        found += _decisions_fit(programmes, records)
        for event in (r for r in records if isinstance(r, FlagEvent)):
            try:
                check_flag_move(event)
            except ValueError as error:
                found.append(f"flag update: {error}")
        plans = [r for r in records if isinstance(r, Plan)]
        reviews = [r for r in records if isinstance(r, Review)]
        if plans and not reviews:
            found.append("a plan with no review")
        found += [f"a review with no child's view or reason ({r.id})" for r in reviews
                  if not r.childs_view and not r.no_childs_view_reason]
        found += _victims_fit(records)
    return found


def _contacts_fit(child: Child, programmes: list[Programme], records: list[object]) -> list[str]:
    found = []
    contacts = [r for r in records if isinstance(r, Contact)]
    voluntary = all(p.programme_type.is_voluntary for p in programmes)
    for contact in contacts:
        if contact.mode in (ContactMode.TEXT, ContactMode.LETTER, ContactMode.EMAIL) \
                and contact.attendance != Attendance.ATTENDED:
            found.append(f"{contact.attendance} on a {contact.mode}")
        if voluntary and contact.setting in _COURT_SETTINGS:
            found.append(f"a {contact.setting} contact in voluntary work")
    spoke = {r.contact_id for r in records if isinstance(r, VoiceEntry)}
    found += ["a face-to-face contact with no words and no reason" for c in contacts
              if c.is_face_to_face_seen and c.id not in spoke and not c.no_words_reason]
    notes = Counter(c.narrative for c in contacts)
    found += [f"the same note {n} times for {child.given_name}" for n in notes.values() if n > 1]
    return found


def _decisions_fit(programmes: list[Programme], records: list[object]) -> list[str]:
    found = []
    contacts = {r.id: r for r in records if isinstance(r, Contact)}
    decisions = sorted((r for r in records if isinstance(r, ComplianceEvent)),
                       key=lambda d: d.on)
    warnings: list[date] = []
    for decision in decisions:
        contact = contacts.get(decision.contact_id or "")
        programme = next((p for p in programmes if p.id == decision.programme_id), None)
        if contact is None or programme is None:
            found.append("a decision without its missed appointment or programme")
            continue
        if not contact.attendance.may_count_against_child:
            found.append(f"a decision on {contact.attendance}, which is not the child's failure")
        offered = decision_choices(programme.programme_type, warnings, decision.on)
        refused = decision_refusal(decision.event, offered)
        if refused:
            found.append(refused)
        if decision.event == "warning_issued":
            warnings.append(decision.on)
    return found


def _victims_fit(records: list[object]) -> list[str]:
    found = []
    for victim in (r for r in records if isinstance(r, Victim)):
        said = [r.summary for r in records
                if isinstance(r, VictimContact) and r.victim_id == victim.id]
        if victim.consents_to_contact is None and any("Agreed" in s for s in said):
            found.append("a victim not asked whose contact says they agreed")
        if not victim.wants_restorative_justice and any("meeting" in s for s in said):
            found.append("a victim who does not want restorative justice, agreeing a meeting")
    return found


def test_the_demo_breaks_no_rule() -> None:
    for seed in (20261123, 7, 99):
        assert violations(build_demo(children=40, months=6, seed=seed)) == []


def test_the_checker_sees_bad_practice() -> None:
    demo = build_demo(children=6, months=2)
    child = demo.children[0]
    contact = next(r for r in demo.records if isinstance(r, Contact) and r.child_id == child.id)
    texted = contact.model_copy(update={"mode": ContactMode.TEXT,
                                        "attendance": Attendance.DID_NOT_ATTEND})
    demo.records.append(texted)
    assert "did_not_attend on a text" in violations(demo)


def test_the_demo_shows_the_range_a_service_has() -> None:
    demo = build_demo(children=40, months=6)
    kinds = Counter(p.programme_type for p in demo.records if isinstance(p, Programme))
    assert len(kinds) >= 5
    assert any(c.age_on(date.today()) == 17 and
               (date.today() - c.date_of_birth).days >= 17 * 365 + 150 for c in demo.children)
    assert sum(c.ethnicity is not None for c in demo.children) >= 5
    assert any(LegalStatus.LOOKED_AFTER in c.legal_statuses for c in demo.children)
    assert sum(c.communication_needs is not None for c in demo.children) >= 3
