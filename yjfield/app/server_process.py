"""The embedded server, run as a child process on loopback (the demo, and trying yjfield out).

The app never imports the server: it starts `python -m yjfield.server` (in the
installed bundle, the bundle's own program with `server`) like any other program, so
the client and server stay as separate as in a deployment.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from yjfield.app.paths import frozen


class EmbeddedServerFailed(Exception):
    """The local server did not start; the message says why, in plain words."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_command(database_url: str, *args: str) -> list[str]:
    program = [sys.executable, "server"] if frozen() else [sys.executable, "-m", "yjfield.server"]
    return [*program, "--database", database_url, *args]


def run_server_command(database_url: str, *args: str) -> str:
    done = subprocess.run(server_command(database_url, *args), capture_output=True, text=True,
                          timeout=300, check=False)
    if done.returncode != 0:
        raise EmbeddedServerFailed(done.stderr.strip() or "the server command failed")
    return done.stdout.strip()


class EmbeddedServer:
    """A `yjfield-server serve` process on 127.0.0.1, stopped by close()."""

    def __init__(self, database: Path, port: int | None = None) -> None:
        self.database_url = f"sqlite:///{database}"
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # The server stops when its standard input closes, which the OS does when this
        # process ends however it ends (a crash, a kill, Task Manager), on every platform.
        # A secret for this start only: another server already on the port (a colleague's
        # on a shared computer) answers health checks too, but cannot know it.
        self._instance = secrets.token_hex(16)
        self._process = subprocess.Popen(
            server_command(self.database_url, "serve", "--port", str(self.port),
                           "--exit-with-parent"),
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env={**os.environ, "YJFIELD_SERVER_INSTANCE": self._instance})
        deadline = time.monotonic() + 60
        while not self._healthy():
            if self._process.poll() is not None:
                detail = self._process.stderr.read().decode() if self._process.stderr else ""
                self.close()
                in_use = "address already in use" in detail.lower()
                raise EmbeddedServerFailed(
                    f"The local server stopped: port {self.port} is in use by another program."
                    if in_use else f"The local server stopped: {detail.strip()[-500:]}")
            if time.monotonic() > deadline:
                self.close()
                raise EmbeddedServerFailed("The local server did not start within a minute.")
            time.sleep(0.1)

    def _healthy(self) -> bool:
        """Whether the server this object started answers (not just any server there)."""
        try:
            answer = httpx.get(f"{self.url}/v1/health", timeout=2)
            return answer.status_code == 200 and answer.json().get("instance") == self._instance
        except (httpx.TransportError, ValueError):
            return False

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
        for pipe in (self._process.stdin, self._process.stderr):
            if pipe:
                pipe.close()
