"""Add reparation hours for a child, under one of their open programmes.

The sources offered are those that fit the chosen programme; the deadline the
law sets (12 months for unpaid work, 3 for a reparation order) is filled in and
may be changed.
"""

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from yjfield.app.case_work import ChildProgrammes
from yjfield.domain.codes import ProgrammeType, ReparationSource
from yjfield.domain.problems import explain
from yjfield.domain.programme_rules import SOURCE_FITS, default_deadline
from yjfield.domain.reparation import ReparationRequirement
from yjfield.ui.capture_dialog import CaptureDialog, set_combo
from yjfield.ui.case.date_fields import OptionalDate, chosen_date, date_edit, set_date
from yjfield.ui.case.programme_dialog import programme_line
from yjfield.ui.widgets import words


class RequirementDialog(CaptureDialog):
    """Collects reparation hours; `requirement` is set once accepted."""

    def __init__(self, context: ChildProgrammes, child_name: str, today: date,
                 cap_hours: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reparation hours for {name}").format(name=child_name), parent)
        self.setObjectName("RequirementDialog")
        self._child_id = context.child_id
        self._cap_hours = cap_hours
        self.requirement: ReparationRequirement | None = None
        self.programme = QComboBox()
        self._types: dict[str, ProgrammeType] = {}
        for programme in context.open_programmes:
            self.programme.addItem(programme_line(programme), programme.id)
            self._types[programme.id] = programme.programme_type
        self.source = QComboBox()
        self.hours = QSpinBox()
        self.hours.setRange(1, 240)
        self.hours.setValue(10)
        self.hours.setSuffix(self.tr(" h"))
        self.start = date_edit(today)
        self.deadline = OptionalDate(today, self.tr("Set"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Only needed above the service's cap"))
        self.direct = QCheckBox(self.tr("The person harmed has agreed to direct reparation"))
        self.add_row(self.tr("&Programme:"), self.programme, self.tr("Programme or order"))
        self.add_row(self.tr("&Source:"), self.source, self.tr("Where the hours come from"))
        self.add_row(self.tr("&Hours:"), self.hours, self.tr("Hours required"))
        self.add_row(self.tr("S&tart:"), self.start, self.tr("Start date"))
        self.add_row(self.tr("&Deadline:"), self.deadline, self.tr("Deadline"))
        self.add_row(self.tr("&Reason for more hours:"), self.reason,
                     self.tr("Reason for hours above the cap"))
        self.add_row("", self.direct, self.direct.text())
        self.deadline.changed.connect(self.changed)
        if not context.open_programmes:
            none = QLabel(self.tr("{name} has no open programme. Add the programme or order "
                                  "first (Case menu).").format(name=child_name))
            none.setWordWrap(True)
            self.form.insertRow(0, none)
        self.programme.currentIndexChanged.connect(self._fill_sources)
        self.source.currentIndexChanged.connect(self._fill_deadline)
        self.start.dateChanged.connect(self._fill_deadline)
        self.hours.valueChanged.connect(self._show_reason)
        self._fill_sources()
        self.resize(560, 360)

    def first_field(self) -> QWidget:
        return self.programme

    def _fill_sources(self) -> None:
        kind = self._types.get(self.programme.currentData())
        chosen = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        for source in ReparationSource:
            if kind is not None and kind in SOURCE_FITS[source]:
                self.source.addItem(words(source), source.value)
        set_combo(self.source, chosen)
        self.source.blockSignals(False)
        self._fill_deadline()

    def _fill_deadline(self) -> None:
        source = self.source.currentData()
        due = default_deadline(ReparationSource(source), chosen_date(self.start)) \
            if source else None
        self.deadline.set_value(due)
        self._show_reason()

    def _show_reason(self) -> None:
        over = (self.source.currentData() == ReparationSource.YOUTH_CONDITIONAL_CAUTION.value
                and self.hours.value() > self._cap_hours)
        self.reason.setEnabled(over)

    def draft_data(self) -> dict[str, Any]:
        deadline = self.deadline.value()
        return {"programme": self.programme.currentData(), "source": self.source.currentData(),
                "hours": self.hours.value(), "start": chosen_date(self.start).isoformat(),
                "deadline": deadline.isoformat() if deadline else None,
                "reason": self.reason.text(), "direct": self.direct.isChecked()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.programme, data.get("programme"))
        set_combo(self.source, data.get("source"))
        self.hours.setValue(int(data.get("hours") or 10))
        set_date(self.start, data.get("start"))
        self.deadline.set_value(data.get("deadline"))
        self.reason.setText(str(data.get("reason") or ""))
        self.direct.setChecked(bool(data.get("direct")))

    def accept(self) -> None:
        if self.programme.currentData() is None:
            self.show_problem(self.tr("Add the child's programme or order first."))
            return
        try:
            self.requirement = ReparationRequirement(
                child_id=self._child_id, programme_id=self.programme.currentData(),
                source=self.source.currentData(), minutes_required=self.hours.value() * 60,
                start=chosen_date(self.start), deadline=self.deadline.value(),
                over_cap_reason=(self.reason.text().strip() or None)
                if self.reason.isEnabled() else None,
                direct_agreed=self.direct.isChecked())
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, ReparationRequirement)))
            return
        super().accept()
