"""Record a review of the child's plan: why now, what the child and their parent or carer
said, and the outcome. The next review is counted from this one (three months at most)."""

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from yjfield.domain.codes import ReviewTrigger
from yjfield.domain.dates import add_months
from yjfield.domain.plan import MAX_REVIEW_MONTHS, Review
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, set_combo
from yjfield.ui.case.date_fields import chosen_date, date_edit, set_date


class ReviewDialog(CaptureDialog):
    """Collects a review; `review` and `next_review_due` are set once accepted."""

    def __init__(self, child_id: str, child_name: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review of {name}'s plan").format(name=child_name), parent)
        self.setObjectName("ReviewDialog")
        self._child_id = child_id
        self._today = today
        self.review: Review | None = None
        self.next_review_due: date | None = None
        self.on = date_edit(today)
        self.on.setMaximumDate(self.on.date())  # a review already held, never a future one
        self.trigger = self._trigger_combo()
        self.childs_view = QPlainTextEdit()
        self.childs_view.setMaximumHeight(80)
        self.childs_view.setPlaceholderText(self.tr("What the child said, in their words"))
        self.no_view = QLineEdit()
        self.no_view.setPlaceholderText(self.tr("Only if the child's view could not be heard"))
        self.parents_view = QPlainTextEdit()
        self.parents_view.setMaximumHeight(60)
        self.parents_view.setPlaceholderText(self.tr("What the parent or carer said"))
        self.outcome = QPlainTextEdit()
        self.outcome.setMaximumHeight(80)
        self.outcome.setPlaceholderText(self.tr("What was decided and what happens next"))
        self.next_review = date_edit(add_months(today, MAX_REVIEW_MONTHS))
        self.on.dateChanged.connect(self._next_from_review)
        self.add_row(self.tr("&Held on:"), self.on, self.tr("Date of the review"))
        self.add_row(self.tr("&Why now:"), self.trigger, self.tr("Why the review was held"))
        self.add_row(self.tr("The &child said:"), self.childs_view,
                     self.tr("What the child said"))
        self.add_row(self.tr("If not, wh&y:"), self.no_view,
                     self.tr("Why the child's view is not recorded"))
        self.add_row(self.tr("&Parent or carer said:"), self.parents_view,
                     self.tr("What the parent or carer said"))
        self.add_row(self.tr("&Outcome:"), self.outcome)
        self.add_row(self.tr("&Next review by:"), self.next_review,
                     self.tr("Next review due"))
        self.resize(620, 520)

    def _trigger_combo(self) -> QComboBox:
        combo = QComboBox()
        for trigger, text in ((ReviewTrigger.SCHEDULED, self.tr("Scheduled")),
                              (ReviewTrigger.SIGNIFICANT_CHANGE, self.tr("Significant change")),
                              (ReviewTrigger.NON_COMPLIANCE, self.tr("Non-compliance")),
                              (ReviewTrigger.TRANSFER, self.tr("Transfer")),
                              (ReviewTrigger.END_OF_ORDER, self.tr("End of the order"))):
            combo.addItem(text, trigger.value)
        return combo

    def first_field(self) -> QWidget:
        return self.childs_view

    def _next_from_review(self) -> None:
        self.next_review.setDate(self.on.date().addMonths(MAX_REVIEW_MONTHS))

    def draft_data(self) -> dict[str, Any]:
        return {"on": chosen_date(self.on).isoformat(), "trigger": self.trigger.currentData(),
                "childs_view": self.childs_view.toPlainText(), "no_view": self.no_view.text(),
                "parents_view": self.parents_view.toPlainText(),
                "outcome": self.outcome.toPlainText(),
                "next": chosen_date(self.next_review).isoformat()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_date(self.on, data.get("on"))
        set_combo(self.trigger, data.get("trigger"))
        self.childs_view.setPlainText(str(data.get("childs_view") or ""))
        self.no_view.setText(str(data.get("no_view") or ""))
        self.parents_view.setPlainText(str(data.get("parents_view") or ""))
        self.outcome.setPlainText(str(data.get("outcome") or ""))
        set_date(self.next_review, data.get("next"))

    def accept(self) -> None:
        try:
            self.review = Review(
                child_id=self._child_id, on=chosen_date(self.on),
                trigger=self.trigger.currentData(),
                childs_view=self.childs_view.toPlainText().strip(),
                no_childs_view_reason=self.no_view.text().strip() or None,
                parents_view=self.parents_view.toPlainText().strip(),
                outcome=self.outcome.toPlainText().strip())
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, Review)))
            return
        if not self.review.childs_view and not self.review.no_childs_view_reason:
            self.show_problem(self.tr("Record what the child said, or why their view could "
                                      "not be heard."))
            return
        if not self.review.outcome:
            self.show_problem(self.tr("Record the outcome: what was decided."))
            return
        self.next_review_due = chosen_date(self.next_review)
        super().accept()
