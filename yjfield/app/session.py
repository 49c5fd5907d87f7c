"""An unlocked profile: what the UI asks of the practitioner's store and its sync.

Each method is called on the right thread by the UI, through Operations: the
store methods on the store thread, `sync` on the network thread (with its own
connection to the same encrypted file).
"""

from collections.abc import Callable
from pathlib import Path

from yjfield.domain.base import Fact
from yjfield.domain.contact import Contact, VoiceEntry, follow_up_due
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.policy import LocalPolicy
from yjfield.store.rows import CaseloadRecord
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import SyncEngine, SyncProgress, SyncReport
from yjfield.sync.status import SyncStatus, read_status


class Session:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._sync_store: Store | None = None
        self._engine: SyncEngine | None = None
        self.identity: DeviceIdentity = store.identity
        self.policy: LocalPolicy = store.policy()

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> "Session":
        return cls(Store.unlock(folder, passphrase))

    # -- store thread -------------------------------------------------------------

    def caseload(self) -> list[CaseloadRecord]:
        return self._store.caseload()

    def search_children(self, text: str) -> list[str]:
        return self._store.search_children(text)

    def record_contact(self, contact: Contact, voice: VoiceEntry | None) -> Contact:
        """Save a contact and its voice-of-the-child entry together (store thread).

        A missed appointment gets its follow-up date from the service's local policy.
        """
        due = follow_up_due(contact.start.date(), contact.attendance, self.policy)
        contact = contact.model_copy(update={"follow_up_due": due})
        facts: list[Fact] = [contact]
        if voice is not None:
            facts.append(voice.model_copy(update={"contact_id": contact.id,
                                                  "child_id": contact.child_id}))
        saved = self._store.add_facts(facts)
        stored = saved[0]
        assert isinstance(stored, Contact)
        return stored

    def status(self, *, online: bool, message: str | None = None) -> SyncStatus:
        return read_status(self._store, online=online, message=message)

    # -- network thread -------------------------------------------------------------

    def sync(self, on_progress: Callable[[SyncProgress], None] | None = None) -> SyncReport:
        """One sync with the server (network thread only)."""
        if self._engine is None:
            store = self._store.second_connection()
            url = store.meta("server_url")
            if url is None:
                store.close()
                raise RuntimeError("this laptop was never signed in to a server")
            self._sync_store = store
            self._engine = SyncEngine(store, ServerApi(url),
                                      SecretStore(store, store.identity.device_id))
        self._engine.on_progress = on_progress or (lambda progress: None)
        return self._engine.sync()

    def close_sync(self) -> None:
        """Close the sync connection (network thread)."""
        if self._engine is not None:
            self._engine.api.close()
            self._engine = None
        if self._sync_store is not None:
            self._sync_store.close()
            self._sync_store = None

    def close(self) -> None:
        """Lock: close the store (store thread), after close_sync on the network thread."""
        self._store.close()
