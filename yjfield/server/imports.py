"""Records the server itself adds (a caseload import, a project, the demo service).

They are numbered under the same service lock as pushes, so devices pull them in
order like any other change.
"""

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select, update

from yjfield.domain.base import Fact, Mutable, Record
from yjfield.domain.child import Child, Programme
from yjfield.domain.clock import Hlc
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.problems import explain
from yjfield.domain.programme_rules import (
    default_deadline,
    programme_findings,
    requirement_findings,
)
from yjfield.domain.reparation import ReparationRequirement
from yjfield.server import admin
from yjfield.server.db import records, services

SYSTEM_AUTHOR = {"user_id": "system", "name": "Imported", "device_id": "server", "at": ""}


class ImportProblem(ValueError):
    """A row that cannot be imported, with its line number and the reasons."""


def insert_records(conn: Connection, *, service_id: str, items: Iterable[Record]) -> int:
    """Add records as the server; returns the new head. Ids already present are skipped."""
    head = int(conn.execute(select(services.c.head_seq).where(services.c.id == service_id)
                            .with_for_update()).scalar_one())
    stamp = Hlc(int(datetime.now(UTC).timestamp() * 1000), 0, "server").encode()
    author = {**SYSTEM_AUTHOR, "at": stamp}
    rows = []
    for record in items:
        head += 1
        data = record.to_data()
        row = {"service_id": service_id, "id": record.id, "kind": record.kind,
               "child_id": record.child_id, "seq": head, "data": json.dumps(data),
               "archived": False,
               "ref_id": next((data[k] for k in ("session_id", "flag_id", "plan_id")
                               if data.get(k)), None)}
        if isinstance(record, Mutable):
            names = [n for n in data if n != "id"]
            row |= {"versions": json.dumps(dict.fromkeys(names, head)),
                    "authors": json.dumps(dict.fromkeys(names, author)), "conflicts": "{}"}
        else:
            assert isinstance(record, Fact)
            row |= {"versions": None, "authors": None, "conflicts": None}
        rows.append(row)
    existing = {r[0] for r in conn.execute(select(records.c.id).where(
        records.c.service_id == service_id, records.c.id.in_([r["id"] for r in rows])))}
    fresh = [r for r in rows if r["id"] not in existing]
    for start in range(0, len(fresh), 1000):
        conn.execute(records.insert(), fresh[start:start + 1000])
    conn.execute(update(services).where(services.c.id == service_id).values(head_seq=head))
    return head


def add_records(conn: Connection, *, service_id: str, items: Iterable[Record]) -> int:
    """insert_records for an administrator's command: an unknown service is said in words."""
    if conn.execute(select(services.c.id).where(services.c.id == service_id)).first() is None:
        raise ImportProblem(f"There is no service {service_id}: use the id that "
                            "add-service printed.")
    return insert_records(conn, service_id=service_id, items=items)


#: The CSV's columns, in the order docs/server.md describes them. One row is one child,
#: with at most one programme and one set of reparation hours under it.
CHILD_COLUMNS = ("given_name", "family_name", "preferred_name", "date_of_birth", "gender",
                 "ethnicity", "ete_provider")
PROGRAMME_COLUMNS = {"programme_type": "programme_type", "programme_start": "start",
                     "programme_end": "end", "conviction_date": "conviction_date",
                     "eligibility_event_on": "eligibility_event_on"}
REQUIREMENT_COLUMNS = {"reparation_source": "source", "reparation_hours": "hours",
                       "reparation_start": "start", "reparation_deadline": "deadline"}
CSV_COLUMNS = (*CHILD_COLUMNS, *PROGRAMME_COLUMNS, *REQUIREMENT_COLUMNS, "assign_to")


@dataclass
class _Row:
    """One child as read from the file, before any rule is checked."""

    where: str  # "line 4" or "item 3"
    child: dict[str, Any]
    usernames: list[str]
    programmes: list[tuple[dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)


def _csv_rows(text: str) -> list[_Row]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"given_name", "family_name", "date_of_birth"} - set(reader.fieldnames or [])
    if missing:
        raise ImportProblem(f"The file has no column {', '.join(sorted(missing))}.")
    unknown = set(reader.fieldnames or []) - set(CSV_COLUMNS)
    if unknown:
        raise ImportProblem(f"The file has columns yjfield does not know: "
                            f"{', '.join(sorted(unknown))}. Nothing was imported.")
    rows = []
    for line, raw in enumerate(reader, start=2):
        cells = {k: (v or "").strip() for k, v in raw.items() if k}
        programme = {name: cells[col] for col, name in PROGRAMME_COLUMNS.items()
                     if cells.get(col)}
        requirement = {name: cells[col] for col, name in REQUIREMENT_COLUMNS.items()
                       if cells.get(col)}
        row = _Row(f"line {line}", {k: cells[k] for k in CHILD_COLUMNS if cells.get(k)},
                   [u.strip() for u in cells.get("assign_to", "").split(";") if u.strip()])
        if programme or requirement:
            row.programmes.append((programme, [requirement] if requirement else []))
        rows.append(row)
    return rows


