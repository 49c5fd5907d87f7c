"""A service manager approves breach proceedings a case manager proposed, from their own
laptop: the approval is theirs by their own sign-in (the server refuses it from anyone
else), never a name typed on someone else's screen."""

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from yjfield.app.case_work import BreachProposal
from yjfield.domain.codes import ComplianceKind
from yjfield.domain.compliance import ComplianceEvent
from yjfield.ui.capture_dialog import CaptureDialog, set_combo


class BreachApprovalDialog(CaptureDialog):
    """Collects an approval; `approval` is set once accepted."""

    def __init__(self, proposals: list[BreachProposal], today: date, by_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Approve breach proceedings"), parent)
        self.setObjectName("BreachApprovalDialog")
        self._proposals = {p.proposal.id: p for p in proposals}
        self._today = today
        self._by_name = by_name
        self.approval: ComplianceEvent | None = None
        self.which = QComboBox()
        for proposal in proposals:
            self.which.addItem(f"{proposal.child_name}, proposed {proposal.proposal.on:%d %b %Y}",
                               proposal.proposal.id)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.note.setPlaceholderText(self.tr("Anything the court officer should know"))
        self.add_row(self.tr("&Proposal:"), self.which, self.tr("Breach proposal"))
        self.form.addRow(self.reason)
        self.add_row(self.tr("&Note:"), self.note, self.tr("Note"))
        if not proposals:
            self.reason.setText(self.tr("No breach proceedings are waiting for approval."))
        self.which.currentIndexChanged.connect(self._show)
        self._show()
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Approve"))
        self.resize(560, 320)

    def first_field(self) -> QWidget:
        return self.which

    def _show(self) -> None:
        chosen = self._proposals.get(self.which.currentData())
        if chosen is not None:
            by = chosen.proposal.by_name or self.tr("the case manager")
            self.reason.setText(self.tr("Proposed by {by}: {note}").format(
                by=by, note=chosen.proposal.note))

    def draft_data(self) -> dict[str, Any]:
        return {"which": self.which.currentData(), "note": self.note.toPlainText()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.which, data.get("which"))
        self.note.setPlainText(str(data.get("note") or ""))

    def accept(self) -> None:
        chosen = self._proposals.get(self.which.currentData())
        if chosen is None:
            self.show_problem(self.tr("There is nothing to approve."))
            return
        self.approval = ComplianceEvent(
            child_id=chosen.proposal.child_id, on=self._today,
            event=ComplianceKind.BREACH_APPROVED, approves=chosen.proposal.id,
            contact_id=None, note=self.note.toPlainText().strip(), by_name=self._by_name)
        super().accept()
