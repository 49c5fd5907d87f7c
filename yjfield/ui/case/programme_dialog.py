"""Add a programme or order for a child, or change or close one.

The first field chooses which: "New programme or order", or one of the child's
programmes (the form fills with it). Only the fields changed are saved, so an end
date set at the office and a conviction date set on another laptop never conflict.
"""

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from yjfield.app.case_work import ChildProgrammes
from yjfield.domain.child import Programme
from yjfield.domain.codes import EndReason, ProgrammeType
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, set_combo
from yjfield.ui.case.date_fields import OptionalDate, chosen_date, date_edit, iso, set_date


def programme_line(programme: Programme) -> str:
    """"Referral order, from 10 Jan 2026 (open)" for lists."""
    state = (f"ended {programme.end:%d %b %Y}" if programme.ended and programme.end
             else "open")
    return f"{programme.programme_type.label}, from {programme.start:%d %b %Y} ({state})"


class ProgrammeDialog(CaptureDialog):
    """Collects a programme; `programme_id` (None: a new one) and `fields` once accepted."""

    def __init__(self, context: ChildProgrammes, child_name: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Programmes and orders for {name}").format(name=child_name),
                         parent)
        self.setObjectName("ProgrammeDialog")
        self._context = context
        self._child_id = context.child_id
        self._today = today
        self.programme_id: str | None = None
        self.fields: dict[str, Any] = {}
        self.which = QComboBox()
        self.which.addItem(self.tr("New programme or order"), None)
        for programme in context.programmes:
            self.which.addItem(programme_line(programme), programme.id)
        self.which.currentIndexChanged.connect(self._fill)
        self.programme_type = QComboBox()
        for kind in ProgrammeType:
            self.programme_type.addItem(kind.label, kind.value)
        self.programme_type.currentIndexChanged.connect(self._show_relevant)
        self.start = date_edit(today)
        self.end = OptionalDate(today, self.tr("Set"))
        self.conviction = OptionalDate(today, self.tr("Set"))
        self.eligibility = OptionalDate(today, self.tr("Set"))
        self.end_reason = QComboBox()
        self.end_reason.addItem(self.tr("Still open"), None)
        for reason, text in ((EndReason.COMPLETED, self.tr("Completed")),
                             (EndReason.REVOKED_GOOD_PROGRESS,
                              self.tr("Revoked early for good progress")),
                             (EndReason.RETURNED_TO_COURT,
                              self.tr("Returned to court or resentenced")),
                             (EndReason.TRANSFERRED, self.tr("Transferred to another service")),
                             (EndReason.OTHER, self.tr("Other (say why)"))):
            self.end_reason.addItem(text, reason.value)
        self.end_reason.currentIndexChanged.connect(self._show_relevant)
        self.end_reason.activated.connect(self._end_today)
        self.end_words = QLineEdit()
        self.end_words.setPlaceholderText(self.tr("Why it ended, in a few words"))
        self.exit_summary = QPlainTextEdit()
        self.exit_summary.setMaximumHeight(70)
        self.exit_summary.setPlaceholderText(
            self.tr("What changed for the child, and what happens next"))
        hint = QLabel(self.tr("While the order runs, its end date is the date set by the court "
                              "or the panel. To close it, choose why it ended."))
        hint.setWordWrap(True)
        self.add_row(self.tr("&Programme:"), self.which, self.tr("Which programme"))
        self.add_row(self.tr("&Type:"), self.programme_type, self.tr("Programme or order type"))
        self.add_row(self.tr("&Start:"), self.start, self.tr("Start date"))
        self.add_row(self.tr("&End date:"), self.end, self.tr("End date"))
        self.add_row(self.tr("&Conviction date:"), self.conviction, self.tr("Conviction date"))
        self.add_row(self.tr("Eligibility e&vent:"), self.eligibility,
                     self.tr("Date of the event that made the child eligible"))
        self.form.addRow(hint)
        self.add_row(self.tr("Ended &because:"), self.end_reason, self.tr("Why it ended"))
        self.add_row(self.tr("In &words:"), self.end_words, self.tr("Why it ended, in words"))
        self.add_row(self.tr("E&xit summary:"), self.exit_summary, self.tr("Exit summary"))
        for optional in (self.end, self.conviction, self.eligibility):
            optional.changed.connect(self.changed)
        self._show_relevant()
        self.resize(620, 520)

    def first_field(self) -> QWidget:
        return self.which

    def _show_relevant(self) -> None:
        turnaround = self.programme_type.currentData() == ProgrammeType.TURNAROUND.value
        self.eligibility.setVisible(turnaround)
        label = self.form.labelForField(self.eligibility)
        if label is not None:
            label.setVisible(turnaround)
        ending = self.end_reason.currentData() is not None
        for widget in (self.end_words, self.exit_summary):
            widget.setEnabled(ending)

    def _end_today(self) -> None:
        """Closing a programme with no end date: it ends today, unless changed."""
        if self.end_reason.currentData() is not None and self.end.value() is None:
            self.end.set_value(self._today)

    def _fill(self) -> None:
        chosen = next((p for p in self._context.programmes
                       if p.id == self.which.currentData()), None)
        if chosen is not None:
            self._set_fields(chosen.to_data())

    def _set_fields(self, data: dict[str, Any]) -> None:
        set_combo(self.programme_type, data.get("programme_type"))
        set_date(self.start, data.get("start"))
        self.end.set_value(data.get("end"))
        self.conviction.set_value(data.get("conviction_date"))
        self.eligibility.set_value(data.get("eligibility_event_on"))
        set_combo(self.end_reason, data.get("end_reason"))
        self.end_words.setText(str(data.get("end_words") or ""))
        self.exit_summary.setPlainText(str(data.get("exit_summary") or ""))

    def _form_fields(self) -> dict[str, Any]:
        turnaround = self.programme_type.currentData() == ProgrammeType.TURNAROUND.value
        ending = self.end_reason.currentData()
        return {
            "programme_type": self.programme_type.currentData(),
            "start": chosen_date(self.start).isoformat(),
            "end": iso(self.end.value()),
            "conviction_date": iso(self.conviction.value()),
            "eligibility_event_on": iso(self.eligibility.value()) if turnaround else None,
            "end_reason": ending,
            "end_words": (self.end_words.text().strip() or None) if ending else None,
            "exit_summary": (self.exit_summary.toPlainText().strip() or None)
            if ending else None,
        }

    def draft_data(self) -> dict[str, Any]:
        return {"which": self.which.currentData(), **self._form_fields()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.which, data.get("which"))
        self._set_fields(data)

    def accept(self) -> None:
        fields = self._form_fields()
        self.programme_id = self.which.currentData()
        current = next((p.to_data() for p in self._context.programmes
                        if p.id == self.programme_id), None)
        try:
            Programme.model_validate({**(current or {}), **fields, "child_id": self._child_id})
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, Programme)))
            return
        if fields["end_reason"] is not None and not fields["exit_summary"]:
            self.show_problem(self.tr("Closing a programme needs its exit summary: what "
                                      "changed for the child, and what happens next."))
            return
        if current is not None:
            fields = {k: v for k, v in fields.items() if v != current.get(k)}
        self.fields = fields
        super().accept()
