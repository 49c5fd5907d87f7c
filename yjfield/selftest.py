"""`yjfield --self-test`: prove an installed copy works, end to end, on this machine.

It runs everything a practitioner's first day needs, in a throwaway data folder:
an encrypted store with every migration, the embedded server on loopback (started
the way the app starts it, so a bundle proves it can start itself), a sync round trip
both ways, and the main window opened, unlocked and closed. IT can run it on a managed
laptop after installing; `make package-check` runs it on the built bundle.
"""

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from yjfield import __version__
from yjfield.app.demo import server_database
from yjfield.app.first_run import set_up_laptop
from yjfield.app.paths import bundle_dir, data_dir, frozen, profile_dir, resources_dir
from yjfield.app.server_process import EmbeddedServer, EmbeddedServerFailed, run_server_command
from yjfield.app.session import Session
from yjfield.domain.contact import Contact
from yjfield.domain.demo import build_demo, demo_users
from yjfield.store.errors import StoreError
from yjfield.sync.api import ServerApi
from yjfield.sync.errors import SyncError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

PASSPHRASE = "self-test passphrase"  # noqa: S105 - a throwaway store, deleted at the end
CHILDREN = 4


class SelfTestFailed(Exception):
    """A step did not do what it should; the message says which and how."""


class Steps:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.perf_counter()

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        began = time.perf_counter()
        self.out.write(f"  {name} ... ")
        self.out.flush()
        yield
        self.out.write(f"ok ({(time.perf_counter() - began) * 1000:.0f} ms)\n")
        self.out.flush()

    def check(self, condition: bool, problem: str) -> None:
        if not condition:
            raise SelfTestFailed(problem)


def _no_plaintext(folder: Path, names: list[str]) -> list[str]:
    """Files under folder that hold any of the names as plain bytes."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found += [f"{path.name}: {name}" for name in names
                      if name.encode() in content or name.encode("utf-16-le") in content]
    return found


def _outside_bundle() -> list[str]:
    """Loaded modules whose code lies outside the bundle (a bundle must load none)."""
    if not frozen():
        return []
    inside = Path(getattr(sys, "_MEIPASS", bundle_dir())).resolve()
    strays = []
    for name, module in list(sys.modules.items()):
        where = getattr(module, "__file__", None)
        # A relative name is code embedded in the program itself (PyInstaller's
        # bootstrap, shiboken's signature support), not a file that could be swapped.
        if where and Path(where).is_absolute() and not Path(where).resolve().is_relative_to(
                inside):
            strays.append(f"{name} from {where}")
    return strays


def _resources_present(steps: Steps) -> None:
    from PySide6.QtCore import QTranslator

    icon = resources_dir() / "icons" / "yjfield.png"
    steps.check(icon.is_file(), f"The application icon is missing ({icon}).")
    welsh = QTranslator()
    loaded = welsh.load(str(resources_dir() / "translations" / "yjfield_cy.qm"))
    steps.check(loaded and not welsh.isEmpty(),
                "The Welsh translation did not load.")


def _window_round_trip(folder: Path, steps: Steps) -> None:
    """Open the main window, unlock it through its own page, see the caseload, close it."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication  # Qt loads only for this step

    from yjfield.ui.main_window import MainWindow
    from yjfield.ui.run import start_qt
    from yjfield.ui.translations import install_translator

    def forward(kind: QtMsgType, context: object, message: str) -> None:
        # The offscreen platform (no desktop) says it cannot pass window size hints to a
        # window manager it does not have; that is expected here, anything else is not.
        if "propagateSizeHints" not in message and sys.stderr is not None:
            sys.stderr.write(f"Qt: {message}\n")

    previous = qInstallMessageHandler(forward)
    app = start_qt()
    install_translator(app)
    window = MainWindow(folder, who="Self-test")
    try:
        window.show()
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.unlock_button.click()
        _pump(app, lambda: window.caseload_page.model.rowCount() > 0, 60)
        steps.check(window.caseload_page.model.rowCount() > 0,
                    "The window did not show the caseload after unlocking.")
        window.grab()
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        qInstallMessageHandler(previous)


