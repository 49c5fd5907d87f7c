"""Held changes: made offline for a child who had left the author's caseload.

The server keeps each one (never drops it) until the child comes back to the
author, or a manager decides: accepted, it is applied now as its author's own
change (the merge rule still shows a conflict with later edits); declined, the
author's laptop is told why and keeps it. Either way the laptop learns at its
next sync, since it sends its held changes again each time (docs/sync.md).
"""

from dataclasses import dataclass

from sqlalchemy import Connection, and_, delete, select, update

from yjfield.domain.codes import Role
from yjfield.domain.protocol import (
    Change,
    ChangeResult,
    ChangeStatus,
    ErrorCode,
    HeldChangeView,
    Op,
)
from yjfield.server import sync_service
from yjfield.server.admin import (
    AdminError,
    UserRow,
    children_in_scope,
    user_by_id,
    user_by_name,
)
from yjfield.server.audit import ServerAction
from yjfield.server.audit import record as audit
from yjfield.server.db import applied_changes, held_changes, services, users

#: Who may decide on a practitioner's held change.
DECIDERS = frozenset({Role.CASE_MANAGER, Role.SERVICE_MANAGER, Role.ADMIN})


@dataclass(frozen=True)
class HeldChange:
    number: int
    at: str
    author: str  # username
    child_id: str | None
    reason: str
    change: Change
    author_name: str = ""

    def describe(self) -> str:
        change = self.change
        if change.op in (Op.APPEND, Op.CREATE):
            return f"new {change.kind} by {self.author}"
        fields = ", ".join(sorted(change.fields or {}))
        return f"{change.op.value} of {change.kind} ({fields}) by {self.author}"


def waiting(conn: Connection, *, service_id: str | None = None) -> list[HeldChange]:
    """Held changes no one has decided on yet, oldest first."""
    # One query, authors joined in: a service back from a long outage may hold many.
    query = (select(held_changes, users.c.username, users.c.display_name)
             .outerjoin(users, users.c.id == held_changes.c.user_id)
             .where(held_changes.c.accepted_at.is_(None)))
    if service_id is not None:
        query = query.where(held_changes.c.service_id == service_id)
    return [HeldChange(number=row["id"], at=row["at"], author=row["username"] or "(removed)",
                       child_id=row["child_id"], reason=row["reason"],
                       change=Change.model_validate_json(row["change"]),
                       author_name=row["display_name"] or "")
            for row in conn.execute(query.order_by(held_changes.c.id)).mappings()]


def _waiting_row(conn: Connection, number: int, by: str) -> tuple[dict[str, object], UserRow]:
    waiting = select(held_changes).where(and_(
        held_changes.c.id == number, held_changes.c.accepted_at.is_(None)))
    row = conn.execute(waiting).mappings().first()
    if row is not None:
        # The service's lock first, as every push takes it: a laptop sending this change
        # again at the same moment then waits for the decision, or the decision for it.
        conn.execute(select(services.c.id).where(services.c.id == row["service_id"])
                     .with_for_update())
        row = conn.execute(waiting).mappings().first()
    if row is None:
        raise AdminError(f"No held change numbered {number} is waiting for a decision.")
    manager = user_by_name(conn, by)
    if manager is None:
        raise AdminError(f"There is no user called {by}.")
    if manager.role not in DECIDERS or manager.service_id != row["service_id"] \
            or not manager.active:
        raise AdminError(f"{by} cannot decide on this change: it takes a case manager, "
                         "service manager or administrator of the same service.")
    return dict(row), manager


def accept(conn: Connection, number: int, *, by: str) -> ChangeResult:
    """Apply a held change as its author's; `by` is the deciding manager's username."""
    row, manager = _waiting_row(conn, number, by)
    author = user_by_id(conn, str(row["user_id"]))
    if author is None:
        raise AdminError("The author of this change is no longer on the server.")
    change = Change.model_validate_json(str(row["change"]))
    response = sync_service.push(conn, caller=sync_service.Caller(author, str(row["device_id"])),
                                 changes=[change], accepted_by=manager.id)
    [result] = response.results
    if result.status not in (ChangeStatus.APPLIED, ChangeStatus.CONFLICT):
        # The caller's transaction is rolled back, so the change stays held.
        raise AdminError(f"It could not be applied: {result.message or result.status.value}")
    audit(conn, ServerAction.HELD_ACCEPTED, service_id=manager.service_id, user_id=manager.id,
          device_id=str(row["device_id"]), child_id=change.child_id,
          detail=f"held change {number}")  # ids only: the author is the device's user
    return result


def decline(conn: Connection, number: int, *, by: str, reason: str) -> None:
    """Refuse a held change for good; its author's laptop shows `reason`."""
    if not reason.strip():
        raise AdminError("Give the reason, for the practitioner who made the change.")
    row, manager = _waiting_row(conn, number, by)
    answer = ChangeResult(change_id=str(row["change_id"]), status=ChangeStatus.REJECTED,
                          code=ErrorCode.DECLINED,
                          message=f"Your manager did not accept this change: {reason.strip()}")
    conn.execute(update(applied_changes).where(
        applied_changes.c.change_id == row["change_id"]).values(result=answer.model_dump_json()))
    conn.execute(delete(held_changes).where(held_changes.c.id == number))
    audit(conn, ServerAction.HELD_DECLINED, service_id=manager.service_id, user_id=manager.id,
          device_id=str(row["device_id"]), child_id=str(row["child_id"] or "") or None,
          detail=f"held change {number}")  # the reason's words stay with the change


def for_manager(conn: Connection, manager: UserRow) -> list[HeldChange]:
    """What this manager may decide on: a case manager, the children on their caseload;
    a service manager or administrator, the whole service."""
    if manager.role not in DECIDERS:
        raise AdminError("Only a case manager or a manager decides on held changes.")
    found = waiting(conn, service_id=manager.service_id)
    if manager.role == Role.CASE_MANAGER:
        mine = children_in_scope(conn, user_id=manager.id)
        found = [h for h in found if h.child_id in mine]
    return found


def view(item: HeldChange) -> HeldChangeView:
    change = item.change
    content = change.fields if change.fields is not None else (change.record or {})
    return HeldChangeView(number=item.number, held_at=item.at,
                          author=item.author_name or item.author, child_id=item.child_id,
                          kind=change.kind, op=change.op, content=dict(content),
                          reason=item.reason)
