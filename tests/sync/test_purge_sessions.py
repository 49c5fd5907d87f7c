"""A reparation session leaves a laptop with the last child on it who attended.

Issue: 22 and 25 sessions stayed on two laptops after every child who attended had
left their caseloads.
"""

from datetime import date, time

from tests.helpers.harness import Device, Harness
from yjfield.domain.ids import new_id
from yjfield.domain.reparation import GroupSession, ReparationAttendance, ReparationSession


def _sessions(device: Device) -> set[str]:
    return {line.fact.id for line in device.store.facts(None, "reparation_session")}


def test_a_session_goes_once_no_child_on_the_caseload_attended_it(
        harness: Harness, devices: list[Device]) -> None:
    cm, sup = harness.device("cm", name="cm"), harness.device("sup", name="sup")
    devices.extend((cm, sup))
    first, second = harness.new_child(cm, "sup"), harness.new_child(cm, "sup")
    cm.sync()
    sup.sync()
    session = ReparationSession(project_id=new_id(), on=date(2026, 3, 7), start=time(10),
                                end=time(12), tasks="Weeding")
    group = GroupSession(session=session, attendances=tuple(
        ReparationAttendance(child_id=child.id, session_id=session.id,
                             project_id=session.project_id, on=session.on, minutes=120)
        for child in (first, second)))
    sup.store.add_facts([group.session, *group.attendances])
    sup.sync()
    harness.unassign(first.id, "sup")
    sup.sync()
    assert _sessions(sup) == {session.id}  # the second child is still on the caseload
    harness.unassign(second.id, "sup")
    sup.sync()
    assert _sessions(sup) == set()
    assert sup.store.children_held() == set()
    cm.sync()  # the case manager, who holds both children, keeps it
    assert _sessions(cm) == {session.id}
