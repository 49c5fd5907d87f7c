"""Request size limits hold for plain, streamed and compressed bodies."""

import gzip
from typing import Any

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.helpers.harness import SECRET
from yjfield.domain.protocol import PROTOCOL_HEADER, SCHEMA_HEADER
from yjfield.server.app import create_app
from yjfield.server.settings import ServerSettings

HEADERS = {PROTOCOL_HEADER: "1", SCHEMA_HEADER: "1", "Content-Type": "application/json"}


@pytest.fixture
def client(engine: Engine) -> Any:
    app = create_app(ServerSettings(secret_key=SECRET, max_body_bytes=100_000), engine=engine)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def test_declared_oversized_body_is_refused(client: TestClient) -> None:
    response = client.post("/v1/auth/enrol", headers=HEADERS, content=b"x" * 100_001)
    assert (response.status_code, response.json()["code"]) == (413, "too_large")


def test_streamed_oversized_body_is_refused(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(20):
            yield b"x" * 10_000

    response = client.post("/v1/auth/enrol", headers=HEADERS, content=chunks())
    assert (response.status_code, response.json()["code"]) == (413, "too_large")


def test_gzip_bomb_is_refused_by_its_inflated_size(client: TestClient) -> None:
    bomb = gzip.compress(b"{" + b" " * 50_000_000)  # about 50 KB compressed
    assert len(bomb) < 100_000
    response = client.post("/v1/auth/enrol", headers={**HEADERS, "Content-Encoding": "gzip"},
                           content=bomb)
    assert (response.status_code, response.json()["code"]) == (413, "too_large")


def test_broken_gzip_is_a_bad_request(client: TestClient) -> None:
    response = client.post("/v1/auth/enrol", headers={**HEADERS, "Content-Encoding": "gzip"},
                           content=b"not gzip at all")
    assert (response.status_code, response.json()["code"]) == (400, "bad_request")


def test_gzip_body_is_understood(client: TestClient) -> None:
    body = gzip.compress(b'{"username": "nobody", "password": "x", "device_name": "y"}')
    response = client.post("/v1/auth/enrol", headers={**HEADERS, "Content-Encoding": "gzip"},
                           content=body)
    assert response.json()["code"] == "wrong_login"  # parsed, then refused on the merits
