"""The client talks https, or plain http only to this computer; the API is documented."""

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.helpers.harness import SECRET
from yjfield.server.app import create_app
from yjfield.server.settings import ServerSettings
from yjfield.sync.api import ServerApi, check_url
from yjfield.sync.errors import InsecureServer, Offline


@pytest.mark.parametrize("url", ["https://yjs.example.org", "http://127.0.0.1:8765",
                                 "http://localhost:8765/", "http://[::1]:8765"])
def test_allowed_addresses(url: str) -> None:
    assert check_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url", ["http://yjs.example.org", "http://192.168.1.10:8765",
                                 "ftp://127.0.0.1", "127.0.0.1:8765"])
def test_plain_http_to_another_computer_is_refused(url: str) -> None:
    with pytest.raises(InsecureServer) as excinfo:
        check_url(url)
    assert "https://" in excinfo.value.what


def test_an_unreachable_server_reads_as_offline() -> None:
    api = ServerApi("http://127.0.0.1:9", timeout=2)  # nothing listens on the discard port
    with pytest.raises(Offline) as excinfo:
        api.refresh("token")
    assert "keep working" in excinfo.value.todo
    api.close()


def test_the_openapi_document_is_served(engine: Engine) -> None:
    app = create_app(ServerSettings(secret_key=SECRET), engine=engine)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        document = client.get("/v1/openapi.json").json()
    assert {"/v1/sync/push", "/v1/sync/pull", "/v1/auth/enrol", "/v1/auth/refresh",
            "/v1/sync/summary", "/v1/device/wiped", "/v1/health"} <= set(document["paths"])


def test_the_openapi_document_declares_the_errors_each_route_returns(engine: Engine) -> None:
    app = create_app(ServerSettings(secret_key=SECRET), engine=engine)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        paths = client.get("/v1/openapi.json").json()["paths"]
    declared = {path: set(next(iter(ops.values()))["responses"]) for path, ops in paths.items()}
    for path in ("/v1/sync/push", "/v1/sync/pull", "/v1/sync/summary"):
        assert {"200", "400", "401", "403", "413", "426", "500"} <= declared[path], path
    assert {"401", "429"} <= declared["/v1/auth/enrol"]
    assert {"401", "403"} <= declared["/v1/device/wiped"]
