"""Push and pull: the server side of the sync contract (docs/sync.md).

A push takes the service row's lock (FOR UPDATE; SQLite's write lock), so change
numbers are handed out in commit order: a device that has pulled up to N can
never later meet a change numbered below N. Each change is answered on its
own; one bad change never blocks the rest.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json, to_json
from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement

from yjfield.domain.base import Fact, Mutable, without_receipt
from yjfield.domain.clock import Hlc
from yjfield.domain.codes import Role
from yjfield.domain.kinds import UnknownKindError, record_type
from yjfield.domain.merge import Author, FieldOutcome, Patch, RecordState, apply_patch
from yjfield.domain.problems import explain
from yjfield.domain.protocol import (
    Change,
    ChangeResult,
    ChangeStatus,
    ErrorCode,
    Op,
    PullRequest,
    PullResponse,
    PushResponse,
    ScopeSummary,
    WireRecord,
)
from yjfield.domain.reparation import ReparationAttendance, ReparationSession
from yjfield.domain.scope import (
    CASE_OPENERS,
    RESTRICTED_KINDS,
    SHARED_KINDS,
    field_visible,
    kinds_for,
    may_hold,
    minimise,
    write_refusal,
)
from yjfield.server import audit_facts, case_rules, derived
from yjfield.server.admin import CURRENT_CHILDREN, UserRow, ever_assigned
from yjfield.server.audit import AUDIT_KIND, ServerAction
from yjfield.server.db import (
    applied_changes,
    assignments,
    devices,
    held_changes,
    now_text,
    one_of,
    records,
    server_audit,
    services,
)
from yjfield.server.retention import is_erased
from yjfield.server.together import Writes, read_together

#: How far ahead of the server's clock a device stamp may be before it is not believed.
MAX_CLOCK_AHEAD = timedelta(minutes=5)

_REF_FIELDS = ("session_id", "flag_id", "plan_id")


@dataclass(frozen=True)
class Caller:
    user: UserRow
    device_id: str
    #: When the device was enrolled: nothing it records can have happened before.
    enrolled_at: str = ""


def _json(value: Any) -> str:
    # pydantic-core's encoder and parser: three times the standard library's speed,
    # which a push of a few hundred records feels.
    return to_json(value).decode()


def _bounded_stamp(made_at: str, now: datetime) -> str:
    """The device's stamp for display, unless its clock runs ahead of ours: then ours."""
    limit_ms = int((now + MAX_CLOCK_AHEAD).timestamp() * 1000)
    try:
        if Hlc.decode(made_at).wall_ms <= limit_ms:
            return made_at
    except (ValueError, TypeError):
        pass
    return Hlc(int(now.timestamp() * 1000), 0, "server").encode()


