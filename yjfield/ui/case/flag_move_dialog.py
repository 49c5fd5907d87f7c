"""Move a concern on: acknowledge it, record the action taken, or close it with its outcome.

The note says what was done; closing says how it ended (a referral, and to whom; a
safety plan; or no further action, and why). The worker who raised it sees the stage,
who moved it and when, after their next sync.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from yjfield.domain.codes import FlagOutcome, FlagStage
from yjfield.domain.flags import FlagEvent, RedFlag, check_flag_move
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, set_combo
from yjfield.ui.widgets import words


class FlagMoveDialog(CaptureDialog):
    """Collects one update to a concern; `flag_event` is set once accepted."""

    def __init__(self, flag: RedFlag, child_name: str, stage: FlagStage,
                 now: Callable[[], datetime], by_name: str,
                 parent: QWidget | None = None) -> None:
        titles = {FlagStage.ACKNOWLEDGED: self.tr("Acknowledge a concern about {name}"),
                  FlagStage.ACTIONED: self.tr("Record action on a concern about {name}"),
                  FlagStage.CLOSED: self.tr("Close a concern about {name}")}
        super().__init__(titles[stage].format(name=child_name), parent)
        self.setObjectName("FlagMoveDialog")
        self._flag = flag
        self._stage = stage
        self._now = now
        self._by_name = by_name
        self.flag_event: FlagEvent | None = None
        concern = QLabel(self.tr("<b>{category}, {severity}</b> raised {when}:<br>{what}").format(
            category=words(flag.category), severity=words(flag.severity).lower(),
            when=flag.at.astimezone().strftime("%d %b %Y %H:%M"),
            what=flag.description.replace("<", "&lt;")))
        concern.setWordWrap(True)
        self.form.addRow(concern)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What you did, or will do, and when"))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Choose how it ended"), None)
        for outcome, text in ((FlagOutcome.REFERRAL_MADE, self.tr("Referral made")),
                              (FlagOutcome.SAFETY_PLAN, self.tr("Safety plan in place")),
                              (FlagOutcome.NO_FURTHER_ACTION,
                               self.tr("No further action (say why in the note)"))):
            self.outcome.addItem(text, outcome.value)
        self.referred_to = QLineEdit()
        self.referred_to.setPlaceholderText(self.tr("For example: children's services front door"))
        self.reference = QLineEdit()
        self.add_row(self.tr("&Note:"), self.note, self.tr("Note"))
        if stage == FlagStage.CLOSED:
            self.add_row(self.tr("&Outcome:"), self.outcome, self.tr("How the concern ended"))
            self.add_row(self.tr("Referred &to:"), self.referred_to, self.tr("Referred to"))
            self.add_row(self.tr("Their &reference:"), self.reference,
                         self.tr("Their reference"))
        self.resize(560, 380)

    def first_field(self) -> QWidget:
        return self.note

    def draft_data(self) -> dict[str, Any]:
        return {"note": self.note.toPlainText(), "outcome": self.outcome.currentData(),
                "referred_to": self.referred_to.text(), "reference": self.reference.text()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.note.setPlainText(str(data.get("note") or ""))
        set_combo(self.outcome, data.get("outcome"))
        self.referred_to.setText(str(data.get("referred_to") or ""))
        self.reference.setText(str(data.get("reference") or ""))

    def accept(self) -> None:
        closing = self._stage == FlagStage.CLOSED
        try:
            event = FlagEvent(
                child_id=self._flag.child_id, flag_id=self._flag.id, at=self._now(),
                stage=self._stage, note=self.note.toPlainText().strip() or None,
                outcome=self.outcome.currentData() if closing else None,
                referred_to=(self.referred_to.text().strip() or None) if closing else None,
                reference=(self.reference.text().strip() or None) if closing else None,
                by_name=self._by_name)
            check_flag_move(event)
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, FlagEvent)))
            return
        except ValueError as error:
            self.show_problem(str(error))
            return
        self.flag_event = event
        super().accept()
