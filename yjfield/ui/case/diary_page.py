"""Today and this week: the practitioner's appointments, and past ones with no outcome.

An appointment in the past with no contact recorded that day shows "Outcome not
recorded" until someone records what happened (choose it and press Enter).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from yjfield.app.case_work import DiaryLine
from yjfield.ui.record_pages import fill_table, make_table
from yjfield.ui.theme import Status, status_colours


class DiaryPage(QWidget):
    back_requested = Signal()
    record_requested = Signal(object)  # the DiaryLine to record a contact for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DiaryPage")
        self.lines: list[DiaryLine] = []
        heading = QLabel(self.tr("<h2>Today and this week</h2>"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table: QTableWidget = make_table(
            [self.tr("When"), self.tr("Child"), self.tr("How"), self.tr("Where"),
             self.tr("Note"), self.tr("Outcome")], self.tr("Appointments"))
        # Enter (and a double-click, by the platform's habit) on a line records its contact.
        self.table.activated.connect(lambda _: self._record())
        self.record_button = QPushButton(self.tr("Record the &contact for this appointment…"))
        self.record_button.clicked.connect(self._record)
        back = QPushButton(self.tr("&Back to the caseload"))
        back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

    def set_lines(self, lines: list[DiaryLine]) -> None:
        self.lines = lines
        missing = sum(line.outcome_missing for line in lines)
        if not lines:
            self.explain.setText(self.tr(
                "No appointments booked for the coming week. Book one from the Case menu "
                "(Ctrl+Shift+A) with a child chosen in the caseload."))
        elif missing:
            self.explain.setText(self.tr(
                "{count} past appointment(s) have no outcome recorded: choose one and press "
                "Enter to record what happened.").format(count=missing))
        else:
            self.explain.setText(self.tr("Choose an appointment and press Enter to record "
                                         "the contact."))
        fill_table(self.table, [
            (line.appointment.start.astimezone().strftime("%a %d %b %H:%M"), line.child_name,
             line.appointment.mode.value.replace("_", " "),
             line.appointment.setting.value.replace("_", " "), line.appointment.note or "",
             self.tr("Outcome not recorded") if line.outcome_missing
             else self.tr("Contact recorded") if line.outcome_recorded else "")
            for line in lines])
        _, ink = status_colours(Status.ERROR)
        for row, line in enumerate(lines):
            item = self.table.item(row, 5)
            if line.outcome_missing and item is not None:
                item.setForeground(ink)
        self.record_button.setEnabled(bool(lines))
        if lines:
            self.table.selectRow(0)

    def _record(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            self.record_requested.emit(self.lines[row])
