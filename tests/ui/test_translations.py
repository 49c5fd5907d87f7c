"""The interface speaks Welsh when asked, through the same tr() every string uses."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from yjfield.ui.main_window import MainWindow
from yjfield.ui.translations import TRANSLATIONS, install_translator


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "cy")
    assert translator is not None, f"no Welsh translation in {TRANSLATIONS}"
    yield
    qapp.removeTranslator(translator)


def test_welsh_interface(qtbot: QtBot, welsh: None, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "nowhere", who="Sam")
    qtbot.addWidget(window)
    window.pages.setCurrentWidget(window.unlock_page)
    assert window.unlock_page.unlock_button.text() == "&Datgloi"
    assert window.lock_action.text() == "&Cloi nawr"
    assert window.caseload_page.search.placeholderText() == "Chwilio enwau a nodiadau"


def test_english_needs_no_translation_file(qapp: QApplication) -> None:
    assert install_translator(qapp, "en") is None
    assert install_translator(qapp, "xx") is None  # an unknown language falls back to English
