"""Settings → Change passphrase, by keyboard: weak and wrong refused in words, then changed."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.conftest import Laptop, synchronous_operations
from yjfield.store.errors import WrongPassphrase
from yjfield.store.store import Store
from yjfield.ui.main_window import MainWindow

NEW = "lantern pebble orchard violin"


@pytest.fixture
def window(qtbot: QtBot, laptop: Laptop) -> Iterator[MainWindow]:
    window = MainWindow(laptop.folder, who="Test Worker", operations=synchronous_operations())
    qtbot.addWidget(window)
    window.show()
    field = window.unlock_page.passphrase
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    yield window
    window.lock()


def _fill(qtbot: QtBot, dialog: object, current: str, new: str, again: str) -> None:
    for field, text in ((dialog.current, current), (dialog.fields.passphrase, new),  # type: ignore[attr-defined]
                        (dialog.fields.confirm, again)):  # type: ignore[attr-defined]
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def test_change_passphrase_refuses_weak_and_wrong_then_changes_it(
        qtbot: QtBot, window: MainWindow, laptop: Laptop) -> None:
    window.change_passphrase_action.trigger()
    dialog = window.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    _fill(qtbot, dialog, PASSPHRASE, "trustno1trustno1", "trustno1trustno1")
    assert dialog.problem.isVisible() and "not strong enough" in dialog.problem.text()
    _fill(qtbot, dialog, "not my passphrase", NEW, NEW)
    assert dialog.problem.isVisible() and "not right" in dialog.problem.text().lower()
    _fill(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert dialog.done_label.isVisible() and "changed" in dialog.done_label.text()
    assert not dialog.problem.isVisible()
    window.lock()
    with pytest.raises(WrongPassphrase):
        Store.unlock(laptop.folder, PASSPHRASE)
    Store.unlock(laptop.folder, NEW).close()


def test_suggest_fills_a_strong_passphrase_shown_to_be_written_down(
        qtbot: QtBot, window: MainWindow) -> None:
    window.change_passphrase_action.trigger()
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.fields.suggest_button.click()
    words = dialog.fields.passphrase.text()
    assert len(words.split()) == 5 and dialog.fields.confirm.text() == words
    assert dialog.fields.meter.value() == 4
    dialog.reject()


def test_change_the_service_password_from_the_laptop(qtbot: QtBot, window: MainWindow) -> None:
    from tests.helpers.harness import PASSWORD

    window.change_password_action.trigger()
    dialog = window.passphrase_dialog
    assert dialog is not None and dialog.isVisible()

    def fill(current: str, new: str) -> None:
        for field, text in ((dialog.current, current), (dialog.new, new),  # type: ignore[union-attr]
                            (dialog.again, new)):  # type: ignore[union-attr]
            field.clear()
            qtbot.keyClicks(field, text)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)  # type: ignore[union-attr]

    fill("not my password", "harbour lantern violin pebble")
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert "not right" in dialog.problem.text()
    fill(PASSWORD, "password1234")
    qtbot.waitUntil(lambda: "breaches" in dialog.problem.text())
    fill(PASSWORD, "harbour lantern violin pebble")
    qtbot.waitUntil(lambda: dialog.done_label.isVisible())
    assert "changed" in dialog.done_label.text()
