"""Many devices syncing realistic traffic for a while against one server process.

The server is `yjfield-server serve` (one uvicorn process) on PostgreSQL by default.
The devices are simulated at the protocol level: each enrols, pulls its caseload, then
syncs at random intervals (exponential, mean --interval seconds), each time pushing
what a practitioner records between syncs (case notes, the audit events the app writes
for records viewed and changed, now and then an edit to a child's details) and
pulling until it is up to date. Each child sits on a youth worker's and a case
manager's caseload, so most pushes reach another device on its next pull. About one
sync in twenty starts with a token refresh (a laptop waking after its access token ran
out). Simulating at the protocol level keeps the load generator light, so the two
cores go mostly to the server being measured.

Prints p50/p95/p99 latency of whole syncs and of each request, throughput, errors (any
refused request, transport failure or rejected change) and the server's CPU use.

    .venv/bin/python bench/load.py [--devices 200] [--seconds 60] [--interval 10]
                                   [--backend postgresql|sqlite]
"""

import argparse
import asyncio
import gzip
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from benchkit import PASSWORD, cpu_seconds, database, pct, server_process

from yjfield.domain.base import Fact
from yjfield.domain.clock import Hlc, tick
from yjfield.domain.codes import AuditAction, Role
from yjfield.domain.compliance import AuditEvent
from yjfield.domain.contact import CaseEntry
from yjfield.domain.demo import build_demo
from yjfield.domain.ids import new_id
from yjfield.domain.protocol import (
    MAX_PULL_PAGE,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    Change,
    ChangeStatus,
    Op,
)
from yjfield.server import admin
from yjfield.server.db import make_engine, migrate, refresh_statistics
from yjfield.server.imports import insert_records

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(SCHEMA_VERSION)}
NOTES = ["Talked about college and the bus pass; keen to start in September.",
         "Missed the first ten minutes, then engaged well with the session on choices.",
         "Mum says things are calmer at home; agreed to meet at the youth club next week.",
         "Worked on the CV together; wants to try for the bike shop job."]


@dataclass
class Figures:
    syncs: list[float] = field(default_factory=list)
    requests: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    bytes_up: int = 0
    bytes_down: int = 0


class Refused(Exception):
    """A request the server refused or could not answer: an error in the figures."""


