"""The server schema migrates the same on SQLite and PostgreSQL, and only once."""

from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select

from yjfield.server.admin import create_service
from yjfield.server.db import (
    MIGRATIONS,
    applied,
    applied_changes,
    insert_rows,
    migrate,
    records,
    update_rows,
)


def test_migrations_are_recorded_and_not_repeated(engine: Engine) -> None:
    assert applied(engine) == [name for name, _ in MIGRATIONS]
    assert migrate(engine) == []
    tables = set(inspect(engine).get_table_names())
    assert {"services", "users", "devices", "tokens", "records", "assignments",
            "applied_changes", "held_changes"} <= tables


AWKWARD = ["tab\there", "line\nbreak", "back\\slash", "\\N", "", "'; DROP TABLE records;--",
           "<script>alert(1)</script>", "Zoë — 学校 🙂", "comma, \"quoted\"", "{\"a\": [1]}"]


def test_rows_inserted_in_bulk_keep_every_character(engine: Engine) -> None:
    """PostgreSQL takes bulk rows by COPY, whose text format has its own escapes."""
    awkward = AWKWARD
    rows = [{"change_id": f"change-{i}", "service_id": "service", "device_id": text,
             "counter": 2**62 + i, "result": text, "at": "2026-11-23T09:00:00+00:00"}
            for i, text in enumerate(awkward)]
    with engine.begin() as conn:
        insert_rows(conn, applied_changes, rows)
        insert_rows(conn, applied_changes, [])
    with engine.connect() as conn:
        stored = [dict(row) for row in conn.execute(
            select(applied_changes).order_by(applied_changes.c.counter)).mappings()]
    assert stored == rows


def test_a_failed_transaction_leaves_no_bulk_rows(engine: Engine) -> None:
    rows = [{"change_id": "change-1", "service_id": "service", "device_id": "device",
             "counter": 1, "result": "{}", "at": "2026-11-23T09:00:00+00:00"}]
    with pytest.raises(RuntimeError), engine.begin() as conn:
        insert_rows(conn, applied_changes, rows)
        raise RuntimeError("the push failed after its rows were written")
    with engine.connect() as conn:
        assert conn.execute(select(applied_changes)).first() is None


def _record(service_id: str, record_id: str, text: str | None, *, seq: int,
            archived: bool = False) -> dict[str, Any]:
    return {"service_id": service_id, "id": record_id, "kind": "child", "child_id": record_id,
            "ref_id": None, "seq": seq, "data": text or "{}", "versions": text,
            "authors": None, "conflicts": "{}", "archived": archived}


def test_rows_updated_in_bulk_each_take_their_own_values(engine: Engine) -> None:
    """PostgreSQL updates many rows in one statement, from arrays of the new values."""
    with engine.begin() as conn:
        service = create_service(conn, name="Test YJS (invented)")
    before = [_record(service, f"r{i}", "{}", seq=i) for i in range(len(AWKWARD) + 1)]
    after = [_record(service, f"r{i}", text, seq=100 + i, archived=i % 2 == 0)
             for i, text in enumerate(AWKWARD)]
    after[1]["versions"] = None  # a value set back to null
    with engine.begin() as conn:
        insert_rows(conn, records, before)
        update_rows(conn, records, ("service_id", "id"), after)
        update_rows(conn, records, ("service_id", "id"), [])
    with engine.connect() as conn:
        stored = {row["id"]: dict(row) for row in conn.execute(select(records)).mappings()}
    assert [stored[row["id"]] for row in after] == after
    untouched = before[-1]
    assert stored[untouched["id"]] == untouched
