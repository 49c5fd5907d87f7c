"""Retention: each service's rules for how long a child's record is kept, and erasure.

A rule says: for children with a programme of this type (or any), keep the record
for N years from the end of their last such programme, or from their 18th
birthday. A child is due for erasure once every rule that applies has run out;
a child with no applicable rule, or whose programme has not ended, is kept.
Legal holds stop erasure whatever the rules say. Erasure removes the child's
records from the server, ends their caseload assignments (so every laptop purges
them at its next sync) and refuses anything sent for them later. Audit events are
kept: they hold ids, not the record.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, and_, delete, select, update

from yjfield.domain.codes import ProgrammeType
from yjfield.domain.dates import add_months
from yjfield.server.admin import AdminError, service_of_child
from yjfield.server.audit import AUDIT_KIND, ServerAction
from yjfield.server.audit import record as audit
from yjfield.server.db import (
    assignments,
    erased_children,
    held_changes,
    legal_holds,
    records,
    retention_rules,
    services,
)


class Starts(StrEnum):
    PROGRAMME_END = "programme_end"
    EIGHTEENTH_BIRTHDAY = "eighteenth_birthday"


@dataclass(frozen=True)
class Rule:
    programme_type: ProgrammeType | None
    years: int
    starts: Starts

    def describe(self) -> str:
        what = self.programme_type.value.replace("_", " ") if self.programme_type else "any"
        start = ("the end of the last programme" if self.starts == Starts.PROGRAMME_END
                 else "the 18th birthday")
        return f"{what}: {self.years} years from {start}"


@dataclass(frozen=True)
class Due:
    child_id: str
    due_on: date
    rules: str
    held: bool


def add_rule(conn: Connection, *, service_id: str, rule: Rule) -> None:
    if not conn.execute(select(services.c.id).where(services.c.id == service_id)).first():
        raise AdminError("There is no such service.")
    if not 1 <= rule.years <= 100:
        raise AdminError("A retention period is between 1 and 100 years.")
    conn.execute(retention_rules.insert().values(
        service_id=service_id, years=rule.years, starts=rule.starts.value,
        programme_type=rule.programme_type.value if rule.programme_type else None))


def rules(conn: Connection, service_id: str) -> list[Rule]:
    return [Rule(ProgrammeType(row.programme_type) if row.programme_type else None, row.years,
                 Starts(row.starts))
            for row in conn.execute(select(retention_rules).where(
                retention_rules.c.service_id == service_id).order_by(retention_rules.c.id))]


def place_hold(conn: Connection, *, child_id: str, reason: str) -> None:
    if not reason.strip():
        raise AdminError("A legal hold needs a reason.")
    service_id = service_of_child(conn, child_id)
    conn.execute(legal_holds.insert().values(service_id=service_id, child_id=child_id,
                                             reason=reason[:400], placed_at=_now_text()))
    audit(conn, ServerAction.HOLD_PLACED, service_id=service_id, child_id=child_id,
          detail=reason)


def lift_hold(conn: Connection, *, child_id: str) -> bool:
    lifted = conn.execute(update(legal_holds).where(and_(
        legal_holds.c.child_id == child_id, legal_holds.c.lifted_at.is_(None)))
        .values(lifted_at=_now_text())).rowcount
    if lifted:
        audit(conn, ServerAction.HOLD_LIFTED, service_id=service_of_child(conn, child_id),
              child_id=child_id)
    return bool(lifted)


def _now_text() -> str:
    return datetime.now(UTC).isoformat()


def _due_on(rule: Rule, child: dict[str, Any], programmes: list[dict[str, Any]]) -> date | None:
    """When this rule lets the record go; None when it does not apply or cannot tell yet."""
    matching = [p for p in programmes
                if rule.programme_type is None or p.get("programme_type") == rule.programme_type]
    if not matching:
        return None
    if rule.starts == Starts.EIGHTEENTH_BIRTHDAY:
        start = add_months(date.fromisoformat(child["date_of_birth"]), 18 * 12)
    else:
        ends: list[str | None] = [p.get("end") for p in matching]
        if None in ends:
            return date.max  # a programme still running: keep
        start = max(date.fromisoformat(end) for end in ends if end is not None)
    return add_months(start, rule.years * 12)


def due(conn: Connection, *, service_id: str, today: date) -> list[Due]:
    """Children whose retention period has passed, oldest first, with any legal hold shown."""
    service_rules = rules(conn, service_id)
    if not service_rules:
        return []
    held = set(conn.execute(select(legal_holds.c.child_id).where(and_(
        legal_holds.c.service_id == service_id, legal_holds.c.lifted_at.is_(None)))).scalars())
    programmes: dict[str, list[dict[str, Any]]] = {}
    for child_id, data in conn.execute(select(records.c.child_id, records.c.data).where(and_(
            records.c.service_id == service_id, records.c.kind == "programme",
            records.c.archived.is_(False)))):
        programmes.setdefault(child_id, []).append(json.loads(data))
    found = []
    for child_id, data in conn.execute(select(records.c.id, records.c.data).where(and_(
            records.c.service_id == service_id, records.c.kind == "child"))):
        child = json.loads(data)
        applying = [(rule, when) for rule in service_rules
                    if (when := _due_on(rule, child, programmes.get(child_id, []))) is not None]
        if not applying:
            continue
        due_on = max(when for _, when in applying)
        if due_on <= today:
            found.append(Due(child_id, due_on, "; ".join(r.describe() for r, _ in applying),
                             child_id in held))
    return sorted(found, key=lambda d: (d.due_on, d.child_id))


def erase(conn: Connection, *, service_id: str, children: Iterable[Due]) -> int:
    """Erase each child that is due and not on legal hold. Returns how many were erased."""
    count = 0
    for item in children:
        if item.held:
            continue
        conn.execute(delete(records).where(and_(
            records.c.service_id == service_id, records.c.child_id == item.child_id,
            records.c.kind != AUDIT_KIND)))
        conn.execute(delete(held_changes).where(and_(
            held_changes.c.service_id == service_id,
            held_changes.c.child_id == item.child_id)))
        conn.execute(update(assignments).where(and_(
            assignments.c.child_id == item.child_id, assignments.c.unassigned_at.is_(None)))
            .values(unassigned_at=_now_text()))
        conn.execute(erased_children.insert().values(
            service_id=service_id, child_id=item.child_id, erased_at=_now_text(),
            rule=item.rules[:400]))
        audit(conn, ServerAction.ERASED, service_id=service_id, child_id=item.child_id,
              detail=f"due {item.due_on.isoformat()} ({item.rules})")
        count += 1
    return count


def is_erased(conn: Connection, *, service_id: str, child_id: str) -> bool:
    return conn.execute(select(erased_children.c.child_id).where(and_(
        erased_children.c.service_id == service_id,
        erased_children.c.child_id == child_id))).first() is not None
