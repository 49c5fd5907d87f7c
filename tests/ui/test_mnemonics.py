"""Alt+letter reaches one thing: on each page of the window (with the menu bar) and in
each form, no two labels, buttons or tick boxes share a mnemonic. Where two do, Qt only
moves the focus between them and presses neither (seen in a real window: Alt+A went to
the Case menu's letter, not to Acknowledge)."""

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Laptop, open_window
from yjfield.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def _letters(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for text in texts for m in [_MNEMONIC.search(text)] if m]


def _texts(root: QWidget) -> list[str]:
    found = [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]
    found += [label.text() for label in root.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(root)]
    return found


def clashes(texts: list[str]) -> dict[str, int]:
    return {letter: n for letter, n in Counter(_letters(texts)).items() if n > 1}


def test_each_page_of_the_window_has_its_own_letters(qtbot: QtBot,
                                                     case_manager_laptop: Laptop) -> None:
    window: MainWindow = open_window(qtbot, case_manager_laptop.folder)
    menus = [action.text() for action in window.menuBar().actions()]
    for page in (window.diary_page, window.flags_page, window.held_page, window.figures_page,
                 window.conflicts_page, window.problems_page):
        assert clashes(menus + _texts(page)) == {}, page.objectName()
    window.caseload_page.table.selectRow(0)
    record = window.caseload_page.record
    tabs = [record.tabText(tab) for tab in range(record.count())]
    for tab in range(record.count()):
        record.setCurrentIndex(tab)
        assert clashes(menus + tabs + _texts(window.caseload_page)) == {}, tabs[tab]
    window.lock()


def test_each_form_has_its_own_letters(qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    from datetime import date, datetime

    from yjfield.domain.codes import FlagStage
    from yjfield.domain.flags import RedFlag
    from yjfield.ui.case.appointment_dialog import AppointmentDialog
    from yjfield.ui.case.breach_dialog import BreachApprovalDialog
    from yjfield.ui.case.child_details_dialog import ChildDetailsDialog
    from yjfield.ui.case.decision_dialog import DecisionDialog
    from yjfield.ui.case.flag_move_dialog import FlagMoveDialog
    from yjfield.ui.case.programme_dialog import ProgrammeDialog
    from yjfield.ui.case.project_dialog import ProjectDialog
    from yjfield.ui.case.requirement_dialog import RequirementDialog
    from yjfield.ui.case.review_dialog import ReviewDialog
    from yjfield.ui.contact_dialog import ContactDialog
    from yjfield.ui.flag_dialog import FlagDialog
    from yjfield.ui.plan_dialog import PlanDialog

    window: MainWindow = open_window(qtbot, case_manager_laptop.folder)
    session = window.session
    assert session is not None
    child = case_manager_laptop.children[0]
    today = date.today()
    flag = RedFlag(child_id=child.id, at=session.now(), category="other", description="x")
    forms = [
        ProgrammeDialog(session.case.child_programmes(child.id), "Tegan", today),
        RequirementDialog(session.case.child_programmes(child.id), "Tegan", today, 10),
        AppointmentDialog(child.id, "Tegan", [], session.now()),
        ReviewDialog(child.id, "Tegan", today),
        ChildDetailsDialog(session.case.child(child.id), today, nation="england",
                           may_change_identity=True),
        DecisionDialog(session.case.decision_context(child.id), today, "cm"),
        FlagMoveDialog(flag, "Tegan", FlagStage.CLOSED, lambda: datetime.now(), "cm"),
        ProjectDialog(session.case.all_projects()),
        BreachApprovalDialog([], today, "sm"),
        ContactDialog(child.id, "Tegan", session.policy),
        FlagDialog(child.id, "Tegan", session.now),
        PlanDialog(session.plan_for_edit(child.id), "Tegan", today),
    ]
    for form in forms:
        qtbot.addWidget(form)
        form.show()
        assert clashes(_texts(form)) == {}, form.objectName()
        form.reject()
    window.lock()
