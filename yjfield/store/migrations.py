"""Named, forward-only schema migrations, applied together in one transaction.

A migration, once released, is never edited: later changes are new migrations.
Before migrating a store that already holds data, an encrypted copy of it is
taken beside it; it is removed once the migrated store passes a check, and kept
(and named in the error) if anything goes wrong.
"""

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from yjfield.store.connection import Database, fsync_file
from yjfield.store.errors import NewerStore, StoreError
from yjfield.store.files import make_private

Migration = tuple[str, Callable[[Database], None]]


def run_statements(db: Database, script: str) -> None:
    """Run a script statement by statement (executescript would end the transaction)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError("incomplete SQL statement in migration")


def _0001_core(db: Database) -> None:
    run_statements(db, """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE facts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            child_id TEXT,
            occurred_at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            corrects TEXT,
            data TEXT NOT NULL CHECK (json_valid(data))
        );
        CREATE INDEX facts_child_kind ON facts (child_id, kind, occurred_at);
        CREATE INDEX facts_kind ON facts (kind, occurred_at);
        CREATE INDEX facts_corrects ON facts (corrects) WHERE corrects IS NOT NULL;

        CREATE TRIGGER facts_are_append_only BEFORE UPDATE ON facts
        BEGIN
            SELECT RAISE(ABORT, 'facts are append-only: record a correction instead');
        END;
        CREATE TRIGGER facts_are_never_deleted BEFORE DELETE ON facts
        WHEN coalesce((SELECT value FROM meta WHERE key = 'purging'), '0') != '1'
        BEGIN
            SELECT RAISE(ABORT, 'facts are append-only and cannot be deleted');
        END;

        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            child_id TEXT,
            data TEXT NOT NULL CHECK (json_valid(data)),
            versions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(versions)),
            conflicts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(conflicts)),
            archived INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX entities_child_kind ON entities (child_id, kind);
        CREATE INDEX entities_kind ON entities (kind);

        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL UNIQUE,
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            child_id TEXT,
            op TEXT NOT NULL CHECK (op IN ('append', 'create', 'patch', 'archive')),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
            reason_code TEXT,
            reason TEXT
        );
        CREATE INDEX outbox_state ON outbox (state, seq);
        CREATE INDEX outbox_record ON outbox (record_id);

        CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """)


def _0002_search(db: Database) -> None:
    # Contentless tables: the text already lives in facts/entities, so the index
    # holds only tokens, inside the same encrypted file.
    run_statements(db, """
        CREATE VIRTUAL TABLE fact_text USING fts5(
            body, content='', contentless_delete=1,
            tokenize='unicode61 remove_diacritics 2', prefix='2 3');
        CREATE VIRTUAL TABLE child_names USING fts5(
            name, content='', contentless_delete=1,
            tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
        INSERT INTO fact_text (rowid, body)
            SELECT rowid, coalesce(json_extract(data, '$.narrative'),
                                   json_extract(data, '$.text'),
                                   json_extract(data, '$.words'))
            FROM facts WHERE kind IN ('contact', 'case_entry', 'voice');
        INSERT INTO child_names (rowid, name)
            SELECT rowid, concat_ws(' ', json_extract(data, '$.given_name'),
                                    json_extract(data, '$.family_name'),
                                    json_extract(data, '$.preferred_name'))
            FROM entities WHERE kind = 'child';
    """)


def _0003_derived_columns(db: Database) -> None:
    # Virtual columns and partial indexes so the caseload list's derived fields
    # are index lookups rather than JSON scans.
    run_statements(db, """
        ALTER TABLE facts ADD COLUMN mode TEXT
            GENERATED ALWAYS AS (json_extract(data, '$.mode')) VIRTUAL;
        ALTER TABLE facts ADD COLUMN attendance TEXT
            GENERATED ALWAYS AS (json_extract(data, '$.attendance')) VIRTUAL;
        ALTER TABLE facts ADD COLUMN minutes INTEGER
            GENERATED ALWAYS AS (json_extract(data, '$.minutes')) VIRTUAL;
        ALTER TABLE facts ADD COLUMN flag_id TEXT
            GENERATED ALWAYS AS (json_extract(data, '$.flag_id')) VIRTUAL;
        CREATE INDEX facts_face_to_face ON facts (child_id, occurred_at)
            WHERE kind = 'contact' AND mode = 'face_to_face' AND attendance = 'attended';
        CREATE INDEX facts_credit ON facts (child_id, minutes)
            WHERE kind = 'reparation_attendance';
        CREATE INDEX facts_flag ON facts (flag_id) WHERE flag_id IS NOT NULL;
    """)


def _0004_no_replace(db: Database) -> None:
    # INSERT OR REPLACE removes the old row by conflict resolution, which does not
    # fire delete triggers: refuse any insert whose id is already a fact.
    run_statements(db, """
        CREATE TRIGGER facts_are_never_replaced BEFORE INSERT ON facts
        WHEN EXISTS (SELECT 1 FROM facts WHERE id = NEW.id)
        BEGIN
            SELECT RAISE(ABORT, 'facts are append-only: a fact with this id exists');
        END;
    """)


def _0005_search_by_child(db: Database) -> None:
    # Each note's index row id carries its child's small key in the high 32 bits,
    # so "which children match" is answered from the index alone, with no reads
    # of the (encrypted) fact rows. A corrected original leaves the index: search
    # shows the corrected view.
    run_statements(db, """
        CREATE TABLE child_keys (n INTEGER PRIMARY KEY, child_id TEXT NOT NULL UNIQUE);
        INSERT INTO child_keys (child_id)
            SELECT DISTINCT child_id FROM facts WHERE child_id IS NOT NULL;
        DROP TABLE fact_text;
        CREATE VIRTUAL TABLE note_text USING fts5(
            body, content='', contentless_delete=1,
            tokenize='unicode61 remove_diacritics 2', prefix='2 3');
        INSERT INTO note_text (rowid, body)
            SELECT (k.n << 32) | f.rowid,
                   coalesce(json_extract(f.data, '$.narrative'), json_extract(f.data, '$.text'),
                            json_extract(f.data, '$.words'))
            FROM facts f JOIN child_keys k ON k.child_id = f.child_id
            WHERE f.kind IN ('contact', 'case_entry', 'voice')
              AND NOT EXISTS (SELECT 1 FROM facts c WHERE c.corrects = f.id);
    """)


def _0006_outbox_held(db: Database) -> None:
    # A change the server keeps for a manager (the child was reassigned) stays in the
    # outbox as 'held'. SQLite cannot change a CHECK constraint in place.
    run_statements(db, """
        CREATE TABLE outbox_new (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL UNIQUE,
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            child_id TEXT,
            op TEXT NOT NULL CHECK (op IN ('append', 'create', 'patch', 'archive')),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'rejected', 'held')),
            reason_code TEXT,
            reason TEXT
        );
        INSERT INTO outbox_new SELECT * FROM outbox;
        DROP TABLE outbox;
        ALTER TABLE outbox_new RENAME TO outbox;
        CREATE INDEX outbox_state ON outbox (state, seq);
        CREATE INDEX outbox_record ON outbox (record_id);
    """)


def _0007_drafts(db: Database) -> None:
    # Unsaved input from a capture dialog, so an accidental close loses nothing.
    # Local to this device: drafts never sync and are not records.
    run_statements(db, """
        CREATE TABLE drafts (
            key TEXT PRIMARY KEY,
            data TEXT NOT NULL CHECK (json_valid(data)),
            saved_at TEXT NOT NULL
        );
    """)


def _0008_replace_refused_by_delete_trigger(db: Database) -> None:
    # Every connection sets recursive_triggers, so REPLACE's implicit delete fires
    # facts_are_never_deleted and is refused: the insert trigger of 0004 checked the
    # same thing a second time, on every insert, and cost a third of a first sync.
    run_statements(db, "DROP TRIGGER facts_are_never_replaced;")


MIGRATIONS: list[Migration] = [
    ("0001_core", _0001_core),
    ("0002_search", _0002_search),
    ("0003_derived_columns", _0003_derived_columns),
    ("0004_no_replace", _0004_no_replace),
    ("0005_search_by_child", _0005_search_by_child),
    ("0006_outbox_held", _0006_outbox_held),
    ("0007_drafts", _0007_drafts),
    ("0008_replace_refused_by_delete_trigger", _0008_replace_refused_by_delete_trigger),
]


class MigrationFailed(StoreError):
    def __init__(self, backup: Path | None) -> None:
        where = (f" A copy of the store from before the update is kept at {backup}."
                 if backup else "")
        super().__init__(
            "yjfield could not update the caseload store to this version.",
            "The store has not been changed." + where + " Please contact your IT service desk.",
        )


def applied_migrations(db: Database) -> list[str]:
    exists = db.one("SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'")
    if not exists:
        return []
    return [row[0] for row in db.execute("SELECT name FROM schema_migrations ORDER BY name")]


def _backup(db: Database, name: str) -> Path:
    """An encrypted copy (same key) of the store as it is before `name` runs."""
    db.checkpoint()
    target = db.path.with_name(f"{db.path.name}.before-{name}.bak")
    shutil.copyfile(db.path, target)
    make_private(target)
    fsync_file(target)
    return target


def migrate(db: Database, migrations: list[Migration] | None = None) -> list[str]:
    """Apply every migration not yet applied; returns the names applied."""
    migrations = MIGRATIONS if migrations is None else migrations
    known = [name for name, _ in migrations]
    applied = applied_migrations(db)
    if set(applied) - set(known):
        raise NewerStore()
    pending = [(name, step) for name, step in migrations if name not in applied]
    if not pending:
        return []
    backup = _backup(db, pending[0][0]) if applied else None
    try:
        # All pending steps in one transaction: a failure leaves the store as it was.
        with db.atomic():
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                       "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            for name, step in pending:
                with db.atomic():
                    step(db)
                    db.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                               (name, datetime.now(UTC).isoformat()))
        if db.one("PRAGMA quick_check") != "ok":
            raise MigrationFailed(backup)
    except MigrationFailed:
        raise
    except Exception as error:
        raise MigrationFailed(backup) from error
    if backup is not None:
        backup.unlink()
    return [name for name, _ in pending]
