"""The case manager's half by keyboard: programmes, reparation hours, appointments,
the week's diary and reparation projects, on real laptops against a loopback server."""

import json
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.harness import Harness
from tests.ui.conftest import Laptop, in_dialog, open_window, press
from tests.ui.test_capture import choose, hours_to_do
from yjfield.domain.child import Child
from yjfield.domain.reparation import ReparationProject
from yjfield.server.db import records
from yjfield.ui.case.appointment_dialog import AppointmentDialog
from yjfield.ui.case.diary_page import DiaryPage
from yjfield.ui.case.programme_dialog import ProgrammeDialog
from yjfield.ui.case.project_dialog import ProjectDialog
from yjfield.ui.case.requirement_dialog import RequirementDialog
from yjfield.ui.caseload_model import NAME, NEXT_APPOINTMENT, PROGRAMME
from yjfield.ui.contact_dialog import ContactDialog
from yjfield.ui.main_window import MainWindow


def column(window: MainWindow, child: Child, which: int) -> str:
    page = window.caseload_page
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, NAME).data() == child.display_name)
    return str(page.proxy.index(row, which).data())


def qdate(on: date) -> QDate:
    return QDate(on.year, on.month, on.day)


def server_records(harness: Harness, kind: str) -> list[str]:
    with harness.engine.connect() as conn:
        return [row.data for row in conn.execute(
            select(records.c.data).where(records.c.kind == kind))]


def test_a_case_manager_adds_a_programme_and_its_hours(
        qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    _, ioan, wren = case_manager_laptop.children
    window = open_window(qtbot, case_manager_laptop.folder)
    start = date.today() - timedelta(days=30)
    choose(window, wren)

    def add_referral_order(dialog: ProgrammeDialog) -> None:
        assert dialog.which.currentText() == "New programme or order"
        qtbot.keyClick(dialog.which, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.programme_type, "Referral")
        assert dialog.programme_type.currentText() == "Referral order"
        dialog.start.setDate(qdate(start))
        qtbot.keyClick(dialog.end.known, Qt.Key.Key_Space)
        dialog.end.edit.setDate(qdate(start + timedelta(days=400)))
        press(qtbot, dialog.which, "Ctrl+Return")
        # Refused in the form, in words; nothing is lost and the form stays open.
        assert dialog.isVisible() and "at most 12 months" in dialog.problem.text()
        dialog.end.edit.setDate(qdate(start + timedelta(days=200)))
        press(qtbot, dialog.which, "Ctrl+Return")
        assert not dialog.isVisible()

    in_dialog(window, add_referral_order)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+O")
    assert window.message_bar.text() == "Programme saved."
    assert column(window, wren, PROGRAMME) == "Referral order"

    def add_hours(dialog: RequirementDialog) -> None:
        assert dialog.programme.currentText().startswith("Referral order, from")
        # Only the source that fits a referral order is offered.
        assert [dialog.source.itemText(i) for i in range(dialog.source.count())] == [
            "Referral order contract"]
        qtbot.keyClick(dialog.programme, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.source, Qt.Key.Key_Tab)
        dialog.hours.selectAll()
        qtbot.keyClicks(dialog.hours, "12")
        press(qtbot, dialog.hours, "Ctrl+Return")

    in_dialog(window, add_hours)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+H")
    assert window.message_bar.text().startswith("Reparation hours saved")
    assert hours_to_do(window, wren) == "12h"

    # A second Turnaround programme for the same child is refused at save, in words,
    # and the input is kept as a draft.
    choose(window, ioan)

    def add_turnaround(dialog: ProgrammeDialog) -> None:
        dialog.which.setCurrentIndex(0)
        qtbot.keyClick(dialog.which, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.programme_type, "Turn")
        press(qtbot, dialog.programme_type, "Ctrl+Return")

    for _ in range(2):
        in_dialog(window, add_turnaround)
        press(qtbot, window.caseload_page.table, "Ctrl+Shift+O")
    assert "already had a Turnaround programme" in window.message_bar.text()
    assert window.message_bar.text().startswith("Not saved")

    # The programmes and hours reach the server on the next sync.
    window.sync_now()
    saved = server_records(case_manager_laptop.harness, "programme")
    assert len(saved) == 2 and any('"referral_order"' in data for data in saved)
    assert 720 in [json.loads(data)["minutes_required"]
                   for data in server_records(case_manager_laptop.harness,
                                              "reparation_requirement")]


def test_closing_a_programme_says_why(qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    tegan = case_manager_laptop.children[0]
    window = open_window(qtbot, case_manager_laptop.folder)
    choose(window, tegan)

    def add(dialog: ProgrammeDialog) -> None:
        qtbot.keyClick(dialog.which, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.programme_type, "Prevention")
        dialog.start.setDate(qdate(date.today() - timedelta(days=60)))
        press(qtbot, dialog.which, "Ctrl+Return")

    in_dialog(window, add)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+O")
    assert column(window, tegan, PROGRAMME) == "Prevention"

    def close(dialog: ProgrammeDialog) -> None:
        qtbot.keyClick(dialog.which, Qt.Key.Key_Down)  # the prevention programme
        assert dialog.which.currentText().endswith("(open)")
        assert not dialog.exit_summary.isEnabled()
        qtbot.keyClicks(dialog.end_reason, "Other")
        assert dialog.exit_summary.isEnabled()
        assert dialog.end.value() == date.today()  # closing: it ends today unless changed
        dialog.end.edit.setDate(qdate(date.today() - timedelta(days=1)))
        press(qtbot, dialog.which, "Ctrl+Return")
        assert "in words why" in dialog.problem.text()
        dialog.end_words.setFocus()
        qtbot.keyClicks(dialog.end_words, "Family moved away")
        press(qtbot, dialog.which, "Ctrl+Return")
        assert "exit summary" in dialog.problem.text()
        qtbot.keyClicks(dialog.exit_summary, "Settled at college; plan handed on.")
        press(qtbot, dialog.which, "Ctrl+Return")
        assert not dialog.isVisible()

    in_dialog(window, close)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+O")
    assert window.message_bar.text() == "Programme saved."
    assert column(window, tegan, PROGRAMME) == ""  # no open programme now
    session = window.session
    assert session is not None
    ended = session.case.child_programmes(tegan.id).programmes[0]
    assert (ended.end_reason, ended.end_words) == ("other", "Family moved away")


def test_book_move_and_record_an_appointment(qtbot: QtBot, laptop: Laptop) -> None:
    tegan = laptop.children[0]
    window = open_window(qtbot, laptop.folder)
    choose(window, tegan)

    def book(dialog: AppointmentDialog) -> None:
        assert dialog.which.currentText() == "Book a new appointment"
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "Talk about college")
        press(qtbot, dialog.note, "Ctrl+Return")

    in_dialog(window, book)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+A")
    assert window.message_bar.text() == "Appointment saved."
    booked = column(window, tegan, NEXT_APPOINTMENT)
    assert booked.endswith("10:00")

    def move(dialog: AppointmentDialog) -> None:
        qtbot.keyClick(dialog.which, Qt.Key.Key_Down)
        assert dialog.note.text() == "Talk about college"
        dialog.start.setDateTime(dialog.start.dateTime().addDays(1).addSecs(3600))
        press(qtbot, dialog.which, "Ctrl+Return")

    in_dialog(window, move)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+A")
    assert column(window, tegan, NEXT_APPOINTMENT).endswith("11:00")
    session = window.session
    assert session is not None
    [moved] = session.case.appointments(tegan.id)  # moved, not booked twice
    assert moved.note == "Talk about college"

    # One this morning, before now: its outcome is not recorded yet.
    def book_earlier(dialog: AppointmentDialog) -> None:
        earlier = datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=30)
        dialog.start.setDateTime(QDateTime(earlier))
        qtbot.keyClicks(dialog.setting, "Home")
        press(qtbot, dialog.which, "Ctrl+Return")

    in_dialog(window, book_earlier)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+A")
    press(qtbot, window.caseload_page.table, "Ctrl+D")
    diary: DiaryPage = window.diary_page
    assert window.pages.currentWidget() is diary
    assert [diary.table.item(r, 5).text() for r in range(diary.table.rowCount())] == [
        "Outcome not recorded", ""]

    def record(dialog: ContactDialog) -> None:
        assert dialog.setting.currentText() == "Home visit"
        assert dialog.windowTitle().endswith("(from the appointment)")
        qtbot.keyClicks(dialog.note, "Talked about college at home.")
        press(qtbot, dialog.note, "Ctrl+Return")
        # None of the child's words: asked why, not refused.
        assert dialog.isVisible() and dialog.no_words.isVisible()
        assert "no words of the child's" in dialog.problem.text()
        qtbot.keyClicks(dialog.no_words, "Declined")
        press(qtbot, dialog.note, "Ctrl+Return")

    in_dialog(window, record)
    qtbot.keyClick(diary.table, Qt.Key.Key_Return)
    assert window.message_bar.text() == "Contact saved."
    assert [diary.table.item(r, 5).text() for r in range(diary.table.rowCount())] == [
        "Contact recorded", ""]
    session = window.session
    assert session is not None
    [contact] = session.child_record(tegan.id).contacts
    assert contact.contact.appointment_id == session.case.diary()[0].appointment.id


