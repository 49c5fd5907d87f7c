"""Save a PNG of each main screen into docs/screenshots (make screenshots).

Runs the real app offscreen on the invented demo service, through its local server.
"""

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from yjfield.app.demo import DEMO_PASSPHRASE, set_up_demo_laptops, start_demo_server
from yjfield.app.session import Session
from yjfield.ui.crash import CrashDialog
from yjfield.ui.main_window import MainWindow


def make_conflict(window: MainWindow, other_folder: Path,
                  pump: Callable[[float, Callable[[], bool]], None]) -> None:
    """The case manager's laptop and this one change the same child's name offline."""
    session = window.session
    assert session is not None
    shared = session.caseload()[-1]  # the demo's caseloads overlap at the end of the list
    other = Session.unlock(other_folder, DEMO_PASSPHRASE)
    try:
        other.update("child", shared.child_id, {"preferred_name": "Frankie"})
        other.sync()
    finally:
        other.close_sync()
        other.close()
    session.update("child", shared.child_id, {"preferred_name": "Fran"})
    window.sync_now()
    pump(10, lambda: window.sync_status.conflicts.isVisible())


def main(out: Path = Path("docs/screenshots")) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.mkdir(parents=True, exist_ok=True)
    base = Path(tempfile.mkdtemp(prefix="yjfield-screens-"))
    server = start_demo_server(base)
    app = QApplication.instance() or QApplication(sys.argv)
    try:
        laptops = set_up_demo_laptops(base, server.url)
        window = MainWindow(laptops[0].folder, who=laptops[0].display_name,
                            demo_passphrase=DEMO_PASSPHRASE)
        window.show()

        def pump(seconds: float, until: Callable[[], bool] = lambda: False) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end and not until():
                app.processEvents()
                time.sleep(0.01)

        def save(widget: QWidget, name: str) -> None:
            widget.grab().save(str(out / f"{name}.png"))
            print(f"saved {out / name}.png")

        pump(0.3)
        save(window, "unlock")
        window.unlock_page.passphrase.setText("not the passphrase")
        window.unlock_page.unlock_button.click()
        pump(2, lambda: window.unlock_page.problem.isVisible())
        save(window, "unlock-wrong-passphrase")
        window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock_page.unlock_button.click()
        pump(10, lambda: window.caseload_page.model.rowCount() > 0
             and "Online" in window.sync_status.connection.text())
        window.caseload_page.table.selectRow(3)
        pump(1, lambda: "Born" in window.caseload_page.record.summary.text())
        save(window, "caseload")
        window.caseload_page.filter.setCurrentIndex(1)
        pump(0.3)
        save(window, "caseload-review-overdue")
        window.caseload_page.filter.setCurrentIndex(0)
        window.caseload_page.table.selectRow(2)

        def shoot_dialog() -> None:
            dialog = window.contact_dialog
            pump(0.3)
            dialog.note.setPlainText("Met at the youth club. We talked about the bike project "
                                     "and how college is going.")
            dialog.words.setPlainText("I want to help fix bikes for the younger kids.")
            save(dialog, "record-contact")
            dialog.attendance.setCurrentIndex(dialog.attendance.findData("did_not_attend"))
            save(dialog, "record-contact-missed")
            dialog.reject()

        QTimer.singleShot(0, shoot_dialog)
        window.record_contact()
        make_conflict(window, laptops[2].folder, pump)
        window.show_conflicts()
        pump(2, lambda: window.conflicts_page.list.count() > 0)
        save(window, "conflicts")
        first = MainWindow(base / "profiles" / "new-laptop", who="",
                           server_url=server.url)
        first.show()
        first.first_run_page.username.setText("demo.youthworker")
        first.first_run_page.password.setText("********")
        first.first_run_page.passphrase.setText("kettle orange harbour")
        pump(0.3)
        save(first, "first-run")
        first.shutdown()
        crash = CrashDialog("yjfield 0.1.0\nLinux\nPython 3.11\n\nKeyError\n  File ...")
        crash.show()
        pump(0.2)
        save(crash, "crash-dialog")
        crash.close()
        window.shutdown()
    finally:
        server.close()
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
