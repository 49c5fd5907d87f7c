"""Saving records: outbox and audit in the same transaction; derived views from facts."""

from datetime import date, time, timedelta

import pytest

from tests.conftest import FakeClock
from yjfield.domain.child import Child, Programme
from yjfield.domain.codes import (
    Attendance,
    AuditAction,
    ContactMode,
    FlagCategory,
    FlagStage,
    ProgrammeType,
    ReparationSource,
)
from yjfield.domain.contact import Appointment, CaseEntry, Contact
from yjfield.domain.flags import FlagEvent, RedFlag
from yjfield.domain.ids import new_id
from yjfield.domain.plan import Plan
from yjfield.domain.reparation import (
    ReparationAttendance,
    ReparationRequirement,
    ReparationSession,
)
from yjfield.store.errors import RecordNotFound, RuleBroken
from yjfield.store.store import Store


def _audit_actions(store: Store, record_id: str) -> list[str]:
    rows = store.db.execute(
        "SELECT json_extract(data, '$.action') FROM facts WHERE kind = 'audit'"
        " AND json_extract(data, '$.record_id') = ? ORDER BY recorded_at", (record_id,))
    return [action for (action,) in rows]


def test_every_save_queues_its_change_with_who_wrote_it(store: Store, child: Child) -> None:
    entry = store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="Called school"))
    [queued] = [o for o in store.outbox() if o.record_id == entry.id]
    assert queued.op == "append"
    assert queued.payload["record"]["text"] == "Called school"
    # A fact is its own record of its creation: author, device and time travel with it.
    assert queued.payload["record"]["recorded_by"] == store.identity.user_id
    assert queued.payload["record"]["device_id"] == store.identity.device_id
    assert queued.payload["record"]["recorded_at"]
    assert _audit_actions(store, entry.id) == []
    audits = [o for o in store.outbox() if o.record_kind == "audit"]
    assert len(audits) == 1  # the child's creation (a mutable record's author changes)


def test_a_failed_save_leaves_no_record_and_no_outbox_entry(store: Store, child: Child) -> None:
    before = (store.pending_count(), store.db.one("SELECT count(*) FROM facts"))
    good = CaseEntry(child_id=child.id, at=store.now(), text="first of two")
    with pytest.raises(RuleBroken):
        store.add_facts([good, good])  # the second is a duplicate: the batch fails whole
    assert (store.pending_count(), store.db.one("SELECT count(*) FROM facts")) == before


def test_field_edit_queues_only_changed_fields_with_their_base_version(
        store: Store, child: Child) -> None:
    store.update("child", child.id, {"preferred_name": "Marley", "family_name": "Thistlewood"})
    [patch] = [o for o in store.outbox() if o.op == "patch"]
    assert patch.payload == {"fields": {"preferred_name": "Marley"},
                             "base": {"preferred_name": 0, "archived": 0}}
    assert store.get(Child, child.id).preferred_name == "Marley"
    assert store.update("child", child.id, {"preferred_name": "Marley"}) is not None
    assert len([o for o in store.outbox() if o.op == "patch"]) == 1  # no-op edits queue nothing
    assert _audit_actions(store, child.id).count(AuditAction.CHANGE) == 1


def test_edit_is_validated_as_a_whole(store: Store, child: Child) -> None:
    with pytest.raises(RuleBroken) as excinfo:
        store.update("child", child.id, {"given_name": ""})
    assert excinfo.value.reasons == ["First name cannot be empty."]
    with pytest.raises(RuleBroken, match="cannot be changed"):
        store.update("child", child.id, {"id": new_id()})
    with pytest.raises(RecordNotFound):
        store.update("child", new_id(), {"given_name": "X"})


def test_archive_sends_every_field_version_so_a_racing_edit_conflicts(
        store: Store, child: Child) -> None:
    store.archive("child", child.id)
    [archive] = [o for o in store.outbox() if o.op == "archive"]
    assert archive.payload["fields"] == {"archived": True}
    assert set(archive.payload["base"]) == set(Child.editable_fields())
    assert store.caseload() == []


def test_unknown_fields_written_by_a_newer_version_survive_an_edit(
        store: Store, child: Child) -> None:
    with store.db.atomic():
        store.db.execute("UPDATE entities SET data = json_set(data, '$.future_field', 'kept')"
                         " WHERE id = ?", (child.id,))
    store.update("child", child.id, {"preferred_name": "Marley"})
    assert store.entity("child", child.id).data["future_field"] == "kept"


def _requirement(child: Child, minutes: int) -> ReparationRequirement:
    return ReparationRequirement(child_id=child.id, source=ReparationSource.LOCAL_DIVERSION,
                                 minutes_required=minutes, start=date(2026, 1, 5))