def test_a_service_manager_adds_a_project_supervisors_then_see(
        qtbot: QtBot, service_manager_laptop: Laptop) -> None:
    window = open_window(qtbot, service_manager_laptop.folder)

    def add(dialog: ProjectDialog) -> None:
        qtbot.keyClick(dialog.which, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.name, "Allotment on Mill Lane")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.reparation_kind, "Indirect")
        press(qtbot, dialog.name, "Ctrl+Return")

    in_dialog(window, add)
    press(qtbot, window.caseload_page.table, "Ctrl+Shift+K")
    assert window.message_bar.text().startswith("Project saved")
    window.sync_now()

    supervisor = service_manager_laptop.harness.device("sup")
    try:
        supervisor.sync()
        names = [e.record.name for e in supervisor.store.entities("reparation_project")
                 if isinstance(e.record, ReparationProject)]
        assert "Allotment on Mill Lane" in names
    finally:
        supervisor.store.close()
        supervisor.engine.api.close()


def test_each_role_is_offered_only_what_it_may_write(qtbot: QtBot,
                                                     supervisor_laptop: Laptop) -> None:
    window = open_window(qtbot, supervisor_laptop.folder)
    assert not window.programme_action.isEnabled()
    assert not window.appointment_action.isEnabled()
    assert not window.project_action.isEnabled()
    assert not window.diary_action.isEnabled()


def test_my_caseload_in_figures(qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    window = open_window(qtbot, case_manager_laptop.folder)
    press(qtbot, window, "Ctrl+Shift+U")
    page = window.figures_page
    assert window.pages.currentWidget() is page
    assert page.numbers["children"].text() == "3"
    assert page.numbers["not_seen_as_expected"].text() == "3"  # none seen yet
    assert page.voice.format() == "No face-to-face contacts recorded yet"
    assert page.hours.text() == "Reparation: 0h credited of 20h required"
    window.lock()
    assert page.numbers["children"].text() == "–"  # nothing left on screen once locked
