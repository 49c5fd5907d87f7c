"""Shared fixtures: real SQLCipher stores in tmp_path, invented identities, a fake clock."""

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from argon2 import PasswordHasher

from tests.helpers.figures import FIGURES, WRITE_MATRIX, Trial
from tests.helpers.log_scan import LogScan, invented_names, personal_data_in
from yjfield.domain.child import Child
from yjfield.domain.codes import Role
from yjfield.domain.identity import DeviceIdentity
from yjfield.server import admin
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store

PASSPHRASE = "orange kettle seventeen lighthouse"


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def identity() -> DeviceIdentity:
    return DeviceIdentity(user_id="user-yw-1", username="ywdemo", display_name="Demo Worker",
                          role=Role.YOUTH_WORKER, device_id="device-0001-aaaa",
                          service_id="service-demo")


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def store(store_dir: Path, identity: DeviceIdentity, clock: FakeClock) -> Iterator[Store]:
    opened = Store.initialise(store_dir, PASSPHRASE, identity,
                              kdf=KdfParams.fast_for_tests(), now=clock)
    yield opened
    opened.close()


@pytest.fixture
def child(store: Store) -> Child:
    return store.create(Child(given_name="Marlowe", family_name="Thistlewood",
                              preferred_name="Mo", date_of_birth=date(2010, 5, 17)))


@pytest.fixture(autouse=True)
def _no_os_keyring() -> Iterator[None]:
    """Every test starts with no OS keyring (a headless laptop), whatever the machine has.

    The keyring backend is process-wide: left to chance, a secret saved under one
    backend was looked for under another by a later step of the same test.
    """
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _fail_on_unexpected_log_warnings(request: pytest.FixtureRequest,
                                     caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A warning or error logged during a test fails it, unless the test says it expects one."""
    yield
    if request.node.get_closest_marker("allow_log_warnings"):
        return
    noisy = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in caplog.get_records("call")
             if r.levelno >= logging.WARNING]
    assert noisy == [], "unexpected log warnings"


_LOG_SCAN = LogScan()
AUTHORISATION_MATRIX = "tests/server/test_authorisation.py"


def pytest_configure(config: pytest.Config) -> None:
    # Accounts are made and signed in to hundreds of times; the real Argon2 cost is
    # tested where it matters (the store's key file), not paid in every fixture.
    admin.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    logging.getLogger().addHandler(_LOG_SCAN)
    logging.getLogger("yjfield").setLevel(logging.DEBUG)  # every line the app could write


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Each row of the authorisation matrix is one trial of the proving ground's table."""
    if report.when == "call" and report.nodeid.startswith(AUTHORISATION_MATRIX):
        FIGURES.report(Trial("authorisation matrix", trials=1,
                             authorisation_failures=int(report.failed)))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES.trials:
        terminalreporter.write_sep("=", "proving ground")
        for line in [*FIGURES.table(), *WRITE_MATRIX.lines()]:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The whole suite's logs hold no child's name; a leak fails the run."""
    if FIGURES.bad():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    logging.getLogger().removeHandler(_LOG_SCAN)
    leaks = personal_data_in(_LOG_SCAN.lines, invented_names())
    if leaks:
        print(f"\n{len(leaks)} log lines name a child (personal data in logs):")
        for line in leaks[:20]:
            print(f"  {line[:200]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif session.config.option.verbose >= 0:
        print(f"\nlogs checked for children's names: {len(_LOG_SCAN.lines)} lines, none")
