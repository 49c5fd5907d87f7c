"""Raise a red flag: a concern about the child that others must act on."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from yjfield.domain.codes import FlagCategory, Severity
from yjfield.domain.flags import RedFlag
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo


class FlagDialog(CaptureDialog):
    """Collects a red flag; `flag` is set once accepted. Raised now, by this practitioner."""

    def __init__(self, child_id: str, child_name: str, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Raise a red flag for {name}").format(name=child_name), parent)
        self.setObjectName("FlagDialog")
        self._child_id = child_id
        self._now = now
        self.flag: RedFlag | None = None
        self.category = code_combo(FlagCategory, FlagCategory.SAFEGUARDING)
        self.severity = code_combo(Severity, Severity.MEDIUM)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What you saw or heard, and when"))
        advice = QLabel(self.tr("If a child is in immediate danger, call 999 first. "
                                "This flag tells the team; it does not replace a referral."))
        advice.setWordWrap(True)
        self.form.addRow(advice)
        self.add_row(self.tr("&Concern:"), self.category, self.tr("Kind of concern"))
        self.add_row(self.tr("&Severity:"), self.severity)
        self.add_row(self.tr("&What is the concern:"), self.description,
                     self.tr("What is the concern"))
        self.referral = QCheckBox(self.tr("A &referral has been made already"))
        self.referred_to = QLineEdit()
        self.referred_to.setPlaceholderText(self.tr("To whom: children's services, the police…"))
        self.referred_to.setEnabled(False)
        self.referral.toggled.connect(self.referred_to.setEnabled)
        self.add_row(self.tr("Referral made now?"), self.referral,
                     self.tr("A referral has been made already"))
        self.add_row(self.tr("Referred &to:"), self.referred_to, self.tr("Referred to"))
        self.resize(560, 420)

    def first_field(self) -> QWidget:
        return self.category

    def draft_data(self) -> dict[str, Any]:
        return {"category": self.category.currentData(), "severity": self.severity.currentData(),
                "description": self.description.toPlainText(),
                "referral": self.referral.isChecked(), "referred_to": self.referred_to.text()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.category, data.get("category"))
        set_combo(self.severity, data.get("severity"))
        self.description.setPlainText(str(data.get("description", "")))
        self.referral.setChecked(bool(data.get("referral")))
        self.referred_to.setText(str(data.get("referred_to") or ""))

    def accept(self) -> None:
        referred_to = self.referred_to.text().strip() if self.referral.isChecked() else ""
        if self.referral.isChecked() and not referred_to:
            self.show_problem(self.tr("Say who the referral was made to."))
            return
        try:
            self.flag = RedFlag(child_id=self._child_id, at=self._now(),
                                category=self.category.currentData(),
                                severity=self.severity.currentData(),
                                description=self.description.toPlainText(),
                                referred_to=referred_to or None)
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, RedFlag)))
            return
        super().accept()
