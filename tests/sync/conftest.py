"""Sync tests: the real server (both databases) and devices with real encrypted stores."""

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.helpers.databases import database_url, engine
from tests.helpers.harness import Device, Harness

__all__ = ["database_url", "engine"]


@pytest.fixture
def harness(engine: Engine, tmp_path: Path) -> Harness:
    return Harness(engine, tmp_path)


@pytest.fixture
def devices() -> Iterator[list[Device]]:
    """Devices made in a test are closed after it."""
    made: list[Device] = []
    yield made
    for device in made:
        with contextlib.suppress(Exception):  # an erased store is already closed
            device.store.close()
        device.engine.api.close()


@pytest.fixture
def paged_laptop(harness: Harness, devices: list[Device]) -> Device:
    """A youth worker's laptop, not yet synced, whose caseload will come in several pages."""
    cm = harness.device("cm", name="cm")
    yw = harness.device("yw", name="yw")
    devices += [cm, yw]
    for _ in range(6):
        harness.new_child(cm, "yw")
    cm.sync()
    yw.engine.pull_page = 2
    return yw
