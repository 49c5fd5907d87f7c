"""What the sync and load benches share: a throwaway database and a server process."""

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg

PASSWORD = "bench-password-invented"
SECRET = "bench-secret-" + "y" * 40
PG_ADMIN = os.environ.get("YJFIELD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@contextmanager
def database(backend: str, tmp: Path) -> Iterator[str]:
    """A new empty database for one run, dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp / 'server.db'}"
        return
    name = f"yjfield_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin_conn:
        admin_conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin_conn:
            admin_conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def server_process(url: str) -> Iterator[tuple[str, int]]:
    """`yjfield-server serve` in its own process; yields its base URL and process id."""
    port = free_port()
    env = {**os.environ, "YJFIELD_SERVER_SECRET_KEY": SECRET}
    proc = subprocess.Popen([sys.executable, "-m", "yjfield.server", "--database", url, "serve",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError("the server did not start: "
                               + (proc.stderr.read().decode() if proc.stderr else ""))
        time.sleep(0.1)
    try:
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def pct(samples: list[float], q: float) -> float:
    """The q-quantile (nearest rank) of samples."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU a process has used (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
