"""Migrations run forward from every earlier schema version, keeping the data."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.ids import new_id
from yjfield.store import migrations as migrations_module
from yjfield.store.connection import Database
from yjfield.store.errors import NewerStore
from yjfield.store.keys import KdfParams, load_key_file, unwrap
from yjfield.store.migrations import MIGRATIONS, MigrationFailed, applied_migrations, migrate
from yjfield.store.store import Store

CHILD_ID = new_id()
CONTACT_ID = new_id()


def _seed_v1(db: Database) -> None:
    """Rows as an older schema held them (raw SQL, as that version wrote them)."""
    child = {"id": CHILD_ID, "child_id": CHILD_ID, "given_name": "Rowan", "family_name": "Ashdown",
             "date_of_birth": "2010-04-01", "archived": False}
    contact = {"id": CONTACT_ID, "child_id": CHILD_ID, "start": "2026-01-05T10:00:00Z",
               "mode": "face_to_face", "attendance": "attended", "narrative": "kayaking trip"}
    db.execute("INSERT INTO entities (id, kind, child_id, data, updated_at) VALUES (?,?,?,?,?)",
               (CHILD_ID, "child", CHILD_ID, json.dumps(child), "0"))
    cursor = db.execute("INSERT INTO facts (id, kind, child_id, occurred_at, recorded_at, data)"
               " VALUES (?,?,?,?,?,?)", (CONTACT_ID, "contact", CHILD_ID,
                                        "2026-01-05T10:00:00+00:00", "0", json.dumps(contact)))
    def has(table: str) -> bool:
        return bool(db.one("SELECT count(*) FROM sqlite_master WHERE name = ?", (table,)))

    # Each schema's code kept its search index in step; do as that version did.
    if has("note_text"):
        db.execute("INSERT INTO child_keys (child_id) VALUES (?)", (CHILD_ID,))
        key = db.one("SELECT n FROM child_keys WHERE child_id = ?", (CHILD_ID,))
        db.execute("INSERT INTO note_text (rowid, body) VALUES (?, 'kayaking trip')",
                   ((key << 32) | cursor.lastrowid,))
    elif has("fact_text"):
        db.execute("INSERT INTO fact_text (rowid, body) VALUES (?, 'kayaking trip')",
                   (cursor.lastrowid,))
    if has("child_names"):
        db.execute("INSERT INTO child_names (rowid, name) SELECT rowid, 'Rowan Ashdown'"
                   " FROM entities WHERE id = ?", (CHILD_ID,))


def _make_store_at(folder: Path, identity: DeviceIdentity, upto: int) -> None:
    """A store whose schema stops after the first `upto` migrations."""
    real = list(MIGRATIONS)
    migrations_module.MIGRATIONS[:] = real[:upto]
    try:
        store = Store.initialise(folder, PASSPHRASE, identity, kdf=KdfParams.fast_for_tests())
        with store.db.atomic():
            _seed_v1(store.db)
        store.close()
    finally:
        migrations_module.MIGRATIONS[:] = real


@pytest.mark.parametrize("upto", range(1, len(MIGRATIONS)))
def test_upgrade_from_every_earlier_version(tmp_path: Path, identity: DeviceIdentity,
                                            upto: int) -> None:
    folder = tmp_path / "profile"
    _make_store_at(folder, identity, upto)
    store = Store.unlock(folder, PASSPHRASE)
    try:
        assert applied_migrations(store.db) == [name for name, _ in MIGRATIONS]
        [line] = store.caseload()
        assert line.given_name == "Rowan"
        assert line.last_face_to_face is not None  # uses the derived-column index
        assert store.search_children("kayak") == [CHILD_ID]
        assert store.search_children("rowan") == [CHILD_ID]
        assert store.db.one("PRAGMA integrity_check") == "ok"
    finally:
        store.close()
    # The backup is removed once the migrated store checks out.
    assert not list(folder.glob("*.bak"))


def test_failed_migration_leaves_the_store_as_it_was_and_keeps_a_backup(
        tmp_path: Path, identity: DeviceIdentity) -> None:
    folder = tmp_path / "profile"
    _make_store_at(folder, identity, 1)
    key = unwrap(load_key_file(folder / "keyfile.json"), PASSPHRASE)

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("simulated failure half-way")

    steps: list[tuple[str, Callable[[Database], None]]] = [*MIGRATIONS[:2], ("0099_broken", broken)]
    db = Database(folder / "store.db", key)
    try:
        with pytest.raises(MigrationFailed) as excinfo:
            migrate(db, steps)
        assert "has not been changed" in excinfo.value.todo
        assert applied_migrations(db) == ["0001_core"]
        assert db.one("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0
    finally:
        db.close()
    [backup] = folder.glob("*.bak")
    copy = Database(backup, key)  # the backup is encrypted with the same key
    try:
        assert copy.one("SELECT count(*) FROM facts") == 1
    finally:
        copy.close()


def test_store_from_a_newer_version_is_refused_unchanged(store: Store, store_dir: Path) -> None:
    with store.db.atomic():
        store.db.execute("INSERT INTO schema_migrations VALUES ('0999_future', 'later')")
    store.close()
    with pytest.raises(NewerStore):
        Store.unlock(store_dir, PASSPHRASE)
