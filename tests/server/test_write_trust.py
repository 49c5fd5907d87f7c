"""The server takes nothing a laptop writes on trust: a record's child, its author, its time.

Each test plays a practitioner with a valid account and a modified client.
"""

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from tests.server.test_sync_service import NOW, World, append, patch, run_pull, run_push, world
from yjfield.domain.child import Child
from yjfield.domain.codes import AuditAction
from yjfield.domain.compliance import AuditEvent
from yjfield.domain.contact import Appointment
from yjfield.domain.ids import new_id
from yjfield.domain.protocol import ChangeStatus, ErrorCode, Op
from yjfield.server import audit
from yjfield.server.db import records
from yjfield.server.imports import insert_records

__all__ = ["world"]


def _data(world: World, record_id: str) -> dict[str, Any]:
    with world.engine.connect() as conn:
        row = conn.execute(select(records.c.data, records.c.child_id).where(
            records.c.id == record_id)).one()
    return {**json.loads(row.data), "_column": row.child_id}


def _service(world: World) -> str:
    return world.cm.user.service_id


def test_a_patch_naming_child_id_is_refused_on_every_mutable_kind(world: World) -> None:
    child = Child(id=world.child, given_name="Tam", family_name="Rookwood",
                  date_of_birth=date(2010, 2, 3))
    appointment = Appointment(child_id=world.child, start=NOW)
    with world.engine.begin() as conn:
        insert_records(conn, service_id=_service(world), items=[child, appointment])
    for kind, record_id in (("child", child.id), ("appointment", appointment.id)):
        [result] = run_push(world, world.cm, [patch(kind, record_id, world.child, {
            "child_id": world.other_child}, {"child_id": 10**6})])
        assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.FIXED_FIELD)
        assert _data(world, record_id)["child_id"] == world.child
    [result] = run_push(world, world.cm, [patch("appointment", appointment.id, world.child, {
        "id": new_id()}, {"id": 10**6})])
    assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.FIXED_FIELD)


def test_a_create_is_stored_under_the_child_whose_scope_was_checked(world: World) -> None:
    appointment = Appointment(child_id=world.child, start=NOW).to_data()
    fields = {k: v for k, v in appointment.items() if k != "id"}
    # The change says one child (in scope), its fields another (someone else's).
    [planted] = run_push(world, world.yw, [patch(
        "appointment", appointment["id"], world.child, {**fields, "child_id": world.other_child},
        dict.fromkeys(fields, 0), op=Op.CREATE)])
    assert (planted.status, planted.code) == (ChangeStatus.REJECTED, ErrorCode.FIXED_FIELD)
    [honest] = run_push(world, world.yw, [patch(
        "appointment", appointment["id"], world.child, fields, dict.fromkeys(fields, 0),
        op=Op.CREATE)])
    assert honest.status == ChangeStatus.APPLIED
    stored = _data(world, appointment["id"])
    assert stored["child_id"] == stored["_column"] == world.child


def _new_child_change(record_id: str, child_id: str) -> Any:
    data = Child(id=record_id, given_name="New", family_name="Case",
                 date_of_birth=date(2011, 4, 4)).to_data()
    fields = {k: v for k, v in data.items() if k not in ("id", "child_id")}
    return patch("child", record_id, child_id, fields, dict.fromkeys(fields, 0), op=Op.CREATE)


def test_only_case_holding_roles_open_a_case_and_it_joins_their_caseload(world: World) -> None:
    for caller in (world.yw, world.supervisor):
        new = new_id()
        [result] = run_push(world, caller, [_new_child_change(new, new)])
        assert result.status == ChangeStatus.REJECTED, result
    new = new_id()
    [mismatched] = run_push(world, world.cm, [_new_child_change(new, world.other_child)])
    assert (mismatched.status, mismatched.code) == (ChangeStatus.REJECTED,
                                                    ErrorCode.FIXED_FIELD)
    [opened] = run_push(world, world.cm, [_new_child_change(new, new)])
    assert opened.status == ChangeStatus.APPLIED
    assert new in run_pull(world, world.cm).scope
    assert new not in run_pull(world, world.yw).scope


