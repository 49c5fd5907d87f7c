"""The audit trail: the server's own events, and the question "who looked at this child?".

The server records what it does or is asked (sign-ins, token use, enrolments,
revocations, wipes, caseload changes, exports, erasures) in `server_audit`.
Devices record views and changes as append-only audit facts that sync like any
other fact but are never pulled back; a fact's creation needs no audit fact of its
own, since every fact carries its author, device and time. `trail()` reads all
three, in time order.
Everything stored is ids and codes; names are looked up only when read.
"""

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import Connection, and_, or_, select

from yjfield.domain.clock import Hlc
from yjfield.server.db import records, server_audit, users

AUDIT_KIND = "audit"


class ServerAction(StrEnum):
    SIGN_IN_REFUSED = "sign_in_refused"
    ENROLLED = "device_enrolled"
    SIGNED_IN_AGAIN = "signed_in_again"
    TOKEN_REFRESHED = "token_refreshed"  # noqa: S105 - an audit action, not a secret
    TOKEN_REPLAYED = "token_replayed"  # noqa: S105 - an audit action, not a secret
    REVOKED = "device_revoked"
    WIPE_CONFIRMED = "wipe_confirmed"
    ASSIGNED = "joined_caseload"
    UNASSIGNED = "left_caseload"
    EXPORTED = "subject_access_export"
    ERASED = "erased_under_retention"
    HOLD_PLACED = "legal_hold_placed"
    HOLD_LIFTED = "legal_hold_lifted"
    USER_STOPPED = "user_stopped"
    HELD_ACCEPTED = "held_change_accepted"
    HELD_DECLINED = "held_change_declined"
    RECORD_CREATED = "record_created"
    RECORD_CHANGED = "record_changed"
    RECORD_ARCHIVED = "record_archived"
    SIGN_IN_LIMITED = "sign_in_limited"
    ENROL_REFUSED = "enrol_refused"
    PASSWORD_CHANGED = "password_changed"  # noqa: S105 - an audit action
    PASSWORD_RESET = "password_reset"  # noqa: S105 - an audit action
    SECOND_FACTOR_SET_UP = "second_factor_set_up"


def record(conn: Connection, action: ServerAction, *, service_id: str | None,
           user_id: str | None = None, device_id: str | None = None,
           child_id: str | None = None, detail: str | None = None,
           at: datetime | None = None) -> None:
    """Add one server event (inside the caller's transaction, so it stands or falls with it)."""
    conn.execute(server_audit.insert().values(
        service_id=service_id, at=(at or datetime.now(UTC)).isoformat(), action=action.value,
        user_id=user_id, device_id=device_id, child_id=child_id,
        detail=detail[:400] if detail else None))


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    action: str
    username: str
    role: str
    device_id: str
    child_id: str
    about: str  # "child 1234…", "contact 5678…", or ""
    source: str  # "laptop" (synced from a device) or "server"
    detail: str


