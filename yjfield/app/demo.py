"""Seeding the invented demo service onto this computer."""

import shutil
from pathlib import Path

from yjfield.app.demo_data import DemoService, DemoUser
from yjfield.app.paths import profile_dir
from yjfield.domain.base import Fact, Mutable
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.ids import new_id
from yjfield.domain.scope import SHARED_KINDS, kinds_for, minimise
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store


def records_for(service: DemoService, user: DemoUser) -> list[Fact | Mutable]:
    """The demo records in one practitioner's scope."""
    children = service.assignments[user.username]
    allowed = kinds_for(user.role)
    own = [r for r in service.records
           if (r.child_id in children or r.kind in SHARED_KINDS)
           and (allowed is None or r.kind in allowed)]
    # Sessions are shared records: only those one of this user's children attended.
    sessions = {getattr(r, "session_id", None) for r in own if r.kind == "reparation_attendance"}
    return [r for r in own if r.kind != "reparation_session" or r.id in sessions]


def seed_store(store: Store, service: DemoService, user: DemoUser) -> int:
    """Load one practitioner's scope as though a first sync had brought it."""
    records = records_for(service, user)
    with store.db.atomic():
        store.apply_server_facts((r.kind, r.to_data()) for r in records if isinstance(r, Fact))
        for record in records:
            if isinstance(record, Mutable):
                data = minimise(user.role, record.kind, record.to_data())
                versions = {name: 1 for name in data if name != "id"}
                store.apply_server_entity(record.kind, data, versions, {})
    return len(records)


def seed_profiles(base: Path, passphrase: str, service: DemoService,
                  kdf: KdfParams | None = None) -> dict[str, Path]:
    """One encrypted profile per demo practitioner, each holding only their scope."""
    folders: dict[str, Path] = {}
    try:
        for user in service.users:
            folders[user.username] = _seed_profile(base, passphrase, service, user, kdf)
    except BaseException:
        for folder in folders.values():  # all the demo or none of it
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return folders


def _seed_profile(base: Path, passphrase: str, service: DemoService, user: DemoUser,
                  kdf: KdfParams | None) -> Path:
    identity = DeviceIdentity(user_id=user.user_id, username=user.username,
                              display_name=user.display_name, role=user.role,
                              device_id=new_id(), service_id=service.service_id)
    folder = profile_dir(base, user.username)
    store = Store.initialise(folder, passphrase, identity, kdf=kdf)
    try:
        seed_store(store, service, user)
    except BaseException:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    store.close()
    return folder
