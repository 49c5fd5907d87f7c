"""The interface speaks Welsh when asked, through the same tr() every string uses."""

import ast
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

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


def _tr_strings() -> set[str]:
    """Every literal passed to tr() in the interface's code."""
    found = set()
    for path in (Path(__file__).parents[2] / "yjfield" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def test_the_translators_catalogue_has_every_string() -> None:
    """`make translations` was run after the last string changed (a translator works
    from the .ts file, so a string missing there would stay English)."""
    catalogue = ElementTree.parse(TRANSLATIONS / "yjfield_cy.ts")
    sources = {node.text or "" for node in catalogue.iter("source")}
    strings = _tr_strings()
    assert len(strings) > 200
    assert sorted(strings - sources) == []