def test_hours_ledger_is_derived_with_corrections(store: Store, child: Child) -> None:
    store.create(_requirement(child, 600))
    session = ReparationSession(project_id=new_id(), on=date(2026, 2, 7), start=time(10),
                                end=time(13))
    others = [store.create(Child(given_name=f"Kid{n}", family_name="Group",
                                 date_of_birth=date(2010, 1, 1))) for n in range(2)]
    attendances = [ReparationAttendance(child_id=c.id, session_id=session.id,
                                        project_id=session.project_id, on=session.on, minutes=180)
                   for c in [child, *others]]
    store.add_facts([session, *attendances])
    assert store.ledger(child.id).minutes_credited == 180
    assert store.ledger(child.id).minutes_outstanding == 420
    # Correct the credit down to 150 minutes: the ledger follows the correction.
    store.add_fact(attendances[0].model_copy(update={
        "id": new_id(), "minutes": 150, "corrects": attendances[0].id,
        "correction_reason": "Left early"}))
    ledger = store.ledger(child.id)
    assert (ledger.minutes_required, ledger.minutes_credited) == (600, 150)
    assert ledger.percent_done == 25.0
    assert store.ledger(others[0].id).minutes_credited == 180


def test_caseload_line_derives_everything(store: Store, child: Child, clock: FakeClock) -> None:
    today = clock().date()
    store.create(Programme(child_id=child.id, programme_type=ProgrammeType.REFERRAL_ORDER,
                           start=today - timedelta(days=60)))
    store.create(Appointment(child_id=child.id, start=clock() + timedelta(days=2)))
    store.create(Appointment(child_id=child.id, start=clock() - timedelta(days=2)))
    store.create(Plan(child_id=child.id, last_review_on=today - timedelta(days=80),
                      next_review_due=today - timedelta(days=1)))
    store.create(_requirement(child, 300))
    store.add_fact(Contact(child_id=child.id, start=clock() - timedelta(days=9)))
    store.add_fact(Contact(child_id=child.id, start=clock() - timedelta(days=3),
                           mode=ContactMode.PHONE))
    store.add_fact(Contact(child_id=child.id, start=clock() - timedelta(days=1),
                           attendance=Attendance.DID_NOT_ATTEND))
    flags = [store.add_fact(RedFlag(child_id=child.id, at=clock(), category=c,
                                    description="concern"))
             for c in (FlagCategory.MISSING, FlagCategory.SUBSTANCE)]
    store.add_fact(FlagEvent(child_id=child.id, flag_id=flags[0].id, at=clock(),
                             stage=FlagStage.CLOSED))
    [line] = store.caseload(today)
    assert line.display_name == "Mo Thistlewood"
    assert line.age == 15
    assert line.programme_type == "referral_order"
    assert line.next_appointment is not None and line.next_appointment > clock().isoformat()[:10]
    assert line.days_since_face_to_face == 9  # phone and missed contacts do not count
    assert line.review_overdue(today)
    assert line.open_flags == 1
    assert (line.minutes_required, line.minutes_outstanding) == (300, 300)


def test_search_finds_names_and_notes_by_prefix(store: Store, child: Child) -> None:
    store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="Enjoyed the climbing wall"))
    assert store.search_children("thistle") == [child.id]
    assert store.search_children("climb") == [child.id]
    assert store.search_children("Mo") == [child.id]  # preferred name
    assert store.search_children("cycling") == []
    for hostile in ['"', "'); DROP TABLE facts;--", "NEAR(", "*", "a OR b", "\u0000"]:
        store.search(hostile)  # never a syntax error
    assert store.search_children("climbing   WALL") == [child.id]


def test_views_are_audited(store: Store, child: Child) -> None:
    store.record_view(child.id)
    store.record_export(child.id, "Subject access request")
    actions = _audit_actions(store, child.id)
    assert AuditAction.VIEW in actions and AuditAction.EXPORT in actions


def test_secrets_fallback_table(store: Store) -> None:
    assert store.get_secret("refresh") is None
    store.put_secret("refresh", "abc")
    store.put_secret("refresh", "def")
    assert store.get_secret("refresh") == "def"
    store.delete_secret("refresh")
    assert store.get_secret("refresh") is None


def test_one_letter_searches_names_only(store: Store, child: Child) -> None:
    other = store.create(Child(given_name="Zed", family_name="Ashby",
                               date_of_birth=child.date_of_birth))
    store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="Zoo trip"))
    assert store.search_children("z") == [other.id]  # the note's "Zoo" waits for a 2nd letter
    assert set(store.search_children("zo")) == {child.id}
