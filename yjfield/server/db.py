"""The server's database: one schema on SQLite (embedded default) and PostgreSQL.

SQLAlchemy Core gives one set of tables and queries for both, connection pooling
for PostgreSQL (psycopg 3), and row locks (`FOR UPDATE`) where ordering needs them.
Migrations are named functions recorded in `schema_migrations`, applied in order.
"""

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    any_,
    bindparam,
    create_engine,
    event,
    inspect,
    make_url,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.elements import ColumnElement

metadata = MetaData()

ID = String(36)

services = Table(
    "services", metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("policy", Text, nullable=False, default="{}"),
    # The last server sequence number given out; every accepted change takes the next.
    Column("head_seq", BigInteger, nullable=False, default=0),
    Column("created_at", String(40), nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", ID, primary_key=True),
    Column("service_id", ID, ForeignKey("services.id"), nullable=False),
    Column("username", String(200), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(40), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", String(40), nullable=False),
)

devices = Table(
    "devices", metadata,
    Column("id", ID, primary_key=True),
    Column("service_id", ID, ForeignKey("services.id"), nullable=False),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("enrolled_at", String(40), nullable=False),
    Column("last_seen_at", String(40)),
    Column("revoked_at", String(40)),
    Column("revoked_reason", String(200)),
    Column("wipe_confirmed_at", String(40)),
    Column("last_counter", BigInteger, nullable=False, default=0),
)

tokens = Table(
    "tokens", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("device_id", ID, ForeignKey("devices.id"), nullable=False),
    Column("kind", String(10), nullable=False),  # access | refresh
    Column("family", ID, nullable=False),  # a refresh chain: replaying one revokes it whole
    Column("expires_at", String(40), nullable=False),
    Column("used_at", String(40)),
    Column("revoked_at", String(40)),
    Index("tokens_device", "device_id"),
)

login_attempts = Table(
    "login_attempts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(300), nullable=False),
    Column("at", String(40), nullable=False),
    Index("login_attempts_key", "key", "at"),
)

assignments = Table(
    "assignments", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("service_id", ID, ForeignKey("services.id"), nullable=False),
    Column("child_id", ID, nullable=False),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("assigned_at", String(40), nullable=False),
    Column("unassigned_at", String(40)),
    Index("assignments_user", "user_id", "child_id"),
    Index("assignments_child", "child_id"),
)

records = Table(
    "records", metadata,
    Column("service_id", ID, ForeignKey("services.id"), primary_key=True),
    Column("id", ID, primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("child_id", ID),
    # The record another one hangs on (an attendance's session), for scope queries.
    Column("ref_id", ID),
    Column("seq", BigInteger, nullable=False),
    Column("data", Text, nullable=False),
    Column("versions", Text),
    Column("authors", Text),
    Column("conflicts", Text),
    Column("archived", Boolean, nullable=False, default=False),
    Index("records_seq", "service_id", "seq"),
    Index("records_child", "service_id", "child_id", "seq"),
    Index("records_ref", "service_id", "ref_id"),
)

applied_changes = Table(
    "applied_changes", metadata,
    Column("change_id", ID, primary_key=True),
    Column("service_id", ID, nullable=False),
    Column("device_id", ID, nullable=False),
    Column("counter", BigInteger, nullable=False),
    Column("result", Text, nullable=False),
    Column("at", String(40), nullable=False),
)

held_changes = Table(
    "held_changes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("service_id", ID, nullable=False),
    Column("change_id", ID, nullable=False, unique=True),
    Column("device_id", ID, nullable=False),
    Column("user_id", ID, nullable=False),
    Column("child_id", ID),
    Column("change", Text, nullable=False),
    Column("reason", String(400), nullable=False),
    Column("at", String(40), nullable=False),
    Column("accepted_at", String(40)),
    Column("accepted_by", ID),
)

# What the server itself did or was asked (sign-ins, token use, enrolments,
# revocations, wipes, caseload changes, exports, erasures). Devices' own audit
# events (views, changes) arrive as records of kind "audit". Ids only, no names.
server_audit = Table(
    "server_audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("service_id", ID),  # None: a sign-in by no known user
    Column("at", String(40), nullable=False),
    Column("action", String(40), nullable=False),
    Column("user_id", ID),
    Column("device_id", ID),
    Column("child_id", ID),
    Column("detail", String(400)),
    Index("server_audit_at", "service_id", "at"),
    Index("server_audit_child", "child_id"),
    Index("server_audit_user", "user_id"),
)

retention_rules = Table(
    "retention_rules", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("service_id", ID, ForeignKey("services.id"), nullable=False),
    Column("programme_type", String(40)),  # None: every programme type
    Column("years", Integer, nullable=False),
    Column("starts", String(40), nullable=False),  # programme_end | eighteenth_birthday
)

legal_holds = Table(
    "legal_holds", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("service_id", ID, ForeignKey("services.id"), nullable=False),
    Column("child_id", ID, nullable=False),
    Column("reason", String(400), nullable=False),
    Column("placed_at", String(40), nullable=False),
    Column("lifted_at", String(40)),
    Index("legal_holds_child", "child_id"),
)

# Children erased under retention: nothing for them is accepted again.
erased_children = Table(
    "erased_children", metadata,
    Column("service_id", ID, ForeignKey("services.id"), primary_key=True),
    Column("child_id", ID, primary_key=True),
    Column("erased_at", String(40), nullable=False),
    Column("rule", String(400), nullable=False),
)

# A practitioner's second factor: a TOTP secret, sealed under the server's secret key
# (a copied database holds none usable), and the last time step used (no code twice).
second_factors = Table(
    "second_factors", metadata,
    Column("user_id", ID, ForeignKey("users.id"), primary_key=True),
    Column("sealed_secret", String(400), nullable=False),
    Column("last_step", BigInteger, nullable=False, default=0),
    Column("created_at", String(40), nullable=False),
)

# The pair a refresh token was swapped for, kept (sealed) for a short while: a laptop
# whose answer was lost sends the same refresh token again and gets the same pair back.
refresh_retries = Table(
    "refresh_retries", metadata,
    Column("token_hash", String(64), primary_key=True),  # the used refresh token's
    Column("sealed_pair", String(800), nullable=False),
    Column("address_hash", String(64), nullable=False),  # an HMAC: not the address itself
    Column("expires_at", String(40), nullable=False),
)

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)


def now_text() -> str:
    return datetime.now(UTC).isoformat()


def _0001_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[
        services, users, devices, tokens, login_attempts, assignments, records,
        applied_changes, held_changes,
    ])


def _0002_data_protection(conn: Connection) -> None:
    metadata.create_all(conn, tables=[server_audit, retention_rules, legal_holds,
                                      erased_children])


def _0003_record_ids(conn: Connection) -> None:
    # A push refuses to create a record whose id another service already uses, and
    # finds that by id alone.
    # Plain DDL, not an Index on the table object: that would join every later
    # create_all of the table's definition (0001 on a new database) and clash here.
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS records_id ON records (id)")


def _0004_second_factors(conn: Connection) -> None:
    metadata.create_all(conn, tables=[second_factors])


def _0005_refresh_retries(conn: Connection) -> None:
    metadata.create_all(conn, tables=[refresh_retries])


ServerMigration = tuple[str, Callable[[Connection], None]]

MIGRATIONS: list[ServerMigration] = [
    ("0001_initial", _0001_initial),
    ("0002_data_protection", _0002_data_protection),
    ("0003_record_ids", _0003_record_ids),
    ("0004_second_factors", _0004_second_factors),
    ("0005_refresh_retries", _0005_refresh_retries),
]


def migrate(engine: Engine) -> list[str]:
    """Apply the migrations not yet applied, each in its own transaction."""
    applied_now = []
    with engine.begin() as conn:
        metadata.create_all(conn, tables=[schema_migrations])
    for name, step in MIGRATIONS:
        with engine.begin() as conn:
            done = conn.execute(select(schema_migrations.c.name)
                                .where(schema_migrations.c.name == name)).first()
            if done:
                continue
            step(conn)
            conn.execute(schema_migrations.insert().values(name=name, applied_at=now_text()))
            applied_now.append(name)
    return applied_now


def applied(engine: Engine) -> list[str]:
    if not inspect(engine).has_table("schema_migrations"):
        return []
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(
            select(schema_migrations.c.name).order_by(schema_migrations.c.name))]


