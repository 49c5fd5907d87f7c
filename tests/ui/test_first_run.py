"""First run: sign in, choose a passphrase, first sync; with plain words when something is off."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.harness import PASSWORD
from tests.ui.conftest import Laptop, synchronous_operations
from yjfield.app.passphrase import strength, suggest
from yjfield.ui.main_window import MainWindow

GOOD = "kettle orange harbour seventeen"


@pytest.fixture
def window(qtbot: QtBot, laptop: Laptop, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(tmp_path / "new-laptop", who="", operations=synchronous_operations(),
                        server_url=laptop.server.url)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.lock()


def fill(qtbot: QtBot, window: MainWindow, *, password: str = PASSWORD,
         passphrase: str = GOOD, confirm: str = GOOD) -> None:
    page = window.first_run_page
    for field, text in ((page.username, "yw"), (page.password, password),
                        (page.passphrase, passphrase), (page.confirm, confirm)):
        field.clear()
        qtbot.keyClicks(field, text)
    page.start.click()


def test_new_laptop_signs_in_and_fetches_its_caseload(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.first_run_page
    fill(qtbot, window)
    assert window.pages.currentWidget() is window.caseload_page
    assert window.caseload_page.model.rowCount() == 3
    window.lock()
    qtbot.keyClicks(window.unlock_page.passphrase, GOOD)  # the new passphrase unlocks it
    window.unlock_page.unlock_button.click()
    assert window.caseload_page.model.rowCount() == 3


def test_wrong_password_weak_or_mismatched_passphrase_say_so(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    page = window.first_run_page
    fill(qtbot, window, passphrase="short", confirm="short")
    assert "not strong enough" in page.problem.text()
    fill(qtbot, window, confirm=GOOD + " x")
    assert "different" in page.problem.text()
    fill(qtbot, window, password="not the password")
    assert "username or password is not right" in page.problem.text()
    assert window.pages.currentWidget() is page and page.start.isEnabled()


def test_passphrase_strength_in_words() -> None:
    assert not strength("Tr0ub4dor&3").acceptable  # short, however clever
    assert not strength("password password").acceptable
    assert strength("kettle orange harbour seventeen").advice == "Strong."
    # Each of these falls to a GPU in seconds: long enough, but guessable.
    for weak in ("trustno1trustno1", "abcdefghijkl", "1qaz2wsx3edc", "kettle orange ha"):
        rating = strength(weak)
        assert not rating.acceptable and "Too easy to guess" in rating.advice, weak
    # A person's own name or username counts as a guessable word.
    assert strength("quillonby ferrandale").acceptable
    assert not strength("quillonby ferrandale", ["quillonby", "ferrandale"]).acceptable


def test_a_suggested_passphrase_meets_the_rule_and_differs_each_time() -> None:
    suggestions = {suggest() for _ in range(5)}
    assert len(suggestions) == 5
    for words in suggestions:
        assert len(words.split()) == 5 and strength(words).acceptable
