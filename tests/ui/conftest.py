"""UI tests: the real window, a real encrypted laptop store, a real server on loopback.

Background work runs at once on the test's thread (ImmediateExecutor), so each
click's effect is there when the next line runs.
"""

import gc
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.conftest import PASSPHRASE
from tests.helpers.harness import PASSWORD, Harness
from yjfield.app.first_run import set_up_laptop
from yjfield.app.operations import ImmediateExecutor, Operations
from yjfield.domain.child import Child
from yjfield.domain.codes import ReparationSource
from yjfield.domain.ids import new_id
from yjfield.domain.reparation import ReparationProject, ReparationRequirement
from yjfield.server.db import make_engine, migrate
from yjfield.server.embedded import LoopbackServer
from yjfield.server.imports import insert_records
from yjfield.store.keys import KdfParams
from yjfield.sync.api import ServerApi
from yjfield.ui.main_window import MainWindow
from yjfield.ui.theme import apply_theme

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


@pytest.fixture(autouse=True, scope="session")
def _the_apps_look(qapp: QApplication) -> None:
    """Every UI test sees the app as practitioners do: with its theme."""
    apply_theme(qapp)


@pytest.fixture(autouse=True)
def _qt_objects_die_on_the_gui_thread() -> Iterator[None]:
    """Collect cycles only here, on the GUI thread, before and after each test.

    The app does the same with GuiThreadCollector (yjfield/ui/gui_gc.py). Otherwise
    a window left in a reference cycle is freed by whichever thread next runs the
    collector, such as the loopback server's in the middle of a sync, and Qt objects
    destroyed off the GUI thread crash the process.
    """
    gc.collect()
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def server_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(engine)
    yield engine
    engine.dispose()


def _laptop(server_engine: Engine, tmp_path: Path, username: str) -> Iterator[Laptop]:
    """A laptop set up for `username` against a fresh service with three children."""
    harness = Harness(server_engine, tmp_path)
    names = [("Tegan", "Quarrendon"), ("Ioan", "Larkhollow"), ("Wren", "Saltmarsh")]
    children = [Child(id=new_id(), given_name=g, family_name=f, date_of_birth=date(2010, 3, 4))
                for g, f in names]
    project = ReparationProject(name="Canal towpath clear-up")
    requirements = [ReparationRequirement(
        child_id=child.id, source=ReparationSource.REFERRAL_ORDER_CONTRACT,
        minutes_required=10 * 60, start=date(2026, 1, 5)) for child in children[:2]]
    with server_engine.begin() as conn:
        insert_records(conn, service_id=harness.service_id,
                       items=[*children, project, *requirements])
    for child in children:
        harness.assign(child.id, username)
    server = LoopbackServer(harness.app)
    api = ServerApi(server.start())
    try:
        store, _, _ = set_up_laptop(api, tmp_path / "laptop", username=username,
                                    password=PASSWORD, passphrase=PASSPHRASE,
                                    device_name="test laptop", kdf=KdfParams.fast_for_tests())
        store.close()
        yield Laptop(tmp_path / "laptop", harness, server, children)
    finally:
        api.close()
        server.stop()


@pytest.fixture
def laptop(server_engine: Engine, tmp_path: Path) -> Iterator[Laptop]:
    """The youth worker's laptop."""
    yield from _laptop(server_engine, tmp_path, "yw")


@pytest.fixture
def case_manager_laptop(server_engine: Engine, tmp_path: Path) -> Iterator[Laptop]:
    """The case manager's laptop: the same children, the whole case."""
    yield from _laptop(server_engine, tmp_path, "cm")


@pytest.fixture
def service_manager_laptop(server_engine: Engine, tmp_path: Path) -> Iterator[Laptop]:
    yield from _laptop(server_engine, tmp_path, "sm")


@pytest.fixture
def supervisor_laptop(server_engine: Engine, tmp_path: Path) -> Iterator[Laptop]:
    """The reparation supervisor's laptop: the same children, reparation only."""
    yield from _laptop(server_engine, tmp_path, "sup")


@pytest.fixture
def victim_laptop(server_engine: Engine, tmp_path: Path) -> Iterator[Laptop]:
    """The victim worker's laptop: the same children, and the victims' compartment."""
    yield from _laptop(server_engine, tmp_path, "vw")


def activate(widget: QWidget) -> None:
    """Offscreen there is no window manager to activate windows, as a desktop would.

    An activation still queued for another window can take it back, so check it held.
    """
    for _ in range(20):
        widget.activateWindow()
        QTest.qWaitForWindowActive(widget, 200)
        QApplication.processEvents()
        if widget.isActiveWindow():
            return
    raise AssertionError(f"{widget.objectName() or widget} never became the active window")


def open_window(qtbot: QtBot, folder: Path) -> MainWindow:
    """The real window, unlocked by typing the passphrase."""
    window = MainWindow(folder, who="Test Worker", operations=synchronous_operations())
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    activate(window)
    return window


def in_dialog(window: MainWindow, fill: Callable[[Any], None]) -> None:
    """Run `fill` inside the capture dialog about to open (it runs its own event loop)."""
    deadline = QDeadlineTimer(5000)

    def run() -> None:
        dialog = window.dialog
        if dialog is None or not dialog.isVisible():
            assert not deadline.hasExpired(), "no capture dialog opened"
            QTimer.singleShot(10, run)
            return
        try:
            activate(dialog)
            fill(dialog)
        finally:
            if dialog.isVisible():  # never leave a test hanging on an open dialog
                dialog.reject()

    QTimer.singleShot(0, run)


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """A shortcut such as "Ctrl+Shift+R", pressed on `widget` (in its active window)."""
    if not widget.window().isActiveWindow():
        activate(widget.window())
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())
