"""Records from the server, checked against their kind's rules and turned into rows.

Nothing here touches the database, so the sync engine reads each page here on the
thread that fetched it while the page before is being written: a first sync's
tens of thousands of checks no longer wait their turn behind the disk.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json

from yjfield.domain.base import Fact, Mutable
from yjfield.domain.kinds import FACT_KINDS, record_type
from yjfield.domain.protocol import WireRecord

#: Which field of which fact kind is searchable note text.
SEARCHABLE_FIELD = {"contact": "narrative", "case_entry": "text", "voice": "words"}

#: A fact's row: id, kind, child id, occurred at, recorded at, corrects, data.
FactRow = tuple[str, str, str | None, str, str, str | None, str]


def json_text(value: Any) -> str:
    # pydantic-core's encoder: the same compact UTF-8 text as json.dumps(separators=
    # (",", ":"), ensure_ascii=False) at three times its speed, which a first sync of
    # tens of thousands of records feels.
    return to_json(value).decode()


def occurred_key(fact: Fact) -> str:
    """A sortable text form of when a fact happened (datetimes in UTC), never later than
    the server received it."""
    when = fact.when()
    if isinstance(when, datetime):
        return when.astimezone(UTC).isoformat()
    return when.isoformat()


@dataclass(frozen=True, slots=True)
class IncomingFact:
    """A fact the server sent, valid for its kind, with its row ready to insert."""

    data: dict[str, Any]
    row: FactRow
    note: str | None  # its words, when it is a note the search index holds

    @property
    def id(self) -> str:
        return self.row[0]


@dataclass(frozen=True, slots=True)
class IncomingEntity:
    """The server's copy of a mutable record, valid for its kind."""

    record: Mutable
    kind: str
    data: dict[str, Any]
    versions: dict[str, int]
    conflicts: dict[str, Any]


@dataclass(frozen=True, slots=True)
class IncomingPage:
    facts: list[IncomingFact]
    entities: list[IncomingEntity]


def read_fact(kind: str, data: dict[str, Any]) -> IncomingFact:
    """Raises pydantic's ValidationError when `data` breaks the rules for `kind`."""
    fact = record_type(kind).model_validate(data)
    assert isinstance(fact, Fact)
    text_field = SEARCHABLE_FIELD.get(kind)
    note = data.get(text_field) if text_field and fact.child_id is not None else None
    return IncomingFact(data, (fact.id, fact.kind, fact.child_id, occurred_key(fact),
                               fact.recorded_at or "", fact.corrects, json_text(data)),
                        note or None)


def read_entity(kind: str, data: dict[str, Any], versions: dict[str, int],
                conflicts: dict[str, Any]) -> IncomingEntity:
    """Raises pydantic's ValidationError when `data` breaks the rules for `kind`."""
    record = record_type(kind).model_validate(data)
    assert isinstance(record, Mutable)
    return IncomingEntity(record, kind, data, versions, conflicts)


def read_page(records: Iterable[WireRecord]) -> IncomingPage:
    """A pulled page's records, each checked.

    Raises ValueError (pydantic's ValidationError is one) at the first record that
    breaks its kind's rules or whose label disagrees with its content: the labels are
    what the engine checked against the caseload, the content is what gets saved.
    """
    facts, entities = [], []
    for r in records:
        if r.kind in FACT_KINDS:
            fact = read_fact(r.kind, r.data)
            facts.append(fact)
            found = fact.row[0], fact.row[2]
        else:
            entity = read_entity(r.kind, r.data, r.versions or {}, r.conflicts or {})
            entities.append(entity)
            found = entity.record.id, entity.record.child_id
        if found != (r.id, r.child_id):
            raise ValueError("a record's id or child differs from its label")
    return IncomingPage(facts, entities)
