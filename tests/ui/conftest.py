"""UI tests: the real window, a real encrypted laptop store, a real server on loopback.

Background work runs at once on the test's thread (ImmediateExecutor), so each
click's effect is there when the next line runs.
"""

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.conftest import PASSPHRASE
from tests.helpers.harness import PASSWORD, Harness
from yjfield.app.first_run import set_up_laptop
from yjfield.app.operations import ImmediateExecutor, Operations
from yjfield.domain.child import Child
from yjfield.domain.ids import new_id
from yjfield.server.db import make_engine, migrate
from yjfield.server.embedded import LoopbackServer
from yjfield.server.imports import insert_records
from yjfield.store.keys import KdfParams
from yjfield.sync.api import ServerApi

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Laptop:
    folder: Path
    harness: Harness
    server: LoopbackServer
    children: list[Child]


def synchronous_operations() -> Operations:
    return Operations(lambda fn: fn(), store_executor=ImmediateExecutor(),
                      network_executor=ImmediateExecutor())


@pytest.fixture
def server_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def laptop(server_engine: Engine, tmp_path: Path) -> Iterator[Laptop]:
    harness = Harness(server_engine, tmp_path)
    names = [("Tegan", "Quarrendon"), ("Ioan", "Larkhollow"), ("Wren", "Saltmarsh")]
    children = [Child(id=new_id(), given_name=g, family_name=f, date_of_birth=date(2010, 3, 4))
                for g, f in names]
    with server_engine.begin() as conn:
        insert_records(conn, service_id=harness.service_id, items=children)
    for child in children:
        harness.assign(child.id, "yw")
    server = LoopbackServer(harness.app)
    api = ServerApi(server.start())
    try:
        store, _, _ = set_up_laptop(api, tmp_path / "laptop", username="yw", password=PASSWORD,
                                    passphrase=PASSPHRASE, device_name="test laptop",
                                    kdf=KdfParams.fast_for_tests())
        store.close()
        yield Laptop(tmp_path / "laptop", harness, server, children)
    finally:
        api.close()
        server.stop()
