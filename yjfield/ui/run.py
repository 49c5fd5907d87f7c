"""Start the desktop app on one profile, or on several side by side (the demo's laptops)."""

import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from yjfield.app.paths import resources_dir
from yjfield.app.wipes import send_waiting_wipe_receipts
from yjfield.ui.crash import install_crash_handler
from yjfield.ui.gui_gc import GuiThreadCollector
from yjfield.ui.main_window import MainWindow
from yjfield.ui.theme import apply_theme
from yjfield.ui.translations import install_translator


def open_windows(profiles: Sequence[tuple[Path, str]], *, demo_passphrase: str | None = None,
                 server_url: str = "") -> list[MainWindow]:
    """One window per profile: with two, each is a separate laptop on the same server."""
    windows = []
    for index, (folder, who) in enumerate(profiles):
        window = MainWindow(folder, who=who, demo_passphrase=demo_passphrase,
                            server_url=server_url)
        if len(profiles) > 1:
            window.setWindowTitle(window.tr("yjfield: {who}'s laptop").format(who=who))
            window.resize(960, 720)
            window.move(40 + index * 980, 40)
        windows.append(window)
    return windows


def start_qt() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("yjfield")
    apply_theme(app)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "yjfield.png")))
    return app


def run_app(profiles: Sequence[tuple[Path, str]], *, demo_passphrase: str | None = None,
            server_url: str = "", exit_when_shown: bool = False) -> int:
    """Open the windows and run until the last closes.

    exit_when_shown quits as soon as the first screen is drawn: `make package-check`
    times the bundle's launch with it.
    """
    app = start_qt()
    install_crash_handler()
    install_translator(app)
    collector = GuiThreadCollector(parent=app)
    app.aboutToQuit.connect(collector.stop)
    windows = open_windows(profiles, demo_passphrase=demo_passphrase, server_url=server_url)
    # A laptop wiped while the server could not hear it says so now (never on this thread).
    threading.Thread(target=send_waiting_wipe_receipts,
                     args=(sorted({folder.parent for folder, _ in profiles}),),
                     name="yjfield-wipe-receipts", daemon=True).start()
    for window in windows:
        # However the app ends, lock first: that closes the store and removes the idle
        # lock's application-wide event filter before Qt tears the widgets down.
        app.aboutToQuit.connect(window.shutdown)
        window.show()
    if exit_when_shown:
        windows[0].grab()  # the first screen is fully laid out and painted
        print("shown", flush=True)
        for window in windows:
            window.shutdown()
        return 0
    return app.exec()
