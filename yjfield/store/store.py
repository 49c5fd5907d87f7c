"""The Store: create, unlock, lock and change the passphrase of one practitioner's store."""

import base64
import logging
import os
import shutil
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from yjfield.domain.clock import Hlc, tick
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.reparation import Ledger
from yjfield.store import queries
from yjfield.store.attempts import GuessLimiter
from yjfield.store.connection import Database, classify
from yjfield.store.drafts import DraftsMixin
from yjfield.store.errors import (
    NotAStore,
    StoreError,
    StoreExists,
    StoreMissing,
    WrongPassphrase,
)
from yjfield.store.files import ensure_private_dir, make_private
from yjfield.store.keys import (
    KdfParams,
    load_key_file,
    new_database_key,
    save_key_file,
    secrets_key,
    unwrap,
    wipe,
    wrap,
)
from yjfield.store.migrations import migrate
from yjfield.store.records import RecordsMixin
from yjfield.store.rows import CaseloadRecord
from yjfield.store.secrets import SEALED, SecretUnreadable
from yjfield.store.sync_state import SyncStateMixin

log = logging.getLogger(__name__)

DB_NAME = "store.db"
KEY_FILE_NAME = "keyfile.json"
ATTEMPTS_NAME = "unlock-attempts.json"
STORE_FORMAT = "yjfield-store"

