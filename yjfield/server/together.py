"""Statements sent to the database together: on PostgreSQL, one round trip for a list.

A push holds its service's lock from its first read to its commit, so every other
push to that service waits on it. Each round trip inside the lock is also a wait for
this process's interpreter lock, which the other requests hold while the database
answers. psycopg's pipeline mode sends a list of statements and then reads all their
answers: a push's reads become one round trip, and its writes and commit another.
SQLite runs in-process and takes them one by one.
"""

from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import psycopg
from sqlalchemy import Connection, Select, Table, Update, and_, bindparam, update
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.sql.compiler import Compiled

Statement = Select[Any] | Update
Query = tuple[Statement, Mapping[str, Any]]


def _driver(conn: Connection) -> Any:
    raw = conn.connection.driver_connection
    assert raw is not None  # a live connection, inside the caller's transaction
    return raw


@lru_cache(maxsize=64)
def _compiled(statement: Statement, dialect: Dialect) -> Compiled:
    # Compiled once per statement (they are built once and kept): compiling is much
    # of what running a small statement costs. Statements hash and compare by identity.
    return statement.compile(dialect=dialect)


def _pg(conn: Connection, statement: Statement, params: Mapping[str, Any],
        ) -> tuple[str, Mapping[str, Any]]:
    # Bound as the driver takes them, so only plain values (text, numbers, lists of
    # text) go in statements run this way; nothing here needs SQLAlchemy's converters.
    compiled = _compiled(statement, conn.dialect)
    return compiled.string, compiled.construct_params(dict(params)) or {}


def read_together(conn: Connection, queries: Sequence[Query]) -> list[list[dict[str, Any]]]:
    """Run queries in order, inside the caller's transaction; each one's rows.

    A later query sees what an earlier one did: a first query that takes a lock
    makes the rest read after it is held.
    """
    if conn.dialect.name != "postgresql":
        return [[dict(row) for row in conn.execute(query, params).mappings()]
                for query, params in queries]
    raw = _driver(conn)
    with ExitStack() as open_cursors:  # closed however the pipeline ends
        cursors = [open_cursors.enter_context(raw.cursor()) for _ in queries]

        def send() -> None:
            for cursor, (query, params) in zip(cursors, queries, strict=True):
                cursor.execute(*_pg(conn, query, params))

        _in_pipeline(raw, send)
        return [_mappings(cursor) for cursor in cursors]


def _in_pipeline(raw: Any, work: Callable[[], None]) -> None:
    """Run `work` in a psycopg pipeline, raising the first error the database gave.

    An error can surface while statements are still being queued (psycopg reads
    answers whenever its buffers fill), or only when the pipeline ends. Raised from
    inside the pipeline, it made the pipeline's own ending fail as well ("pipeline
    aborted"), which psycopg logs as a warning and drops: now the error is held until
    the pipeline has ended, and the first one is raised.
    """
    first: BaseException | None = None
    try:
        with raw.pipeline():
            try:
                work()
            except psycopg.Error as error:
                first = error
    except psycopg.Error as ending:
        if first is None:
            raise
        first.__context__ = ending
    if first is not None:
        raise first


def _mappings(cursor: Any) -> list[dict[str, Any]]:
    names = [column.name for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass(frozen=True)
class _Rows:
    table: Table
    keys: tuple[str, ...]  # the columns that find each row to update; () to insert
    rows: Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class _Statement:
    statement: Statement
    params: Mapping[str, Any]


class Writes:
    """Writes gathered while a transaction works, sent together at its end."""

    def __init__(self) -> None:
        self._steps: list[_Rows | _Statement] = []

    def insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """New rows, every one with the same columns."""
        if rows:
            self._steps.append(_Rows(table, (), rows))

    def update(self, table: Table, keys: tuple[str, ...],
               rows: Sequence[Mapping[str, Any]]) -> None:
        """Rows found by `keys`, each set to its own values (every row the same columns)."""
        if rows:
            self._steps.append(_Rows(table, keys, rows))

    def run(self, statement: Statement, params: Mapping[str, Any]) -> None:
        self._steps.append(_Statement(statement, params))

    def send(self, conn: Connection, *, commit: bool = False) -> None:
        """Run every write, in the order given, inside the caller's transaction.

        With `commit` the caller ends its transaction straight after, and on PostgreSQL
        the commit goes in the same round trip: the locks the transaction holds are let
        go the moment the database has the writes, rather than once this process gets
        round to asking. (SQLite's commit is the caller's, as usual.)
        """
        steps, self._steps = self._steps, []
        if conn.dialect.name != "postgresql":
            for step in steps:
                if isinstance(step, _Statement):
                    conn.execute(step.statement, step.params)
                elif step.keys:
                    names = tuple(step.rows[0])
                    conn.execute(_update_by_key(step.table, step.keys, names), [
                        {f"b_{name}": row[name] for name in names} for row in step.rows])
                else:
                    conn.execute(step.table.insert(), list(step.rows))
            return
        raw = _driver(conn)
        with raw.cursor() as cursor:

            def send() -> None:
                for step in steps:
                    if isinstance(step, _Statement):
                        cursor.execute(*_pg(conn, step.statement, step.params))
                        continue
                    # Many rows as one statement, their values sent as arrays in binary:
                    # a statement per row was a round trip each, and text arrays took
                    # longer to escape than the database took to write them.
                    names = tuple(step.rows[0])
                    cursor.execute(_pg_update(step.table, step.keys, names, conn.dialect)
                                   if step.keys else _pg_insert(step.table, names,
                                                                conn.dialect),
                                   [[row[name] for row in step.rows] for name in names])
                if commit:
                    # The caller's own commit then finds nothing left to do (psycopg
                    # skips it). Should a write fail, the statements after it, the
                    # commit too, are skipped, and the caller's transaction rolls back.
                    cursor.execute("COMMIT")

            _in_pipeline(raw, send)


def _array_types(table: Table, names: tuple[str, ...], dialect: Dialect) -> str:
    return ", ".join(f"%b::{table.c[name].type.compile(dialect=dialect)}[]" for name in names)


@lru_cache(maxsize=64)
def _pg_insert(table: Table, names: tuple[str, ...], dialect: Dialect) -> str:
    columns = ", ".join(f'"{name}"' for name in names)
    return (f'INSERT INTO "{table.name}" ({columns}) '
            f"SELECT * FROM unnest({_array_types(table, names, dialect)})")


@lru_cache(maxsize=64)
def _pg_update(table: Table, keys: tuple[str, ...], names: tuple[str, ...],
               dialect: Dialect) -> str:
    values = [name for name in names if name not in keys]
    return (f'UPDATE "{table.name}" AS t SET '
            + ", ".join(f'"{name}" = v."{name}"' for name in values)
            + f" FROM unnest({_array_types(table, names, dialect)}) AS v("
            + ", ".join(f'"{name}"' for name in names) + ") WHERE "
            + " AND ".join(f't."{key}" = v."{key}"' for key in keys))


@cache
def _update_by_key(table: Table, keys: tuple[str, ...], names: tuple[str, ...]) -> Any:
    return update(table).where(and_(*(table.c[key] == bindparam(f"b_{key}") for key in keys))
                               ).values({name: bindparam(f"b_{name}")
                                         for name in names if name not in keys})
