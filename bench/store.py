"""Store speed on the demo caseload scaled to 500 children and 100,000 case entries.

Prints unlock time (with the real KDF), the caseload list with its derived
fields, save-a-contact and full-text search percentiles, and the same workload
on unencrypted SQLite (the same library and code with no key) as a ratio.

    .venv/bin/python bench/store.py [--children 500] [--entries 200]
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from yjfield.domain.base import Fact, Mutable
from yjfield.domain.codes import Role
from yjfield.domain.contact import Contact
from yjfield.domain.demo import DemoService, DemoUser, build_demo
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.ids import new_id
from yjfield.store.connection import Database
from yjfield.store.keys import KdfParams
from yjfield.store.migrations import migrate
from yjfield.store.store import STORE_FORMAT, Store

PASSPHRASE = "benchmark passphrase"
QUERIES = ("coll", "bike", "footb", "garden", "bus", "quiet", "library", "timetable",
           "safe", "leisure", "apology", "nightmare", "ashgrove", "wren", "tegan", "carrowby")


def records_for(service: DemoService, user: DemoUser) -> list[Fact | Mutable]:
    """The demo records of the user's children (a case manager's scope: no minimising)."""
    children = service.assignments[user.username]
    return [r for r in service.records if r.child_id in children or r.child_id is None]


def seed_store(store: Store, service: DemoService, user: DemoUser) -> None:
    """Load a scope as a first sync would, without a server, to time the store alone."""
    records = records_for(service, user)
    with store.db.atomic():
        store.apply_server_facts((r.kind, r.to_data()) for r in records if isinstance(r, Fact))
        for record in records:
            if isinstance(record, Mutable):
                data = record.to_data()
                store.apply_server_entity(record.kind, data,
                                          {name: 1 for name in data if name != "id"}, {})


class PlainDatabase(Database):
    """The same store with no key: what encryption costs, and nothing else."""

    def _apply_key(self, db_key: bytearray) -> None:
        pass


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def workload(store: Store, child_ids: list[str]) -> dict[str, list[float]]:
    store.caseload()  # warm the page cache as an open app would be
    results = {"caseload": timed(store.caseload, 30)}
    saves = []
    for n in range(300):
        contact = Contact(child_id=child_ids[n % len(child_ids)], start=datetime.now(UTC),
                          narrative=f"Benchmark visit {n}: talked about college and football.")
        start = time.perf_counter()
        store.add_fact(contact)
        saves.append(time.perf_counter() - start)
    results["save"] = saves
    searches = []
    for n in range(320):
        text = QUERIES[n % len(QUERIES)]
        start = time.perf_counter()
        store.search_children(text)
        searches.append(time.perf_counter() - start)
    results["search"] = searches
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=500)
    parser.add_argument("--entries", type=int, default=200, help="case entries per child")
    args = parser.parse_args()

    service = build_demo(children=args.children, extra_entries_per_child=args.entries)
    user = service.user(Role.CASE_MANAGER)
    service.assignments[user.username] = {c.id for c in service.children}  # the whole service
    in_scope = records_for(service, user)
    entries = sum(1 for r in in_scope if r.kind == "case_entry")
    print(f"caseload: {args.children} children, {entries} case entries, "
          f"{len(in_scope)} records in all")
    identity = DeviceIdentity(user_id=user.user_id, username=user.username,
                              display_name=user.display_name, role=user.role,
                              device_id=new_id(), service_id=service.service_id)
    child_ids = [c.id for c in service.children]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "encrypted"
        store = Store.initialise(folder, PASSPHRASE, identity, kdf=KdfParams())
        start = time.perf_counter()
        seed_store(store, service, user)
        print(f"seeded the encrypted store in {time.perf_counter() - start:.1f} s")
        store.close()
        unlocks = []
        for _ in range(5):
            start = time.perf_counter()
            store = Store.unlock(folder, PASSPHRASE)
            unlocks.append(time.perf_counter() - start)
            if _ < 4:
                store.close()
        encrypted = workload(store, child_ids)
        size = (folder / "store.db").stat().st_size
        store.close()

        plain_path = Path(tmp) / "plain.db"
        db = PlainDatabase(plain_path, bytearray(), create=True)
        migrate(db)
        with db.atomic():
            db.execute("INSERT INTO meta VALUES ('store_format', ?)", (STORE_FORMAT,))
        plain_store = Store(db, identity, lambda: datetime.now(UTC))
        seed_store(plain_store, service, user)
        plain = workload(plain_store, child_ids)
        plain_store.close()

    rows = []
    unlock_ms = statistics.median(unlocks) * 1000
    rows.append(("unlock (Argon2id t=3 m=64MiB, median of 5)", unlock_ms, None, 400.0))
    for name, label, goal in (("caseload", "caseload list with derived fields", 50.0),
                              ("save", "save a contact", 10.0),
                              ("search", "full-text search (search as you type)", 30.0)):
        p50, p95 = percentiles(encrypted[name])
        rows.append((label, p50, p95, goal))
    print(f"\nstore file: {size / 1e6:.1f} MB")
    print(f"{'figure':<46} {'p50 ms':>8} {'p95 ms':>8} {'goal ms':>8}  verdict")
    for label, p50, p95, goal in rows:
        measured = p95 if p95 is not None else p50
        p95_text = f"{p95:8.2f}" if p95 is not None else f"{'':>8}"
        verdict = "ok" if measured <= goal else "MISSED"
        print(f"{label:<46} {p50:8.2f} {p95_text} {goal:8.0f}  {verdict}")
    total_encrypted = sum(sum(v) for v in encrypted.values())
    total_plain = sum(sum(v) for v in plain.values())
    print("\nSQLCipher / plain SQLite, same workload, no KDF:")
    for name in ("caseload", "save", "search"):
        ratio = statistics.median(encrypted[name]) / statistics.median(plain[name])
        print(f"  {name:<10} {ratio:5.2f}")
    ratio = total_encrypted / total_plain
    print(f"  {'workload':<10} {ratio:5.2f}   (goal <= 1.5: {'ok' if ratio <= 1.5 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
