"""A child credited at a reparation session was seen face to face there: the server adds
the contact (and the reflection as the child's words) for those who hold contacts, once,
and a correction of the attendance corrects them; the supervisor's laptop never holds them."""

from datetime import date, time

from tests.helpers.harness import Device, Harness, enrol
from yjfield.app.session import Session
from yjfield.domain.codes import ContactSetting
from yjfield.domain.reparation import (
    GroupSession,
    ReparationAttendance,
    ReparationProject,
    ReparationSession,
)
from yjfield.server.derived import derived_id


def test_credited_children_are_seen_at_the_reparation_site(harness: Harness,
                                                           devices: list[Device]) -> None:
    cm, sup = enrol(harness, devices, "cm"), enrol(harness, devices, "sup")
    ash = harness.new_child(cm, "sup", given_name="Ash")
    bo = harness.new_child(cm, "sup", given_name="Bo")
    project = cm.store.create(ReparationProject(name="Invented garden"))
    cm.sync()
    sup.sync()
    today = date.today()
    session = ReparationSession(project_id=project.id, on=today, start=time(10), end=time(13))
    said = ReparationAttendance(child_id=ash.id, session_id=session.id, project_id=project.id,
                                on=today, minutes=180, reflection="I liked planting the beans")
    quiet = ReparationAttendance(child_id=bo.id, session_id=session.id, project_id=project.id,
                                 on=today, minutes=120)
    Session(sup.store).log_group_session(GroupSession(session=session,
                                                      attendances=(said, quiet)))
    sup.sync()
    cm.sync()
    contacts = {line.fact.child_id: line.fact for child in (ash, bo)
                for line in cm.store.facts(child.id, "contact")}
    assert {c.setting for c in contacts.values()} == {ContactSetting.REPARATION_SITE}
    assert all(c.is_face_to_face_seen and not c.counts_toward_order for c in contacts.values())
    assert contacts[ash.id].start.hour == 10  # the session's own start
    [words] = cm.store.facts(ash.id, "voice")
    assert (words.fact.words, words.fact.contact_id) == (  # type: ignore[attr-defined]
        "I liked planting the beans", contacts[ash.id].id)
    assert cm.store.facts(bo.id, "voice") == []
    assert {r.days_since_face_to_face for r in cm.store.caseload()} == {0}
    # The supervisor's laptop holds reparation, never contacts or voice entries.
    assert sup.store.facts(ash.id, "contact") == [] and sup.store.facts(ash.id, "voice") == []

    # Bo did not in fact attend: the supervisor corrects the hours to none.
    Session(sup.store).correct(quiet.id, {"minutes": 0}, "Did not attend: wrong child ticked")
    sup.sync()
    cm.sync()
    [corrected] = cm.store.facts(bo.id, "contact")
    assert corrected.fact.corrects == derived_id(quiet.id, "contact")  # type: ignore[attr-defined]
    assert not corrected.fact.is_face_to_face_seen  # type: ignore[attr-defined]
    seen = {r.given_name: r.days_since_face_to_face for r in cm.store.caseload()}
    assert seen == {"Ash": 0, "Bo": None}
