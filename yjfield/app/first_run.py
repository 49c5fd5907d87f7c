"""Setting up a laptop: sign in, make its encrypted store, fetch its caseload."""

from collections.abc import Callable
from pathlib import Path

from yjfield.store.keys import KdfParams
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import REFRESH_TOKEN, SyncEngine, SyncProgress, SyncReport


def set_up_laptop(api: ServerApi, folder: Path, *, username: str, password: str,
                  passphrase: str, device_name: str, kdf: KdfParams | None = None,
                  on_progress: Callable[[SyncProgress], None] | None = None,
                  one_time_code: str | None = None) -> tuple[Store, SyncEngine, SyncReport]:
    """Enrol this laptop, create its encrypted store and do the first sync.

    If the first sync is cut off, the store exists and the next sync completes it.
    """
    enrolled = api.enrol(username, password, device_name, one_time_code)
    store = Store.initialise(folder, passphrase, enrolled.identity, kdf=kdf)
    try:
        store.set_policy(enrolled.policy)
        with store.db.atomic():
            store.set_meta("server_url", api.base_url)
        secrets = SecretStore(store, enrolled.identity.device_id)
        secrets.put(REFRESH_TOKEN, enrolled.tokens.refresh_token)
        engine = SyncEngine(store, api, secrets, access_token=enrolled.tokens.access_token,
                            on_progress=on_progress)
        report = engine.sync()
    except BaseException:
        store.close()
        raise
    return store, engine, report
