"""A laptop for crash trials: saves notes and syncs in a loop until it is killed.

Run as a script: crash_syncer.py FOLDER PASSPHRASE PASSWORD CHILD_ID START. A line
"fact ID WORDS" is printed only once the save returned (the app has said "saved").
"""

import sys
from datetime import UTC, datetime
from pathlib import Path

from yjfield.domain.contact import CaseEntry
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import SyncEngine
from yjfield.sync.errors import SignInAgain, SyncError


def main() -> None:
    folder, passphrase, password, child_id = Path(sys.argv[1]), *sys.argv[2:5]
    n = int(sys.argv[5])
    store = Store.unlock(folder, passphrase)
    url = store.meta("server_url")
    assert url is not None
    engine = SyncEngine(store, ServerApi(url), SecretStore(store, store.identity.device_id),
                        push_batch=20, pull_page=50)
    print("ready", flush=True)
    while True:
        for _ in range(3):
            n += 1
            words = f"crash sync note {n}"
            fact = store.add_fact(CaseEntry(child_id=child_id, at=datetime.now(UTC), text=words))
            print(f"fact {fact.id} {words}", flush=True)
        try:
            engine.sync()
        except SignInAgain:
            # Killed between the server turning its sign-in over and this laptop keeping
            # the new one: the practitioner is asked for their password.
            engine.sign_in_again(password)
            print("signed in again", flush=True)
        except SyncError:
            pass


if __name__ == "__main__":
    main()
