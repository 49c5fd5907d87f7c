"""Edit the intervention plan: the child's section, the goals, and agreeing a new version.

Only what was changed is saved, field by field, so two people working on
different parts of the plan never collide; the same field changed on two
laptops becomes a conflict to settle, never a silent overwrite.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from yjfield.app.types import GoalEdit, PlanForEdit
from yjfield.domain.codes import GoalArea, GoalStatus
from yjfield.domain.dates import add_months
from yjfield.domain.plan import MAX_REVIEW_MONTHS, Plan, PlanGoal, PlanRuleError, agree_plan
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo
from yjfield.ui.case.date_fields import OptionalDate, chosen_date, iso

CHILD_SECTION = ("strengths", "help_needed", "who_helps", "no_child_section_reason")


@dataclass
class GoalRow:
    goal_id: str | None
    description: QLineEdit
    area: QComboBox
    status: QComboBox
    owner: QComboBox
    target: OptionalDate
    remove: QCheckBox


class PlanDialog(CaptureDialog):
    """Collects plan changes; `changes`, `goals` and `agree_on` are set once accepted."""

    def __init__(self, editing: PlanForEdit, child_name: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan for {name}").format(name=child_name), parent)
        self.setObjectName("PlanDialog")
        self._editing = editing
        self._today = today
        self.changes: dict[str, Any] = {}
        self.goal_edits: list[GoalEdit] = []
        self.agree_on: date | None = None
        self.next_review_due: date | None = None
        plan = editing.plan
        version = plan.version if plan else 0
        self.form.addRow(QLabel(self.tr("Agreed version {v}. The child's section is in their "
                                        "own words.").format(v=version) if version else
                                self.tr("Not agreed yet. Write the child's section with them, "
                                        "in their own words.")))
        self.texts: dict[str, QPlainTextEdit] = {}
        labels = {"strengths": self.tr("What I'm &good at:"),
                  "help_needed": self.tr("What I need &help with:"),
                  "who_helps": self.tr("Who &will help me:"),
                  "no_child_section_reason": self.tr("If left empty, wh&y:")}
        for name in CHILD_SECTION:
            edit = QPlainTextEdit(str(getattr(plan, name) or "") if plan else "")
            edit.setMaximumHeight(64)
            self.texts[name] = edit
            self.add_row(labels[name], edit)
        self._goal_grid = QGridLayout()
        for column, heading in enumerate((self.tr("Goal"), self.tr("Area"), self.tr("Status"),
                                          self.tr("Who"), self.tr("By"), "")):
            self._goal_grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self.goal_rows: list[GoalRow] = []
        for goal in editing.goals:
            self._add_goal_row(goal)
        goals_host = QWidget()
        goals_host.setLayout(self._goal_grid)
        self.form.addRow(goals_host)
        self.add_goal = QPushButton(self.tr("Add a goa&l"))
        self.add_goal.clicked.connect(lambda: self._add_goal_row(None, focus=True))
        self.form.addRow(self.add_goal)
        self.agree = QCheckBox(self.tr("&Agreed with the child (a new version), on:"))
        # A plan agreed at a panel may be recorded days later: the day can be earlier.
        self.agreed_on = QDateEdit(self._qdate(today))
        self.agreed_on.setCalendarPopup(True)
        self.agreed_on.setDisplayFormat("dd MMM yyyy")
        self.agreed_on.setMaximumDate(self._qdate(today))
        self.agreed_on.setAccessibleName(self.tr("Date agreed"))
        self.review_due = QDateEdit(self._qdate(add_months(today, MAX_REVIEW_MONTHS)))
        self.review_due.setCalendarPopup(True)
        self.review_due.setDisplayFormat("dd MMM yyyy")
        for date_field in (self.agreed_on, self.review_due):
            date_field.setEnabled(False)
            self.agree.toggled.connect(date_field.setEnabled)
        self.agreed_on.dateChanged.connect(
            lambda day: self.review_due.setDate(day.addMonths(MAX_REVIEW_MONTHS)))
        self.form.addRow(self.agree, self.agreed_on)
        self.watch(self.agree)
        self.add_row(self.tr("Next &review due:"), self.review_due)
        self.resize(760, 640)

    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def first_field(self) -> QWidget:
        return self.texts["strengths"]

    def _owner_combo(self, owner: str | None) -> QComboBox:
        """Who is responsible: the child, the worker, both, or a partner named by typing."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(["", self.tr("The child"), self.tr("Their worker"),
                        self.tr("The child and their worker")])
        combo.setCurrentText(owner or "")
        typed = combo.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("or a partner's name"))
        return combo

    def _add_goal_row(self, goal: PlanGoal | None, *, focus: bool = False) -> GoalRow:
        target = OptionalDate(add_months(self._today, MAX_REVIEW_MONTHS), "")
        target.set_value(goal.target_date if goal else None)
        row = GoalRow(goal.id if goal else None, QLineEdit(goal.description if goal else ""),
                      code_combo(GoalArea, goal.area if goal else GoalArea.ETE),
                      code_combo(GoalStatus, goal.status if goal else GoalStatus.NOT_STARTED),
                      self._owner_combo(goal.owner if goal else None), target,
                      QCheckBox(self.tr("Remove")))
        index = len(self.goal_rows) + 1
        for column, widget, name in ((0, row.description, self.tr("Goal {n}")),
                                     (1, row.area, self.tr("Area of goal {n}")),
                                     (2, row.status, self.tr("Status of goal {n}")),
                                     (3, row.owner, self.tr("Who is responsible for goal {n}")),
                                     (4, row.target, self.tr("Target date of goal {n}")),
                                     (5, row.remove, self.tr("Remove goal {n}"))):
            widget.setAccessibleName(name.format(n=index))
            self._goal_grid.addWidget(widget, index, column)
            self.watch(widget)
        row.target.changed.connect(self.changed)
        row.owner.editTextChanged.connect(self.changed)
        self.goal_rows.append(row)
        if focus:
            row.description.setFocus()
        return row

    def draft_data(self) -> dict[str, Any]:
        return {"texts": {name: edit.toPlainText() for name, edit in self.texts.items()},
                "goals": [[row.goal_id, row.description.text(), row.area.currentData(),
                           row.status.currentData(), row.owner.currentText(),
                           iso(row.target.value()), row.remove.isChecked()]
                          for row in self.goal_rows],
                "agree": self.agree.isChecked(),
                "agreed_on": chosen_date(self.agreed_on).isoformat()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        for name, text in data.get("texts", {}).items():
            if name in self.texts:
                self.texts[name].setPlainText(str(text))
        saved = data.get("goals", [])
        while len(self.goal_rows) < len(saved):
            self._add_goal_row(None)
        for row, values in zip(self.goal_rows, saved, strict=False):
            _, description, area, status, *more = values
            row.description.setText(str(description))
            set_combo(row.area, area)
            set_combo(row.status, status)
            if len(more) == 3:  # drafts from before owners and target dates had none
                row.owner.setCurrentText(str(more[0] or ""))
                row.target.set_value(more[1])
                row.remove.setChecked(bool(more[2]))
        self.agree.setChecked(bool(data.get("agree", False)))
        if data.get("agreed_on"):
            self.agreed_on.setDate(QDate.fromString(str(data["agreed_on"]), "yyyy-MM-dd"))

    def _changed_fields(self, plan: Plan | None) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, edit in self.texts.items():
            before = (getattr(plan, name) if plan else None) or ""
            text = edit.toPlainText().strip()
            if text != before:
                changes[name] = text or (None if name == "no_child_section_reason" else "")
        return changes

    def _goal_changes(self) -> list[GoalEdit]:
        before = {goal.id: goal for goal in self._editing.goals}
        edits = []
        for row in self.goal_rows:
            target = row.target.value()
            fields = {"description": row.description.text().strip(),
                      "area": row.area.currentData(), "status": row.status.currentData(),
                      "owner": row.owner.currentText().strip() or None,
                      "target_date": iso(target)}
            if row.goal_id is None:
                if fields["description"] and not row.remove.isChecked():
                    edits.append(GoalEdit(None, fields))
                continue
            if row.remove.isChecked():
                edits.append(GoalEdit(row.goal_id, {"archived": True}))
                continue
            goal = before[row.goal_id]
            old = goal.to_data()
            changed = {k: v for k, v in fields.items() if v != old.get(k)}
            if changed:
                edits.append(GoalEdit(row.goal_id, changed))
        return edits

    def _cannot_agree(self, next_review: date) -> str | None:
        """Why the plan as typed cannot be agreed (the domain's own rule), or None."""
        texts: dict[str, str | None] = {name: edit.toPlainText().strip()
                                        for name, edit in self.texts.items()}
        texts["no_child_section_reason"] = texts["no_child_section_reason"] or None
        plan = self._editing.plan or Plan(child_id=self._editing.child_id)
        try:
            agree_plan(plan.model_copy(update=texts), [], chosen_date(self.agreed_on),
                       next_review)
        except PlanRuleError as error:
            return str(error)
        except ValidationError as error:
            return " ".join(explain(error, Plan))
        return None

    def accept(self) -> None:
        self.changes = self._changed_fields(self._editing.plan)
        self.goal_edits = self._goal_changes()
        if self.agree.isChecked():
            next_review = date.fromisoformat(self.review_due.date().toString("yyyy-MM-dd"))
            problem = self._cannot_agree(next_review)
            if problem:
                self.show_problem(problem)
                return
            self.agree_on = chosen_date(self.agreed_on)
            self.next_review_due = next_review
        if not (self.changes or self.goal_edits or self.agree_on):
            self.show_problem(self.tr("Nothing has changed. Edit the plan, or press Cancel."))
            return
        super().accept()
