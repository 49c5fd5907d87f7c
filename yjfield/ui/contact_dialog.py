"""Record a contact, with the child's own words, by keyboard in well under a minute.

Defaults: now, face to face, attended, the child present. A missed appointment
shows when it must be followed up (the service's local policy). The child's words
are optional; when given, they are saved with the contact as a voice entry.
"""

from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from yjfield.domain.codes import (
    Absence,
    Attendance,
    ContactMode,
    ContactSetting,
    PresentRole,
    VoiceCapture,
)
from yjfield.domain.contact import Appointment, Contact, VoiceEntry, follow_up_due
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import (
    CaptureDialog,
    code_combo,
    set_combo,
    set_utc,
    utc_minute,
)
from yjfield.ui.widgets import words


class ContactDialog(CaptureDialog):
    """Collects a contact; `contact` and `voice` are set once accepted."""

    def __init__(self, child_id: str, child_name: str, policy: LocalPolicy,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record contact with {name}").format(name=child_name), parent)
        self.setObjectName("ContactDialog")
        self._child_id = child_id
        self._policy = policy
        self.contact: Contact | None = None
        self.voice: VoiceEntry | None = None
        self._appointment_id: str | None = None
        self._child_unticked_by_hand = False

        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(45)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.mode = code_combo(ContactMode, ContactMode.FACE_TO_FACE)
        self.setting = code_combo(ContactSetting, ContactSetting.OFFICE)
        self.attendance = code_combo(Attendance, Attendance.ATTENDED)
        self.attendance.currentIndexChanged.connect(self._update_follow_up)
        self.when.dateTimeChanged.connect(self._update_follow_up)
        self.present: dict[PresentRole, QCheckBox] = {}
        present_row = QHBoxLayout()
        for role in PresentRole:
            box = QCheckBox(words(role))
            box.setChecked(role == PresentRole.CHILD)
            self.present[role] = box
            present_row.addWidget(box)
            self.watch(box)
        self.present[PresentRole.CHILD].clicked.connect(self._child_clicked)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What happened, written so the child could read it"))
        self.words = QPlainTextEdit()
        self.words.setMaximumHeight(70)
        self.words.setPlaceholderText(self.tr("The child's own words (optional)"))
        self.captured = code_combo(VoiceCapture, VoiceCapture.DIRECT_QUOTE)
        self.read_back = QCheckBox(self.tr("Read back to or seen by the child"))
        self.no_words = QComboBox()
        self.no_words.setEditable(True)
        self.no_words.addItems(["", self.tr("Declined to say anything for the record"),
                                self.tr("Not appropriate today"),
                                self.tr("Too upset to talk about it")])
        self.no_words.setAccessibleName(self.tr("Why no words from the child"))
        self.follow_up = QLabel()
        self.follow_up.setObjectName("followUp")
        self.absence = QComboBox()
        self.absence.addItem(self.tr("Not decided yet"), None)
        for absence, text in ((Absence.ACCEPTABLE, self.tr("Acceptable")),
                              (Absence.NOT_ACCEPTABLE, self.tr("Not acceptable")),
                              (Absence.EVIDENCE_AWAITED, self.tr("Evidence awaited"))):
            self.absence.addItem(text, absence.value)
        self.attendance.currentIndexChanged.connect(self._attendance_changed)

        self.add_row(self.tr("&When:"), self.when)
        self.add_row(self.tr("&Length:"), self.minutes)
        self.add_row(self.tr("&Mode:"), self.mode)
        self.add_row(self.tr("Se&tting:"), self.setting)
        self.add_row(self.tr("&Attendance:"), self.attendance)
        self.form.addRow(QLabel(self.tr("Present:")), present_row)
        self.form.addRow(QLabel(""), self.follow_up)
        self.add_row(self.tr("A&bsence:"), self.absence, self.tr("Was the absence acceptable"))
        self.add_row(self.tr("Case &note:"), self.note, self.tr("Case note"))
        self.add_row(self.tr("Child's wo&rds:"), self.words, self.tr("The child's own words"))
        self.add_row(self.tr("&How captured:"), self.captured,
                     self.tr("How the words were captured"))
        self.add_row("", self.read_back, self.read_back.text())
        self.add_row(self.tr("No words, &because:"), self.no_words,
                     self.tr("Why no words from the child"))
        self._show_no_words(False)
        self.resize(620, 580)
        self._update_follow_up()
        self._attendance_changed()

    def _show_no_words(self, shown: bool) -> None:
        self.no_words.setVisible(shown)
        label = self.form.labelForField(self.no_words)
        if label is not None:
            label.setVisible(shown)

    def _child_clicked(self, checked: bool) -> None:
        self._child_unticked_by_hand = not checked

    def _attendance_changed(self) -> None:
        """A child who did not take part is not present and said nothing here; whether
        the absence was acceptable is asked instead (it decides what follows)."""
        attended = self.attendance.currentData() == Attendance.ATTENDED.value
        child = self.present[PresentRole.CHILD]
        if not attended and child.isChecked():
            child.setChecked(False)
        elif attended and not child.isChecked() and not self._child_unticked_by_hand:
            child.setChecked(True)
        for widget in (self.words, self.captured, self.read_back):
            widget.setEnabled(attended)
        self.absence.setVisible(not attended)
        label = self.form.labelForField(self.absence)
        if label is not None:
            label.setVisible(not attended)

    def from_appointment(self, appointment: Appointment) -> None:
        """Fill in the booked time, mode and setting: this contact is that appointment's."""
        self._appointment_id = appointment.id
        set_utc(self.when, appointment.start.isoformat())
        set_combo(self.mode, appointment.mode.value)
        set_combo(self.setting, appointment.setting.value)
        self.setWindowTitle(self.windowTitle() + self.tr(" (from the appointment)"))

    def first_field(self) -> QWidget:
        # Typing starts at once, in the note: the fastest path at a youth club.
        return self.note

    def _update_follow_up(self) -> None:
        attendance = Attendance(self.attendance.currentData())
        due = follow_up_due(utc_minute(self.when).date(), attendance, self._policy)
        self.follow_up.setVisible(due is not None)
        if due is not None:
            self.follow_up.setText(self.tr("A missed appointment: follow up by {date}.")
                                   .format(date=due.strftime("%A %d %B")))

    def draft_data(self) -> dict[str, Any]:
        return {"when": utc_minute(self.when).isoformat(), "minutes": self.minutes.value(),
                "mode": self.mode.currentData(), "setting": self.setting.currentData(),
                "attendance": self.attendance.currentData(),
                "present": [role.value for role, box in self.present.items() if box.isChecked()],
                "note": self.note.toPlainText(), "words": self.words.toPlainText(),
                "captured": self.captured.currentData(),
                "absence": self.absence.currentData(),
                "read_back": self.read_back.isChecked(),
                "no_words": self.no_words.currentText()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_utc(self.when, str(data.get("when", "")))
        self.minutes.setValue(int(data.get("minutes", self.minutes.value())))
        for combo, name in ((self.mode, "mode"), (self.setting, "setting"),
                            (self.attendance, "attendance"), (self.captured, "captured"),
                            (self.absence, "absence")):
            set_combo(combo, data.get(name))
        present = set(data.get("present", []))
        for role, box in self.present.items():
            box.setChecked(role.value in present)
        self.note.setPlainText(str(data.get("note", "")))
        self.words.setPlainText(str(data.get("words", "")))
        self.read_back.setChecked(bool(data.get("read_back")))
        if data.get("no_words"):
            self.no_words.setCurrentText(str(data["no_words"]))
            self._show_no_words(True)

    def accept(self) -> None:
        start = utc_minute(self.when)
        attended = self.attendance.currentData() == Attendance.ATTENDED.value
        said = self.words.toPlainText().strip() if attended else ""
        face_to_face = self.mode.currentData() == ContactMode.FACE_TO_FACE.value
        why_not = self.no_words.currentText().strip()
        if attended and face_to_face and not said and not why_not \
                and self._policy.ask_why_no_voice:
            # Asked, not refused: a few words on why, and the contact saves.
            self._show_no_words(True)
            self.show_problem(self.tr("There are no words of the child's. Add them, or say "
                                      "briefly why (for example, they declined)."))
            self.no_words.setFocus()
            return
        try:
            self.contact = Contact(
                child_id=self._child_id, start=start,
                end=start + timedelta(minutes=self.minutes.value()),
                mode=self.mode.currentData(), setting=self.setting.currentData(),
                attendance=self.attendance.currentData(),
                present=tuple(role for role, box in self.present.items() if box.isChecked()),
                narrative=self.note.toPlainText(), appointment_id=self._appointment_id,
                absence=None if attended else self.absence.currentData(),
                no_words_reason=(why_not or None) if attended and not said else None)
            self.voice = VoiceEntry(child_id=self._child_id, at=start, words=said,
                                    how_captured=self.captured.currentData(),
                                    seen_by_child=self.read_back.isChecked(),
                                    contact_id=self.contact.id) if said else None
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, Contact)))
            return
        super().accept()
