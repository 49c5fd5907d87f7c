"""Correct a saved contact, voice entry, reparation attendance or victim work: a new
linked record.

Nothing is overwritten: the original stays in the record, shown as corrected,
and the reason says why it changed.
"""

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSpinBox, QWidget

from yjfield.domain.base import Fact
from yjfield.domain.codes import Attendance
from yjfield.domain.contact import Contact, VoiceEntry
from yjfield.domain.reparation import ReparationAttendance
from yjfield.domain.victim import RestorativeJustice, VictimContact
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo

# What can be corrected here, and the text each holds.
TEXT_FIELDS: dict[type[Fact], str] = {Contact: "narrative", VoiceEntry: "words",
                                      ReparationAttendance: "reflection",
                                      VictimContact: "summary",
                                      RestorativeJustice: "victim_views"}


class CorrectionDialog(CaptureDialog):
    """Collects `changes` and a `reason` for one fact once accepted."""

    def __init__(self, original: Fact, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct a {noun}").format(noun=original.noun), parent)
        self.setObjectName("CorrectionDialog")
        self.original = original
        self.changes: dict[str, Any] = {}
        self.reason_text = ""
        self.form.addRow(QLabel(self.tr(
            "The original stays in the record, marked as corrected. Change what was wrong "
            "and say why.")))
        self.text_field = TEXT_FIELDS[type(original)]
        self.text = QPlainTextEdit(str(getattr(original, self.text_field, "")))
        label = self.tr("&Corrected text:")
        if isinstance(original, ReparationAttendance):
            label = self.tr("Their &reflection:")
        elif isinstance(original, RestorativeJustice):
            label = self.tr("The victim's &views:")
        self.add_row(label, self.text)
        self.attendance: QComboBox | None = None
        if isinstance(original, Contact):
            self.attendance = code_combo(Attendance, original.attendance)
            self.add_row(self.tr("&Attendance:"), self.attendance)
        self.minutes: QSpinBox | None = None
        if isinstance(original, ReparationAttendance):
            # Hours logged wrongly for one child of a group is the likeliest slip.
            self.minutes = QSpinBox()
            self.minutes.setRange(0, 24 * 60)
            self.minutes.setSingleStep(15)
            self.minutes.setSuffix(self.tr(" minutes"))
            self.minutes.setValue(original.minutes)
            self.add_row(self.tr("&Time credited:"), self.minutes, self.tr("Time credited"))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(60)
        self.reason.setPlaceholderText(self.tr("For example: wrong date, wrong child, typo"))
        self.add_row(self.tr("&Why it is corrected:"), self.reason,
                     self.tr("Why it is corrected"))
        self.resize(600, 420)

    @staticmethod
    def can_correct(fact: object) -> bool:
        return type(fact) in TEXT_FIELDS

    def first_field(self) -> QWidget:
        return self.text

    def draft_data(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText(), "reason": self.reason.toPlainText(),
                "attendance": self.attendance.currentData() if self.attendance else None,
                "minutes": self.minutes.value() if self.minutes else None}

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.text.setPlainText(str(data.get("text", "")))
        self.reason.setPlainText(str(data.get("reason", "")))
        if self.attendance is not None:
            set_combo(self.attendance, data.get("attendance"))
        if self.minutes is not None and isinstance(data.get("minutes"), int):
            self.minutes.setValue(data["minutes"])

    def accept(self) -> None:
        changes: dict[str, Any] = {}
        if self.text.toPlainText() != getattr(self.original, self.text_field):
            changes[self.text_field] = self.text.toPlainText()
        if self.attendance is not None and isinstance(self.original, Contact) \
                and self.attendance.currentData() != self.original.attendance:
            changes["attendance"] = self.attendance.currentData()
        if self.minutes is not None and isinstance(self.original, ReparationAttendance) \
                and self.minutes.value() != self.original.minutes:
            changes["minutes"] = self.minutes.value()
        if not changes:
            self.show_problem(self.tr("Nothing has been changed yet."))
            return
        if not self.reason.toPlainText().strip():
            self.show_problem(self.tr("Say why it is corrected, so readers know."))
            return
        self.changes = changes
        self.reason_text = self.reason.toPlainText().strip()
        super().accept()
