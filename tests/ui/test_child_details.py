"""A child's details edited by keyboard, field by field: a youth worker corrects everyday
details but not who the child is; a Welsh service asks about ALN, not SEND."""

import json
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.conftest import Laptop, in_dialog, open_window, press
from tests.ui.test_capture import choose
from yjfield.domain.child import Child
from yjfield.domain.codes import LanguagePreference, LegalStatus
from yjfield.server.db import records
from yjfield.ui.case.child_details_dialog import ChildDetailsDialog


def test_a_case_manager_records_the_childs_details(qtbot: QtBot,
                                                   case_manager_laptop: Laptop) -> None:
    tegan = case_manager_laptop.children[0]
    window = open_window(qtbot, case_manager_laptop.folder)
    choose(window, tegan)

    def edit(dialog: ChildDetailsDialog) -> None:
        assert dialog.given.isVisible()  # a case manager may correct who the child is
        assert "SEND" in dialog.needs.text()
        dialog.ethnicity.setFocus()
        qtbot.keyClicks(dialog.ethnicity, "Not stated")
        qtbot.keyClicks(dialog.language, "Cymraeg")
        qtbot.keyClick(dialog.asked.known, Qt.Key.Key_Space)
        dialog.communication.setFocus()
        qtbot.keyClicks(dialog.communication, "Needs time to answer")
        qtbot.keyClick(dialog.status_boxes[LegalStatus.LOOKED_AFTER], Qt.Key.Key_Space)
        qtbot.keyClick(dialog.statuses[LegalStatus.LOOKED_AFTER].known, Qt.Key.Key_Space)
        name, relationship, _, language = dialog.contacts[0]
        qtbot.keyClicks(name, "Ceri Quarrendon")
        qtbot.keyClicks(relationship, "Foster carer")
        qtbot.keyClicks(language, "Cymraeg")
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, edit)
    press(qtbot, window, "Ctrl+Shift+I")
    assert window.message_bar.text() == "The child's details are saved."
    session = window.session
    assert session is not None
    child = session.case.child(tegan.id)
    assert (child.ethnicity, child.language, child.language_asked_on) == (
        "Not stated", LanguagePreference.WELSH, date.today())
    assert child.legal_statuses == (LegalStatus.LOOKED_AFTER,)
    assert child.legal_status_since == {LegalStatus.LOOKED_AFTER: date.today()}
    [carer] = child.key_contacts
    assert (carer.name, carer.language) == ("Ceri Quarrendon", LanguagePreference.WELSH)
    window.sync_now()
    assert session._store.pending_count(include_audit=False) == 0
    window.lock()
    # Only what changed went to the server, field by field: the rest is still as imported.
    harness = case_manager_laptop.harness
    with harness.engine.connect() as conn:
        authors = json.loads(conn.execute(select(records.c.authors).where(
            records.c.id == tegan.id)).scalar_one())
    changed = {name for name, author in authors.items() if author["user_id"] != "system"}
    assert changed == {"ethnicity", "language", "language_asked_on", "communication_needs",
                       "legal_statuses", "legal_status_since", "key_contacts"}


def test_a_youth_worker_does_not_change_who_the_child_is(qtbot: QtBot, laptop: Laptop) -> None:
    window = open_window(qtbot, laptop.folder)
    child: Child = laptop.children[1]
    choose(window, child)

    def look(dialog: ChildDetailsDialog) -> None:
        assert not dialog.given.isVisible() and not dialog.born.isVisible()
        qtbot.keyClicks(dialog.preferred, "Yan")
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, look)
    press(qtbot, window, "Ctrl+Shift+I")
    assert window.message_bar.text() == "The child's details are saved."
    window.sync_now()
    session = window.session
    assert session is not None and session.problems() == []  # the server took it
    window.lock()
