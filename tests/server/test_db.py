"""The server schema migrates the same on SQLite and PostgreSQL, and only once."""

import pytest
from sqlalchemy import Engine, inspect, select

from yjfield.server.db import MIGRATIONS, applied, applied_changes, insert_rows, migrate


def test_migrations_are_recorded_and_not_repeated(engine: Engine) -> None:
    assert applied(engine) == [name for name, _ in MIGRATIONS]
    assert migrate(engine) == []
    tables = set(inspect(engine).get_table_names())
    assert {"services", "users", "devices", "tokens", "records", "assignments",
            "applied_changes", "held_changes"} <= tables


def test_rows_inserted_in_bulk_keep_every_character(engine: Engine) -> None:
    """PostgreSQL takes bulk rows by COPY, whose text format has its own escapes."""
    awkward = ["tab\there", "line\nbreak", "back\\slash", "\\N", "", "'; DROP TABLE records;--",
               "<script>alert(1)</script>", "Zoë — 学校 🙂", "comma, \"quoted\""]
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
