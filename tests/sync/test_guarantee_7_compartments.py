"""Guarantee 7: restricted compartments never travel.

Victim, victim contact and restorative justice records reach the server and
victim workers' laptops only. Every other role's laptop is searched in full,
decrypted, for any trace of them; their pushes are refused; and a laptop refuses
them even from a server that sends them.
"""

from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import select

from tests.helpers.harness import Device, Harness, TamperingClient, enrol, everything_in
from yjfield.domain.base import Record
from yjfield.domain.child import Child
from yjfield.domain.codes import ReparationKind
from yjfield.domain.reparation import ReparationAttendance, ReparationProject, ReparationSession
from yjfield.domain.scope import REPARATION_CHILD_FIELDS, RESTRICTED_KINDS
from yjfield.domain.victim import RestorativeJustice, RestorativeProcess, Victim, VictimContact
from yjfield.server.db import records
from yjfield.sync.errors import UnreadableAnswer

VICTIM_NAME = "Invented Quillfeather-Amberley"


def victim_records(child: Child) -> list[Record]:
    victim = Victim(child_id=child.id, name=VICTIM_NAME, phone="07700 900123",
                    consents_to_contact=True, wants_restorative_justice=True)
    return [victim,
            VictimContact(child_id=child.id, victim_id=victim.id, on=date(2026, 11, 2),
                          summary=f"{VICTIM_NAME} would like a letter."),
            RestorativeJustice(child_id=child.id, victim_id=victim.id, on=date(2026, 11, 9),
                               process=RestorativeProcess.DIRECT_REPARATION,
                               victim_views="Wants the fence mended by the child.")]


def save(device: Device, record: Record) -> None:
    if record.append_only:
        device.store.add_fact(record)  # type: ignore[arg-type]
    else:
        device.store.create(record)  # type: ignore[arg-type]


def server_kinds(harness: Harness) -> set[str]:
    with harness.engine.connect() as conn:
        return set(conn.execute(select(records.c.kind)).scalars())


def test_g7_victim_records_reach_victim_workers_and_no_one_else(
        harness: Harness, devices: list[Device]) -> None:
    cm, yw, sup, vw = (enrol(harness, devices, name) for name in ("cm", "yw", "sup", "vw"))
    child = harness.new_child(cm, "yw", "sup", "vw")
    project = ReparationProject(name="Allotment fence", reparation_kind=ReparationKind.DIRECT)
    session = ReparationSession(project_id=project.id, on=date(2026, 11, 14),
                                start=time(10), end=time(12))
    sup.store.create(project)
    sup.store.add_fact(session)
    sup.store.add_fact(ReparationAttendance(child_id=child.id, session_id=session.id,
                                            project_id=project.id, on=session.on, minutes=120))
    cm.sync()
    sup.sync()
    written = victim_records(child)
    for record in written:
        save(vw, record)
    report = vw.sync()
    assert report.rejected == 0 and server_kinds(harness) >= RESTRICTED_KINDS

    for device in (cm, yw, sup, vw):
        device.sync()
    for device in (cm, yw, sup):
        held = everything_in(device.store)
        assert VICTIM_NAME not in held, device.name
        assert not any(record.id in held for record in written), device.name
        assert all(kind not in held for kind in RESTRICTED_KINDS), device.name
    # The victim worker holds the compartment, and of the child only the minimum.
    assert {r.id for r in written} <= _ids(vw)
    assert vw.store.entity("child", child.id).data.keys() <= REPARATION_CHILD_FIELDS
    # The supervisor knows the session is direct reparation, and nothing of the victim.
    assert sup.store.get(ReparationProject, project.id).reparation_kind == ReparationKind.DIRECT


def _ids(device: Device) -> set[str]:
    return {row[0] for table in ("facts", "entities")
            for row in device.store.db.execute(f"SELECT id FROM {table}")}


def test_g7_the_server_refuses_victim_records_from_other_roles(
        harness: Harness, devices: list[Device]) -> None:
    cm, yw = enrol(harness, devices, "cm"), enrol(harness, devices, "yw")
    child = harness.new_child(cm, "yw")
    for device in (cm, yw):
        for record in victim_records(child):
            save(device, record)
        report = device.sync()
        assert report.rejected == 3, device.name
        problems = [p for p in device.store.problems() if p.record_kind in RESTRICTED_KINDS]
        assert len(problems) == 3
        assert all(p.reason_code == "forbidden" and "role does not record" in (p.reason or "")
                   for p in problems)
    assert not RESTRICTED_KINDS & server_kinds(harness)


def test_g7_a_laptop_refuses_victim_records_even_when_the_server_sends_them(
        harness: Harness, devices: list[Device]) -> None:
    vw = enrol(harness, devices, "vw")
    child = harness.new_child(vw)
    for record in victim_records(child):
        save(vw, record)
    vw.sync()
    with harness.engine.connect() as conn:
        leaked = [dict(row) for row in conn.execute(
            select(records).where(records.c.kind.in_(sorted(RESTRICTED_KINDS)))).mappings()]

    def leak(path: str, body: Any) -> Any:
        if path.endswith("/sync/pull") and body.get("records") is not None:
            body["records"] += [{"kind": r["kind"], "id": r["id"], "child_id": r["child_id"],
                                 "seq": body["cursor"], "data": {}} for r in leaked]
        return body

    yw = enrol(harness, devices, "yw", client=TamperingClient(harness.app, leak))
    harness.assign(child.id, "yw")
    with pytest.raises(UnreadableAnswer) as refused:
        yw.sync()
    assert "must not hold" in refused.value.what
    held = everything_in(yw.store)
    assert VICTIM_NAME not in held and not any(r["id"] in held for r in leaked)
