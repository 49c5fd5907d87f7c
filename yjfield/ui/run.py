"""Start the desktop app on one profile."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from yjfield.ui.crash import install_crash_handler
from yjfield.ui.main_window import MainWindow
from yjfield.ui.translations import install_translator


def run_app(folder: Path, *, who: str, demo_passphrase: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("yjfield")
    install_crash_handler()
    install_translator(app)
    window = MainWindow(folder, who=who, demo_passphrase=demo_passphrase)
    # However the app ends, lock first: that closes the store and removes the idle
    # lock's application-wide event filter before Qt tears the widgets down.
    app.aboutToQuit.connect(window.shutdown)
    window.show()
    return app.exec()
