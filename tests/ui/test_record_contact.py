"""Record a contact with the child's words while the server is down, then see it sync."""

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.conftest import Laptop, activate, open_window
from yjfield.server.db import records
from yjfield.ui.contact_dialog import ContactDialog
from yjfield.ui.main_window import MainWindow
from yjfield.ui.theme import Status, status_colours


@pytest.fixture
def window(qtbot: QtBot, laptop: Laptop) -> Iterator[MainWindow]:
    window = open_window(qtbot, laptop.folder)
    yield window
    window.lock()


def fill_contact_by_keyboard(qtbot: QtBot, window: MainWindow, note: str, words: str) -> None:
    """Runs inside the dialog's own event loop: keys only, as at a youth club."""
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    try:
        activate(dialog)
        # The note has focus on opening: typing starts at once.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=2000)
        qtbot.keyClicks(dialog.note, note)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.words
        qtbot.keyClicks(dialog.words, words)
        qtbot.keyClick(dialog.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        if dialog.isVisible():  # never leave a test hanging on an open dialog
            dialog.reject()


def test_contact_recorded_offline_waits_then_syncs(qtbot: QtBot, window: MainWindow,
                                                   laptop: Laptop) -> None:
    laptop.server.stop()
    window.sync_now()
    assert "Offline" in window.sync_status.connection.text()
    # Choose the first child with the keyboard, then record a contact.
    window.caseload_page.table.setFocus()
    qtbot.keyClick(window.caseload_page.table, Qt.Key.Key_Down)
    child_id, name = window.caseload_page.selected()  # type: ignore[misc]
    QTimer.singleShot(0, lambda: fill_contact_by_keyboard(
        qtbot, window, "Met at the youth club; talked about the bike project.",
        "I want to help fix bikes for other kids"))
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "Contact saved" in window.message_bar.text()
    # The contact and the voice entry (their audit events sync too, uncounted).
    assert window.sync_status.waiting.text() == "2 changes waiting"
    row = next(r for r in range(window.caseload_page.proxy.rowCount())
               if window.caseload_page.proxy.index(r, 0).data() == name)
    assert window.caseload_page.proxy.index(row, 4).data() == "today"  # last seen face to face

    laptop.server.start()
    window.sync_status.button.click()
    assert "Online" in window.sync_status.connection.text()
    assert window.sync_status.waiting.text() == "0 changes waiting"
    with laptop.harness.engine.connect() as conn:
        held = {row.kind: json.loads(row.data) for row in conn.execute(
            select(records.c.kind, records.c.data).where(records.c.child_id == child_id))}
    assert held["contact"]["narrative"].startswith("Met at the youth club")
    assert held["voice"]["words"] == "I want to help fix bikes for other kids"
    assert held["voice"]["contact_id"] == held["contact"]["id"]


def test_a_missed_appointment_shows_its_follow_up_date(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    window.caseload_page.table.setFocus()
    qtbot.keyClick(window.caseload_page.table, Qt.Key.Key_Down)
    seen: dict[str, str] = {}

    def choose_did_not_attend() -> None:
        dialog = window.dialog
        try:
            dialog.attendance.setCurrentIndex(dialog.attendance.findData("did_not_attend"))
            seen["follow_up"] = dialog.follow_up.text()
        finally:
            dialog.reject()

    QTimer.singleShot(0, choose_did_not_attend)
    window.record_contact()
    assert seen["follow_up"].startswith("A missed appointment: follow up by")


def test_record_contact_without_a_child_chosen_says_what_to_do(window: MainWindow) -> None:
    window.caseload_page.table.clearSelection()
    window.caseload_page.table.setCurrentIndex(window.caseload_page.proxy.index(-1, -1))
    window.record_contact()
    assert "Choose a child" in window.message_bar.text()


def test_choosing_a_child_opens_their_record_and_audits_the_view(
        qtbot: QtBot, window: MainWindow, laptop: Laptop) -> None:
    window.caseload_page.table.setFocus()
    qtbot.keyClick(window.caseload_page.table, Qt.Key.Key_Down)
    child_id, name = window.caseload_page.selected()  # type: ignore[misc]
    record = window.caseload_page.record
    assert name in record.summary.text()
    assert record.contacts.rowCount() == 0
    QTimer.singleShot(0, lambda: fill_contact_by_keyboard(
        qtbot, window, "Walked to the library together.", "It was quiet, I liked that"))
    window.record_contact()
    assert window.caseload_page.selected_id() == child_id  # still chosen after the refresh
    assert record.contacts.rowCount() == 1
    assert record.contacts.item(0, 3).text() == "Walked to the library together."
    assert "It was quiet, I liked that" in record.voice.item(0).text()
    assert window.session is not None
    views = window.session._store.db.execute(
        "SELECT count(*) FROM facts WHERE kind = 'audit' AND json_extract(data, '$.action')"
        " = 'view' AND child_id = ?", (child_id,)).fetchone()[0]
    assert views >= 2  # opened, then opened again after saving


def _painted_in_its_colour(window: MainWindow) -> bool:
    """The bar is on screen, inside the window, and its background drawn in its status
    colour (a message set but never painted was the fault)."""
    bar = window.message_bar
    if not (bar.isVisible() and bar.width() > 100 and bar.height() > 10):
        return False
    top_left = bar.mapTo(window, bar.rect().topLeft())
    if not window.rect().contains(top_left) or not window.rect().contains(
            bar.mapTo(window, bar.rect().bottomRight())):
        return False
    image = window.grab().toImage()
    background, _ = status_colours(bar.status())
    sample = image.pixelColor(top_left.x() + 4, top_left.y() + bar.height() // 2)
    return abs(sample.red() - background.red()) + abs(sample.green() - background.green()) \
        + abs(sample.blue() - background.blue()) < 24


def test_messages_are_seen_on_screen_not_only_set(qtbot: QtBot, window: MainWindow) -> None:
    window.caseload_page.table.clearSelection()
    window.caseload_page.table.setCurrentIndex(window.caseload_page.proxy.index(-1, -1))
    window.record_contact()
    assert window.message_bar.status() == Status.WARNING
    assert _painted_in_its_colour(window)
    window.tell("Something went wrong.", Status.ERROR)
    assert _painted_in_its_colour(window)
    qtbot.keyClick(window.message_bar.close_button, Qt.Key.Key_Space)
    assert not window.message_bar.isVisible()
