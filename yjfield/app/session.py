"""An unlocked profile: what the UI asks of the practitioner's store and its sync.

Each method is called on the right thread by the UI, through Operations: the
store methods on the store thread, `sync` on the network thread (with its own
connection to the same encrypted file).
"""

import platform
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from yjfield.app.capture import CaptureMixin
from yjfield.app.case_work import CaseWork
from yjfield.app.child_record import ChildRecordView, read_child_record
from yjfield.app.first_run import set_up_laptop
from yjfield.app.held import HeldLine, held_for_decision
from yjfield.app.passphrase import strength
from yjfield.app.preset import load_preset
from yjfield.domain.base import Fact
from yjfield.domain.clock import Hlc
from yjfield.domain.contact import Contact, VoiceEntry, follow_up_due
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.kinds import record_type
from yjfield.domain.policy import LocalPolicy
from yjfield.store.errors import StoreError
from yjfield.store.rows import CaseloadRecord
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import SyncEngine, SyncProgress, SyncReport
from yjfield.sync.status import SyncStatus, read_status


def _when(stamp: str) -> str:
    """An HLC stamp as an ISO time, for showing when a value was written."""
    try:
        return datetime.fromtimestamp(Hlc.decode(stamp).wall_ms / 1000, UTC).isoformat()
    except (ValueError, TypeError):
        return ""


@dataclass(frozen=True)
class Candidate:
    value: Any
    author: str
    mine: bool
    at: str


@dataclass(frozen=True)
class ConflictView:
    """One field in conflict, with words for each part."""

    kind: str
    record_id: str
    field: str
    record_label: str
    field_label: str
    child_name: str
    shown: Any
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class ProblemView:
    """A change the server refused or holds, in words, so nothing is lost silently."""

    record_label: str
    child_name: str
    held: bool
    reason: str
    saved_at: str  # ISO time, or "" when unknown


class Session(CaptureMixin):
    def __init__(self, store: Store) -> None:
        self._store = store
        self._sync_store: Store | None = None
        self._engine: SyncEngine | None = None
        self.identity: DeviceIdentity = store.identity
        self.policy: LocalPolicy = store.policy()
        #: Programmes, reparation hours, projects and appointments (store thread).
        self.case = CaseWork(store, self.policy, self.now)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> "Session":
        return cls(Store.unlock(folder, passphrase))

    @classmethod
    def set_up(cls, folder: Path, *, server_url: str, username: str, password: str,
               passphrase: str, on_progress: Callable[[SyncProgress], None] | None = None,
               one_time_code: str | None = None) -> "Session":
        """First run (network thread): sign in, create the store, first sync."""
        api = ServerApi(server_url, ca_bundle=load_preset().ca_bundle)
        try:
            store, _, _ = set_up_laptop(api, folder, username=username, password=password,
                                        passphrase=passphrase, device_name=platform.node()
                                        or "laptop", on_progress=on_progress,
                                        one_time_code=one_time_code)
        finally:
            api.close()
        return cls(store)

    @staticmethod
    def exists(folder: Path) -> bool:
        return Store.exists(folder)

    def now(self) -> datetime:
        """The store's clock (no I/O: safe on any thread)."""
        return self._store.now()

    # -- store thread -------------------------------------------------------------

    def caseload(self) -> list[CaseloadRecord]:
        return self._store.caseload()

    def child_record(self, child_id: str) -> ChildRecordView:
        return read_child_record(self._store, child_id)

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

    def conflicts(self) -> list[ConflictView]:
        """Every field in conflict, labelled for a person (store thread)."""
        names = {line.child_id: line.display_name for line in self._store.caseload()}
        views = []
        for conflict in self._store.conflicts():
            cls = record_type(conflict.kind)
            info = cls.model_fields.get(conflict.field)
            label = (info.title if info is not None and info.title
                     else conflict.field.replace("_", " ").capitalize())
            views.append(ConflictView(
                kind=conflict.kind, record_id=conflict.record_id, field=conflict.field,
                record_label=cls.noun.capitalize(), field_label=label,
                child_name=names.get(conflict.child_id or "", ""),
                shown=conflict.displayed,
                candidates=tuple(Candidate(
                    value=c["value"], author=c["author"].get("name", "someone"),
                    mine=c["author"].get("user_id") == self.identity.user_id,
                    at=_when(c["author"].get("at", ""))) for c in conflict.candidates)))
        return views

    def problems(self) -> list[ProblemView]:
        """Changes refused or held by the server, with their reasons (store thread)."""
        names = {line.child_id: line.display_name for line in self._store.caseload()}
        return [ProblemView(
            record_label=record_type(change.record_kind).noun.capitalize(),
            child_name=names.get(change.child_id or "", ""), held=change.state == "held",
            reason=change.reason or "The server did not accept this change.",
            saved_at=_when(change.created_at)) for change in self._store.problems()]

    def update(self, kind: str, record_id: str, changes: dict[str, Any]) -> None:
        """Change fields of a mutable record (store thread); it syncs as usual."""
        self._store.update(kind, record_id, changes)

    def resolve(self, kind: str, record_id: str, field: str, value: Any) -> None:
        """Settle a conflict with a chosen or merged value (store thread); it syncs as usual."""
        self._store.resolve(kind, record_id, field, value)

    def change_passphrase(self, current: str, new: str) -> None:
        """Lock the store's key under a new passphrase (store thread).

        The new one must meet the same rule as at first run; a wrong current one counts
        toward the limit on guesses, as at unlock.
        """
        rating = strength(new, [self.identity.username, self.identity.display_name])
        if not rating.acceptable:
            raise StoreError("That passphrase is not strong enough yet.", rating.advice)
        Store.change_passphrase(self._store.db.path.parent, current, new)

    def status(self, *, online: bool, message: str | None = None) -> SyncStatus:
        return read_status(self._store, online=online, message=message)

    # -- network thread -------------------------------------------------------------

    def _network_engine(self) -> SyncEngine:
        if self._engine is None:
            store = self._store.second_connection()
            url = store.meta("server_url")
            if url is None:
                store.close()
                raise RuntimeError("this laptop was never signed in to a server")
            self._sync_store = store
            self._engine = SyncEngine(store, ServerApi(url, ca_bundle=load_preset().ca_bundle),
                                      SecretStore(store, store.identity.device_id))
        return self._engine

    def sync(self, on_progress: Callable[[SyncProgress], None] | None = None) -> SyncReport:
        """One sync with the server (network thread only)."""
        engine = self._network_engine()
        engine.on_progress = on_progress or (lambda progress: None)
        return engine.sync()

    def sign_in_again(self, password: str, one_time_code: str | None = None) -> None:
        """Sign this laptop in again with the practitioner's password (network thread).

        For a sign-in lost from the keyring or expired after a long time offline; the
        store, its waiting changes and the device's identity are all kept.
        """
        self._network_engine().sign_in_again(password, one_time_code)

    def change_password(self, current: str, new: str) -> None:
        """Change the practitioner's service password on the server (network thread)."""
        self._network_engine().change_password(current, new)

    def held_for_decision(self) -> list[HeldLine]:
        """Changes held for a manager that this practitioner may decide on (network thread)."""
        return held_for_decision(self._network_engine())

    def decide_held(self, number: int, *, accept: bool, reason: str = "") -> None:
        """Accept or decline a held change, then sync to bring the result (network thread)."""
        engine = self._network_engine()
        engine.decide_held(number, accept=accept, reason=reason)
        engine.sync()

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
