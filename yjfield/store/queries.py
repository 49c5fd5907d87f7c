"""Derived views: the caseload list, the hours ledger and full-text search.

Nothing here is stored: hours, last contacts and open flags are worked out from
the facts every time, corrections included.
"""

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from yjfield.domain.dates import age_on
from yjfield.domain.reparation import Ledger
from yjfield.store.connection import Database
from yjfield.store.rows import CaseloadRecord

NOT_CORRECTED = "NOT EXISTS (SELECT 1 FROM facts x WHERE x.corrects = {alias}.id)"

MINUTES_REQUIRED = (
    "SELECT coalesce(sum(json_extract(q.data, '$.minutes_required')), 0) FROM entities q"
    " WHERE q.child_id = {child} AND q.kind = 'reparation_requirement' AND q.archived = 0")
MINUTES_CREDITED = (
    "SELECT coalesce(sum(a.minutes), 0) FROM facts a"
    " WHERE a.child_id = {child} AND a.kind = 'reparation_attendance' AND "
    + NOT_CORRECTED.format(alias="a"))

#: Missed appointments whose follow-up date has passed, with no later attended contact
#: and no decision on them (an absence accepted when it was recorded needs none).
FOLLOW_UPS = f"""SELECT count(*) FROM facts m
    WHERE m.child_id = c.id AND m.kind = 'contact'
      AND m.attendance IN ('did_not_attend', 'cancelled_by_child', 'attempted_no_contact')
      AND {NOT_CORRECTED.format(alias="m")}
      AND json_extract(m.data, '$.follow_up_due') < :today
      AND coalesce(json_extract(m.data, '$.absence'), '') != 'acceptable'
      AND NOT EXISTS (SELECT 1 FROM facts l WHERE l.child_id = c.id AND l.kind = 'contact'
                      AND l.attendance = 'attended' AND l.occurred_at > m.occurred_at
                      AND {NOT_CORRECTED.format(alias="l")})
      AND NOT EXISTS (SELECT 1 FROM facts d WHERE d.child_id = c.id
                      AND d.kind = 'compliance_event'
                      AND json_extract(d.data, '$.contact_id') = m.id
                      AND {NOT_CORRECTED.format(alias="d")})"""

CASELOAD_SQL = f"""
SELECT c.id, c.data,
  (SELECT json_extract(p.data, '$.programme_type') FROM entities p
    WHERE p.child_id = c.id AND p.kind = 'programme' AND p.archived = 0
      AND (json_extract(p.data, '$.end') IS NULL OR json_extract(p.data, '$.end') >= :today)
    ORDER BY json_extract(p.data, '$.start') DESC LIMIT 1),
  (SELECT min(json_extract(a.data, '$.start')) FROM entities a
    WHERE a.child_id = c.id AND a.kind = 'appointment' AND a.archived = 0
      AND json_extract(a.data, '$.cancelled') = 0
      AND datetime(json_extract(a.data, '$.start')) >= datetime(:now)),
  (SELECT f.occurred_at FROM facts f
    WHERE f.child_id = c.id AND f.kind = 'contact' AND f.mode = 'face_to_face'
      AND f.attendance = 'attended' AND {NOT_CORRECTED.format(alias="f")}
    ORDER BY f.occurred_at DESC LIMIT 1),
  (SELECT min(json_extract(p.data, '$.next_review_due')) FROM entities p
    WHERE p.child_id = c.id AND p.kind = 'plan' AND p.archived = 0),
  (SELECT count(*) FROM facts r
    WHERE r.child_id = c.id AND r.kind = 'red_flag' AND {NOT_CORRECTED.format(alias="r")}
      AND NOT EXISTS (SELECT 1 FROM facts e WHERE e.flag_id = r.id AND e.kind = 'flag_event'
                      AND json_extract(e.data, '$.stage') = 'closed'
                      AND {NOT_CORRECTED.format(alias="e")})),
  ({MINUTES_REQUIRED.format(child="c.id")}),
  ({MINUTES_CREDITED.format(child="c.id")}),
  (SELECT count(*) FROM entities k WHERE k.child_id = c.id AND k.conflicts != '{{}}'),
  ({FOLLOW_UPS})
FROM entities c
WHERE c.kind = 'child' AND c.archived = 0
"""

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """A safe FTS5 prefix query for what a person typed (None when nothing to search)."""
    tokens = _TOKEN.findall(text.lower())[:8]
    if not tokens:
        return None
    # Tokens are word characters only, so quoting them cannot break out of the query.
    return " ".join(f'"{token}"*' for token in tokens)


