"""Wrong passphrases, the guess limit, and files that are not ours: clear errors, nothing lost."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers.files import read_only_folder, snapshot
from yjfield.domain.child import Child
from yjfield.domain.contact import CaseEntry
from yjfield.domain.identity import DeviceIdentity
from yjfield.store.attempts import MAX_FAILURES, WINDOW_SECONDS, GuessLimiter
from yjfield.store.errors import (
    DamagedStore,
    DiskFull,
    NotAStore,
    StoreExists,
    StoreMissing,
    StoreReadOnly,
    TooManyAttempts,
    WrongPassphrase,
)
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store


@pytest.fixture
def closed_store(store: Store, store_dir: Path, child: Child) -> Path:
    store.close()
    return store_dir


def test_wrong_passphrase_is_clear_and_changes_nothing(closed_store: Path) -> None:
    db_files = {k: v for k, v in snapshot(closed_store).items() if k.startswith("store.db")}
    with pytest.raises(WrongPassphrase) as excinfo:
        Store.unlock(closed_store, "not the passphrase")
    assert "not right" in excinfo.value.what and "Nothing has been changed" in excinfo.value.todo
    after = {k: v for k, v in snapshot(closed_store).items() if k.startswith("store.db")}
    assert after == db_files
    assert snapshot(closed_store)["keyfile.json"]  # still there, unchanged below
    Store.unlock(closed_store, PASSPHRASE).close()


def test_ten_wrong_guesses_then_a_wait_even_for_the_right_one(closed_store: Path) -> None:
    now = [1_000_000.0]
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(WrongPassphrase):
            Store.unlock(closed_store, "guess", clock=lambda: now[0])
    with pytest.raises(TooManyAttempts):  # the tenth wrong guess starts the wait
        Store.unlock(closed_store, "guess", clock=lambda: now[0])
    with pytest.raises(TooManyAttempts) as excinfo:
        Store.unlock(closed_store, PASSPHRASE, clock=lambda: now[0])
    assert 0 < excinfo.value.wait_seconds <= WINDOW_SECONDS
    assert "try again in" in excinfo.value.todo
    now[0] += WINDOW_SECONDS + 1
    Store.unlock(closed_store, PASSPHRASE, clock=lambda: now[0]).close()


def test_winding_the_clock_back_does_not_shorten_the_wait(tmp_path: Path) -> None:
    now = [5_000.0]
    limiter = GuessLimiter(tmp_path / "attempts.json", lambda: now[0])
    for _ in range(MAX_FAILURES):
        limiter.record_failure()
    now[0] -= 3600
    assert limiter.wait_seconds() == WINDOW_SECONDS


def test_guess_limit_survives_a_restart(closed_store: Path) -> None:
    """Wrong guesses in one process still count in the next one."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from yjfield.store.store import Store
        from yjfield.store.errors import WrongPassphrase, TooManyAttempts
        folder = Path(sys.argv[1])
        if sys.argv[2] == "guess":
            for _ in range({MAX_FAILURES}):
                try:
                    Store.unlock(folder, "wrong")
                except (WrongPassphrase, TooManyAttempts):
                    pass
        else:
            try:
                Store.unlock(folder, sys.argv[3]).close()
                print("opened")
            except TooManyAttempts as error:
                print("waiting", error.wait_seconds)
    """)
    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-c", script, str(closed_store), *args],
                              capture_output=True, text=True, check=True, timeout=120).stdout
    run("guess")
    assert run("open", PASSPHRASE).startswith("waiting")


def test_plain_sqlite_file_is_not_ours_and_left_alone(tmp_path: Path, closed_store: Path) -> None:
    import sqlite3
    db = closed_store / "store.db"
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = snapshot(closed_store)
    with pytest.raises(NotAStore, match="unencrypted database"):
        Store.unlock(closed_store, PASSPHRASE)
    assert snapshot(closed_store) == before


@pytest.mark.parametrize("content", [os.urandom(4096 * 3), b"\x00" * 4096, b"hello"])
def test_random_or_foreign_bytes_are_refused_and_left_alone(closed_store: Path,
                                                             content: bytes) -> None:
    (closed_store / "store.db").write_bytes(content)
    before = snapshot(closed_store)
    with pytest.raises((NotAStore, DamagedStore)):
        Store.unlock(closed_store, PASSPHRASE)
    assert snapshot(closed_store) == before


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_store_is_reported_as_damaged(closed_store: Path, keep: float) -> None:
    reopened = Store.unlock(closed_store, PASSPHRASE)
    for n in range(300):  # make the file several pages long
        reopened.add_fact(CaseEntry(child_id=reopened.caseload()[0].child_id,
                                    at=reopened.now(), text=f"entry {n} " + "words " * 40))
    reopened.close()
    db = closed_store / "store.db"
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.truncate(int(size * keep) // 4096 * 4096)
    before = snapshot(closed_store)
    with pytest.raises((DamagedStore, NotAStore)):
        opened = Store.unlock(closed_store, PASSPHRASE)
        try:
            opened.facts(None, "case_entry")
            opened.search("entry")
            opened.db.execute("PRAGMA integrity_check").fetchall()
        finally:
            opened.close()
    assert snapshot(closed_store) == before


def test_truncated_mid_page_is_damaged(closed_store: Path) -> None:
    db = closed_store / "store.db"
    with db.open("r+b") as handle:
        handle.truncate(db.stat().st_size - 100)
    with pytest.raises(DamagedStore):
        Store.unlock(closed_store, PASSPHRASE)


def test_damaged_key_file_is_refused_and_left_alone(closed_store: Path) -> None:
    (closed_store / "keyfile.json").write_text("{not json")
    before = snapshot(closed_store)
    with pytest.raises(NotAStore, match="key file"):
        Store.unlock(closed_store, PASSPHRASE)
    assert snapshot(closed_store) == before


def test_missing_store_and_existing_store(tmp_path: Path, closed_store: Path,
                                          identity: DeviceIdentity) -> None:
    with pytest.raises(StoreMissing):
        Store.unlock(tmp_path / "nowhere", PASSPHRASE)
    before = snapshot(closed_store)
    with pytest.raises(StoreExists):
        Store.initialise(closed_store, "other", identity, kdf=KdfParams.fast_for_tests())
    assert snapshot(closed_store) == before


def test_read_only_folder_is_clear_and_loses_nothing(closed_store: Path, tmp_path: Path,
                                                     identity: DeviceIdentity) -> None:
    before = snapshot(closed_store)
    with read_only_folder(closed_store), pytest.raises(StoreReadOnly) as excinfo:
        Store.unlock(closed_store, PASSPHRASE)
    assert "cannot be written" in excinfo.value.what
    assert snapshot(closed_store) == before
    parent = tmp_path / "locked-parent"
    parent.mkdir()
    with read_only_folder(parent), pytest.raises(StoreReadOnly):
        Store.initialise(parent / "profile", PASSPHRASE, identity,
                         kdf=KdfParams.fast_for_tests())
    opened = Store.unlock(closed_store, PASSPHRASE)
    try:
        assert len(opened.caseload()) == 1
    finally:
        opened.close()


def test_full_disk_refuses_the_save_and_keeps_what_was_saved(store: Store, child: Child) -> None:
    saved = store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="kept safe"))
    pages = store.db.one("PRAGMA page_count")
    # SQLite's own page limit gives the real SQLITE_FULL path a full disk takes.
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull) as excinfo:
        for _ in range(200):
            store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="x" * 20_000))
    assert "Nothing already saved was lost" in excinfo.value.todo
    pending_after_failure = store.pending_count()
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert store.fact(saved.id).fact.text == "kept safe"  # type: ignore[attr-defined]
    # Every fact that was saved has its outbox entry; the failed one has neither.
    facts = store.db.one("SELECT count(*) FROM facts WHERE kind = 'case_entry'")
    queued = store.db.one("SELECT count(*) FROM outbox WHERE record_kind = 'case_entry'")
    assert facts == queued
    assert store.pending_count() == pending_after_failure
    assert store.db.one("PRAGMA integrity_check") == "ok"
    store.add_fact(CaseEntry(child_id=child.id, at=store.now(), text="after space was freed"))
