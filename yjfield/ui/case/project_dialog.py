"""Add a reparation project, or change or deactivate one (service managers and admins).

Supervisors see a new project after their next sync; a deactivated one leaves
their list of projects but keeps the sessions already logged at it.
"""

from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from yjfield.domain.codes import ReparationKind
from yjfield.domain.problems import explain
from yjfield.domain.reparation import ReparationProject
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo


class ProjectDialog(CaptureDialog):
    """Collects a project: `project_id` (None: a new one) and `fields` once accepted."""

    def __init__(self, projects: list[ReparationProject], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reparation projects"), parent)
        self.setObjectName("ProjectDialog")
        self._projects = {p.id: p for p in projects}
        self.project_id: str | None = None
        self.fields: dict[str, Any] = {}
        self.which = QComboBox()
        self.which.addItem(self.tr("New project"), None)
        for project in projects:
            suffix = "" if project.active else self.tr(" (not active)")
            self.which.addItem(project.name + suffix, project.id)
        self.which.currentIndexChanged.connect(self._fill)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: Riverside community garden"))
        self.reparation_kind = code_combo(ReparationKind, ReparationKind.INDIRECT)
        self.host = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100)
        self.capacity.setSpecialValueText(self.tr("Not set"))
        self.risk = QLineEdit()
        self.risk.setPlaceholderText(self.tr("The risk assessment's reference"))
        self.active = QCheckBox(self.tr("Active: supervisors can log sessions here"))
        self.active.setChecked(True)
        self.add_row(self.tr("&Project:"), self.which, self.tr("Which project"))
        self.add_row(self.tr("&Name:"), self.name, self.tr("Project name"))
        self.add_row(self.tr("&Kind:"), self.reparation_kind,
                     self.tr("Direct or indirect reparation"))
        self.add_row(self.tr("&Host:"), self.host, self.tr("Host organisation"))
        self.add_row(self.tr("Pla&ces:"), self.capacity, self.tr("Places per session"))
        self.add_row(self.tr("&Risk assessment:"), self.risk,
                     self.tr("Risk assessment reference"))
        self.add_row("", self.active, self.tr("Active"))
        self.resize(520, 320)

    def first_field(self) -> QWidget:
        return self.which if self._projects else self.name

    def _fill(self) -> None:
        chosen = self._projects.get(self.which.currentData())
        self._set_fields(chosen.to_data() if chosen else {"active": True})

    def _set_fields(self, data: dict[str, Any]) -> None:
        self.name.setText(str(data.get("name") or ""))
        set_combo(self.reparation_kind, data.get("reparation_kind", ReparationKind.INDIRECT))
        self.host.setText(str(data.get("host_organisation") or ""))
        self.capacity.setValue(int(data.get("capacity") or 0))
        self.risk.setText(str(data.get("risk_assessment") or ""))
        self.active.setChecked(bool(data.get("active", True)))

    def _form_fields(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(),
                "reparation_kind": self.reparation_kind.currentData(),
                "host_organisation": self.host.text().strip() or None,
                "capacity": self.capacity.value() or None,
                "risk_assessment": self.risk.text().strip() or None,
                "active": self.active.isChecked()}

    def draft_data(self) -> dict[str, Any]:
        return {"which": self.which.currentData(), **self._form_fields()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.which, data.get("which"))
        self._set_fields(data)

    def accept(self) -> None:
        self.project_id = self.which.currentData()
        current = self._projects.get(self.project_id or "")
        fields = self._form_fields()
        try:
            ReparationProject.model_validate({**(current.to_data() if current else {}),
                                              **fields})
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, ReparationProject)))
            return
        if current is not None:
            old = current.to_data()
            fields = {k: v for k, v in fields.items() if v != old.get(k)}
        self.fields = fields
        super().accept()
