"""The practice rules that need a child's other records, checked by the server too.

A laptop applies them when a record is saved (yjfield/app/case_work.py); the server
applies them again to what a laptop sends, so a modified client cannot, say, give
unpaid work to a 14-year-old or a warning in voluntary work. Records sent earlier in
the same push count as if already saved: a programme and its hours made offline
arrive together.
"""

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json
from sqlalchemy import Connection, select

from yjfield.domain.child import Child, Programme
from yjfield.domain.codes import ComplianceKind
from yjfield.domain.compliance import ComplianceEvent
from yjfield.domain.compliance_rules import decision_choices, decision_refusal
from yjfield.domain.contact import Contact
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.programme_rules import programme_findings, requirement_findings
from yjfield.domain.reparation import ReparationRequirement
from yjfield.server.db import records, services

#: Fields whose change is checked again (a change to a note alone never is, so an old
#: record made before a rule existed can still be corrected).
_PROGRAMME_FIELDS = frozenset({"programme_type", "start", "end", "end_reason"})
_REQUIREMENT_FIELDS = frozenset({"source", "programme_id", "minutes_required",
                                 "over_cap_reason", "start"})
_KINDS = ("child", "programme", "contact", "compliance_event")


def _rows(conn: Connection, service_id: str, child_id: str,
          batch: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The child's records of the kinds the rules read, with this push's overlaid."""
    found: dict[str, dict[str, Any]] = {}
    for stored in conn.execute(select(records.c.id, records.c.kind, records.c.data).where(
            records.c.service_id == service_id, records.c.child_id == child_id,
            records.c.kind.in_(_KINDS), records.c.archived.is_(False))).mappings():
        found[stored["id"]] = {"kind": stored["kind"], "data": from_json(stored["data"])}
    for row in batch:
        if row is not None and row.get("child_id") == child_id and row["kind"] in _KINDS:
            found[row["id"]] = {"kind": row["kind"], "data": from_json(row["data"]),
                                "archived": row.get("archived")}
    by_kind: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _KINDS}
    for row in found.values():
        if not row.get("archived"):
            by_kind[row["kind"]].append(row["data"])
    return by_kind


def _valid(cls: type[Any], items: list[dict[str, Any]]) -> list[Any]:
    valid = []
    for data in items:
        try:
            valid.append(cls.model_validate(data))
        except ValidationError:
            continue  # a record the rules cannot read is judged by nothing here
    return valid


def refusal(conn: Connection, *, service_id: str, kind: str, data: dict[str, Any],
            fields: Iterable[str] | None, batch: Iterable[dict[str, Any]]) -> str | None:
    """Why this record breaks a rule that needs the child's other records; None if not.

    `fields`: the fields a patch changed (None for a new record or a fact).
    """
    changed = None if fields is None else set(fields)
    if kind == "programme" and (changed is None or changed & _PROGRAMME_FIELDS):
        return _programme(conn, service_id, data, batch)
    if kind == "reparation_requirement" and (changed is None or changed & _REQUIREMENT_FIELDS):
        return _requirement(conn, service_id, data, batch)
    if kind == "compliance_event":
        return _decision(conn, service_id, data, batch)
    return None


def _policy(conn: Connection, service_id: str) -> LocalPolicy:
    return LocalPolicy.model_validate_json(conn.execute(
        select(services.c.policy).where(services.c.id == service_id)).scalar_one())


def _programme(conn: Connection, service_id: str, data: dict[str, Any],
               batch: Iterable[dict[str, Any]]) -> str | None:
    programme = Programme.model_validate(data)
    rows = _rows(conn, service_id, str(programme.child_id), batch)
    others = _valid(Programme, rows["programme"])
    found = programme_findings(programme, others, _policy(conn, service_id))
    return " ".join(found.refusals) or None


def _requirement(conn: Connection, service_id: str, data: dict[str, Any],
                 batch: Iterable[dict[str, Any]]) -> str | None:
    requirement = ReparationRequirement.model_validate(data)
    if requirement.programme_id is None:
        return None  # hours recorded before they belonged to a programme
    rows = _rows(conn, service_id, str(requirement.child_id), batch)
    children = _valid(Child, rows["child"])
    if not children:
        return None
    programme = next((p for p in _valid(Programme, rows["programme"])
                      if p.id == requirement.programme_id), None)
    found = requirement_findings(requirement, programme, children[0].date_of_birth,
                                 _policy(conn, service_id))
    return " ".join(found.refusals) or None


def _decision(conn: Connection, service_id: str, data: dict[str, Any],
              batch: Iterable[dict[str, Any]]) -> str | None:
    decision = ComplianceEvent.model_validate(data)
    if decision.contact_id is None or decision.event in (ComplianceKind.BREACH_APPROVED,
                                                          ComplianceKind.BREACH_REFERRAL,
                                                          ComplianceKind.OUTCOME):
        return None
    rows = _rows(conn, service_id, str(decision.child_id), batch)
    contact = next((c for c in _valid(Contact, rows["contact"])
                    if c.id == decision.contact_id), None)
    if contact is None:
        return "A decision must be about a missed appointment of this child's."
    day = contact.start.date()
    running = [p for p in _valid(Programme, rows["programme"]) if p.is_open_on(day)]
    programme = max(running, key=lambda p: p.start, default=None)
    warnings = [e.on for e in _valid(ComplianceEvent, rows["compliance_event"])
                if e.event == ComplianceKind.WARNING_ISSUED and e.id != decision.id]
    offered = decision_choices(programme.programme_type if programme else None, warnings, day,
                               _policy(conn, service_id).warnings_before_breach)
    return decision_refusal(decision.event, offered)