def _pump(app: "QApplication", until: Callable[[], bool], seconds: float) -> None:
    end = time.monotonic() + seconds
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def run_self_test(base: Path, out: TextIO) -> None:
    """Every step, in base (an empty folder); raises SelfTestFailed on the first failure."""
    steps = Steps(out)
    out.write(f"yjfield {__version__} self-test ({'bundle' if frozen() else 'source'}, "
              f"{sys.platform})\n")
    user = next(u for u in demo_users() if u.username == "demo.youthworker")
    database = server_database(base)
    database.parent.mkdir(parents=True)
    with steps.step("server database and an invented service"):
        run_server_command(f"sqlite:///{database}", "seed-demo", "--children", str(CHILDREN),
                           "--months", "1")
    with steps.step("embedded server on loopback"):
        server = EmbeddedServer(database)
    folder = profile_dir(base, "self-test")
    try:
        with steps.step("encrypted store, migrations and first sync"):
            api = ServerApi(server.url)
            try:
                store, _, report = set_up_laptop(
                    api, folder, username=user.username, password=user.password,
                    passphrase=PASSPHRASE, device_name="self-test")
            finally:
                api.close()
            store.close()
            steps.check(report.first_sync_complete and report.received > 0,
                        "The first sync brought nothing from the server.")
        with steps.step("record offline, then sync it to the server"):
            session = Session.unlock(folder, PASSPHRASE)
            try:
                child = session.caseload()[0]
                start = session.now() - timedelta(hours=1)
                session.record_contact(Contact(
                    child_id=child.child_id, start=start, end=start + timedelta(minutes=30),
                    narrative="Self-test contact."), None)
                sent = session.sync()
                again = session.sync()
                waiting = session.status(online=True).pending
            finally:
                session.close_sync()
                session.close()
            steps.check(sent.sent >= 1 and sent.rejected == 0 and waiting == 0,
                        "The server did not accept the contact recorded on this laptop.")
            steps.check(again.sent == 0, "A second sync sent the same change again.")
        with steps.step("no plaintext in the laptop's files"):
            # Family names: long enough that encrypted bytes never match them by chance.
            names = [c.family_name for c in build_demo(children=CHILDREN, months=1).children]
            leaks = _no_plaintext(folder, [*names, "Self-test contact."])
            steps.check(not leaks, "Readable personal data on disk: " + "; ".join(leaks))
        with steps.step("icon and Welsh translation"):
            _resources_present(steps)
        with steps.step("main window: open, unlock, caseload, close"):
            _window_round_trip(folder, steps)
        with steps.step("code loaded only from the bundle"):
            strays = _outside_bundle()
            steps.check(not strays, "Code loaded from outside the bundle: " + "; ".join(strays))
    finally:
        server.close()
    out.write(f"self-test passed in {time.perf_counter() - steps.started:.1f} s\n")


def self_test(data: Path | None, out: TextIO | None = None) -> int:
    """The command: 0 when every step passed, 1 with the reason when one did not."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # IT may run it with no desktop
    if out is None and sys.stdout is None:
        # A windowed program on Windows and macOS has no console: the report goes to a
        # file in the data folder, which IT collects.
        report = data_dir(data) / "self-test.txt"
        report.parent.mkdir(parents=True, exist_ok=True)
        with report.open("w", encoding="utf-8") as handle:
            return self_test(data, handle)
    out = out or sys.stdout
    if data is not None:
        data.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="yjfield-self-test-", dir=data) as folder:
        try:
            run_self_test(Path(folder), out)
        except (SelfTestFailed, EmbeddedServerFailed) as problem:
            out.write(f"FAILED\nself-test failed: {problem}\n")
            return 1
        except (StoreError, SyncError) as problem:
            out.write(f"FAILED\nself-test failed: {problem.what} {problem.todo}\n")
            return 1
    return 0
