"""Correct a saved contact or voice entry: a new record linked to the original.

Nothing is overwritten: the original stays in the record, shown as corrected,
and the reason says why it changed.
"""

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from yjfield.domain.base import Fact
from yjfield.domain.codes import Attendance
from yjfield.domain.contact import Contact, VoiceEntry
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo


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
        self.text_field = "narrative" if isinstance(original, Contact) else "words"
        self.text = QPlainTextEdit(str(getattr(original, self.text_field, "")))
        self.add_row(self.tr("&Corrected text:"), self.text)
        self.attendance: QComboBox | None = None
        if isinstance(original, Contact):
            self.attendance = code_combo(Attendance, original.attendance)
            self.add_row(self.tr("&Attendance:"), self.attendance)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(60)
        self.reason.setPlaceholderText(self.tr("For example: wrong date, wrong child, typo"))
        self.add_row(self.tr("&Why it is corrected:"), self.reason,
                     self.tr("Why it is corrected"))
        self.resize(600, 420)

    @staticmethod
    def can_correct(fact: object) -> bool:
        return isinstance(fact, Contact | VoiceEntry)

    def first_field(self) -> QWidget:
        return self.text

    def draft_data(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText(), "reason": self.reason.toPlainText(),
                "attendance": self.attendance.currentData() if self.attendance else None}

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.text.setPlainText(str(data.get("text", "")))
        self.reason.setPlainText(str(data.get("reason", "")))
        if self.attendance is not None:
            set_combo(self.attendance, data.get("attendance"))

    def accept(self) -> None:
        changes: dict[str, Any] = {}
        if self.text.toPlainText() != getattr(self.original, self.text_field):
            changes[self.text_field] = self.text.toPlainText()
        if self.attendance is not None and isinstance(self.original, Contact) \
                and self.attendance.currentData() != self.original.attendance:
            changes["attendance"] = self.attendance.currentData()
        if not changes:
            self.show_problem(self.tr("Nothing has been changed yet."))
            return
        if not self.reason.toPlainText().strip():
            self.show_problem(self.tr("Say why it is corrected, so readers know."))
            return
        self.changes = changes
        self.reason_text = self.reason.toPlainText().strip()
        super().accept()
