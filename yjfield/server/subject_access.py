"""Subject access: everything the service holds about one child, in JSON and readable HTML.

Left out, as third-party data: the victims' compartment (victims, victim contact,
restorative justice). Audit events are the service's log of its staff, not the
child's record, so they are left out too (the trail is available on request with
`yjfield-server audit --child`). Every export is itself audited.
"""

import html
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, select

from yjfield.domain.kinds import UnknownKindError, record_type
from yjfield.domain.scope import RESTRICTED_KINDS
from yjfield.server.admin import AdminError, service_of_child
from yjfield.server.audit import AUDIT_KIND, ServerAction
from yjfield.server.audit import record as audit
from yjfield.server.db import records

#: The order sections appear in; kinds not listed follow, alphabetically.
_ORDER = ("child", "programme", "plan", "plan_goal", "plan_version", "review", "contact",
          "voice", "case_entry", "appointment", "red_flag", "flag_event", "compliance_event",
          "reparation_requirement", "reparation_attendance", "reparation_session",
          "reparation_project")
LEFT_OUT = ("Victims, victim contact and restorative justice records (third-party data); "
            "the audit log of staff access (available separately).")


@dataclass(frozen=True)
class Export:
    child_id: str
    service_id: str
    exported_at: datetime
    sections: dict[str, list[dict[str, Any]]]

    def to_json(self) -> dict[str, Any]:
        return {"child_id": self.child_id, "exported_at": self.exported_at.isoformat(),
                "left_out": LEFT_OUT, "records": self.sections}


def gather(conn: Connection, child_id: str, *, now: datetime | None = None) -> Export:
    """What the service holds about the child (raises AdminError when there is no such child)."""
    service_id = service_of_child(conn, child_id)
    in_service = records.c.service_id == service_id
    rows = list(conn.execute(select(records.c.kind, records.c.data).where(and_(
        in_service, records.c.child_id == child_id,
        records.c.kind.notin_(sorted(RESTRICTED_KINDS | {AUDIT_KIND}))))
        .order_by(records.c.seq)))
    # The sessions and projects the child's reparation hours were done at (they name
    # no other child: each child's attendance is its own record).
    shared = {json.loads(data).get(ref) for kind, data in rows
              if kind == "reparation_attendance" for ref in ("session_id", "project_id")}
    if shared:
        rows += list(conn.execute(select(records.c.kind, records.c.data).where(and_(
            in_service, records.c.id.in_(sorted(s for s in shared if s)),
            records.c.kind.in_(["reparation_session", "reparation_project"])))))
    sections: dict[str, list[dict[str, Any]]] = {}
    for kind, data in rows:
        sections.setdefault(kind, []).append(json.loads(data))
    ordered = sorted(sections, key=lambda k: (_ORDER.index(k) if k in _ORDER else len(_ORDER), k))
    return Export(child_id=child_id, service_id=service_id,
                  exported_at=now or datetime.now(UTC),
                  sections={kind: sections[kind] for kind in ordered})


def _label(kind: str, field: str) -> str:
    try:
        info = record_type(kind).model_fields.get(field)
    except UnknownKindError:
        info = None
    if info is not None and info.title:
        return info.title
    return field.replace("_", " ").capitalize()


def _heading(kind: str) -> str:
    try:
        noun = record_type(kind).noun
    except UnknownKindError:
        noun = kind.replace("_", " ")
    return noun[0].upper() + noun[1:]


def _value(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list | dict):
        return html.escape(json.dumps(value, ensure_ascii=False, indent=1))
    return html.escape(str(value))


def to_html(export: Export) -> str:
    child = (export.sections.get("child") or [{}])[0]
    name = " ".join(str(child.get(k, "")) for k in ("given_name", "family_name")).strip()
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>Records held about {html.escape(name)}</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
             "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
             "th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}"
             "th{width:16em;background:#eee}td{white-space:pre-wrap}</style></head><body>",
             f"<h1>Records held about {html.escape(name)}</h1>",
             f"<p>Exported on {export.exported_at:%d %B %Y at %H:%M} UTC.</p>",
             f"<p><strong>Left out:</strong> {html.escape(LEFT_OUT)}</p>"]
    for kind, items in export.sections.items():
        parts.append(f"<h2>{html.escape(_heading(kind))} ({len(items)})</h2>")
        for item in items:
            parts.append("<table>")
            parts += [f"<tr><th>{html.escape(_label(kind, field))}</th><td>{_value(value)}</td>"
                      "</tr>" for field, value in item.items()]
            parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _write_private(path: Path, text: str) -> None:
    """Create the file for the owner only; never overwrite an earlier export."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def export_child(conn: Connection, child_id: str, out: Path, *, by: str) -> tuple[Path, Path]:
    """Write FILE.json and FILE.html for the child, and audit the export. Returns both paths."""
    json_path, html_path = out.with_suffix(".json"), out.with_suffix(".html")
    for path in (json_path, html_path):
        if path.exists():
            raise AdminError(f"{path} already exists; choose another name so no earlier "
                             "export is overwritten.")
        if not path.parent.is_dir():
            raise AdminError(f"The folder {path.parent} does not exist.")
    export = gather(conn, child_id)
    _write_private(json_path, json.dumps(export.to_json(), ensure_ascii=False, indent=2))
    _write_private(html_path, to_html(export))
    audit(conn, ServerAction.EXPORTED, service_id=export.service_id, child_id=child_id,
          at=export.exported_at, detail=f"subject access export by {by}")
    return json_path, html_path
