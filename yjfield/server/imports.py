"""Records the server itself adds (a caseload import, the demo service).

They are numbered under the same service lock as pushes, so devices pull them in
order like any other change.
"""

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime

from pydantic import ValidationError
from sqlalchemy import Connection, select, update

from yjfield.domain.base import Fact, Mutable, Record
from yjfield.domain.child import Child
from yjfield.domain.clock import Hlc
from yjfield.domain.problems import explain
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


CSV_COLUMNS = ("given_name", "family_name", "preferred_name", "date_of_birth", "gender",
               "assign_to")


def import_caseload(conn: Connection, *, service_id: str, text: str) -> list[str]:
    """Children from a CSV (columns as CSV_COLUMNS; assign_to is usernames split by ';').

    All rows are checked before anything is written: a file with a bad row imports
    nothing, and the error names every bad line.
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = {"given_name", "family_name", "date_of_birth"} - set(reader.fieldnames or [])
    if missing:
        raise ImportProblem(f"The file has no column {', '.join(sorted(missing))}.")
    children: list[tuple[Child, list[str]]] = []
    problems = []
    for line, row in enumerate(reader, start=2):
        fields = {k: (row.get(k) or "").strip() or None for k in CSV_COLUMNS}
        usernames = [u.strip() for u in (fields.pop("assign_to") or "").split(";") if u.strip()]
        try:
            child = Child.model_validate({k: v for k, v in fields.items() if v is not None})
        except ValidationError as error:
            problems.append(f"line {line}: {' '.join(explain(error, Child))}")
            continue
        for username in usernames:
            user = admin.user_by_name(conn, username)
            if user is None or user.service_id != service_id:
                problems.append(f"line {line}: there is no user {username} in this service")
        children.append((child, usernames))
    if problems:
        raise ImportProblem("Nothing was imported. " + "; ".join(problems))
    insert_records(conn, service_id=service_id, items=[child for child, _ in children])
    for child, usernames in children:
        for username in usernames:
            user = admin.user_by_name(conn, username)
            assert user is not None
            admin.assign(conn, child_id=child.id, user_id=user.id)
    return [child.id for child, _ in children]
