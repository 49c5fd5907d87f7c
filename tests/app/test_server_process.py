"""The embedded server ends with the app, however the app ends (closed, or killed)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from yjfield.app.server_process import EmbeddedServer, EmbeddedServerFailed

# A stand-in for the app: start the embedded server, say where it is, then wait.
APP = """
import sys, time
from pathlib import Path
from yjfield.app.server_process import EmbeddedServer, EmbeddedServerFailed
server = EmbeddedServer(Path(sys.argv[1]))
print(server.url, flush=True)
time.sleep(600)
"""


def answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def wait_until_silent(url: str, seconds: float = 30) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not answers(url):
            return True
        time.sleep(0.2)
    return False


def test_server_stops_when_the_app_is_killed(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-c", APP, str(tmp_path / "server.db")],
                           stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        url = app.stdout.readline().strip()
        assert answers(url)
        os.kill(app.pid, signal.SIGKILL)  # no chance to clean up: the OS closes its pipes
        app.wait(timeout=10)
        assert wait_until_silent(url)
    finally:
        if app.poll() is None:
            app.kill()
        if app.stdout:
            app.stdout.close()


def test_server_stops_when_the_app_closes_it(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path / "server.db")
    assert answers(server.url)
    server.close()
    assert not answers(server.url)


def test_another_server_on_the_port_is_not_taken_for_ours(tmp_path: Path) -> None:
    """A colleague's yjfield already on the port answers /v1/health with 200 too; ours
    dies with "address already in use", and must say so rather than use theirs."""
    theirs = EmbeddedServer(tmp_path / "theirs.db")
    try:
        with pytest.raises(EmbeddedServerFailed, match="stopped"):
            EmbeddedServer(tmp_path / "ours.db", port=theirs.port)
    finally:
        theirs.close()