@dataclass(frozen=True)
class SearchHit:
    child_id: str
    kind: str
    record_id: str


def caseload(db: Database, today: date, now: datetime) -> list[CaseloadRecord]:
    """Every child on this device with the derived fields of the caseload list."""
    rows = db.execute(CASELOAD_SQL, {"today": today.isoformat(),
                                     "now": now.astimezone(UTC).isoformat()})
    result = []
    for (child_id, raw, programme, appointment, last_f2f, review, flags, required,
         credited, conflicts, follow_ups) in rows:
        data = json.loads(raw)
        days = None
        if last_f2f:
            days = (today - datetime.fromisoformat(last_f2f).date()).days
        result.append(CaseloadRecord(
            child_id=child_id,
            display_name=f"{data.get('preferred_name') or data['given_name']} "
                         f"{data['family_name']}",
            given_name=data["given_name"], family_name=data["family_name"],
            preferred_name=data.get("preferred_name"),
            age=age_on(date.fromisoformat(data["date_of_birth"]), today),
            programme_type=programme, next_appointment=appointment,
            last_face_to_face=last_f2f, days_since_face_to_face=days,
            next_review_due=date.fromisoformat(review) if review else None,
            open_flags=int(flags), minutes_required=int(required),
            minutes_credited=int(credited), conflicts=int(conflicts),
            follow_ups=int(follow_ups),
        ))
    result.sort(key=lambda r: (r.family_name.lower(), r.given_name.lower()))
    return result


def ledger(db: Database, child_id: str) -> Ledger:
    """Hours required and credited for one child, worked out from the facts."""
    row = db.execute(f"SELECT ({MINUTES_REQUIRED.format(child=':child')}),"
                     f" ({MINUTES_CREDITED.format(child=':child')})",
                     {"child": child_id}).fetchone()
    return Ledger(minutes_required=int(row[0]), minutes_credited=int(row[1]))


def search(db: Database, text: str, limit: int = 200) -> list[SearchHit]:
    """Children whose names match, then notes whose text matches (current versions only)."""
    query = fts_query(text)
    if query is None:
        return []
    hits = [SearchHit(child_id, "child", child_id) for (child_id,) in db.execute(
        "SELECT e.id FROM child_names n JOIN entities e ON e.rowid = n.rowid"
        " WHERE child_names MATCH ? AND e.archived = 0 ORDER BY n.rank LIMIT ?",
        (query, limit))]
    hits += [SearchHit(child_id, kind, record_id) for child_id, kind, record_id in db.execute(
        "SELECT f.child_id, f.kind, f.id FROM (SELECT rowid FROM note_text"
        " WHERE note_text MATCH ? ORDER BY rowid DESC LIMIT ?) t"
        " JOIN facts f ON f.rowid = (t.rowid & 0xFFFFFFFF)", (query, limit))]
    return hits


def search_children(db: Database, text: str) -> list[str]:
    """Ids of children matching by name or by note text, name matches first.

    Note matches are found from the index alone: the child is in each index row id.
    Notes are searched from the second character typed.
    """
    query = fts_query(text)
    if query is None:
        return []
    if len(text.strip()) < 2:
        # One letter matches most words of every note: names only until the second.
        return [row[0] for row in db.execute(
            "SELECT e.id FROM child_names n JOIN entities e ON e.rowid = n.rowid"
            " WHERE child_names MATCH ? AND e.archived = 0", (query,))]
    rows = db.execute(
        "SELECT e.id FROM child_names n JOIN entities e ON e.rowid = n.rowid"
        " WHERE child_names MATCH :q AND e.archived = 0"
        # CROSS JOIN fixes the order: the index match first, then key lookups.
        " UNION ALL SELECT k.child_id FROM (SELECT DISTINCT rowid >> 32 AS n FROM note_text"
        " WHERE note_text MATCH :q) m CROSS JOIN child_keys k ON k.n = m.n"
        " CROSS JOIN entities e ON e.id = k.child_id AND e.kind = 'child' AND e.archived = 0",
        {"q": query})
    seen: dict[str, None] = {}
    for (child_id,) in rows:
        seen.setdefault(child_id, None)
    return list(seen)
