"""Start the desktop app on one profile, or on several side by side (the demo's laptops)."""

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from yjfield.ui.crash import install_crash_handler
from yjfield.ui.main_window import MainWindow
from yjfield.ui.translations import install_translator


def open_windows(profiles: Sequence[tuple[Path, str]], *,
                 demo_passphrase: str | None = None) -> list[MainWindow]:
    """One window per profile: with two, each is a separate laptop on the same server."""
    windows = []
    for index, (folder, who) in enumerate(profiles):
        window = MainWindow(folder, who=who, demo_passphrase=demo_passphrase)
        if len(profiles) > 1:
            window.setWindowTitle(window.tr("yjfield: {who}'s laptop").format(who=who))
            window.resize(960, 720)
            window.move(40 + index * 980, 40)
        windows.append(window)
    return windows


def run_app(profiles: Sequence[tuple[Path, str]], *, demo_passphrase: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("yjfield")
    install_crash_handler()
    install_translator(app)
    windows = open_windows(profiles, demo_passphrase=demo_passphrase)
    for window in windows:
        # However the app ends, lock first: that closes the store and removes the idle
        # lock's application-wide event filter before Qt tears the widgets down.
        app.aboutToQuit.connect(window.shutdown)
        window.show()
    return app.exec()
