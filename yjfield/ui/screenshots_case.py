"""Screenshots of the case manager's screens (part of make screenshots)."""

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from yjfield.app.demo import DEMO_PASSPHRASE
from yjfield.domain.codes import Attendance, ProgrammeType
from yjfield.domain.contact import Contact
from yjfield.ui.case.project_dialog import ProjectDialog
from yjfield.ui.main_window import MainWindow

Pump = Callable[..., None]
Save = Callable[[QWidget, str], None]
Shoot = Callable[..., None]


def case_manager_screens(folder: Path, who: str, pump: Pump, save: Save, shoot: Shoot) -> None:
    """The office half, on the demo case manager's laptop."""
    window = MainWindow(folder, who=who, demo_passphrase=DEMO_PASSPHRASE)
    window.show()
    window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
    window.unlock_page.unlock_button.click()
    pump(10, lambda: window.caseload_page.model.rowCount() > 0)
    session = window.session
    assert session is not None
    page = window.caseload_page
    # A child on a YRO who missed an appointment two days ago: the decision screen then
    # drafts a warning letter.
    names = []
    for line in session.caseload():
        names.append(line.display_name)
        open_now = session.case.child_programmes(line.child_id).open_programmes
        if any(p.programme_type == ProgrammeType.YOUTH_REHABILITATION_ORDER for p in open_now):
            when = session.now() - timedelta(days=2)
            session.record_contact(Contact(
                child_id=line.child_id, start=when, end=when + timedelta(minutes=45),
                attendance=Attendance.DID_NOT_ATTEND, present=(),
                narrative="Did not come to the office; no answer on the phone."), None)
            break
    window.refresh()
    pump(1)
    chosen = next((row for row in range(page.proxy.rowCount())
                   if page.proxy.index(row, 0).data() == names[-1]), 0)
    page.table.selectRow(chosen)
    pump(1, lambda: "Born" in page.record.summary.text())

    def fill_programme(dialog: Any) -> None:
        if dialog.which.count() > 1:
            dialog.which.setCurrentIndex(1)
        save(dialog, "programmes-and-orders")

    def fill_requirement(dialog: Any) -> None:
        save(dialog, "add-reparation-hours")

    def fill_appointment(dialog: Any) -> None:
        dialog.note.setText("Talk about the college application")
        save(dialog, "book-appointment")

    def fill_review(dialog: Any) -> None:
        dialog.childs_view.setPlainText("Things are calmer at home. I want to keep boxing.")
        dialog.outcome.setPlainText("Plan kept; add a goal about the college application.")
        save(dialog, "record-review")

    def fill_details(dialog: Any) -> None:
        save(dialog, "child-details")

    def fill_decision(dialog: Any) -> None:
        index = dialog.choice.findData("warning_issued")
        if index >= 0:
            dialog.choice.setCurrentIndex(index)
        dialog.note.setPlainText("you did not come to the office on Tuesday and did not "
                                 "tell us why.")
        save(dialog, "decide-missed-appointment")

    shoot(window.case_actions.programmes, fill_programme, on=window)
    shoot(window.case_actions.requirement, fill_requirement, on=window)
    shoot(window.case_actions.appointments, fill_appointment, on=window)
    shoot(window.case_actions.review, fill_review, on=window)
    shoot(window.case_actions.child_details, fill_details, on=window)
    shoot(window.case_actions.decide, fill_decision, on=window)
    window.show_diary()
    pump(1)
    save(window, "today-and-this-week")
    window.show_flags()
    pump(1)
    save(window, "concerns-to-act-on")
    window.show_figures()
    pump(1)
    save(window, "my-caseload-in-figures")
    window.show_held()
    pump(5, lambda: "Asking" not in window.held_page.explain.text())
    save(window, "changes-held-for-a-decision")
    window.pages.setCurrentWidget(page)
    page.filter.setCurrentIndex(page.filter.findData(5))  # missed appointments to follow up
    pump(0.3)
    save(window, "caseload-follow-up")
    projects = ProjectDialog(session.case.all_projects(), window)
    projects.which.setCurrentIndex(1)
    projects.show()
    pump(0.3)
    save(projects, "reparation-projects")
    projects.reject()
    window.shutdown()
