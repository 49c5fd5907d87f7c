"""The demo: an invented service on a local server, and one laptop per practitioner."""

import socket
from dataclasses import dataclass
from pathlib import Path

from yjfield.app.first_run import set_up_laptop
from yjfield.app.paths import profile_dir
from yjfield.app.server_process import EmbeddedServer, run_server_command
from yjfield.domain.demo import demo_users
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store
from yjfield.sync.api import ServerApi

DEMO_PASSPHRASE = "demo passphrase"  # noqa: S105 - invented, shown on the demo's unlock screen
DEMO_PORT = 8765


@dataclass(frozen=True)
class DemoLaptop:
    username: str
    display_name: str
    folder: Path


def server_database(base: Path) -> Path:
    return base / "server" / "server.db"


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_demo_server(base: Path, *, children: int = 40, months: int = 6,
                      port: int | None = DEMO_PORT) -> EmbeddedServer:
    """The demo's server on loopback, with the invented service created the first time.

    On `port` when it is free (the demo's own, so its laptops find it again), else on
    any free one; None: any free one (tests never take a fixed port)."""
    database = server_database(base)
    database.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{database}"
    run_server_command(url, "seed-demo", "--children", str(children), "--months", str(months))
    return EmbeddedServer(database, port if port is not None and port_is_free(port) else None)


def demo_laptops(base: Path) -> list[DemoLaptop]:
    return [DemoLaptop(u.username, u.display_name, profile_dir(base, u.username))
            for u in demo_users()]


def set_up_demo_laptops(base: Path, server_url: str, *, passphrase: str = DEMO_PASSPHRASE,
                        kdf: KdfParams | None = None) -> list[DemoLaptop]:
    """Sign each demo practitioner in on a laptop of their own (once), with a first sync."""
    passwords = {u.username: u.password for u in demo_users()}
    laptops = demo_laptops(base)
    for laptop in laptops:
        if Store.exists(laptop.folder):
            continue
        api = ServerApi(server_url)
        try:
            store, _, _ = set_up_laptop(
                api, laptop.folder, username=laptop.username,
                password=passwords[laptop.username], passphrase=passphrase,
                device_name=f"Demo laptop ({laptop.display_name})", kdf=kdf)
            store.close()
        finally:
            api.close()
    return laptops
