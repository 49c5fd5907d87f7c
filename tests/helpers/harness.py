"""A real server and real devices for sync tests.

The server is the real FastAPI app on a real database, reached in-process through
Starlette's httpx-based TestClient or over loopback with uvicorn on 127.0.0.1:0.
Each device has a real SQLCipher store in tmp_path and the real sync engine.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.conftest import PASSPHRASE
from yjfield.domain.child import Child
from yjfield.domain.codes import Role
from yjfield.domain.ids import new_id
from yjfield.domain.scope import CASE_OPENERS
from yjfield.server import admin
from yjfield.server.app import create_app
from yjfield.server.embedded import running_server
from yjfield.server.imports import insert_records
from yjfield.server.settings import ServerSettings
from yjfield.store.keys import KdfParams
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import REFRESH_TOKEN, SyncEngine

SECRET = "test-secret-" + "x" * 40
PASSWORD = "invented-password"


class FaultyClient(TestClient):
    """In-process client that can lose the answer after the server has done the work."""

    def __init__(self, app: FastAPI) -> None:
        super().__init__(app, base_url="http://127.0.0.1")
        self.drop_responses = 0
        self.fail_requests = 0
        self.calls: list[str] = []

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:  # type: ignore[override]
        self.calls.append(request.url.path)
        if self.fail_requests > 0:
            self.fail_requests -= 1
            raise httpx.ConnectError("simulated: no route to the server", request=request)
        response = super().send(request, **kwargs)
        if self.drop_responses > 0:
            self.drop_responses -= 1
            raise httpx.ReadError("simulated: connection lost before the answer arrived",
                                  request=request)
        return response


class TamperingClient(FaultyClient):
    """In-process client through which a hostile server rewrites its JSON answers."""

    def __init__(self, app: FastAPI, tamper: Callable[[str, Any], Any]) -> None:
        super().__init__(app)
        self.tamper = tamper

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:  # type: ignore[override]
        response = super().send(request, **kwargs)
        if response.headers.get("content-type", "").startswith("application/json"):
            body = self.tamper(request.url.path, json.loads(response.read()))
            return httpx.Response(response.status_code, json=body, request=request)
        return response


def everything_in(store: Store) -> str:
    """Every value in every table of a device's decrypted store, as one text."""
    tables = [row[0] for row in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(repr(row) for table in tables
                     for row in store.db.execute(f'SELECT * FROM "{table}"'))


@dataclass
class Device:
    name: str
    folder: Path
    store: Store
    engine: SyncEngine
    client: httpx.Client

    def sync(self) -> Any:
        return self.engine.sync()


@dataclass
class Harness:
    engine: Engine
    tmp: Path
    app: FastAPI = field(init=False)
    service_id: str = ""
    users: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.app = self.make_app()
        with self.engine.begin() as conn:
            self.service_id = admin.create_service(conn, name="Invented YJS")
            for username, role in (("yw", Role.YOUTH_WORKER), ("cm", Role.CASE_MANAGER),
                                   ("sup", Role.REPARATION_SUPERVISOR),
                                   ("vw", Role.VICTIM_WORKER),
                                   ("sm", Role.SERVICE_MANAGER)):
                self.users[username] = admin.add_user(
                    conn, service_id=self.service_id, username=username,
                    display_name=f"{username} (invented)", role=role, password=PASSWORD)

    def make_app(self) -> FastAPI:
        """A fresh app on the same database (a server restart)."""
        return create_app(ServerSettings(secret_key=SECRET, database_url="unused"),
                          engine=self.engine)

    def assign(self, child_id: str, *usernames: str) -> None:
        with self.engine.begin() as conn:
            for username in usernames:
                admin.assign(conn, child_id=child_id, user_id=self.users[username])

    def new_child(self, device: "Device", *also: str, **fields: Any) -> Child:
        """A child on `device`'s caseload and on `also`'s.

        A case manager's laptop opens the case itself; other roles may not, so the
        child is put on the server (as an import would) and into the laptop's store
        as if synced, so the test starts from the laptop holding the child.
        """
        child = Child(id=new_id(), given_name=fields.pop("given_name", "Robin"),
                      family_name="Saltmarsh", date_of_birth=date(2010, 6, 1), **fields)
        self.assign(child.id, device.store.identity.username, *also)
        if device.store.identity.role in CASE_OPENERS:
            device.store.create(child)
            return child
        with self.engine.begin() as conn:
            head = insert_records(conn, service_id=self.service_id, items=[child])
        data = child.to_data()
        device.store.apply_server_entity(
            "child", data, dict.fromkeys((name for name in data if name != "id"), head), {})
        return child

    def unassign(self, child_id: str, username: str) -> None:
        with self.engine.begin() as conn:
            admin.unassign(conn, child_id=child_id, user_id=self.users[username])

    def device(self, username: str, *, client: httpx.Client | None = None,
               base_url: str = "http://127.0.0.1", name: str | None = None) -> Device:
        client = client or FaultyClient(self.app)
        api = ServerApi(base_url, http=client)
        enrolled = api.enrol(username, PASSWORD, name or f"{username}-laptop")
        folder = self.tmp / f"{username}-{new_id()[:8]}"
        store = Store.initialise(folder, PASSPHRASE, enrolled.identity,
                                 kdf=KdfParams.fast_for_tests())
        secrets = SecretStore(store, enrolled.identity.device_id)
        secrets.put(REFRESH_TOKEN, enrolled.tokens.refresh_token)
        engine = SyncEngine(store, api, secrets, access_token=enrolled.tokens.access_token,
                            push_batch=50, pull_page=100)
        return Device(name or username, folder, store, engine, client)


def enrol(harness: Harness, made: list[Device], username: str, **kwargs: Any) -> Device:
    """A device for `username`, named after them, closed by the `devices` fixture."""
    device = harness.device(username, name=username, **kwargs)
    made.append(device)
    return device


loopback_server = running_server