@dataclass
class Device:
    username: str
    http: httpx.AsyncClient
    figures: Figures
    rng: random.Random
    user_id: str = ""
    device_id: str = ""
    access: str = ""
    refresh: str = ""
    cursor: int = 0
    counter: int = 0
    clock: Hlc | None = None
    children: list[str] = field(default_factory=list)
    versions: dict[str, dict[str, int]] = field(default_factory=dict)

    async def call(self, path: str, body: dict[str, Any], *, signed: bool = True,
                   measured: bool = True) -> Any:
        content = httpx.Request("POST", "/", json=body).content
        headers = dict(HEADERS, **{"Content-Type": "application/json"})
        if len(content) > 1024:  # as the real client does
            content = gzip.compress(content, compresslevel=6)
            headers["Content-Encoding"] = "gzip"
        if signed:
            headers["Authorization"] = f"Bearer {self.access}"
        start = time.perf_counter()
        try:
            response = await self.http.post(f"/v1{path}", content=content, headers=headers)
        except httpx.TransportError as error:
            raise Refused(f"{path}: {type(error).__name__}") from None
        took = time.perf_counter() - start
        if measured:
            self.figures.requests[path].append(took)
            self.figures.bytes_up += len(content)
            self.figures.bytes_down += len(response.content)
        if response.status_code >= 400:
            raise Refused(f"{path}: HTTP {response.status_code}")
        return response.json()

    async def enrol(self) -> None:
        answer = await self.call("/auth/enrol", {"username": self.username, "password": PASSWORD,
                                                 "device_name": f"load-{self.username}"},
                                 signed=False, measured=False)
        self.user_id = answer["identity"]["user_id"]
        self.device_id = answer["identity"]["device_id"]
        self.access = answer["tokens"]["access_token"]
        self.refresh = answer["tokens"]["refresh_token"]

    async def refresh_tokens(self) -> None:
        answer = await self.call("/auth/refresh", {"refresh_token": self.refresh}, signed=False)
        self.access, self.refresh = answer["access_token"], answer["refresh_token"]

    def _stamp(self) -> str:
        self.clock = tick(self.clock, int(time.time() * 1000), self.device_id)
        return self.clock.encode()

    def _change(self, op: Op, kind: str, record_id: str, child_id: str, **payload: Any) -> Change:
        self.counter += 1
        return Change(change_id=new_id(), counter=self.counter, op=op, kind=kind,
                      record_id=record_id, child_id=child_id, made_at=self._stamp(), **payload)

    def _fact(self, fact: Fact) -> Change:
        stamped = fact.model_copy(update={"recorded_by": self.user_id,
                                          "device_id": self.device_id,
                                          "recorded_at": self._stamp()})
        assert stamped.child_id is not None
        return self._change(Op.APPEND, fact.kind, fact.id, stamped.child_id,
                            record=stamped.to_data())

    def _audit(self, action: AuditAction, kind: str, record_id: str, child_id: str) -> Change:
        return self._fact(AuditEvent(child_id=child_id, at=datetime.now(UTC), action=action,
                                     record_kind=kind, record_id=record_id, user_id=self.user_id))

    def work_since_last_sync(self) -> list[Change]:
        """What a practitioner records between two syncs."""
        changes: list[Change] = []
        for _ in range(self.rng.randint(0, 3)):
            child = self.rng.choice(self.children)
            changes.append(self._audit(AuditAction.VIEW, "child", child, child))
            note = CaseEntry(child_id=child, at=datetime.now(UTC), text=self.rng.choice(NOTES))
            changes.append(self._fact(note))  # carries its own author: no audit event
        if self.rng.random() < 0.2:
            child = self.rng.choice(self.children)
            base = self.versions.get(child, {}).get("preferred_name", 0)
            changes.append(self._change(Op.PATCH, "child", child, child,
                                        fields={"preferred_name": f"Nick {self.counter}"},
                                        base={"preferred_name": base}))
            changes.append(self._audit(AuditAction.CHANGE, "child", child, child))
        return changes

    async def pull_all(self) -> None:
        while True:
            page = await self.call("/sync/pull", {"cursor": self.cursor,
                                                  "limit": MAX_PULL_PAGE})
            for record in page["records"]:
                if record["kind"] == "child" and record.get("versions"):
                    self.versions[record["id"]] = record["versions"]
            self.figures.pulled += len(page["records"])
            self.children = page["scope"] or self.children
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return

    async def sync(self) -> None:
        start = time.perf_counter()
        try:
            if self.rng.random() < 0.05:
                await self.refresh_tokens()
            changes = self.work_since_last_sync()
            if changes:
                body = {"changes": [c.model_dump(mode="json") for c in changes]}
                answer = await self.call("/sync/push", body)
                for result in answer["results"]:
                    if result["status"] == ChangeStatus.REJECTED:
                        self.figures.errors[f"change rejected: {result['code']}"] += 1
                    elif result["status"] == ChangeStatus.CONFLICT:
                        self.figures.conflicts += 1
                self.figures.pushed += len(changes)
            await self.pull_all()
        except Refused as error:
            self.figures.errors[str(error)] += 1
            return
        self.figures.syncs.append(time.perf_counter() - start)


