"""A week of offline work from several laptops, synced through a network that misbehaves.

A loopback TCP proxy between the laptops and uvicorn resets, truncates, drops
and delays connections in both directions, at random points of the request or
the answer. At the end every laptop syncs on a quiet network and the counts must
be 0: acknowledged records lost, duplicated, and laptops that differ from the
server. `make test` runs a few faulted syncs on each database; `make verify`
runs at least 500 in all (YJFIELD_NETWORK_SYNCS per database).
"""

import contextlib
import logging
import os
import random
from datetime import UTC, datetime, time, timedelta

import httpx
import pytest

from tests.helpers.figures import FIGURES, Trial
from tests.helpers.harness import Device, Harness, loopback_server
from tests.helpers.proxy import MODES, Cut, CuttingProxy
from tests.helpers.replicas import divergent, duplicated, lost, server_rows
from yjfield.domain.contact import CaseEntry, VoiceEntry
from yjfield.domain.reparation import ReparationAttendance, ReparationProject, ReparationSession
from yjfield.sync.errors import SyncError

FAULTED_SYNCS = int(os.environ.get("YJFIELD_NETWORK_SYNCS",
                                   "260" if os.environ.get("YJFIELD_VERIFY") else "8"))
FIELDS = ("preferred_name", "communication_needs", "ete_provider")


class Week:
    """Random but repeatable offline work: notes, the child's words, hours and edits."""

    def __init__(self, rng: random.Random, children: list[str], session: ReparationSession):
        self.rng = rng
        self.children = children
        self.session = session
        self.texts: dict[str, str] = {}  # acknowledged fact id -> its unique words
        self.n = 0
        self.day = datetime(2026, 11, 16, 9, tzinfo=UTC)

    def work(self, device: Device) -> None:
        for _ in range(self.rng.randint(1, 4)):
            self.n += 1
            self.day += timedelta(minutes=17)
            words = f"{device.name} wrote entry {self.n} " + "and more " * self.rng.randint(0, 60)
            child = self.rng.choice(self.children)
            if device.name == "sup":
                fact = device.store.add_fact(ReparationAttendance(
                    child_id=child, session_id=self.session.id,
                    project_id=self.session.project_id, on=self.session.on,
                    minutes=self.rng.randint(30, 120), reflection=words))
            elif self.rng.random() < 0.25:
                device.store.update("child", child, {
                    self.rng.choice(FIELDS): f"{device.name} value {self.rng.randint(1, 3)}"})
                continue
            elif self.rng.random() < 0.3:
                fact = device.store.add_fact(VoiceEntry(child_id=child, at=self.day,
                                                        words=words))
            else:
                fact = device.store.add_fact(CaseEntry(child_id=child, at=self.day, text=words))
            self.texts[fact.id] = words  # saved: the app has said so


def test_a_week_of_offline_work_through_a_faulty_network(
        harness: Harness, devices: list[Device], caplog: pytest.LogCaptureFixture) -> None:
    seed = int(os.environ.get("YJFIELD_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    figures = FIGURES.report(Trial("network faults (proxy)", seed=seed, failed=True))
    caplog.set_level(logging.ERROR, logger="yjfield.server")
    with loopback_server(harness.app) as url:
        proxy = CuttingProxy(int(url.rsplit(":", 1)[1]))
        try:
            laptops = [harness.device(name, name=name, base_url=proxy.url,
                                      client=httpx.Client(base_url=proxy.url, timeout=1.0))
                       for name in ("yw", "cm", "sup")]
            devices.extend(laptops)
            _, cm, sup = laptops
            children = [harness.new_child(cm, "yw", "sup", given_name=f"Trial{i}").id
                        for i in range(3)]
            project = sup.store.create(ReparationProject(name="Canal towpath"))
            session = ReparationSession(project_id=project.id, on=datetime(2026, 11, 21).date(),
                                        start=time(10), end=time(13))
            sup.store.add_fact(session)
            for laptop in (cm, sup, *laptops):  # the children and the session reach everyone
                laptop.sync()
            week = Week(rng, children, session)
            attempts = 0
            while figures.faults < FAULTED_SYNCS and attempts < FAULTED_SYNCS * 3:
                attempts += 1
                laptop = rng.choice(laptops)
                week.work(laptop)
                proxy.arm(Cut(rng.choice(("to_server", "to_client")), rng.randrange(0, 1500),
                              rng.choice(MODES), delay=rng.uniform(0.05, 0.4)))
                before = proxy.faults_fired
                with contextlib.suppress(SyncError):  # shown as offline; tried again later
                    laptop.sync()
                proxy.disarm()
                figures.trials += 1
                figures.faults += proxy.faults_fired - before
            for laptop in laptops:
                # The short timeout ends dropped connections quickly during the trial;
                # on the quiet network at the end, a busy machine may need longer.
                laptop.client.timeout = httpx.Timeout(30.0)
            for _ in range(2):
                for laptop in laptops:
                    laptop.sync()
        finally:
            proxy.close()
    server = server_rows(harness.engine)
    figures.records_lost = lost(set(week.texts), server)
    figures.records_duplicated = duplicated(week.texts, server)
    figures.divergent_replicas = len(divergent(laptops, server, children))
    figures.server_errors = sum(1 for r in caplog.records if "unhandled" in r.getMessage())
    assert all(laptop.store.pending_count() == 0 for laptop in laptops)
    assert figures.faults >= FAULTED_SYNCS, "too few faults fired: the trial proved little"
    assert (figures.records_lost, figures.records_duplicated, figures.divergent_replicas,
            figures.server_errors) == (0, 0, 0, 0), f"seed {seed}"
    figures.failed = False
