"""Record a contact, with the child's own words, by keyboard in well under a minute.

Defaults: now, face to face, attended, the child present. A missed appointment
shows when it must be followed up (the service's local policy). The child's words
are optional; when given, they are saved with the contact as a voice entry.
"""

from datetime import UTC, datetime, timedelta

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yjfield.domain.codes import Attendance, ContactMode, ContactSetting, PresentRole, VoiceCapture
from yjfield.domain.contact import Contact, VoiceEntry, follow_up_due
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.problems import explain
from yjfield.ui.widgets import problem_label


def _label(code: str) -> str:
    return code.replace("_", " ").capitalize()


class ContactDialog(QDialog):
    """Collects a contact; result() is (Contact, VoiceEntry | None) once accepted."""

    def __init__(self, child_id: str, child_name: str, policy: LocalPolicy,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record contact with {name}").format(name=child_name))
        self.setObjectName("ContactDialog")
        self._child_id = child_id
        self._policy = policy
        self.contact: Contact | None = None
        self.voice: VoiceEntry | None = None

        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(45)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.mode = self._combo(ContactMode, ContactMode.FACE_TO_FACE)
        self.setting = self._combo(ContactSetting, ContactSetting.OFFICE)
        self.attendance = self._combo(Attendance, Attendance.ATTENDED)
        self.attendance.currentIndexChanged.connect(self._update_follow_up)
        self.when.dateTimeChanged.connect(self._update_follow_up)
        self.present: dict[PresentRole, QCheckBox] = {}
        present_row = QHBoxLayout()
        for role in PresentRole:
            box = QCheckBox(_label(role))
            box.setChecked(role == PresentRole.CHILD)
            self.present[role] = box
            present_row.addWidget(box)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened, written so the child could read it"))
        self.words = QPlainTextEdit()
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(70)
        self.words.setPlaceholderText(self.tr("The child's own words (optional)"))
        self.captured = self._combo(VoiceCapture, VoiceCapture.DIRECT_QUOTE)
        self.follow_up = QLabel()
        self.follow_up.setObjectName("followUp")
        self.problem = problem_label()

        form = QFormLayout()
        for text, widget in ((self.tr("&When:"), self.when), (self.tr("&Length:"), self.minutes),
                             (self.tr("&Mode:"), self.mode), (self.tr("Se&tting:"), self.setting),
                             (self.tr("&Attendance:"), self.attendance)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(QLabel(self.tr("Present:")), present_row)
        form.addRow(QLabel(""), self.follow_up)
        note_label = QLabel(self.tr("Case &note:"))
        note_label.setBuddy(self.note)
        self.note.setAccessibleName(self.tr("Case note"))
        form.addRow(note_label, self.note)
        words_label = QLabel(self.tr("Child's &words:"))
        words_label.setBuddy(self.words)
        self.words.setAccessibleName(self.tr("The child's own words"))
        form.addRow(words_label, self.words)
        captured_label = QLabel(self.tr("&How captured:"))
        captured_label.setBuddy(self.captured)
        self.captured.setAccessibleName(self.tr("How the words were captured"))
        form.addRow(captured_label, self.captured)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self._update_follow_up()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Typing starts at once, in the note: the fastest path at a youth club.
        self.activateWindow()
        self.note.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _combo(self, codes: type, default: object) -> QComboBox:
        combo = QComboBox()
        for code in codes:  # type: ignore[attr-defined]
            combo.addItem(_label(code), code)
        combo.setCurrentIndex(combo.findData(default))
        return combo

    def _start(self) -> datetime:
        local = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return local.replace(second=0, microsecond=0)

    def _update_follow_up(self) -> None:
        attendance = Attendance(self.attendance.currentData())
        due = follow_up_due(self._start().date(), attendance, self._policy)
        self.follow_up.setVisible(due is not None)
        if due is not None:
            self.follow_up.setText(self.tr("A missed appointment: follow up by {date}.")
                                   .format(date=due.strftime("%A %d %B")))

    def accept(self) -> None:
        start = self._start()
        try:
            self.contact = Contact(
                child_id=self._child_id, start=start,
                end=start + timedelta(minutes=self.minutes.value()),
                mode=self.mode.currentData(), setting=self.setting.currentData(),
                attendance=self.attendance.currentData(),
                present=tuple(role for role, box in self.present.items() if box.isChecked()),
                narrative=self.note.toPlainText())
            words = self.words.toPlainText().strip()
            self.voice = VoiceEntry(child_id=self._child_id, at=start, words=words,
                                    how_captured=self.captured.currentData(),
                                    contact_id=self.contact.id) if words else None
        except ValidationError as error:
            self.problem.setText(" ".join(explain(error, Contact)))
            self.problem.show()
            return
        super().accept()


