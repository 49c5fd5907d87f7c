"""Retries back off with jitter; the status says what waits and what went wrong."""

import random

from tests.helpers.harness import Device, FaultyClient, Harness
from yjfield.domain.contact import CaseEntry
from yjfield.sync.errors import Offline
from yjfield.sync.retry import Backoff
from yjfield.sync.status import read_status


def test_backoff_grows_to_a_cap_with_jitter() -> None:
    backoff = Backoff(base=2, cap=60, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(12)]
    assert all(0 <= d <= 60 for d in delays)
    assert max(delays[:2]) <= 4 and max(delays[6:]) > 4  # it grows
    assert len(set(delays)) == len(delays)  # jittered, not in step
    backoff.reset()
    assert backoff.next_delay() <= 2


def test_status_counts_waiting_changes_and_last_sync(harness: Harness,
                                                     devices: list[Device]) -> None:
    yw = harness.device("yw", name="yw")
    devices.append(yw)
    child = harness.new_child(yw)
    yw.store.add_fact(CaseEntry(child_id=child.id, at=yw.store.now(), text="offline"))
    assert isinstance(yw.client, FaultyClient)
    yw.client.fail_requests = 1
    try:
        yw.sync()
    except Offline as error:
        status = read_status(yw.store, online=False, message=error.what)
    assert not status.online and status.pending == 1 and status.last_success is None
    assert status.message == "The server cannot be reached."
    yw.sync()
    status = read_status(yw.store, online=True)
    assert status.pending == 0 and status.last_success is not None