def _when(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def trail(conn: Connection, *, child_id: str | None = None, username: str | None = None,
          since: date | None = None) -> list[AuditLine]:
    """Every audit event matching all the filters given, oldest first."""
    people = {row.id: (row.username, row.role) for row in conn.execute(
        select(users.c.id, users.c.username, users.c.role))}
    user_id = None
    if username is not None:
        user_id = next((uid for uid, (name, _) in people.items() if name == username), "")
    lines = [*_server_lines(conn, people, child_id, user_id),
             *_device_lines(conn, people, child_id, user_id),
             *_fact_lines(conn, people, child_id, user_id)]
    if since is not None:
        start = datetime(since.year, since.month, since.day, tzinfo=UTC)
        lines = [line for line in lines if line.at >= start]
    return sorted(lines, key=lambda line: line.at)


def _server_lines(conn: Connection, people: dict[str, tuple[str, str]], child_id: str | None,
                  user_id: str | None) -> list[AuditLine]:
    query = select(server_audit)
    if child_id is not None:
        query = query.where(server_audit.c.child_id == child_id)
    if user_id is not None:
        query = query.where(server_audit.c.user_id == user_id)
    lines = []
    for row in conn.execute(query).mappings():
        name, role = people.get(row["user_id"] or "", ("", ""))
        lines.append(AuditLine(
            at=_when(row["at"]), action=row["action"], username=name, role=role,
            device_id=row["device_id"] or "", child_id=row["child_id"] or "",
            about=f"child {row['child_id']}" if row["child_id"] else "", source="server",
            detail=row["detail"] or ""))
    return lines


def _device_lines(conn: Connection, people: dict[str, tuple[str, str]], child_id: str | None,
                  user_id: str | None) -> list[AuditLine]:
    condition = records.c.kind == AUDIT_KIND
    if child_id is not None:
        # An event about one of the child's records names the child; an event about
        # the child's details (or its erasure on a laptop) names it as the record.
        condition = and_(condition, or_(records.c.child_id == child_id,
                                        records.c.data.contains(f'"record_id":"{child_id}"')))
    lines = []
    for (data,) in conn.execute(select(records.c.data).where(condition)):
        event = json.loads(data)
        if user_id is not None and event.get("user_id") != user_id:
            continue
        name, role = people.get(event.get("user_id", ""), ("", ""))
        lines.append(AuditLine(
            at=_when(event["at"]), action=event["action"], username=name, role=role,
            device_id=event.get("device_id") or "", child_id=event.get("child_id") or "",
            about=f"{event['record_kind']} {event['record_id']}", source="laptop",
            detail=event.get("reason") or ""))
    return lines


def _fact_lines(conn: Connection, people: dict[str, tuple[str, str]], child_id: str | None,
                user_id: str | None) -> list[AuditLine]:
    """Each fact written on a laptop, as the creation it records."""
    condition = and_(records.c.versions.is_(None), records.c.kind != AUDIT_KIND)
    if child_id is not None:
        condition = and_(condition, records.c.child_id == child_id)
    if user_id is not None:  # stored as compact, sorted JSON
        condition = and_(condition, records.c.data.contains(f'"recorded_by":"{user_id}"'))
    lines = []
    for kind, record_id, data in conn.execute(
            select(records.c.kind, records.c.id, records.c.data).where(condition)):
        fact = json.loads(data)
        if not fact.get("recorded_by") or not fact.get("recorded_at"):
            continue  # imported by the server, not written on a laptop
        try:
            at = datetime.fromtimestamp(Hlc.decode(fact["recorded_at"]).wall_ms / 1000, UTC)
        except (ValueError, TypeError):
            continue
        name, role = people.get(fact["recorded_by"], ("", ""))
        lines.append(AuditLine(
            at=at, action="create", username=name, role=role,
            device_id=fact.get("device_id") or "", child_id=fact.get("child_id") or "",
            about=f"{kind} {record_id}", source="laptop",
            detail="a correction" if fact.get("corrects") else ""))
    return lines


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _safe(text: str) -> str:
    """Text as it may reach a terminal: control characters shown, never obeyed.

    Everything stored is checked on the way in, but a trail is evidence: it must not
    be possible to rewrite what a reader's terminal shows, whatever was stored."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def render(lines: list[AuditLine]) -> str:
    """The trail as a plain table a data protection officer can read."""
    if not lines:
        return "No audit events match."
    head = f"{'When (UTC)':<20} {'What':<22} {'Who':<28} {'Device':<10} {'From':<7} Record"
    rows = [head, "-" * len(head)]
    for line in lines:
        who = f"{line.username} ({line.role})" if line.username else "-"
        extra = f"  [{line.detail}]" if line.detail else ""
        rows.append(_safe(f"{line.at.astimezone(UTC):%Y-%m-%d %H:%M:%S}  {line.action:<22} "
                          f"{who:<28} {line.device_id[:8] or '-':<10} {line.source:<7} "
                          f"{line.about or '-'}{extra}"))
    return "\n".join(rows)
