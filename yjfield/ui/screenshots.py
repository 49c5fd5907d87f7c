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
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from yjfield.app.demo import DEMO_PASSPHRASE, set_up_demo_laptops, start_demo_server
from yjfield.app.session import Session
from yjfield.app.types import SyncProgress
from yjfield.ui.crash import CrashDialog
from yjfield.ui.gui_gc import GuiThreadCollector
from yjfield.ui.main_window import MainWindow
from yjfield.ui.run import start_qt
from yjfield.ui.screenshots_case import case_manager_screens


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
    app = start_qt()  # with the app's theme, as practitioners see it
    GuiThreadCollector(parent=app)
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
        record = window.caseload_page.record
        for page, name in ((record.contacts_page, "record-contacts"),
                           (record.voice_page, "record-voice"), (record.plan_page, "record-plan"),
                           (record.reparation_page, "record-reparation"),
                           (record.flags_page, "record-flags")):
            record.setCurrentWidget(page)
            pump(0.2)
            save(window, name)
        record.setCurrentWidget(record.summary_page)
        window.caseload_page.table.selectRow(2)
        pump(0.5)

        def shoot(open_dialog: Callable[[], None], fill: Callable[[Any], None],
                  on: MainWindow | None = None) -> None:
            """Open a capture dialog (it runs its own loop), fill it, save a PNG, close it."""
            host = on or window

            def poll() -> None:
                dialog = host.dialog
                if dialog is None or not dialog.isVisible():
                    QTimer.singleShot(20, poll)
                    return
                pump(0.3)
                fill(dialog)
                dialog.reject()

            QTimer.singleShot(20, poll)
            open_dialog()
            pump(5, lambda: host.dialog is not None)
            pump(5, lambda: host.dialog is None)

        def contact(dialog: Any) -> None:
            dialog.note.setPlainText("Met at the youth club. We talked about the bike project "
                                     "and how college is going.")
            dialog.words.setPlainText("I want to help fix bikes for the younger kids.")
            save(dialog, "record-contact")
            dialog.attendance.setCurrentIndex(dialog.attendance.findData("did_not_attend"))
            save(dialog, "record-contact-missed")

        def voice(dialog: Any) -> None:
            dialog.words.setPlainText("School is better since I moved tutor group.")
            dialog.topic.setText("school")
            save(dialog, "add-voice")

        def flag(dialog: Any) -> None:
            dialog.description.setPlainText("Said an older boy keeps asking him to carry bags.")
            save(dialog, "raise-red-flag")

        def plan(dialog: Any) -> None:
            dialog.agree.setChecked(True)
            save(dialog, "edit-plan")

        def reparation(dialog: Any) -> None:
            for row in dialog.rows[:3]:
                row.ticked.setChecked(True)
            dialog.rows[1].minutes.setValue(120)
            dialog.rows[0].reflection.setText("It was good to see the garden finished.")
            save(dialog, "log-reparation-session")

        shoot(window.record_contact, contact)
        shoot(window.add_voice, voice)
        shoot(window.raise_flag, flag)
        shoot(window.edit_plan, plan)
        shoot(window.log_reparation, reparation)
        record.setCurrentWidget(record.contacts_page)
        record.contacts.selectRow(0)
        def correction(dialog: Any) -> None:
            dialog.reason.setPlainText("The time was wrong: we met in the afternoon.")
            save(dialog, "correct-contact")

        shoot(window.correct, correction)
        record.setCurrentWidget(record.summary_page)
        shoot(window.record_contact, lambda d: save(d, "record-contact-draft-restored"))
        window.sync_status.show_progress(SyncProgress("receiving", 8200, 20000))
        pump(0.2)
        save(window, "sync-in-progress")
        window.sync_status.show_progress(None)
        window.sync_status.show_sign_in_needed(True)  # as after a keyring lost the sign-in
        window.sign_in_again()
        pump(0.3)
        if window.sign_in_dialog is not None:
            save(window.sign_in_dialog, "sign-in-again")
            window.sign_in_dialog.reject()
        save(window, "sign-in-needed")
        window.sync_status.show_sign_in_needed(False)
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
        case_manager_screens(laptops[2].folder, laptops[2].display_name, pump, save, shoot)
        victim_worker = MainWindow(laptops[3].folder, who=laptops[3].display_name,
                                   demo_passphrase=DEMO_PASSPHRASE)
        victim_worker.show()
        victim_worker.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
        victim_worker.unlock_page.unlock_button.click()
        pump(10, lambda: victim_worker.caseload_page.model.rowCount() > 0)
        victim_worker.caseload_page.table.selectRow(0)
        pump(1, lambda: "Born" in victim_worker.caseload_page.record.summary.text())
        vw_record = victim_worker.caseload_page.record
        vw_record.setCurrentWidget(vw_record.victims_page)
        pump(0.3)
        save(victim_worker, "victim-worker-victims")

        def victim_contact(dialog: Any) -> None:
            dialog.summary.setPlainText("Talked through the reparation the young person has "
                                        "done; would like a letter.")
            save(dialog, "record-victim-contact")

        shoot(victim_worker.record_victim_contact, victim_contact, on=victim_worker)
        vw_record.victims_page.work.selectRow(0)

        def victim_correction(dialog: Any) -> None:
            dialog.reason.setPlainText("Misheard the date of the meeting on the phone")
            save(dialog, "correct-victim-contact")

        shoot(victim_worker.correct, victim_correction, on=victim_worker)
        victim_worker.shutdown()
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