def test_every_field_change_is_in_the_audit_trail_with_ids_only(world: World) -> None:
    new = new_id()
    run_push(world, world.cm, [_new_child_change(new, new)])
    run_push(world, world.cm, [patch("child", new, new, {"preferred_name": "Kit"},
                                     {"preferred_name": 10**6})])
    run_push(world, world.cm, [patch("child", new, new, {"archived": True},
                                     dict.fromkeys(Child.editable_fields(), 10**6),
                                     op=Op.ARCHIVE)])
    with world.engine.connect() as conn:
        lines = audit.trail(conn, child_id=new)
    changes = [line for line in lines if line.action.startswith("record_")]
    assert [line.action for line in changes] == ["record_created", "record_changed",
                                                 "record_archived"]
    assert all(line.username == world.cm.user.username for line in changes)
    assert "preferred_name" in changes[1].detail and "Kit" not in audit.render(lines)
    assert any(line.action == "joined_caseload" for line in lines)


def _audit_change(world: World, caller: Any, **overrides: Any) -> Any:
    event = AuditEvent(child_id=world.child, at=NOW, action=AuditAction.VIEW,
                       record_kind="child", record_id=world.child, user_id=caller.user.id)
    change = append(event)
    return change.model_copy(update={"record": {**change.record, **overrides}})


@pytest.mark.parametrize("forgery,code", [
    ({"user_id": "SOMEONE-ELSE"}, ErrorCode.FORBIDDEN),  # in another's name
    ({"record_kind": "no_such_kind"}, ErrorCode.INVALID_RECORD),
    ({"record_id": "not-a-uuid"}, ErrorCode.INVALID_RECORD),
    ({"reason": "line one\nline two"}, ErrorCode.INVALID_RECORD),
    ({"reason": "clear \x1b[2J screen"}, ErrorCode.INVALID_RECORD),
    ({"record_kind": "child\x1b[31m"}, ErrorCode.INVALID_RECORD),
])
def test_a_forged_audit_event_is_refused(world: World, forgery: dict[str, Any],
                                         code: ErrorCode) -> None:
    [result] = run_push(world, world.yw, [_audit_change(world, world.yw, **forgery)])
    assert (result.status, result.code) == (ChangeStatus.REJECTED, code), result


def test_an_audit_event_about_a_child_never_held_is_refused(world: World) -> None:
    stranger_child = new_id()
    change = _audit_change(world, world.yw, child_id=stranger_child, record_id=stranger_child)
    change = change.model_copy(update={"child_id": stranger_child})
    [result] = run_push(world, world.yw, [change])
    assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.FORBIDDEN)
    assert run_push(world, world.yw, [_audit_change(world, world.yw)])[0].status == \
        ChangeStatus.APPLIED


def test_an_audit_event_dated_in_the_future_is_kept_at_the_servers_time(world: World) -> None:
    ahead = (NOW + timedelta(days=3)).isoformat()
    change = _audit_change(world, world.yw, at=ahead)
    [result] = run_push(world, world.yw, [change])
    assert result.status == ChangeStatus.APPLIED
    stored = _data(world, change.record_id)
    assert stored["device_at"] == ahead and stored["at"] <= NOW.isoformat()
    # A retry of it is still recognised as the same event.
    again = change.model_copy(update={"change_id": new_id()})
    assert run_push(world, world.yw, [again])[0].status == ChangeStatus.DUPLICATE


def test_the_audit_command_shows_control_characters_rather_than_obeying_them() -> None:
    line = audit.AuditLine(at=NOW, action="view", username="yw\x1b[2J", role="youth_worker",
                           device_id="d", child_id="c", about="child c", source="laptop",
                           detail="a\nforged line")
    rendered = audit.render([line])
    assert "\x1b" not in rendered and "\\x1b" in rendered
    assert len(rendered.splitlines()) == 3  # heading, rule, one line


def test_a_change_id_another_laptop_used_is_refused_not_answered_as_a_retry(
        world: World) -> None:
    from yjfield.domain.contact import CaseEntry

    first = append(CaseEntry(child_id=world.child, at=NOW, text="Mine"))
    assert run_push(world, world.yw, [first])[0].status == ChangeStatus.APPLIED
    assert run_push(world, world.yw, [first])[0].status == ChangeStatus.DUPLICATE
    theirs = append(CaseEntry(child_id=world.child, at=NOW, text="Theirs"))
    theirs = theirs.model_copy(update={"change_id": first.change_id})
    [result] = run_push(world, world.yw_laptop2, [theirs])
    assert (result.status, result.code) == (ChangeStatus.REJECTED, ErrorCode.CHANGE_ID_REUSED)
