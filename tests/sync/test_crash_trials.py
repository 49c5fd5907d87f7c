"""Crash trials across sync: the laptop's app killed mid-sync, and the server killed mid-push.

Both count what must be 0: acknowledged records lost or duplicated on the server,
and laptops that differ from it. `make test` runs a few trials of each; `make
verify` runs hundreds (YJFIELD_CRASH_SYNC_TRIALS, YJFIELD_SERVER_KILL_TRIALS).
"""

import contextlib
import os
import random
import threading
import time
from datetime import UTC, datetime

import httpx

from tests.conftest import PASSPHRASE
from tests.helpers.figures import FIGURES, Trial
from tests.helpers.harness import PASSWORD, Device, Harness
from tests.helpers.processes import ROOT, run_and_kill
from tests.helpers.replicas import divergent, duplicated, lost, server_rows
from tests.helpers.server_process import ServerProcess
from yjfield.domain.contact import CaseEntry
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import SyncEngine
from yjfield.sync.errors import SyncError

VERIFY = bool(os.environ.get("YJFIELD_VERIFY"))
CLIENT_TRIALS = int(os.environ.get("YJFIELD_CRASH_SYNC_TRIALS", "60" if VERIFY else "4"))
SERVER_TRIALS = int(os.environ.get("YJFIELD_SERVER_KILL_TRIALS", "60" if VERIFY else "3"))
SYNCER = ROOT / "tests" / "helpers" / "crash_syncer.py"


def _seed() -> int:
    return int(os.environ.get("YJFIELD_SEED", random.randrange(2**32)))


def _check(figures: Trial, harness: Harness, laptops: list[Device], texts: dict[str, str],
           children: list[str]) -> None:
    for _ in range(2):  # the second round brings each laptop the others' last pushes
        for laptop in laptops:
            laptop.sync()
    server = server_rows(harness.engine)
    figures.records_lost = lost(set(texts), server)
    figures.records_duplicated = duplicated(texts, server)
    figures.divergent_replicas = len(divergent(laptops, server, children))
    assert (figures.records_lost, figures.records_duplicated, figures.divergent_replicas) \
        == (0, 0, 0), f"seed {figures.seed}"
    figures.failed = False


def test_the_app_killed_at_random_moments_of_saving_and_syncing(
        harness: Harness, devices: list[Device]) -> None:
    seed = _seed()
    rng = random.Random(seed)
    figures = FIGURES.report(Trial("app killed while syncing", seed=seed, failed=True))
    server = ServerProcess(str(harness.engine.url.render_as_string(hide_password=False)))
    server.start()
    try:
        yw = harness.device("yw", name="yw", base_url=server.url,
                            client=httpx.Client(base_url=server.url, timeout=10))
        devices.append(yw)
        child = harness.new_child(yw)
        yw.store.set_meta("server_url", server.url)
        yw.sync()
        yw.store.close()
        texts: dict[str, str] = {}
        for trial in range(CLIENT_TRIALS):
            lines = run_and_kill(SYNCER, [str(yw.folder), PASSPHRASE, PASSWORD, child.id,
                                          str(trial * 1_000_000)], rng.uniform(0.05, 1.2),
                                 env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
            texts.update({line.split()[1]: line.split(maxsplit=2)[2] for line in lines
                          if line.startswith("fact ")})
            figures.trials += 1
            figures.faults += 1
        store = Store.unlock(yw.folder, PASSPHRASE)
        reopened = Device("yw", yw.folder, store, SyncEngine(
            store, ServerApi(server.url), SecretStore(store, store.identity.device_id)),
            yw.client)
        devices.append(reopened)
        _check(figures, harness, [reopened], texts, [child.id])
    finally:
        server.kill()


def test_the_server_killed_at_random_moments_of_a_push(harness: Harness,
                                                       devices: list[Device]) -> None:
    seed = _seed()
    rng = random.Random(seed)
    figures = FIGURES.report(Trial("server killed during pushes", seed=seed, failed=True))
    server = ServerProcess(str(harness.engine.url.render_as_string(hide_password=False)))
    server.start()
    try:
        laptops = [harness.device(name, name=name, base_url=server.url,
                                  client=httpx.Client(base_url=server.url, timeout=10))
                   for name in ("yw", "cm")]
        devices.extend(laptops)
        cm = laptops[1]
        child = harness.new_child(cm, "yw")
        cm.sync()
        texts: dict[str, str] = {}
        n = 0
        for _ in range(SERVER_TRIALS):
            for laptop in laptops:
                for _ in range(rng.randint(10, 60)):
                    n += 1
                    words = f"{laptop.name} pushed note {n}"
                    texts[laptop.store.add_fact(CaseEntry(
                        child_id=child.id, at=datetime.now(UTC), text=words)).id] = words
            pushing = [threading.Thread(target=_sync_quietly, args=(laptop,))
                       for laptop in laptops]
            for thread in pushing:
                thread.start()
            time.sleep(rng.uniform(0.0, 0.4))
            server.kill()
            for thread in pushing:
                thread.join(timeout=60)
            figures.trials += 1
            figures.faults += 1
            server.start()
        _check(figures, harness, laptops, texts, [child.id])
    finally:
        server.kill()


def _sync_quietly(laptop: Device) -> None:
    with contextlib.suppress(SyncError):  # the server died under it: shown as offline
        laptop.sync()
