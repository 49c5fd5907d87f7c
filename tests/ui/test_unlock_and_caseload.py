"""Unlock, search, filter and lock, driven through the widgets as a person would."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.conftest import Laptop, synchronous_operations
from yjfield.ui.caseload_model import NAME
from yjfield.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, laptop: Laptop) -> Iterator[MainWindow]:
    window = MainWindow(laptop.folder, who="Test Worker", operations=synchronous_operations())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.lock()


def type_passphrase(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = window.unlock_page.passphrase
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def names(window: MainWindow) -> list[str]:
    proxy = window.caseload_page.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def test_wrong_passphrase_says_so_plainly_then_the_right_one_opens(
        qtbot: QtBot, window: MainWindow) -> None:
    type_passphrase(qtbot, window, "not it")
    assert window.pages.currentWidget() is window.unlock_page
    assert "not right" in window.unlock_page.problem.text()
    assert "Nothing has been changed" in window.unlock_page.problem.text()
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.pages.currentWidget() is window.caseload_page
    assert names(window) == ["Ioan Larkhollow", "Tegan Quarrendon", "Wren Saltmarsh"]
    assert window.sync_status.isVisible()
    assert "Online" in window.sync_status.connection.text()
    assert window.sync_status.waiting.text() == "0 changes waiting"


def test_guess_limit_shows_a_countdown(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(10):
        type_passphrase(qtbot, window, "wrong")
    assert "try again in" in window.unlock_page.problem.text()
    assert not window.unlock_page.unlock_button.isEnabled()


def test_search_as_you_type_and_filters(qtbot: QtBot, window: MainWindow) -> None:
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.keyClicks(window.caseload_page.search, "teg")
    qtbot.waitUntil(lambda: names(window) == ["Tegan Quarrendon"], timeout=2000)
    assert window.caseload_page.count.text() == "1 of 3 children"
    window.caseload_page.search.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 3, timeout=2000)
    window.caseload_page.filter.setCurrentIndex(2)  # not seen face to face in 14 days
    assert len(names(window)) == 3  # nobody has been seen yet
    window.caseload_page.filter.setCurrentIndex(3)  # open red flags
    assert names(window) == []
    assert window.caseload_page.count.text() == "0 of 3 children"  # the count follows filters


def test_lock_now_hides_records_and_closes_the_store(qtbot: QtBot, window: MainWindow) -> None:
    type_passphrase(qtbot, window, PASSPHRASE)
    session = window.session
    assert session is not None
    window.caseload_page.table.selectRow(0)  # a record open in the pane
    shown = window.caseload_page.record.summary.text()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.unlock_page
    assert window.caseload_page.model.rowCount() == 0
    # The record's words leave the widgets, not only the screen.
    assert window.caseload_page.record.view is None
    assert window.caseload_page.record.summary.text() != shown
    assert window.session is None and not window.sync_status.isVisible()
    with pytest.raises(Exception, match=r"[Cc]losed"):
        session.caseload()  # the connection, and the key with it, is gone
    type_passphrase(qtbot, window, PASSPHRASE)
    assert len(names(window)) == 3


def test_idle_lock_follows_local_policy(qtbot: QtBot, window: MainWindow) -> None:
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window._idle.interval() == 5 * 60 * 1000  # the default policy: 5 minutes
    window._idle.timeout.emit()
    assert window.pages.currentWidget() is window.unlock_page


def test_after_unlock_a_child_is_highlighted_and_the_keyboard_reaches_the_list(
        qtbot: QtBot, window: MainWindow) -> None:
    type_passphrase(qtbot, window, PASSPHRASE)
    page = window.caseload_page
    highlighted = page.selected()
    assert highlighted is not None  # Ctrl+Shift+C has a child to record for at once
    assert page.record.view is None  # highlighted, not opened: nobody chose to view it
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # from the search box into the list
    assert page.table.hasFocus()
    assert page.record.view is not None and page.selected() == highlighted  # chosen now
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.record.view is not None and page.selected() != highlighted
