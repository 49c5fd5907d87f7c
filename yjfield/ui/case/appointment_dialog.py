"""Book an appointment with a child, or move or cancel one already booked.

Moving keeps the same appointment (one record changed in place), so the child's
worker sees one appointment at its new time, not two.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QWidget

from yjfield.domain.codes import ContactMode, ContactSetting
from yjfield.domain.contact import Appointment
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo, set_utc, utc_minute


def appointment_line(appointment: Appointment) -> str:
    when = appointment.start.astimezone().strftime("%a %d %b %Y %H:%M")
    return f"{when}, {appointment.setting.value.replace('_', ' ')}"


class AppointmentDialog(CaptureDialog):
    """Collects an appointment: `appointment_id` (None: a new one) and `fields`."""

    def __init__(self, child_id: str, child_name: str, booked: list[Appointment],
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appointments with {name}").format(name=child_name), parent)
        self.setObjectName("AppointmentDialog")
        self._child_id = child_id
        self._booked = {a.id: a for a in booked}
        self.appointment_id: str | None = None
        self.fields: dict[str, Any] = {}
        self.which = QComboBox()
        self.which.addItem(self.tr("Book a new appointment"), None)
        for appointment in booked:
            self.which.addItem(appointment_line(appointment), appointment.id)
        self.which.currentIndexChanged.connect(self._fill)
        # Tomorrow at ten, a sensible first guess for most bookings.
        tomorrow = (now.astimezone() + timedelta(days=1)).replace(hour=10, minute=0,
                                                                   second=0, microsecond=0)
        self.start = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(tomorrow.timestamp())))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.mode = code_combo(ContactMode, ContactMode.FACE_TO_FACE)
        self.setting = code_combo(ContactSetting, ContactSetting.OFFICE)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What it is for (optional)"))
        self.cancel = QCheckBox(self.tr("Cancel this appointment"))
        self.add_row(self.tr("&Appointment:"), self.which, self.tr("Which appointment"))
        self.add_row(self.tr("&When:"), self.start, self.tr("Date and time"))
        self.add_row(self.tr("&Mode:"), self.mode, self.tr("How you will meet"))
        self.add_row(self.tr("Whe&re:"), self.setting, self.tr("Setting"))
        self.add_row(self.tr("&Note:"), self.note)
        self.add_row("", self.cancel, self.tr("Cancel this appointment"))
        self.cancel.setEnabled(False)
        self.resize(520, 300)

    def first_field(self) -> QWidget:
        return self.which if self._booked else self.start

    def _fill(self) -> None:
        chosen = self._booked.get(self.which.currentData())
        self.cancel.setEnabled(chosen is not None)
        if chosen is None:
            self.cancel.setChecked(False)
            return
        self._set_fields(chosen.to_data())

    def _set_fields(self, data: dict[str, Any]) -> None:
        if data.get("start"):
            set_utc(self.start, str(data["start"]))
        set_combo(self.mode, data.get("mode"))
        set_combo(self.setting, data.get("setting"))
        self.note.setText(str(data.get("note") or ""))

    def _form_fields(self) -> dict[str, Any]:
        return {"start": utc_minute(self.start).isoformat(), "mode": self.mode.currentData(),
                "setting": self.setting.currentData(), "note": self.note.text().strip() or None}

    def draft_data(self) -> dict[str, Any]:
        return {"which": self.which.currentData(), "cancel": self.cancel.isChecked(),
                **self._form_fields()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.which, data.get("which"))
        self._set_fields(data)
        self.cancel.setChecked(bool(data.get("cancel")) and self.cancel.isEnabled())

    def accept(self) -> None:
        self.appointment_id = self.which.currentData()
        current = self._booked.get(self.appointment_id or "")
        if current is not None and self.cancel.isChecked():
            self.fields = {"cancelled": True}
            super().accept()
            return
        fields = self._form_fields()
        try:
            Appointment.model_validate({**(current.to_data() if current else {}), **fields,
                                        "child_id": self._child_id})
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, Appointment)))
            return
        if current is not None:
            old = current.to_data()
            fields = {k: v for k, v in fields.items()
                      if (k != "start" and v != old.get(k))
                      or (k == "start" and datetime.fromisoformat(v)
                          != current.start.astimezone(UTC))}
        self.fields = fields
        super().accept()
