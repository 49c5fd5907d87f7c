"""Sync speed on this machine, with PostgreSQL and with SQLite.

The server runs as its own process (yjfield-server serve) on 127.0.0.1; devices are
real encrypted stores with the real sync engine, in this process. Prints:

- initial sync of a ~20,000-record scope to an empty device (records/s);
- an incremental sync of 200 new facts and 50 field edits (round-trip time);
- bytes on the wire (up and down) for that incremental sync, per changed record;
- 100 devices syncing at once (p50/p95 latency, errors);
- two devices that edited different fields of the same 100 records offline: the
  time for both to converge, and that no conflict arose.

    .venv/bin/python bench/sync.py [--backend sqlite|postgresql|both] [--devices 100]
"""

import argparse
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import keyring
import keyring.backends.fail
from benchkit import PASSWORD, database, pct, server_process

from yjfield.domain.codes import Role
from yjfield.domain.contact import CaseEntry
from yjfield.domain.demo import build_demo
from yjfield.server import admin
from yjfield.server.db import make_engine, migrate, refresh_statistics
from yjfield.server.imports import insert_records
from yjfield.store.keys import KdfParams
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import REFRESH_TOKEN, SyncEngine


class Meter:
    """Bytes on the wire, as sent and received (after compression)."""

    def __init__(self) -> None:
        self.up = 0
        self.down = 0

    def client(self, base: str) -> httpx.Client:
        def on_request(request: httpx.Request) -> None:
            self.up += len(request.content)

        def on_response(response: httpx.Response) -> None:
            response.read()
            self.down += int(response.headers.get("content-length") or len(response.content))

        return httpx.Client(base_url=base, timeout=60,
                            event_hooks={"request": [on_request], "response": [on_response]})


def make_device(base: str, username: str, folder: Path, meter: Meter | None = None) -> SyncEngine:
    client = meter.client(base) if meter else httpx.Client(base_url=base, timeout=60)
    api = ServerApi(base, http=client)
    enrolled = api.enrol(username, PASSWORD, f"bench-{folder.name}")
    store = Store.initialise(folder, "bench passphrase", enrolled.identity,
                             kdf=KdfParams.fast_for_tests())
    secrets = SecretStore(store, enrolled.identity.device_id)
    secrets.put(REFRESH_TOKEN, enrolled.tokens.refresh_token)
    return SyncEngine(store, api, secrets, access_token=enrolled.tokens.access_token,
                      pull_page=2000)