class _Refusal(Exception):
    def __init__(self, status: ChangeStatus, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.result = (status, code, message)


#: What a change to a mutable record writes, besides its service and id.
_ROW_VALUES = ("kind", "child_id", "seq", "data", "versions", "authors", "conflicts",
               "archived")

# Statements every push runs, built once: putting a statement together and working out
# its cache key cost more server time than running it, with many laptops syncing.
_SET_HEAD = update(services).where(services.c.id == bindparam("service_id")).values(
    head_seq=bindparam("head"))
_DEVICE_COUNTER = update(devices).where(and_(
    devices.c.id == bindparam("device_id"), devices.c.last_counter < bindparam("counter"))
).values(last_counter=bindparam("counter"))


@dataclass(frozen=True)
class _PushQueries:
    lock_head: Select[Any]
    priors: Select[Any]
    touched: Select[Any]
    elsewhere: Select[Any]


@functools.cache
def _push_queries(dialect: str) -> _PushQueries:
    """The lookups a push makes, for one database dialect (a list is bound differently)."""
    return _PushQueries(
        lock_head=select(services.c.head_seq).where(services.c.id == bindparam("service_id"))
        .with_for_update(),
        priors=select(applied_changes.c.change_id, applied_changes.c.device_id,
                      applied_changes.c.result).where(
            one_of(dialect, applied_changes.c.change_id, "ids")),
        touched=select(records).where(and_(records.c.service_id == bindparam("service_id"),
                                           one_of(dialect, records.c.id, "ids"))),
        elsewhere=select(records.c.id).where(and_(
            records.c.service_id != bindparam("service_id"),
            one_of(dialect, records.c.id, "ids"))))


def push(conn: Connection, *, caller: Caller, changes: list[Change],
         now: datetime | None = None, accepted_by: str | None = None,
         writes: Writes | None = None) -> PushResponse:
    """Apply a device's changes in order; every change gets its own answer.

    With `accepted_by` (a manager's user id, see held.py), held changes are applied
    whatever the author's caseload now holds, and their held entries are marked
    accepted rather than removed. Given `writes`, the push's last writes are left
    there for the caller to send, with its commit (together.py).
    """
    now = now or datetime.now(UTC)
    service_id = caller.user.service_id
    queries = _push_queries(conn.dialect.name)
    touched = {c.record_id for c in changes}
    # Everything this batch needs, read together once the service's lock is held: the
    # head, the caller's caseload, earlier answers and the records it touches.
    locked, current, earlier_answers, rows, theirs = read_together(conn, [
        (queries.lock_head, {"service_id": service_id}),
        (CURRENT_CHILDREN, {"user_id": caller.user.id}),
        (queries.priors, {"ids": [c.change_id for c in changes]}),
        (queries.touched, {"service_id": service_id, "ids": list(touched)}),
        (queries.elsewhere, {"service_id": service_id, "ids": list(touched)})])
    # Ids another service's records already have: not this laptop's to create.
    taken = {row["id"] for row in theirs}
    head = int(locked[0]["head_seq"])
    scope = {row["child_id"] for row in current}
    priors: dict[str, str] = {row["change_id"]: row["result"] for row in earlier_answers}
    # A change id names one device's change: the same id from another device is not a
    # retry of it, and must not be answered as one (its change would be dropped).
    foreign = {row["change_id"] for row in earlier_answers
               if row["device_id"] != caller.device_id}
    cache: dict[str, Any] = dict.fromkeys(touched)  # None: not on the server
    cache.update({row["id"]: row for row in rows})
    new_facts: dict[str, dict[str, Any]] = {}  # inserted together once the batch is done
    # Mutable records' new rows, written together too (a later change in the batch to
    # the same record reads its row from `cache`).
    inserts: dict[str, dict[str, Any]] = {}
    updates: dict[str, dict[str, Any]] = {}
    results: list[ChangeResult] = []
    answers: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []  # each mutable record's change, ids only
    reanswered: dict[str, str] = {}  # held changes sent again once back in scope
    last_counter = 0
    for change in changes:
        last_counter = max(last_counter, change.counter)
        if change.change_id in foreign:
            results.append(ChangeResult(
                change_id=change.change_id, status=ChangeStatus.REJECTED,
                code=ErrorCode.CHANGE_ID_REUSED,
                message="Another laptop already sent a change with this id, so this one was "
                        "not applied. It is kept on your laptop; please tell your IT service "
                        "desk."))
            continue
        prior = priors.get(change.change_id)
        retried = False
        if prior is not None:
            earlier = ChangeResult.model_validate_json(prior)
            cached = cache.get(change.record_id)
            child_id = cached["child_id"] if cached is not None else change.child_id
            if earlier.status == ChangeStatus.HELD and (child_id in scope or accepted_by):
                # Held because the child had left this caseload; it is back (or a
                # manager accepted the change), so the reason to hold it is gone. The
                # device sends each held change again at every sync to learn this.
                retried = True
            else:
                if earlier.status in (ChangeStatus.APPLIED, ChangeStatus.CONFLICT):
                    earlier = earlier.model_copy(update={"status": ChangeStatus.DUPLICATE})
                results.append(earlier)
                continue
        try:
            existing = new_facts.get(change.record_id, cache[change.record_id])
            if existing is None and change.record_id in taken:
                raise _Refusal(ChangeStatus.REJECTED, ErrorCode.ID_REUSED,
                               "A record with the same id belongs to another service, so this "
                               "one was not saved. Please tell your IT service desk.")
            head, result, row = _apply(conn, caller, change, existing,
                                       None if accepted_by else scope, head, now, new_facts,
                                       batch=[*cache.values(), *new_facts.values()])
            if (change.kind == "reparation_attendance" and existing is None
                    and result.status == ChangeStatus.APPLIED):
                head = _derive_from_attendance(conn, caller, change, head, new_facts, cache,
                                               now)
            if row is not None:
                fresh = existing is None or change.record_id in inserts
                (inserts if fresh else updates)[change.record_id] = row
                cache[change.record_id] = row
                audits.append(_change_audit(caller, change, row["child_id"], now))
                if existing is None and change.kind == "child" and scope is not None:
                    # A case opened on a laptop joins its author's caseload.
                    _open_case(conn, caller, change.record_id, now)
                    scope.add(change.record_id)
        except _Refusal as refusal:
            status, code, message = refusal.result
            if status == ChangeStatus.HELD and not retried:
                conn.execute(held_changes.insert().values(
                    service_id=service_id, change_id=change.change_id,
                    device_id=caller.device_id, user_id=caller.user.id, child_id=change.child_id,
                    change=change.model_dump_json(), reason=message, at=now_text()))
            result = ChangeResult(change_id=change.change_id, status=status, code=code,
                                  message=message)
        priors[change.change_id] = result.model_dump_json()  # a repeat in this batch too
        if retried:
            reanswered[change.change_id] = priors[change.change_id]
        else:
            answers.append({"change_id": change.change_id, "service_id": service_id,
                            "device_id": caller.device_id, "counter": change.counter,
                            "result": priors[change.change_id], "at": now.isoformat()})
        results.append(result)
    if reanswered:
        waiting = held_changes.c.change_id.in_(reanswered)
        conn.execute(update(held_changes).where(waiting).values(
            accepted_at=now.isoformat(), accepted_by=accepted_by) if accepted_by
            else delete(held_changes).where(waiting))
        conn.execute(update(applied_changes).where(
            applied_changes.c.change_id == bindparam("b_change_id"))
            .values(result=bindparam("b_result")),
            [{"b_change_id": cid, "b_result": answer} for cid, answer in reanswered.items()])
    ours = Writes() if writes is None else writes
    ours.insert(records, [*new_facts.values(), *inserts.values()])
    ours.update(records, ("service_id", "id"), [
        {name: row[name] for name in ("service_id", "id", *_ROW_VALUES)}
        for row in updates.values()])
    ours.insert(applied_changes, answers)
    ours.insert(server_audit, audits)
    ours.run(_SET_HEAD, {"service_id": service_id, "head": head})
    ours.run(_DEVICE_COUNTER, {"device_id": caller.device_id, "counter": last_counter})
    if writes is None:
        ours.send(conn)
    return PushResponse(results=results, head=head)


def _check_scope(conn: Connection, caller: Caller, kind: str, child_id: str | None,
                 scope: set[str] | None) -> None:
    """Refuse what this caller may not write; `scope` None: a manager accepted it."""
    if kind == AUDIT_KIND:
        # An audit event records what happened on an enrolled device, even to a child
        # who has since left the caseload; audit_facts decides what it may name.
        return
    if not may_hold(caller.user.role, kind):
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.FORBIDDEN,
                       f"Your role does not record a {record_type(kind).noun}.")
    if child_id is None:
        if kind not in SHARED_KINDS:
            raise _Refusal(ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD,
                           "This record does not say which child it is about.")
        return
    if scope is not None and child_id in scope:
        return  # erasure ends every assignment, so an erased child is never in scope
    if is_erased(conn, service_id=caller.user.service_id, child_id=child_id):
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.ERASED,
                       "This child's record passed the service's retention period and was "
                       "erased, so nothing more can be added to it.")
    if scope is None:
        return
    if ever_assigned(conn, user_id=caller.user.id, child_id=child_id):
        raise _Refusal(ChangeStatus.HELD, ErrorCode.REASSIGNED,
                       "This child is no longer on your caseload. Your change is kept; "
                       "your manager can accept it.")
    raise _Refusal(ChangeStatus.REJECTED, ErrorCode.OUT_OF_SCOPE,
                   "This child is not on your caseload, so the server cannot accept this.")


