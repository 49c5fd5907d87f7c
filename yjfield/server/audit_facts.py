"""Audit events that laptops send: what each may say, and when it may say it happened.

A laptop records views, changes, exports and erasures as audit facts. They are the
service's evidence of who did what (Data Protection Act 2018 s62), so a modified
laptop must not be able to write them for someone else, about a child it never
held, or dated when it pleases.
"""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from yjfield.domain.kinds import RECORD_TYPES
from yjfield.domain.protocol import ErrorCode
from yjfield.domain.scope import SHARED_KINDS
from yjfield.server.admin import ever_assigned

#: As for every other device stamp: a little ahead of the server's clock is believed.
MAX_AHEAD = timedelta(minutes=5)


def audit_refusal(conn: Connection, *, user_id: str, record: dict[str, Any],
                  scope: set[str] | None) -> tuple[ErrorCode, str] | None:
    """Why this audit event is refused (a code and words); None when it may be kept.

    `scope` is the author's caseload now (None: a manager accepted the change).
    """
    if record.get("user_id") != user_id:
        return ErrorCode.FORBIDDEN, "An audit event must be about what you did yourself."
    kind = record.get("record_kind")
    if kind not in RECORD_TYPES:
        return (ErrorCode.INVALID_RECORD,
                "This audit event names a kind of record the server does not know.")
    child_id = record.get("child_id") or (record.get("record_id") if kind == "child" else None)
    if child_id is None:
        if kind in SHARED_KINDS:
            return None
        return ErrorCode.INVALID_RECORD, "This audit event does not say which child it is about."
    if scope is None or child_id in scope or ever_assigned(conn, user_id=user_id,
                                                           child_id=child_id):
        return None
    return ErrorCode.FORBIDDEN, "This audit event is about a child who was never on your caseload."


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def bounded(record: dict[str, Any], *, now: datetime, enrolled_at: str) -> dict[str, Any]:
    """The event with a time that cannot lie: not after the server's clock (and a little
    more), not before the device was enrolled. The device's own time is kept beside it."""
    at = _moment(str(record.get("at", "")))
    earliest = _moment(enrolled_at)
    if at is None:
        return record
    if at > now + MAX_AHEAD:
        fixed = now
    elif earliest is not None and at < earliest:
        fixed = earliest
    else:
        return record
    return {**record, "at": fixed.isoformat(), "device_at": record["at"]}


def as_sent(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored event as its device sent it (to tell a retry from a different event)."""
    if "device_at" not in stored:
        return stored
    original = dict(stored)
    original["at"] = original.pop("device_at")
    return original