def _json_rows(text: str) -> list[_Row]:
    try:
        items = json.loads(text)
    except ValueError as error:
        raise ImportProblem(f"The file is not valid JSON ({error}). Nothing was imported.") \
            from None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ImportProblem("The JSON file must be a list of children (objects). "
                            "Nothing was imported.")
    rows = []
    for number, item in enumerate(items, start=1):
        programmes = item.get("programmes") or []
        usernames = item.get("assign_to") or []
        if not isinstance(programmes, list) or not isinstance(usernames, list):
            raise ImportProblem(f"item {number}: programmes and assign_to must be lists. "
                                "Nothing was imported.")
        rows.append(_Row(
            f"item {number}", {k: v for k, v in item.items()
                               if k not in ("programmes", "assign_to")},
            [str(u) for u in usernames],
            [({k: v for k, v in p.items() if k != "requirements"},
              list(p.get("requirements") or [])) for p in programmes if isinstance(p, dict)]))
    return rows


def _requirement(data: dict[str, Any], child: Child, programme: Programme) -> \
        ReparationRequirement:
    data = dict(data)
    hours = data.pop("hours", None)
    if hours is not None and "minutes_required" not in data:
        try:
            data["minutes_required"] = round(float(hours) * 60)
        except (TypeError, ValueError):
            raise ValueError("reparation hours must be a number") from None
    data.setdefault("start", programme.start.isoformat())
    requirement = ReparationRequirement.model_validate(
        {**data, "child_id": child.id, "programme_id": programme.id})
    if requirement.deadline is None:
        requirement = requirement.model_copy(
            update={"deadline": default_deadline(requirement.source, requirement.start)})
    return requirement


def import_caseload(conn: Connection, *, service_id: str, text: str,
                    json_format: bool = False) -> list[str]:
    """Children, with their programmes and reparation hours, from a CSV or JSON file.

    Every row is checked (the same rules as on a laptop) before anything is written:
    a file with a bad row imports nothing, and the error names every bad row.
    """
    if conn.execute(select(services.c.id).where(services.c.id == service_id)).first() is None:
        raise ImportProblem(f"There is no service {service_id}: use the id that add-service "
                            "printed. Nothing was imported.")
    rows = _json_rows(text) if json_format else _csv_rows(text)
    policy = LocalPolicy.model_validate_json(conn.execute(
        select(services.c.policy).where(services.c.id == service_id)).scalar_one())
    made: list[Record] = []
    assignments: list[tuple[str, str]] = []
    problems: list[str] = []
    for row in rows:
        try:
            child = Child.model_validate(row.child)
        except ValidationError as error:
            problems.append(f"{row.where}: {' '.join(explain(error, Child))}")
            continue
        made.append(child)
        problems += _programmes(row, child, policy, made)
        for username in row.usernames:
            user = admin.user_by_name(conn, username)
            if user is None or user.service_id != service_id:
                problems.append(f"{row.where}: there is no user {username} in this service")
            else:
                assignments.append((child.id, user.id))
    if problems:
        raise ImportProblem("Nothing was imported. " + "; ".join(problems))
    insert_records(conn, service_id=service_id, items=made)
    for child_id, user_id in assignments:
        admin.assign(conn, child_id=child_id, user_id=user_id)
    return [record.id for record in made if isinstance(record, Child)]


def _programmes(row: _Row, child: Child, policy: LocalPolicy, made: list[Record]) -> list[str]:
    """Build the row's programmes and hours into `made`; returns what is wrong, in words."""
    problems = []
    mine: list[Programme] = []
    for programme_data, requirements in row.programmes:
        try:
            programme = Programme.model_validate({**programme_data, "child_id": child.id})
        except ValidationError as error:
            problems.append(f"{row.where}: {' '.join(explain(error, Programme))}")
            continue
        found = programme_findings(programme, mine, policy)
        problems += [f"{row.where}: {reason}" for reason in found.refusals]
        mine.append(programme)
        made.append(programme)
        for data in requirements:
            try:
                requirement = _requirement(data, child, programme)
            except (ValidationError, ValueError) as error:
                words = explain(error, ReparationRequirement) \
                    if isinstance(error, ValidationError) else [str(error)]
                problems.append(f"{row.where}: {' '.join(words)}")
                continue
            found = requirement_findings(requirement, programme, child.date_of_birth, policy)
            problems += [f"{row.where}: {reason}" for reason in found.refusals]
            made.append(requirement)
    if any(not programme_data for programme_data, _ in row.programmes):
        problems.append(f"{row.where}: reparation hours need the programme they belong to "
                        "(programme_type and programme_start)")
    return problems