def _apply(conn: Connection, caller: Caller, change: Change, existing: Any,
           scope: set[str] | None,
           head: int, now: datetime, new_facts: dict[str, dict[str, Any]],
           batch: list[dict[str, Any]] | None = None,
           ) -> tuple[int, ChangeResult, dict[str, Any] | None]:
    """Apply one change; returns the head, the answer and a mutable record's new row."""
    try:
        cls = record_type(change.kind)
    except UnknownKindError:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD,
                       "This kind of record is not one the server knows.") from None
    if existing is not None and existing["kind"] != change.kind:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.ID_REUSED,
                       "This change names a record of another kind; it was not applied.")
    child_id = existing["child_id"] if existing is not None else change.child_id
    opening = (existing is None and change.kind == "child" and change.op == Op.CREATE
               and caller.user.role in CASE_OPENERS and scope is not None)
    if opening:
        # A new child's record is on no caseload yet: the author's, once it is saved.
        if change.child_id != change.record_id:
            raise _Refusal(ChangeStatus.REJECTED, ErrorCode.FIXED_FIELD,
                           "A child's record must belong to that child.")
        if is_erased(conn, service_id=caller.user.service_id, child_id=change.record_id):
            raise _Refusal(ChangeStatus.REJECTED, ErrorCode.ERASED,
                           "This child's record was erased under the service's retention "
                           "rules, so it cannot be opened again with the same id.")
    else:
        _check_scope(conn, caller, change.kind, child_id, scope)
    if issubclass(cls, Fact):
        refused = write_refusal(caller.user.role, change.kind, Op.APPEND,
                                record=change.record)
        if refused is not None:
            raise _Refusal(ChangeStatus.REJECTED, ErrorCode.FORBIDDEN, refused)
        if change.kind == AUDIT_KIND and change.record is not None:
            refused_audit = audit_facts.audit_refusal(conn, user_id=caller.user.id,
                                                      record=change.record, scope=scope)
            if refused_audit is not None:
                raise _Refusal(ChangeStatus.REJECTED, *refused_audit)
        if existing is None and change.record is not None:
            _check_case_rules(conn, caller, change.kind, change.record, None, batch or [])
        return (*_append(caller, change, cls, existing, head, new_facts, now), None)
    assert issubclass(cls, Mutable)
    return _merge(caller, change, cls, existing, child_id, head, now,
                  check=lambda data: _check_case_rules(
                      conn, caller, change.kind, data,
                      None if change.op == Op.CREATE else list(change.fields or {}),
                      batch or []))


