"""Decide on a missed appointment, with only the decisions the child's programme allows.

Voluntary work offers a re-engagement plan or closing the work; a YRO a warning (its
letter drafted in the child's language) until the warnings in the warned period are
used up, then breach proceedings, which a service manager approves from their own
laptop; a referral order the panel; a youth conditional caution the police.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from yjfield.app.case_work import DecisionContext
from yjfield.domain.codes import ComplianceKind
from yjfield.domain.compliance import ComplianceEvent
from yjfield.domain.compliance_rules import warning_letter
from yjfield.domain.contact import Contact
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, set_combo
from yjfield.ui.widgets import words

K = ComplianceKind


def decision_words(kind: ComplianceKind, tr: Callable[[str], str]) -> str:
    return {K.ACCEPTABLE_ABSENCE: tr("The absence was acceptable"),
            K.RE_ENGAGEMENT_PLAN: tr("Agree a re-engagement plan"),
            K.CLOSE_NOT_ENGAGING: tr("Close the work: not engaging"),
            K.WARNING_ISSUED: tr("Give a warning"),
            K.BREACH_PROPOSED: tr("Start breach proceedings (a manager approves)"),
            K.PANEL_PROGRESS_MEETING: tr("Ask the panel for a progress meeting"),
            K.REFER_TO_POLICE: tr("Refer back to the police"),
            K.FAILURE_TO_COMPLY: tr("Not acceptable: a failure to comply")}.get(kind, words(kind))


def missed_line(contact: Contact) -> str:
    when = contact.start.astimezone().strftime("%a %d %b %Y %H:%M")
    return f"{when}, {words(contact.attendance).lower()}, {words(contact.setting).lower()}"


class DecisionDialog(CaptureDialog):
    """Collects a decision; `decision` is set once accepted."""

    def __init__(self, context: DecisionContext, today: date, by_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decide on a missed appointment: {name}").format(
            name=context.child_name), parent)
        self.setObjectName("DecisionDialog")
        self._context = context
        self._today = today
        self._by_name = by_name
        self._letter_typed = False
        self.decision: ComplianceEvent | None = None
        self.which = QComboBox()
        for contact in context.missed:
            self.which.addItem(missed_line(contact), contact.id)
        self.programme = QLabel()
        self.programme.setWordWrap(True)
        self.breach = QLabel()
        self.breach.setObjectName("problem")  # the theme's error colour: it must be seen
        self.breach.setWordWrap(True)
        self.choice = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.note.setPlaceholderText(self.tr("What happened, and why you decided this"))
        self.letter = QPlainTextEdit()
        self.letter.setAccessibleName(self.tr("Warning letter"))
        self.add_row(self.tr("&Missed:"), self.which, self.tr("Missed appointment"))
        self.form.addRow(self.programme)
        self.form.addRow(self.breach)
        self.add_row(self.tr("&Decision:"), self.choice)
        self.add_row(self.tr("&Circumstances:"), self.note, self.tr("Circumstances"))
        self.add_row(self.tr("&Letter:"), self.letter, self.tr("Warning letter"))
        if not context.missed:
            self.programme.setText(self.tr("No missed appointment of {name}'s is waiting for a "
                                           "decision.").format(name=context.child_name))
        self.which.currentIndexChanged.connect(self._offer)
        self.choice.currentIndexChanged.connect(self._show_letter)
        self.note.textChanged.connect(self._draft_letter)
        self.letter.textChanged.connect(self._letter_edited)
        self._offer()
        self.resize(640, 600)

    def first_field(self) -> QWidget:
        return self.choice

    def _contact(self) -> Contact | None:
        return next((c for c in self._context.missed if c.id == self.which.currentData()),
                    None)

    def _offer(self) -> None:
        contact = self._contact()
        chosen = self.choice.currentData()
        self.choice.clear()
        if contact is None:
            self.breach.hide()
            self._show_letter()
            return
        offered = self._context.offered(contact)
        programme = self._context.programme_on(contact.start.date())
        self.programme.setText(
            self.tr("Programme: {programme}.").format(
                programme=programme.programme_type.label if programme else
                self.tr("none recorded (treated as voluntary work)"))
            + (" " + self.tr("Warnings in the warned period: {n}.").format(
                n=offered.warnings_in_period) if programme and
               programme.programme_type.value == "youth_rehabilitation_order" else ""))
        self.breach.setVisible(offered.breach_must_start)
        self.breach.setText(self.tr(
            "This is a further failure in a warned period in which a further warning was "
            "already given: breach proceedings must start. A service manager approves them "
            "from their own laptop."))
        for kind in offered.choices:
            self.choice.addItem(decision_words(kind, self.tr), kind.value)
        set_combo(self.choice, chosen)
        self._show_letter()

    def _warning(self) -> bool:
        return bool(self.choice.currentData() == K.WARNING_ISSUED.value)

    def _show_letter(self) -> None:
        warning = self._warning()
        self.letter.setVisible(warning)
        label = self.form.labelForField(self.letter)
        if label is not None:
            label.setVisible(warning)
        self._draft_letter()

    def _draft_letter(self) -> None:
        contact = self._contact()
        if not self._warning() or contact is None or self._letter_typed:
            return
        circumstances = self.note.toPlainText().strip() or self.tr(
            "you did not come to your appointment and did not tell us why.")
        self.letter.blockSignals(True)
        self.letter.setPlainText(warning_letter(self._context.child_name,
                                                self._context.language, contact.start.date(),
                                                circumstances, self._today))
        self.letter.blockSignals(False)

    def _letter_edited(self) -> None:
        self._letter_typed = True

    def draft_data(self) -> dict[str, Any]:
        return {"which": self.which.currentData(), "choice": self.choice.currentData(),
                "note": self.note.toPlainText(),
                "letter": self.letter.toPlainText() if self._letter_typed else None}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.which, data.get("which"))
        set_combo(self.choice, data.get("choice"))
        self.note.setPlainText(str(data.get("note") or ""))
        if data.get("letter"):
            self.letter.setPlainText(str(data["letter"]))

    def accept(self) -> None:
        contact = self._contact()
        if contact is None or self.choice.currentData() is None:
            self.show_problem(self.tr("There is nothing to decide."))
            return
        note = self.note.toPlainText().strip()
        if not note:
            self.show_problem(self.tr("Say what happened and why you decided this."))
            return
        try:
            self.decision = ComplianceEvent(
                child_id=self._context.child_id, on=self._today,
                event=self.choice.currentData(), contact_id=contact.id, note=note,
                letter=self.letter.toPlainText().strip() if self._warning() else None,
                by_name=self._by_name)
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, ComplianceEvent)))
            return
        super().accept()
