"""Missed appointments by keyboard: the contact form for a child who did not come, the
follow-up list until a decision clears it, YRO warnings with their letter, the breach
prompt, and a manager's approval from their own laptop."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Laptop, in_dialog, open_window, press
from tests.ui.test_capture import choose
from tests.ui.test_case_work import column
from yjfield.app.session import Session
from yjfield.domain.codes import ComplianceKind, PresentRole
from yjfield.domain.compliance import ComplianceEvent
from yjfield.ui.case.decision_dialog import DecisionDialog
from yjfield.ui.caseload_model import FOLLOW_UP, CaseloadFilter
from yjfield.ui.contact_dialog import ContactDialog
from yjfield.ui.main_window import MainWindow


def record_missed(qtbot: QtBot, window: MainWindow, days_ago: int) -> None:
    def fill(dialog: ContactDialog) -> None:
        when = datetime.now().replace(second=0, microsecond=0) \
            - timedelta(days=days_ago, minutes=5)
        dialog.when.setDateTime(QDateTime(when))
        dialog.attendance.setFocus()
        qtbot.keyClicks(dialog.attendance, "Did")  # a space would open the list
        # The child was not there: not ticked as present, and no words of theirs.
        assert not dialog.present[PresentRole.CHILD].isChecked()
        assert not dialog.words.isEnabled()
        assert dialog.absence.isVisible()
        qtbot.keyClicks(dialog.absence, "Not")
        qtbot.keyClicks(dialog.note, "Waited at the office; no answer on the phone.")
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, fill)
    press(qtbot, window, "Ctrl+Shift+C")
    assert window.message_bar.text() == "Contact saved."


def decide(qtbot: QtBot, window: MainWindow, expected: list[str], choose_text: str,
           breach_shown: bool = False) -> None:
    def fill(dialog: DecisionDialog) -> None:
        offered = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
        assert offered == expected
        assert dialog.breach.isVisible() == breach_shown
        qtbot.keyClicks(dialog.choice, choose_text)
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "you missed your appointment at the office.")
        if dialog.letter.isVisible():
            letter = dialog.letter.toPlainText()
            assert "you missed your appointment at the office." in letter
            assert "This is not acceptable." in letter and "taken back to court" in letter
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, fill)
    press(qtbot, window, "Ctrl+Shift+D")
    assert window.message_bar.text() == "Decision saved.", window.message_bar.text()


def test_missed_appointments_are_followed_up_warned_and_breached(
        qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    tegan = case_manager_laptop.children[0]
    window = open_window(qtbot, case_manager_laptop.folder)
    session = window.session
    assert session is not None
    session.case.save_programme(tegan.id, None, {
        "programme_type": "youth_rehabilitation_order",
        "start": (date.today() - timedelta(days=90)).isoformat(),
        "conviction_date": (date.today() - timedelta(days=95)).isoformat()})
    window.refresh()
    choose(window, tegan)
    record_missed(qtbot, window, days_ago=6)
    assert column(window, tegan, FOLLOW_UP) == "1"
    page = window.caseload_page
    page.filter.setCurrentIndex(page.filter.findData(CaseloadFilter.FOLLOW_UP))
    assert page.proxy.rowCount() == 1
    page.filter.setCurrentIndex(0)

    warn = ["The absence was acceptable", "Give a warning"]
    choose(window, tegan)
    decide(qtbot, window, warn, "Give")
    assert column(window, tegan, FOLLOW_UP) == ""  # the decision cleared it

    choose(window, tegan)
    record_missed(qtbot, window, days_ago=4)
    choose(window, tegan)
    decide(qtbot, window, warn, "Give")  # the further warning
    # A failure after both warnings, inside their warned period: breach must start.
    choose(window, tegan)
    record_missed(qtbot, window, days_ago=0)
    choose(window, tegan)
    decide(qtbot, window, ["The absence was acceptable",
                           "Start breach proceedings (a manager approves)"], "Start",
           breach_shown=True)
    events = [line.fact for line in session._store.facts(tegan.id, "compliance_event")]
    assert sorted(e.event for e in events if isinstance(e, ComplianceEvent)) == [
        ComplianceKind.BREACH_PROPOSED, ComplianceKind.WARNING_ISSUED,
        ComplianceKind.WARNING_ISSUED]
    window.sync_now()

    # Approving is the manager's, by their own sign-in: the server refuses it from anyone
    # else, and takes it from the service manager's laptop.
    [proposal] = session.case.breaches_to_approve()
    session._store.add_fact(ComplianceEvent(
        child_id=tegan.id, on=date.today(), event=ComplianceKind.BREACH_APPROVED,
        approves=proposal.proposal.id, note="approving my own proposal"))
    window.sync_now()
    assert session.problems()[0].reason.startswith("Only a service manager approves")
    window.lock()

    harness = case_manager_laptop.harness
    harness.assign(tegan.id, "sm")
    manager = harness.device("sm")
    try:
        manager.sync()
        waiting = Session(manager.store).case.breaches_to_approve()
        assert [p.child_name for p in waiting] == [tegan.display_name]
        Session(manager.store).case.approve_breach(ComplianceEvent(
            child_id=tegan.id, on=date.today(), event=ComplianceKind.BREACH_APPROVED,
            approves=waiting[0].proposal.id, note="Agreed; court officer told",
            by_name="sm (invented)"))
        assert manager.sync().rejected == 0
        assert Session(manager.store).case.breaches_to_approve() == []
    finally:
        manager.store.close()
        manager.engine.api.close()