def _derive_from_attendance(conn: Connection, caller: Caller, change: Change, head: int,
                            new_facts: dict[str, dict[str, Any]], cache: dict[str, Any],
                            now: datetime) -> int:
    """Add the contact and voice entry a credited child's attendance stands for."""
    attendance = ReparationAttendance.model_validate(change.record)
    stored = new_facts.get(attendance.session_id) or cache.get(attendance.session_id)
    if stored is None:  # the session came in an earlier push
        stored = conn.execute(select(records.c.data).where(
            records.c.service_id == caller.user.service_id,
            records.c.id == attendance.session_id)).mappings().first()
    session = None
    if stored is not None:
        try:
            session = ReparationSession.model_validate(from_json(stored["data"]))
        except ValidationError:
            session = None
    for record in derived.from_attendance(attendance, session):
        if record.id in new_facts or cache.get(record.id) is not None:
            continue
        head += 1
        data = {**record.to_data(), "received_at": now.isoformat()}
        new_facts[record.id] = {
            "service_id": caller.user.service_id, "id": record.id, "kind": record.kind,
            "child_id": record.child_id, "ref_id": None, "seq": head, "data": _json(data),
            "versions": None, "authors": None, "conflicts": None, "archived": False}
    return head


def _check_case_rules(conn: Connection, caller: Caller, kind: str, data: dict[str, Any],
                      fields: list[str] | None, batch: list[dict[str, Any]]) -> None:
    try:
        refused = case_rules.refusal(conn, service_id=caller.user.service_id, kind=kind,
                                     data=data, fields=fields, batch=batch)
    except ValidationError as error:
        raise _invalid(error, record_type(kind)) from None
    if refused is not None:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD, refused)


def _invalid(error: ValidationError, cls: type[Any]) -> _Refusal:
    return _Refusal(ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD, " ".join(explain(error, cls)))