Now = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Store(RecordsMixin, SyncStateMixin, DraftsMixin):
    """One practitioner's encrypted caseload on this device."""

    def __init__(self, db: Database, identity: DeviceIdentity, now: Now,
                 db_key: bytearray | None = None) -> None:
        self.db = db
        self.identity = identity
        self._now = now
        self._child_keys = {}
        self._db_key = db_key

    # -- where things live -------------------------------------------------

    @staticmethod
    def db_path(folder: Path) -> Path:
        return folder / DB_NAME

    @staticmethod
    def exists(folder: Path) -> bool:
        return (folder / KEY_FILE_NAME).exists() and (folder / DB_NAME).exists()

    @staticmethod
    def limiter(folder: Path, clock: Callable[[], float] = time.time) -> GuessLimiter:
        return GuessLimiter(folder / ATTEMPTS_NAME, clock)

    # -- lifecycle -----------------------------------------------------------

    @classmethod
    def initialise(cls, folder: Path, passphrase: str, identity: DeviceIdentity, *,
               kdf: KdfParams | None = None, now: Now = utc_now) -> "Store":
        """Make a new, empty encrypted store in `folder` (which must not hold one)."""
        if (folder / DB_NAME).exists() or (folder / KEY_FILE_NAME).exists():
            raise StoreExists()
        # Build it in a sibling folder and rename: a crash half-way never leaves
        # something that looks like a store but cannot be opened.
        staging = folder.with_name(f".{folder.name}.creating")
        made: list[bytearray] = []
        try:
            shutil.rmtree(staging, ignore_errors=True)
            ensure_private_dir(staging)
            db_key = new_database_key()
            made.append(db_key)
            db = Database(staging / DB_NAME, db_key, create=True)
            try:
                migrate(db)
                with db.atomic():
                    db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                        ("store_format", STORE_FORMAT),
                        ("identity", identity.model_dump_json()),
                        ("created_at", now().isoformat()),
                    ])
                db.checkpoint()
            finally:
                db.close()
            for name in os.listdir(staging):
                make_private(staging / name)
            save_key_file(staging / KEY_FILE_NAME, wrap(db_key, passphrase, kdf or KdfParams()))
            if folder.exists():
                folder.rmdir()  # only an empty folder may be replaced
            os.replace(staging, folder)
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            expected = classify(error)
            if expected is None:
                raise
            raise expected from error
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            for key in made:
                wipe(key)  # unlock() below opens its own copy
        log.info("created a new store")
        return cls.unlock(folder, passphrase, now=now)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, now: Now = utc_now,
             clock: Callable[[], float] = time.time) -> "Store":
        """Unlock the store with the passphrase.

        A wrong passphrase changes nothing in the store; only the guess counter
        beside it is updated.
        """
        if not (folder / KEY_FILE_NAME).exists():
            if (folder / DB_NAME).exists():
                raise StoreError(
                    "The key file for this caseload store is missing, so it cannot be unlocked.",
                    "The store has been left as it was. Please contact your IT service desk.")
            raise StoreMissing()
        key_file = load_key_file(folder / KEY_FILE_NAME)
        limiter = cls.limiter(folder, clock)
        limiter.check()
        try:
            db_key = unwrap(key_file, passphrase)
        except WrongPassphrase:
            limiter.record_failure()
            limiter.check()
            raise
        limiter.reset()
        try:
            db = Database(folder / DB_NAME, db_key)
        except BaseException:
            wipe(db_key)
            raise
        try:
            migrate(db)
            store_format = db.one("SELECT value FROM meta WHERE key = 'store_format'")
            identity_json = db.one("SELECT value FROM meta WHERE key = 'identity'")
            if store_format != STORE_FORMAT or identity_json is None:
                raise NotAStore()
            identity = DeviceIdentity.model_validate_json(identity_json)
        except BaseException:
            db.close()
            wipe(db_key)
            raise
        return cls(db, identity, now, db_key)

    def second_connection(self) -> "Store":
        """Another connection to this store, for a second thread (sync runs on its own).

        Only while unlocked: the key is held in memory until close().
        """
        if self._db_key is None:
            raise StoreError("The caseload store is locked.", "Unlock it first.")
        # Its own copy of the key: each connection wipes its copy when it closes.
        key = bytearray(self._db_key)
        try:
            return Store(Database(self.db.path, key), self.identity, self._now, key)
        except BaseException:
            wipe(key)
            raise

    @staticmethod
    def change_passphrase(folder: Path, old: str, new: str, *,
                          kdf: KdfParams | None = None,
                          clock: Callable[[], float] = time.time) -> None:
        """Re-wrap the database key under a new passphrase (the data is not re-encrypted)."""
        key_file = load_key_file(folder / KEY_FILE_NAME)
        limiter = Store.limiter(folder, clock)
        limiter.check()
        try:
            db_key = unwrap(key_file, old)
        except WrongPassphrase:
            limiter.record_failure()
            raise
        try:
            save_key_file(folder / KEY_FILE_NAME, wrap(db_key, new, kdf or key_file.kdf))
        finally:
            wipe(db_key)

    def close(self) -> None:
        """Lock: close the database, and zero the key held for second connections."""
        if self._db_key is not None:
            wipe(self._db_key)
        self._db_key = None
        self.db.close()

    # -- secrets sealed for the OS keyring (secrets.py) ---------------------------

    def seal_secret(self, name: str, value: str) -> str:
        """`value` sealed under this store's key, for keeping outside it."""
        key = self._secrets_key()
        try:
            nonce = os.urandom(12)
            sealed = AESGCM(key).encrypt(nonce, value.encode(), name.encode())
        finally:
            wipe(key)
        return SEALED + base64.b64encode(nonce + sealed).decode("ascii")

    def open_secret(self, name: str, sealed: str) -> str | None:
        """A sealed value opened; None when it was never sealed (an older version kept it
        plain); SecretUnreadable when it was sealed under another key or changed."""
        if not sealed.startswith(SEALED):
            return None
        key = self._secrets_key()
        try:
            raw = base64.b64decode(sealed[len(SEALED):], validate=True)
            return AESGCM(key).decrypt(raw[:12], raw[12:], name.encode()).decode()
        except (ValueError, InvalidTag):
            raise SecretUnreadable() from None
        finally:
            wipe(key)

    def _secrets_key(self) -> bytes:
        if self._db_key is None:
            raise StoreError("The caseload store is locked.", "Unlock it first.")
        return secrets_key(self._db_key)

    def erase(self) -> None:
        """Erase this store for good (a revoked device). The key file goes first:
        without it nothing left behind can ever be decrypted."""
        folder = self.db.path.parent
        self.db.close()
        (folder / KEY_FILE_NAME).unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
        log.info("erased a store on instruction from the server")

    # -- helpers the record code uses --------------------------------------------

    def now(self) -> datetime:
        return self._now()

    def _stamp(self) -> str:
        """The next HLC reading, persisted in the caller's transaction.

        Read from the database each time: the app and its sync each hold a connection,
        and both must stamp in one order.
        """
        wall_ms = int(self._now().timestamp() * 1000)
        raw = self.db.one("SELECT value FROM meta WHERE key = 'hlc'")
        encoded = tick(Hlc.decode(raw) if raw else None, wall_ms,
                       self.identity.device_id[:8]).encode()
        self.db.execute("INSERT INTO meta (key, value) VALUES ('hlc', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (encoded,))
        return encoded

    def meta(self, key: str) -> str | None:
        value = self.db.one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def policy(self) -> LocalPolicy:
        """The service's local policy as last received (defaults until then)."""
        raw = self.meta("policy")
        return LocalPolicy() if raw is None else LocalPolicy.model_validate_json(raw)

    def set_policy(self, policy: LocalPolicy) -> None:
        with self.db.atomic():
            self.set_meta("policy", policy.model_dump_json())

    # -- derived views ----------------------------------------------------------

    def caseload(self, today: date | None = None) -> list[CaseloadRecord]:
        now = self._now()
        return queries.caseload(self.db, today or now.date(), now)

    def ledger(self, child_id: str) -> Ledger:
        return queries.ledger(self.db, child_id)

    def search(self, text: str, limit: int = 200) -> list[queries.SearchHit]:
        return queries.search(self.db, text, limit)

    def search_children(self, text: str) -> list[str]:
        return queries.search_children(self.db, text)