def seed(url: str, records: int, devices: int) -> tuple[list[str], list[str]]:
    """A service whose case manager's scope holds about `records` records."""
    engine = make_engine(url)
    migrate(engine)
    children = 100
    per_child_extra = max(0, records // children - 44)
    demo = build_demo(children=children, extra_entries_per_child=per_child_extra)
    with engine.begin() as conn:
        service = admin.create_service(conn, name="Bench YJS (invented)")
        cm = admin.add_user(conn, service_id=service, username="cm", display_name="CM",
                            role=Role.CASE_MANAGER, password=PASSWORD)
        crowd = [admin.add_user(conn, service_id=service, username=f"d{i}",
                                display_name=f"D{i}", role=Role.YOUTH_WORKER, password=PASSWORD)
                 for i in range(devices)]
        insert_records(conn, service_id=service, items=demo.records)
        child_ids = [c.id for c in demo.children]
        for child_id in child_ids:
            admin.assign(conn, child_id=child_id, user_id=cm)
        for i, user_id in enumerate(crowd):  # each crowd device: one small caseload
            admin.assign(conn, child_id=child_ids[i % children], user_id=user_id)
    # A running server's tables have planner statistics (autovacuum keeps them); a
    # just-seeded one has none until autovacuum comes round, so gather them now.
    refresh_statistics(engine)
    engine.dispose()
    return child_ids, [f"d{i}" for i in range(devices)]


def run(backend: str, records: int, crowd_size: int) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp_text, database(backend, Path(tmp_text)) as url:
        tmp = Path(tmp_text)
        child_ids, crowd = seed(url, records, crowd_size)
        with server_process(url) as (base, _pid):
            # 1. initial sync to an empty device
            first = make_device(base, "cm", tmp / "first")
            start = time.perf_counter()
            report = first.sync()
            took = time.perf_counter() - start
            held = sum(first.store.counts_from_server().values())
            rows.append(("initial sync", f"{held} records in {took:.2f} s",
                         f"{held / took:,.0f} records/s (goal: 20,000 in <= 2 s)"))
            assert report.first_sync_complete

            # 2. incremental sync: 200 facts and 50 field edits, three times: the first
            # is the server process's first push (cold caches); the median is the figure.
            meter = Meter()
            worker = make_device(base, "cm", tmp / "worker", meter)
            worker.sync()
            rounds: list[float] = []
            for round_number in range(3):
                for i in range(200):
                    worker.store.add_fact(CaseEntry(
                        child_id=child_ids[i % len(child_ids)], at=datetime.now(UTC),
                        text=f"Visit {i}: talked about college, football and the bus."))
                for i in range(50):
                    worker.store.update("child", child_ids[i],
                                        {"preferred_name": f"Nick{i}-{round_number}"})
                meter.up = meter.down = 0
                start = time.perf_counter()
                worker.sync()
                rounds.append(time.perf_counter() - start)
            rows.append(("incremental sync (200 facts + 50 edits)",
                         f"{statistics.median(rounds) * 1000:.0f} ms",
                         f"goal <= 100 ms (median of 3; the server's first push took "
                         f"{rounds[0] * 1000:.0f} ms)"))
            rows.append(("bytes up for it", f"{meter.up / 1024:.1f} KB",
                         f"{meter.up / 250:.0f} B per changed record (goal <= 60 KB; "
                         "includes the edits' 50 audit events)"))
            rows.append(("bytes down for it", f"{meter.down / 1024:.1f} KB", ""))
            first.sync()  # bring the reader up to date before the next trial

            # 3. two devices, different fields of the same 100 records, offline
            for i in range(100):
                first.store.update("child", child_ids[i], {"gender": "Girl" if i % 2 else "Boy"})
                worker.store.update("child", child_ids[i], {"ete_provider": f"College {i}"})
            start = time.perf_counter()
            first.sync()
            worker.sync()
            first.sync()
            took = time.perf_counter() - start
            conflicts = first.store.conflict_count() + worker.store.conflict_count()
            same = all(first.store.entity("child", c).data == worker.store.entity("child",
                                                                                 c).data
                       for c in child_ids)
            rows.append(("different fields, same 100 records", f"{took * 1000:.0f} ms",
                         f"conflicts: {conflicts}, converged: {same}"))

            # 4. many devices at once
            devices = [make_device(base, name, tmp / name) for name in crowd]
            for device in devices:
                device.sync()
                for i in range(5):
                    device.store.add_fact(CaseEntry(
                        child_id=child_ids[crowd.index(device.store.identity.username)
                                           % len(child_ids)],
                        at=datetime.now(UTC), text=f"note {i}"))
            latencies: list[float] = []
            errors: list[str] = []
            barrier = threading.Barrier(len(devices))

            def one(device: SyncEngine) -> None:
                barrier.wait()
                start = time.perf_counter()
                try:
                    device.sync()
                    latencies.append(time.perf_counter() - start)
                except Exception as error:  # counted and reported, not hidden
                    errors.append(type(error).__name__)

            threads = [threading.Thread(target=one, args=(d,)) for d in devices]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            rows.append((f"{len(devices)} devices syncing at once",
                         f"p50 {statistics.median(latencies):.2f} s, "
                         f"p95 {pct(latencies, 0.95):.2f} s",
                         f"errors: {len(errors)} (goal: p95 <= 2 s, 0 errors)"))
            for engine in (first, worker, *devices):
                engine.store.close()
                engine.api.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--devices", type=int, default=100)
    args = parser.parse_args()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        print(f"\n== {backend} ==")
        for name, figure, note in run(backend, args.records, args.devices):
            print(f"{name:<42} {figure:<28} {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
