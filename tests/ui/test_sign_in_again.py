"""A lost or expired sign-in: the status bar offers "Sign in again", and work is kept."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.harness import PASSWORD
from tests.ui.conftest import PASSPHRASE, Laptop, open_window
from yjfield.store.secrets import SecretStore
from yjfield.store.store import Store
from yjfield.sync.engine import REFRESH_TOKEN


def forget_sign_in(folder: Path) -> None:
    """What clearing the OS keyring does to a laptop's saved sign-in."""
    store = Store.unlock(folder, PASSPHRASE)
    try:
        SecretStore(store, store.identity.device_id).delete(REFRESH_TOKEN)
    finally:
        store.close()


def type_password(qtbot: QtBot, window: object, text: str) -> None:
    dialog = window.sign_in_dialog  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.password, text)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_lost_sign_in_is_asked_for_and_then_syncs(qtbot: QtBot, laptop: Laptop) -> None:
    forget_sign_in(laptop.folder)
    window = open_window(qtbot, laptop.folder)
    try:
        window.sync_now()
        status = window.sync_status
        assert status.sign_in.isVisible()
        assert status.connection.text() == "○ Not signed in"
        assert "needs you to sign in again" in window.message_bar.text()
        assert not window._sync_timer.isActive()  # no retrying in vain until signed in

        status.sign_in.click()
        dialog = window.sign_in_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.username.text() == "yw" and dialog.username.isReadOnly()
        type_password(qtbot, window, "not the password")
        assert dialog.isVisible()
        assert dialog.problem.text().startswith("The username or password is not right.")
        assert dialog.password.text() == ""

        type_password(qtbot, window, PASSWORD)
        qtbot.waitUntil(lambda: window.sign_in_dialog is None, timeout=5000)
        assert status.connection.text() == "● Online"
        assert not status.sign_in.isVisible()
    finally:
        window.lock()


def test_locking_closes_the_sign_in_form(qtbot: QtBot, laptop: Laptop) -> None:
    forget_sign_in(laptop.folder)
    window = open_window(qtbot, laptop.folder)
    window.sync_now()
    window.sync_status.sign_in.click()
    assert window.sign_in_dialog is not None
    window.lock()
    assert window.sign_in_dialog is None
    assert window.pages.currentWidget() is window.unlock_page
