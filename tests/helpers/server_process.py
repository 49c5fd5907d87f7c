"""The real server as its own process on loopback, to be killed with SIGKILL and started again."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.helpers.harness import SECRET
from tests.helpers.processes import ROOT


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


class ServerProcess:
    def __init__(self, database_url: str, port: int | None = None,
                 log: Path | None = None, serve_args: tuple[str, ...] = ()) -> None:
        self.database_url = database_url
        self.serve_args = serve_args
        self.port = port or free_port()
        self.log = log  # where its output goes; by default, nowhere
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "YJFIELD_SERVER_SECRET_KEY": SECRET}
        with (self.log or Path(os.devnull)).open("ab") as output:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "yjfield.server", "--database", self.database_url,
                 "serve", "--port", str(self.port), *self.serve_args], env=env, stdout=output,
                stderr=output, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/openapi.json", timeout=1.0)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    raise RuntimeError("the server process ended while starting") from None
                time.sleep(0.05)
        raise RuntimeError("the server process did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)
        self.proc = None