def _append(caller: Caller, change: Change, cls: type[Fact], existing: Any, head: int,
            new_facts: dict[str, dict[str, Any]], now: datetime) -> tuple[int, ChangeResult]:
    if change.op != Op.APPEND or change.record is None:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.NOT_EDITABLE,
                       f"A {cls.noun} is never edited; record a correction instead.")
    try:
        fact = cls.model_validate(change.record)
    except ValidationError as error:
        raise _invalid(error, cls) from None
    if fact.id != change.record_id or fact.child_id != change.child_id:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD,
                       "The change does not match the record it carries.")
    if (fact.recorded_by, fact.device_id) != (caller.user.id, caller.device_id) or \
            change.record.get("by_name") not in (None, caller.user.display_name):
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD,
                       "This record says it was written by someone else, or on another laptop.")
    if existing is not None:
        stored = audit_facts.as_sent(from_json(existing["data"]))
        if without_receipt(stored) == without_receipt(change.record):
            return head, ChangeResult(change_id=change.change_id, status=ChangeStatus.DUPLICATE,
                                      seq=existing["seq"])
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.ID_REUSED,
                       f"A different {cls.noun} with the same id is already on the server. "
                       "Both are kept; please tell your IT service desk.")
    head += 1
    ref = next((change.record.get(k) for k in _REF_FIELDS if change.record.get(k)), None)
    # Kept as the device said it, with when the server received it: a time after that
    # (a clock running ahead) is not believed where facts are ordered or shown.
    data = {**change.record, "received_at": now.isoformat()}
    if change.kind == AUDIT_KIND:
        data = audit_facts.bounded(data, now=now, enrolled_at=caller.enrolled_at)
    new_facts[fact.id] = {
        "service_id": caller.user.service_id, "id": fact.id, "kind": change.kind,
        "child_id": fact.child_id, "ref_id": ref, "seq": head, "data": _json(data),
        "versions": None, "authors": None, "conflicts": None, "archived": False}
    return head, ChangeResult(change_id=change.change_id, status=ChangeStatus.APPLIED, seq=head)


def _fixed_fields(change: Change, cls: type[Mutable], child_id: str | None) -> dict[str, Any]:
    """The change's fields without its record's id and child, which never change.

    A laptop names them only when it creates the record, and then only as what they
    are (laptops from before they were fixed still do); anything else is refused.
    """
    fields = dict(change.fields or {})
    for name in cls.fixed_fields & set(fields):
        value = fields.pop(name)
        if change.op != Op.CREATE or value != (change.record_id if name == "id" else child_id):
            raise _Refusal(ChangeStatus.REJECTED, ErrorCode.FIXED_FIELD,
                           f"A {cls.noun}'s id and the child it belongs to never change; "
                           "this change tried to, so it was not applied.")
    return fields


