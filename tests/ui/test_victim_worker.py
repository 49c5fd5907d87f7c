"""A victim worker's laptop: the Victims page and its three forms, by keyboard."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.conftest import Laptop, in_dialog, open_window, press
from tests.ui.test_capture import choose
from yjfield.server.db import records
from yjfield.ui.caseload_model import HOURS, LAST_SEEN
from yjfield.ui.correction_dialog import CorrectionDialog
from yjfield.ui.victim_dialogs import RestorativeDialog, VictimContactDialog, VictimDialog


def server_data(laptop: Laptop, kind: str) -> list[dict[str, object]]:
    with laptop.harness.engine.connect() as conn:
        return [json.loads(data) for (data,) in conn.execute(
            select(records.c.data).where(records.c.kind == kind))]


def test_victim_worker_records_a_victim_contact_and_restorative_justice(
        qtbot: QtBot, victim_laptop: Laptop) -> None:
    tegan = victim_laptop.children[0]
    window = open_window(qtbot, victim_laptop.folder)
    try:
        record = window.caseload_page.record
        assert [record.tabText(i) for i in range(record.count())] == ["S&ummary", "V&ictims"]
        assert window.caseload_page.table.isColumnHidden(LAST_SEEN)
        assert window.caseload_page.table.isColumnHidden(HOURS)
        assert not window.contact_action.isEnabled()
        assert not window.reparation_action.isEnabled()
        assert window.victim_action.isEnabled()
        choose(window, tegan)

        # No victim yet: the contact form says to add one first rather than opening empty.
        press(qtbot, window, "Ctrl+Shift+M")
        assert "add one first (Ctrl+Shift+N)" in window.message_bar.text()
        assert window.dialog is None

        def add(dialog: VictimDialog) -> None:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=2000)
            press(qtbot, dialog, "Ctrl+Return")  # no name yet: refused in words
            assert dialog.problem.isVisible() and "name" in dialog.problem.text().lower()
            qtbot.keyClicks(dialog.name, "Invented Corner Shop Ltd")
            dialog.victim_type.setCurrentIndex(dialog.victim_type.findData("business"))
            dialog.consents.setCurrentIndex(dialog.consents.findData(True))
            press(qtbot, dialog, "Ctrl+Return")

        in_dialog(window, add)
        press(qtbot, window, "Ctrl+Shift+N")
        assert "Victim added" in window.message_bar.text()

        def contact(dialog: VictimContactDialog) -> None:
            assert dialog.victim.currentText() == "Invented Corner Shop Ltd"
            qtbot.keyClicks(dialog.summary, "Owner would like a letter of apology.")
            press(qtbot, dialog, "Ctrl+Return")

        choose(window, tegan)
        in_dialog(window, contact)
        press(qtbot, window, "Ctrl+Shift+M")
        assert "Contact with the victim saved" in window.message_bar.text()

        def restorative(dialog: RestorativeDialog) -> None:
            dialog.process.setCurrentIndex(dialog.process.findData("letter_of_apology"))
            qtbot.keyClicks(dialog.views, "Glad it was said in writing")
            qtbot.keyClicks(dialog.outcome, "Apology accepted")
            press(qtbot, dialog, "Ctrl+Return")

        choose(window, tegan)
        in_dialog(window, restorative)
        press(qtbot, window, "Ctrl+Shift+J")
        assert "Restorative justice record saved" in window.message_bar.text()

        choose(window, tegan)
        page = record.victims_page
        assert [page.victims.item(0, c).text() for c in range(4)] == [
            "Invented Corner Shop Ltd", "Business", "Yes", "Not asked"]
        assert sorted(page.work.item(r, 2).text() for r in range(page.work.rowCount())) == [
            "Contact (phone)", "Letter of apology"]
        assert window.sync_status.waiting.text() == "0 changes waiting"  # and synced
        [victim] = server_data(victim_laptop, "victim")
        assert victim["name"] == "Invented Corner Shop Ltd" and victim["child_id"] == tegan.id
        [work] = server_data(victim_laptop, "restorative_justice")
        assert work["outcome"] == "Apology accepted" and work["victim_id"] == victim["id"]
        assert len(server_data(victim_laptop, "victim_contact")) == 1

        # The shop's owner no longer wants to be contacted: the worker changes that.
        def withdraw(dialog: VictimDialog) -> None:
            assert dialog.name.text() == "Invented Corner Shop Ltd"
            assert dialog.consents.currentData() is True
            dialog.consents.setCurrentIndex(dialog.consents.findData(False))
            press(qtbot, dialog, "Ctrl+Return")

        record.setCurrentWidget(page)
        page.victims.selectRow(0)
        in_dialog(window, withdraw)
        qtbot.mouseClick(page.edit, Qt.MouseButton.LeftButton)
        assert "Victim's details saved" in window.message_bar.text()
        [victim] = server_data(victim_laptop, "victim")
        assert victim["consents_to_contact"] is False
        assert victim["name"] == "Invented Corner Shop Ltd"  # only the changed field moved
        choose(window, tegan)
        assert page.victims.item(0, 2).text() == "No"

        # A slip in the contact's summary: corrected, the original kept beside it.
        def correct(dialog: CorrectionDialog) -> None:
            assert dialog.text.toPlainText() == "Owner would like a letter of apology."
            dialog.text.setPlainText("Owner would like a face-to-face meeting.")
            press(qtbot, dialog, "Ctrl+Return")  # no reason yet: refused in words
            assert "Say why" in dialog.problem.text()
            qtbot.keyClicks(dialog.reason, "Misheard on the phone")
            press(qtbot, dialog, "Ctrl+Return")

        record.setCurrentWidget(page)
        [row] = [r for r in range(page.work.rowCount())
                 if page.work.item(r, 2).text() == "Contact (phone)"]
        page.work.selectRow(row)
        in_dialog(window, correct)
        press(qtbot, window, "Ctrl+Shift+E")
        assert "Correction saved" in window.message_bar.text()
        choose(window, tegan)
        summaries = sorted(page.work.item(r, 3).text() for r in range(page.work.rowCount())
                           if page.work.item(r, 2).text() == "Contact (phone)")
        assert summaries == [
            "Owner would like a face-to-face meeting. (a correction: Misheard on the phone)",
            "Owner would like a letter of apology. (corrected)"]
        contacts = server_data(victim_laptop, "victim_contact")
        [original] = [c for c in contacts if c["corrects"] is None]
        [correction] = [c for c in contacts if c["corrects"] == original["id"]]
        assert correction["correction_reason"] == "Misheard on the phone"
    finally:
        window.lock()