def one_of(dialect: str, column: ColumnElement[Any], name: str) -> ColumnElement[bool]:
    """`column IN (:name)`, a list bound at run time; on PostgreSQL `= ANY(:name)`.

    A push looks up a few hundred ids at once; as an IN list each id is its own
    parameter, and rendering and parsing those cost more than running the query.
    """
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(String)))
    return column.in_(bindparam(name, expanding=True))


def refresh_statistics(engine: Engine) -> None:
    """Bring the query planner's statistics up to date after a bulk load.

    PostgreSQL's autovacuum gets there on its own, but only some time later; until
    then a freshly loaded table is planned as if nearly empty, and a lookup of a few
    hundred ids by key scans every record of the service instead.
    """
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Take the write lock at the start, so concurrent writers queue rather
        # than fail half-way with "database is locked".
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _private_sqlite_file(url: str) -> None:
    """Create the database file owner-only (0600) in an owner-only folder before SQLite
    opens it: its journal files (-wal, -shm) take the database file's mode."""
    path = make_url(url).database
    if not path or path == ":memory:":
        return
    file = Path(path)
    if not file.parent.exists():
        file.parent.mkdir(mode=0o700, parents=True)
    if not file.exists():
        os.close(os.open(file, os.O_CREAT | os.O_WRONLY, 0o600))
    if os.name == "posix":
        os.chmod(file, 0o600)


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    """An engine for a database URL: sqlite:///path or postgresql+psycopg://..."""
    if url.startswith("sqlite"):
        _private_sqlite_file(url)
        engine = create_engine(url)
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)