def _merge(caller: Caller, change: Change, cls: type[Mutable], existing: Any,
           child_id: str | None, head: int, now: datetime,
           check: Callable[[dict[str, Any]], None] = lambda data: None,
           ) -> tuple[int, ChangeResult, dict[str, Any] | None]:
    if change.op == Op.APPEND or not change.fields:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.INVALID_RECORD,
                       "This change carries nothing to save.")
    if cls.kind == "child" and child_id != change.record_id:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.FIXED_FIELD,
                       "A child's record must belong to that child.")
    fields = _fixed_fields(change, cls, child_id)
    editable = set(cls.editable_fields())
    role = caller.user.role
    for name in fields:
        if name not in editable or not field_visible(role, change.kind, name):
            raise _Refusal(ChangeStatus.REJECTED, ErrorCode.NOT_EDITABLE,
                           f"'{name}' cannot be changed on a {cls.noun} from your laptop.")
    refused = write_refusal(role, change.kind, change.op, fields)
    if refused is not None:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.FORBIDDEN, refused)
    if existing is None and change.op != Op.CREATE:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.NOT_FOUND,
                       f"This {cls.noun} is not on the server; it may have been erased.")
    state = None if existing is None else RecordState(
        data=from_json(existing["data"]), versions=from_json(existing["versions"] or "{}"),
        authors=from_json(existing["authors"] or "{}"),
        conflicts=from_json(existing["conflicts"] or "{}"))
    author = Author(caller.user.id, caller.user.display_name, caller.device_id,
                    _bounded_stamp(change.made_at, now))
    patch = Patch(fields=fields, base=change.base or {}, resolves=frozenset(change.resolves),
                  archive=change.op == Op.ARCHIVE)
    new_state, outcomes = apply_patch(state, patch, author, head + 1)
    # The record that results belongs to the child whose scope was checked, whatever
    # the change said: its id and child are the server's to set, never the laptop's.
    new_state.data["id"] = change.record_id
    new_state.data["child_id"] = child_id
    try:
        checked = cls.model_validate(new_state.data)
    except ValidationError as error:
        raise _invalid(error, cls) from None
    if checked.child_id != child_id:
        raise _Refusal(ChangeStatus.REJECTED, ErrorCode.FIXED_FIELD,
                       f"This {cls.noun} does not belong to the child it names.")
    check(checked.to_data())
    changed = any(o != FieldOutcome.SAME for o in outcomes.values())
    status = (ChangeStatus.CONFLICT if FieldOutcome.CONFLICT in outcomes.values()
              else ChangeStatus.APPLIED)
    if not changed:
        return head, ChangeResult(change_id=change.change_id, status=status,
                                  seq=existing["seq"] if existing is not None else None,
                                  versions={k: new_state.versions.get(k, 0) for k in fields}), None
    head += 1
    row = dict(service_id=caller.user.service_id, id=change.record_id, kind=change.kind,
               child_id=child_id, ref_id=None, seq=head,
               data=_json(new_state.data),
               versions=_json(new_state.versions), authors=_json(new_state.authors),
               conflicts=_json(new_state.conflicts),
               archived=new_state.data.get("archived") is True)
    return head, ChangeResult(change_id=change.change_id, status=status, seq=head,
                              versions={k: new_state.versions.get(k, 0) for k in fields}), row


_CHANGE_ACTIONS = {Op.CREATE: ServerAction.RECORD_CREATED, Op.PATCH: ServerAction.RECORD_CHANGED,
                   Op.ARCHIVE: ServerAction.RECORD_ARCHIVED}


def _change_audit(caller: Caller, change: Change, child_id: str | None,
                  now: datetime) -> dict[str, Any]:
    """The server's audit line for a change to a mutable record: ids and field names."""
    names = ",".join(sorted(change.fields or {}))
    return {"service_id": caller.user.service_id, "at": now.isoformat(),
            "action": _CHANGE_ACTIONS[change.op].value, "user_id": caller.user.id,
            "device_id": caller.device_id, "child_id": child_id,
            "detail": f"{change.kind} {change.record_id}: {names}"[:400]}


def _open_case(conn: Connection, caller: Caller, child_id: str, now: datetime) -> None:
    conn.execute(assignments.insert().values(
        service_id=caller.user.service_id, child_id=child_id, user_id=caller.user.id,
        assigned_at=now.isoformat()))
    conn.execute(server_audit.insert().values(
        service_id=caller.user.service_id, at=now.isoformat(),
        action=ServerAction.ASSIGNED.value, user_id=caller.user.id,
        device_id=caller.device_id, child_id=child_id, detail="opened the case"))


@functools.cache
def _scope_condition(role: Role, backfill: bool) -> ColumnElement[bool]:
    """Records the devices of a user in this role may hold, for the bound `user_id` and
    `service_id`; with `backfill`, only the children listed in the bound `only`.

    Built once per role and reused: put together afresh for each pull, it cost more
    server time than the database took to run it.
    """
    children = select(assignments.c.child_id).where(and_(
        assignments.c.user_id == bindparam("user_id"), assignments.c.unassigned_at.is_(None)))
    if backfill:
        children = children.where(assignments.c.child_id.in_(bindparam("only", expanding=True)))
    attendance = records.alias("attendance")
    # A session has no child: it is in scope when one of the user's children attended.
    session_ok = and_(records.c.kind == "reparation_session", exists(
        select(attendance.c.id).where(and_(
            attendance.c.service_id == records.c.service_id,
            attendance.c.ref_id == records.c.id,
            attendance.c.child_id.in_(children)))))
    # Audit events are the service's log, not caseload data: no device pulls them.
    condition = and_(records.c.kind != AUDIT_KIND, or_(
        records.c.child_id.in_(children), records.c.kind == "reparation_project", session_ok))
    allowed = kinds_for(role)
    condition = and_(condition, records.c.kind.notin_(sorted(RESTRICTED_KINDS)) if allowed is None
                     else records.c.kind.in_(sorted(allowed)))
    return and_(records.c.service_id == bindparam("service_id"), condition)