def seed(url: str, devices: int) -> list[str]:
    """Three youth workers to each case manager; each child on one of each's caseload."""
    youth_workers = devices * 3 // 4
    case_managers = devices - youth_workers
    demo = build_demo(children=youth_workers * 4)
    engine = make_engine(url)
    migrate(engine)
    names: list[str] = []
    with engine.begin() as conn:
        service = admin.create_service(conn, name="Load YJS (invented)")
        insert_records(conn, service_id=service, items=demo.records)
        child_ids = [c.id for c in demo.children]
        for i in range(youth_workers):
            user = admin.add_user(conn, service_id=service, username=f"yw{i}",
                                  display_name=f"YW {i}", role=Role.YOUTH_WORKER,
                                  password=PASSWORD)
            for child in child_ids[i * 4:(i + 1) * 4]:
                admin.assign(conn, child_id=child, user_id=user)
            names.append(f"yw{i}")
        per_manager = -(-len(child_ids) // case_managers)
        for i in range(case_managers):
            user = admin.add_user(conn, service_id=service, username=f"cm{i}",
                                  display_name=f"CM {i}", role=Role.CASE_MANAGER,
                                  password=PASSWORD)
            for child in child_ids[i * per_manager:(i + 1) * per_manager]:
                admin.assign(conn, child_id=child, user_id=user)
            names.append(f"cm{i}")
    refresh_statistics(engine)  # as autovacuum would have on a running server
    engine.dispose()
    return names


@dataclass
class Run:
    warm: Figures
    load: Figures
    warm_seconds: float
    wall: float
    server_cpu: float | None


async def drive(base: str, pid: int, names: list[str], seconds: float, interval: float,
                seed_value: int) -> Run:
    """Enrol and first-sync every device, then the measured window."""
    warm, load = Figures(), Figures()
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [httpx.AsyncClient(base_url=base, timeout=60, limits=limits) for _ in names]
    devices = [Device(name, client, warm, random.Random(seed_value + i))
               for i, (name, client) in enumerate(zip(names, clients, strict=True))]
    gate = asyncio.Semaphore(4)  # enrolment hashes a password: not 200 at once

    async def first(device: Device) -> None:
        async with gate:
            await device.enrol()
            await device.pull_all()

    started = time.perf_counter()
    await asyncio.gather(*(first(d) for d in devices))
    warm_seconds = time.perf_counter() - started
    for device in devices:
        device.figures = load
    deadline = time.perf_counter() + seconds

    async def life(device: Device) -> None:
        while True:
            pause = device.rng.expovariate(1 / interval)
            if time.perf_counter() + pause >= deadline:
                return
            await asyncio.sleep(pause)
            await device.sync()

    cpu_before = cpu_seconds(pid)
    start = time.perf_counter()
    await asyncio.gather(*(life(d) for d in devices))
    wall = time.perf_counter() - start
    cpu_after = cpu_seconds(pid)
    for client in clients:
        await client.aclose()
    cpu = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    return Run(warm, load, warm_seconds, wall, cpu)


def report(load: Figures, wall: float, cpu: float | None, devices: int) -> None:
    def line(name: str, figure: str, note: str = "") -> None:
        print(f"{name:<30} {figure:<44} {note}")

    errors = sum(load.errors.values())
    syncs = load.syncs
    line("devices", str(devices))
    line("measured window", f"{wall:.1f} s")
    line("syncs completed", f"{len(syncs)} ({len(syncs) / wall:.1f}/s)")
    requests = sum(len(v) for v in load.requests.values())
    line("requests", f"{requests} ({requests / wall:.1f}/s)")
    line("records pushed / pulled", f"{load.pushed} / {load.pulled}",
         f"({load.pushed / wall:.0f}/s up, {load.pulled / wall:.0f}/s down)")
    line("sync latency", f"p50 {statistics.median(syncs) * 1000:.0f} ms, "
         f"p95 {pct(syncs, 0.95) * 1000:.0f} ms, p99 {pct(syncs, 0.99) * 1000:.0f} ms",
         "(goal: p95 <= 1 s)")
    for path, samples in sorted(load.requests.items()):
        line(f"  {path}", f"p50 {statistics.median(samples) * 1000:.0f} ms, "
             f"p95 {pct(samples, 0.95) * 1000:.0f} ms, p99 {pct(samples, 0.99) * 1000:.0f} ms",
             f"({len(samples)} requests)")
    line("bytes up / down", f"{load.bytes_up / 1024:.0f} KB / {load.bytes_down / 1024:.0f} KB")
    line("field conflicts (expected)", str(load.conflicts),
         "(two devices editing one child's preferred name)")
    line("errors", str(errors), "(goal: 0)")
    for what, count in load.errors.most_common():
        line(f"  {what}", str(count))
    if cpu is not None:
        line("server CPU", f"{cpu:.1f} s ({cpu / wall * 100:.0f}% of one core)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--interval", type=float, default=10,
                        help="mean seconds between one device's syncs")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, database(args.backend, Path(tmp)) as url:
        names = seed(url, args.devices)
        with server_process(url) as (base, pid):
            run = asyncio.run(drive(base, pid, names, args.seconds, args.interval, args.seed))
    print(f"== {args.backend}: {args.devices} devices, {args.seconds:.0f} s, a sync every "
          f"{args.interval:.0f} s on average per device (seed {args.seed}) ==")
    print(f"before the window, every device enrolled and pulled its caseload: "
          f"{run.warm.pulled} records in {run.warm_seconds:.0f} s, "
          f"{sum(run.warm.errors.values())} errors")
    report(run.load, run.wall, run.server_cpu, args.devices)
    return 1 if run.load.errors or run.warm.errors else 0


if __name__ == "__main__":
    sys.exit(main())
