"""One SQLCipher connection: opening with the raw key, pragmas, transactions, error mapping."""

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from yjfield.store.errors import DamagedStore, DiskFull, NotAStore, StoreError, StoreReadOnly
from yjfield.store.keys import sqlcipher_key_pragma, wipe

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_READONLY = 8
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def classify(error: BaseException) -> StoreError | None:
    """The expected error behind a database or OS exception; None for a bug."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFull()
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StoreReadOnly()
        return None
    if not isinstance(error, sqlcipher3.DatabaseError):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(error).lower()
    if primary == _SQLITE_FULL or "disk is full" in message:
        return DiskFull()
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or "readonly" in message:
        return StoreReadOnly()
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in message:
        return DamagedStore()
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise known database and disk failures as plain-language StoreErrors."""
    try:
        yield
    except StoreError:
        raise
    except (sqlcipher3.DatabaseError, OSError) as error:
        expected = classify(error)
        if expected is None:
            raise
        raise expected from error


def looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER


class Database:
    """A keyed SQLCipher connection with nestable `atomic()` transactions.

    Not shared between threads at the same time: the app gives the store its own
    writer thread, which is why the connection may be made on another thread.
    """

    def __init__(self, path: Path, db_key: bytearray, *, create: bool = False) -> None:
        self.path = path
        if not create and not path.exists():
            raise NotAStore("The caseload store file is missing.")
        if not create and looks_like_plain_sqlite(path):
            raise NotAStore(
                "This file is an unencrypted database, not a yjfield caseload store.")
        if not create and path.stat().st_size % PAGE_SIZE:
            raise DamagedStore()
        with translated():
            self._conn = sqlcipher3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=10)
        self._depth = 0
        try:
            with translated():
                self._configure(db_key)
        except BaseException:
            self._conn.close()
            raise

    def _configure(self, db_key: bytearray) -> None:
        execute = self._conn.execute
        self._apply_key(db_key)
        try:
            execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as error:
            if "not a database" in str(error).lower():
                # The key came from our own key file, so the file itself is wrong.
                raise NotAStore() from error
            raise
        execute("PRAGMA journal_mode = WAL")
        # FULL: a commit the practitioner was told about survives a power cut.
        execute("PRAGMA synchronous = FULL")
        execute("PRAGMA temp_store = MEMORY")
        # Every page read from disk is decrypted; a larger cache keeps the working
        # set (caseload list, search index) decrypted in memory, never on disk.
        execute("PRAGMA cache_size = -65536")
        execute("PRAGMA foreign_keys = ON")
        # So that REPLACE's implicit deletes fire the append-only triggers too.
        execute("PRAGMA recursive_triggers = ON")
        self._check_not_truncated()

    def _apply_key(self, db_key: bytearray) -> None:
        self._conn.execute("PRAGMA cipher_log_level = NONE")
        # SQLCipher then wipes every piece of memory it frees (the key's copies, the
        # decrypted pages), so closing the store leaves no plaintext behind it.
        self._conn.execute("PRAGMA cipher_memory_security = ON")
        statement = sqlcipher_key_pragma(db_key)
        text = statement.decode("ascii")
        try:
            # Not execute(): its statement cache would keep the text for the
            # connection's life. A script is prepared from the text and let go.
            self._conn.executescript(text)
        finally:
            wipe(text)
            wipe(statement)

    def _check_not_truncated(self) -> None:
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return  # pages may legitimately live only in the WAL after a crash
        pages = self._conn.execute("PRAGMA page_count").fetchone()[0]
        if self.path.stat().st_size < pages * PAGE_SIZE:
            raise DamagedStore()

    def execute(self, sql: str, params: Any = ()) -> sqlcipher3.Cursor:
        with translated():
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> sqlcipher3.Cursor:
        with translated():
            return self._conn.executemany(sql, rows)

    def executescript(self, sql: str) -> None:
        with translated():
            self._conn.executescript(sql)

    def one(self, sql: str, params: Any = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one: all of it is saved, or none."""
        depth = self._depth
        savepoint = f"sp{depth}"
        with translated():
            self._conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth = depth
            self._undo(depth, savepoint)
            raise
        self._depth = depth
        try:
            with translated():
                self._conn.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")
        except BaseException:
            self._undo(depth, savepoint)
            raise

    def _undo(self, depth: int, savepoint: str) -> None:
        if not self._conn.in_transaction:
            return  # SQLite already rolled back (it does on a full disk)
        if depth == 0:
            self._conn.execute("ROLLBACK")
        else:
            self._conn.execute(f"ROLLBACK TO {savepoint}")
            self._conn.execute(f"RELEASE {savepoint}")

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before a backup copy)."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with suppress(sqlcipher3.Error):
            self._conn.close()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
