"""The server schema migrates the same on SQLite and PostgreSQL, and only once; statements
sent together (one round trip on PostgreSQL) do what they would one by one."""

from typing import Any

import pytest
from sqlalchemy import Engine, bindparam, inspect, select, update

from yjfield.server.admin import create_service
from yjfield.server.db import (
    MIGRATIONS,
    applied,
    applied_changes,
    migrate,
    records,
    services,
)
from yjfield.server.together import Writes, read_together


def test_migrations_are_recorded_and_not_repeated(engine: Engine) -> None:
    assert applied(engine) == [name for name, _ in MIGRATIONS]
    assert migrate(engine) == []
    tables = set(inspect(engine).get_table_names())
    assert {"services", "users", "devices", "tokens", "records", "assignments",
            "applied_changes", "held_changes"} <= tables


AWKWARD = ["tab\there", "line\nbreak", "back\\slash", "\\N", "", "'; DROP TABLE records;--",
           "<script>alert(1)</script>", "Zoë — 学校 🙂", "comma, \"quoted\"", "{\"a\": [1]}"]


def _insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    writes = Writes()
    writes.insert(table, rows)
    writes.send(conn)


def test_rows_inserted_together_keep_every_character(engine: Engine) -> None:
    """PostgreSQL takes them as arrays of values in binary, with their own encoding."""
    rows = [{"change_id": f"change-{i}", "service_id": "service", "device_id": text,
             "counter": 2**62 + i, "result": text, "at": "2026-11-23T09:00:00+00:00"}
            for i, text in enumerate(AWKWARD)]
    with engine.begin() as conn:
        _insert(conn, applied_changes, rows)
        _insert(conn, applied_changes, [])
    with engine.connect() as conn:
        stored = [dict(row) for row in conn.execute(
            select(applied_changes).order_by(applied_changes.c.counter)).mappings()]
    assert stored == rows


def test_a_failed_transaction_leaves_none_of_its_writes(engine: Engine) -> None:
    rows = [{"change_id": "change-1", "service_id": "service", "device_id": "device",
             "counter": 1, "result": "{}", "at": "2026-11-23T09:00:00+00:00"}]
    with pytest.raises(RuntimeError), engine.begin() as conn:
        _insert(conn, applied_changes, rows)
        raise RuntimeError("the push failed after its rows were written")
    with engine.connect() as conn:
        assert conn.execute(select(applied_changes)).first() is None


def _record(service_id: str, record_id: str, text: str | None, *, seq: int,
            archived: bool = False) -> dict[str, Any]:
    return {"service_id": service_id, "id": record_id, "kind": "child", "child_id": record_id,
            "ref_id": None, "seq": seq, "data": text or "{}", "versions": text,
            "authors": None, "conflicts": "{}", "archived": archived}


def test_rows_updated_together_each_take_their_own_values(engine: Engine) -> None:
    """PostgreSQL updates many rows in one statement, from arrays of the new values."""
    with engine.begin() as conn:
        service = create_service(conn, name="Test YJS (invented)")
    before = [_record(service, f"r{i}", "{}", seq=i) for i in range(len(AWKWARD) + 1)]
    after = [_record(service, f"r{i}", text, seq=100 + i, archived=i % 2 == 0)
             for i, text in enumerate(AWKWARD)]
    after[1]["versions"] = None  # a value set back to null
    with engine.begin() as conn:
        writes = Writes()
        writes.insert(records, before)
        writes.update(records, ("service_id", "id"), after)
        writes.update(records, ("service_id", "id"), [])
        writes.send(conn)
    with engine.connect() as conn:
        stored = {row["id"]: dict(row) for row in conn.execute(select(records)).mappings()}
    assert [stored[row["id"]] for row in after] == after
    untouched = before[-1]
    assert stored[untouched["id"]] == untouched


_HEAD = select(services.c.head_seq, services.c.name).where(services.c.id == bindparam("id"))
_SET_HEAD = update(services).where(services.c.id == bindparam("service")).values(
    head_seq=bindparam("head"))


def test_writes_sent_together_run_in_order_and_reads_see_them(engine: Engine) -> None:
    with engine.begin() as conn:
        first = create_service(conn, name="First YJS (invented)")
        second = create_service(conn, name="Second YJS (invented)")
    with engine.begin() as conn:
        writes = Writes()
        writes.run(_SET_HEAD, {"service": first, "head": 5})
        writes.run(_SET_HEAD, {"service": first, "head": 7})  # the later write wins
        writes.run(_SET_HEAD, {"service": second, "head": 9})
        writes.send(conn)
        writes.send(conn)  # sent once: nothing is left to send again
        answers = read_together(conn, [(_HEAD, {"id": first}), (_HEAD, {"id": "nobody"}),
                                       (_HEAD, {"id": second})])
    assert answers == [[{"head_seq": 7, "name": "First YJS (invented)"}], [],
                       [{"head_seq": 9, "name": "Second YJS (invented)"}]]


@pytest.mark.parametrize("commit", [False, True], ids=["then-commit", "commit-with-them"])
def test_a_failing_write_sent_together_undoes_the_transaction(engine: Engine,
                                                               commit: bool) -> None:
    row = {"change_id": "change-1", "service_id": "service", "device_id": "device",
           "counter": 1, "result": "{}", "at": "2026-11-23T09:00:00+00:00"}
    with engine.begin() as conn:
        _insert(conn, applied_changes, [row])
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"), engine.begin() as conn:
        writes = Writes()
        writes.insert(applied_changes, [{**row, "change_id": "change-2"}])
        writes.insert(applied_changes, [row])  # already there
        writes.send(conn, commit=commit)
    with engine.connect() as conn:
        held = [r[0] for r in conn.execute(select(applied_changes.c.change_id))]
    assert held == ["change-1"]
