"""Log a reparation session for a group: one session, several children, each credited.

Minutes per child default to the session's length and follow the times until
changed by hand (a child who left early gets fewer). Each child may add a reflection.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from yjfield.domain.problems import explain
from yjfield.domain.reparation import (
    GroupSession,
    ReparationAttendance,
    ReparationProject,
    ReparationSession,
)
from yjfield.ui.capture_dialog import CaptureDialog, set_combo


@dataclass
class ChildRow:
    child_id: str
    name: str
    ticked: QCheckBox
    minutes: QSpinBox
    reflection: QLineEdit


class ReparationDialog(CaptureDialog):
    """Collects a group session; `group` is set once accepted."""

    def __init__(self, projects: Sequence[ReparationProject],
                 children: Sequence[tuple[str, str]], signer: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Log a reparation session"), parent)
        self.setObjectName("ReparationDialog")
        self.group: GroupSession | None = None
        self.project = QComboBox()
        for project in projects:
            self.project.addItem(project.name, project.id)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("ddd dd MMM yyyy")
        self.start = QTimeEdit(QTime(10, 0))
        self.end = QTimeEdit(QTime(13, 0))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._follow_times)
        self.tasks = QPlainTextEdit()
        self.tasks.setMaximumHeight(60)
        self.tasks.setPlaceholderText(self.tr("What the group did"))
        self.signed_off = QLineEdit(signer)
        self.find_child = QLineEdit()
        self.find_child.setPlaceholderText(self.tr("Type to find a child"))
        self.find_child.setClearButtonEnabled(True)
        self.find_child.textChanged.connect(self._filter)
        # Enter in Find ticks the one child it found (one key); it never saves the session.
        self.find_child.returnPressed.connect(self._tick_found)
        self.attending = QLabel()
        self.attending.setAccessibleName(self.tr("Children attending"))
        self.add_row(self.tr("&Project:"), self.project)
        self.add_row(self.tr("&Date:"), self.on, self.tr("Date of the session"))
        self.add_row(self.tr("&Started:"), self.start, self.tr("Start time"))
        self.add_row(self.tr("&Ended:"), self.end, self.tr("End time"))
        self.add_row(self.tr("&Tasks:"), self.tasks)
        self.add_row(self.tr("Signed &off by:"), self.signed_off)
        self.add_row(self.tr("&Find:"), self.find_child, self.tr("Find a child by name"))
        self.form.addRow(QLabel(""), self.attending)
        self.rows: list[ChildRow] = []
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, heading in enumerate((self.tr("Attended"), self.tr("Minutes"),
                                          self.tr("Their reflection (optional)"))):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self._minutes = self._session_minutes()
        for index, (child_id, name) in enumerate(children, start=1):
            row = ChildRow(child_id, name, QCheckBox(name), QSpinBox(), QLineEdit())
            row.ticked.setAccessibleName(self.tr("{name} attended").format(name=name))
            row.minutes.setRange(0, 24 * 60)
            row.minutes.setSingleStep(15)
            row.minutes.setValue(self._minutes)
            row.minutes.setEnabled(False)
            row.minutes.setAccessibleName(self.tr("Minutes for {name}").format(name=name))
            row.reflection.setEnabled(False)
            row.reflection.setAccessibleName(self.tr("Reflection of {name}").format(name=name))
            row.ticked.toggled.connect(row.minutes.setEnabled)
            row.ticked.toggled.connect(row.reflection.setEnabled)
            row.ticked.toggled.connect(self._changed)
            row.minutes.valueChanged.connect(self._changed)
            self.watch(row.ticked, row.minutes, row.reflection)
            grid.addWidget(row.ticked, index, 0)
            grid.addWidget(row.minutes, index, 1)
            grid.addWidget(row.reflection, index, 2)
            self.rows.append(row)
        grid.setRowStretch(len(self.rows) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setMinimumHeight(220)
        self.form.addRow(scroll)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._confirming = False
        self._changed()
        self.resize(720, 680)

    def first_field(self) -> QWidget:
        return self.project

    def _session_minutes(self) -> int:
        return max(self.start.time().secsTo(self.end.time()) // 60, 0)

    def _follow_times(self) -> None:
        previous, self._minutes = self._minutes, self._session_minutes()
        for row in self.rows:
            if row.minutes.value() == previous:
                row.minutes.setValue(self._minutes)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A session is a fact: a mistake costs a correction per child. So Enter in a
        # field never saves it (Ctrl+Enter or the button does, and asks once more).
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return
        super().keyPressEvent(event)

    def _tick_found(self) -> None:
        shown = [row for row in self.rows if row.ticked.isVisible()]
        if len(shown) == 1:  # several matches: all shown, none ticked by itself
            shown[0].ticked.setChecked(True)
            self.find_child.clear()

    def _summary(self) -> tuple[int, int]:
        ticked = [row for row in self.rows if row.ticked.isChecked()]
        return len(ticked), sum(row.minutes.value() for row in ticked)

    def _changed(self, *_: object) -> None:
        """The running count; any change after Save was asked for asks again."""
        count, minutes = self._summary()
        self.attending.setText(self.tr("{count} attending, {hours} credited").format(
            count=count, hours=_hours(minutes)))
        if count:
            self.problem.hide()
        if self._confirming:
            self._confirming = False
            self.save_button.setText(self.tr("Save"))

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for row in self.rows:
            shown = not wanted or wanted in row.name.lower()
            for widget in (row.ticked, row.minutes, row.reflection):
                widget.setVisible(shown)

    def draft_data(self) -> dict[str, Any]:
        return {"project": self.project.currentData(), "on": self.on.date().toString("yyyy-MM-dd"),
                "start": self.start.time().toString("HH:mm"),
                "end": self.end.time().toString("HH:mm"), "tasks": self.tasks.toPlainText(),
                "signed_off": self.signed_off.text(),
                "children": {row.child_id: [row.minutes.value(), row.reflection.text()]
                             for row in self.rows if row.ticked.isChecked()}}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.project, data.get("project"))
        self.on.setDate(QDate.fromString(str(data.get("on", "")), "yyyy-MM-dd"))
        self.start.setTime(QTime.fromString(str(data.get("start", "10:00")), "HH:mm"))
        self.end.setTime(QTime.fromString(str(data.get("end", "13:00")), "HH:mm"))
        self.tasks.setPlainText(str(data.get("tasks", "")))
        self.signed_off.setText(str(data.get("signed_off", "")))
        ticked = data.get("children", {})
        for row in self.rows:
            minutes, reflection = ticked.get(row.child_id, [self._minutes, ""])
            row.ticked.setChecked(row.child_id in ticked)
            row.minutes.setValue(int(minutes))
            row.reflection.setText(str(reflection))

    def accept(self) -> None:
        if self.project.currentData() is None:
            self.show_problem(self.tr("There are no reparation projects yet. A manager adds "
                                      "them; sync, then try again."))
            return
        on = date.fromisoformat(self.on.date().toString("yyyy-MM-dd"))
        try:
            session = ReparationSession(
                project_id=self.project.currentData(), on=on,
                start=time.fromisoformat(self.start.time().toString("HH:mm")),
                end=time.fromisoformat(self.end.time().toString("HH:mm")),
                tasks=self.tasks.toPlainText(), signed_off_by=self.signed_off.text() or None)
            self.group = GroupSession(session=session, attendances=tuple(
                ReparationAttendance(child_id=row.child_id, session_id=session.id,
                                     project_id=session.project_id, on=on,
                                     minutes=row.minutes.value(),
                                     reflection=row.reflection.text())
                for row in self.rows if row.ticked.isChecked()))
        except ValidationError as error:
            self.group = None
            self.show_problem(" ".join(explain(error, ReparationAttendance)))
            return
        if not self._confirming:
            count, minutes = self._summary()
            self._confirming = True
            self.save_button.setText(self.tr("Confirm: save for {count}").format(count=count))
            self.show_problem(self.tr("Save this session: {count} attending, {hours} credited? "
                                      "Press Ctrl+Enter again to save it.").format(
                                          count=count, hours=_hours(minutes)))
            return
        super().accept()


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h" if not rest else f"{hours} h {rest} min"
