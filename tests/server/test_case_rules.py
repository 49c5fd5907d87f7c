"""The server applies the practice rules that need a child's other records to what a
laptop sends, so a modified client cannot break them; and a programme with its hours,
made offline, arrives in one push and is judged together."""

from datetime import date, timedelta
from typing import Any

from tests.server.test_sync_service import NOW, World, append, patch, run_push, world
from yjfield.domain.child import Child, Programme
from yjfield.domain.codes import (
    Attendance,
    ComplianceKind,
    ProgrammeType,
    ReparationSource,
)
from yjfield.domain.compliance import ComplianceEvent
from yjfield.domain.contact import Contact
from yjfield.domain.protocol import Change, ChangeStatus, ErrorCode, Op
from yjfield.domain.reparation import ReparationRequirement
from yjfield.server.imports import insert_records

__all__ = ["world"]


def _create(record: Any) -> Change:
    data = record.to_data()
    fields = {k: v for k, v in data.items() if k != "id"}
    return patch(record.kind, record.id, record.child_id, fields, dict.fromkeys(fields, 0),
                 op=Op.CREATE)


def _child(world: World, born: date) -> None:
    child = Child(id=world.child, given_name="Tam", family_name="Rookwood",
                  date_of_birth=born)
    with world.engine.begin() as conn:
        insert_records(conn, service_id=world.cm.user.service_id, items=[child])


def test_unpaid_work_for_a_child_who_was_15_at_conviction_is_refused(world: World) -> None:
    _child(world, date(2010, 9, 1))
    order = Programme(child_id=world.child, programme_type=ProgrammeType.YOUTH_REHABILITATION_ORDER,
                      start=date(2026, 9, 20), conviction_date=date(2026, 8, 20))
    work = ReparationRequirement(child_id=world.child, programme_id=order.id,
                                 source=ReparationSource.YRO_UNPAID_WORK,
                                 minutes_required=40 * 60, start=date(2026, 9, 20))
    # The programme and its hours in one push: the order is judged with the batch.
    made, refused = run_push(world, world.cm, [_create(order), _create(work)])
    assert made.status == ChangeStatus.APPLIED
    assert (refused.status, refused.code) == (ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD)
    assert "who were 16 or 17 when convicted; this child was 15" in str(refused.message)


def test_hours_and_their_programme_made_offline_arrive_together(world: World) -> None:
    _child(world, date(2010, 1, 1))
    order = Programme(child_id=world.child, programme_type=ProgrammeType.REFERRAL_ORDER,
                      start=date(2026, 1, 10), end=date(2026, 10, 9))
    hours = ReparationRequirement(child_id=world.child, programme_id=order.id,
                                  source=ReparationSource.REFERRAL_ORDER_CONTRACT,
                                  minutes_required=600, start=date(2026, 1, 10))
    results = run_push(world, world.cm, [_create(order), _create(hours)])
    assert [r.status for r in results] == [ChangeStatus.APPLIED, ChangeStatus.APPLIED]
    # Changing the source to one that does not fit a referral order is refused.
    [changed] = run_push(world, world.cm, [patch(
        "reparation_requirement", hours.id, world.child,
        {"source": ReparationSource.YOUTH_CONDITIONAL_CAUTION.value}, {"source": 10**6})])
    assert changed.status == ChangeStatus.REJECTED and "do not fit" in str(changed.message)


def test_a_second_turnaround_is_refused_but_an_old_one_can_still_be_corrected(
        world: World) -> None:
    _child(world, date(2011, 1, 1))
    # Two made before the rule (an import from an older system), kept as they are.
    first = Programme(child_id=world.child, programme_type=ProgrammeType.TURNAROUND,
                      start=date(2025, 1, 1))
    second = Programme(child_id=world.child, programme_type=ProgrammeType.TURNAROUND,
                       start=date(2026, 1, 1))
    with world.engine.begin() as conn:
        insert_records(conn, service_id=world.cm.user.service_id, items=[first, second])
    third = Programme(child_id=world.child, programme_type=ProgrammeType.TURNAROUND,
                      start=date(2026, 6, 1))
    [refused] = run_push(world, world.cm, [_create(third)])
    assert "already had a Turnaround" in str(refused.message)
    [note] = run_push(world, world.cm, [patch("programme", second.id, world.child,
                                              {"exit_summary": "Handed on"},
                                              {"exit_summary": 10**6})])
    assert note.status in (ChangeStatus.APPLIED, ChangeStatus.CONFLICT)


def test_a_warning_in_voluntary_work_is_refused_and_on_a_yro_taken(world: World) -> None:
    _child(world, date(2010, 1, 1))
    prevention = Programme(child_id=world.child, programme_type=ProgrammeType.PREVENTION,
                           start=NOW.date() - timedelta(days=60))
    missed = Contact(child_id=world.child, start=NOW - timedelta(days=2),
                     attendance=Attendance.DID_NOT_ATTEND, present=())
    run_push(world, world.cm, [_create(prevention), append(missed)])
    warning = ComplianceEvent(child_id=world.child, on=NOW.date(), contact_id=missed.id,
                              event=ComplianceKind.WARNING_ISSUED, note="Warned")
    [refused] = run_push(world, world.cm, [append(warning)])
    assert (refused.status, refused.code) == (ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD)
    assert "no place in voluntary work" in str(refused.message)
    run_push(world, world.cm, [patch("programme", prevention.id, world.child, {
        "programme_type": ProgrammeType.YOUTH_REHABILITATION_ORDER.value},
        {"programme_type": 10**6})])
    [taken] = run_push(world, world.cm, [append(warning)])
    assert taken.status == ChangeStatus.APPLIED