@functools.cache
def _pull_query(role: Role, backfill: bool) -> Select[Any]:
    return (select(records).where(and_(
        _scope_condition(role, backfill), records.c.seq > bindparam("cursor"),
        records.c.seq <= bindparam("upto")))
        .order_by(records.c.seq).limit(bindparam("limit")))


@functools.cache
def _summary_query(role: Role) -> Select[Any]:
    return (select(records.c.kind, func.count()).where(and_(
        _scope_condition(role, False), records.c.seq <= bindparam("upto")))
        .group_by(records.c.kind))


_HEAD = select(services.c.head_seq).where(services.c.id == bindparam("service_id"))


def _wire(user: UserRow, row: Any, data: dict[str, Any]) -> WireRecord:
    data = minimise(user.role, row["kind"], data)
    mutable = row["versions"] is not None
    def visible(column: str) -> dict[str, Any] | None:
        # A field left out for this role is left out of its versions, authors and
        # conflicts too: a conflict holds the field's values.
        return {k: v for k, v in from_json(row[column]).items() if k in data} if mutable \
            else None

    return WireRecord(kind=row["kind"], id=row["id"], child_id=row["child_id"], seq=row["seq"],
                      data=data, versions=visible("versions"), authors=visible("authors"),
                      conflicts=visible("conflicts"))


def pull(conn: Connection, *, caller: Caller, request: PullRequest) -> PullResponse:
    """Records in the caller's scope changed after the cursor, in server order."""
    user = caller.user
    (head_row,), current = read_together(conn, [
        (_HEAD, {"service_id": user.service_id}), (CURRENT_CHILDREN, {"user_id": user.id})])
    head = int(head_row["head_seq"])
    scope = sorted(row["child_id"] for row in current)
    upto = head
    params: dict[str, Any] = {"user_id": user.id, "service_id": user.service_id,
                              "cursor": request.cursor, "limit": request.limit + 1}
    if request.children is not None:
        upto = min(head, request.upto if request.upto is not None else head)
        params["only"] = request.children
    params["upto"] = upto
    rows = conn.execute(_pull_query(user.role, request.children is not None),
                        params).mappings().all()
    has_more = len(rows) > request.limit
    rows = rows[:request.limit]
    cursor = rows[-1]["seq"] if has_more else upto
    wire = []
    for row in rows:
        data = from_json(row["data"])
        # A fact this device pushed is on it already, word for word: sending it back
        # would only cost time. A backfill (children named) sends everything, since
        # the device purged those children and is fetching them again.
        if (request.children is None and row["versions"] is None
                and data.get("device_id") == caller.device_id):
            continue
        wire.append(_wire(user, row, data))
    return PullResponse(records=wire, cursor=cursor, has_more=has_more, head=head,
                        scope=scope)


@functools.cache
def _children_summary_query(role: Role) -> Select[Any]:
    return (select(records.c.child_id, func.count()).where(and_(
        _scope_condition(role, False), records.c.seq <= bindparam("upto"),
        records.c.child_id.is_not(None)))
        .group_by(records.c.child_id))


def summary(conn: Connection, *, caller: Caller, upto: int,
            by_child: bool = False) -> ScopeSummary:
    """How many records of each kind the caller's scope holds up to `upto` (and, with
    `by_child`, how many each child has)."""
    user = caller.user
    params = {"user_id": user.id, "service_id": user.service_id, "upto": upto}
    rows = conn.execute(_summary_query(user.role), params)
    counts = {kind: int(count) for kind, count in rows}
    children = None
    if by_child:
        children = {child_id: int(count) for child_id, count in conn.execute(
            _children_summary_query(user.role), params)}
    return ScopeSummary(head=upto, counts=counts, children=children)
