"""Add the child's own words on their own, outside a contact."""

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from yjfield.domain.codes import Speaker, VoiceCapture, VoicePurpose
from yjfield.domain.contact import VoiceEntry
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo, set_utc, utc_minute


class VoiceDialog(CaptureDialog):
    """Collects a voice entry; `entry` is set once accepted."""

    def __init__(self, child_id: str, child_name: str, parent: QWidget | None = None, *,
                 exit_feedback: bool = False) -> None:
        title = (self.tr("How was it for you? End-of-intervention feedback from {name}")
                 if exit_feedback else self.tr("Add the voice of {name}"))
        super().__init__(title.format(name=child_name), parent)
        self.setObjectName("VoiceDialog")
        self._child_id = child_id
        self._purpose = VoicePurpose.EXIT_FEEDBACK if exit_feedback else VoicePurpose.EVERYDAY
        self.entry: VoiceEntry | None = None
        self.words = QPlainTextEdit()
        self.words.setPlaceholderText(self.tr("Exactly what they said, wrote or drew"))
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("For example: school, home, the plan"))
        self.captured = code_combo(VoiceCapture, VoiceCapture.DIRECT_QUOTE)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.speaker = QComboBox()
        self.speaker.addItem(self.tr("The child"), Speaker.CHILD.value)
        self.speaker.addItem(self.tr("A parent or carer (kept apart from the child's)"),
                             Speaker.PARENT_CARER.value)
        self.read_back = QCheckBox(self.tr("Read back to or seen by the child"))
        if exit_feedback:
            ask = QLabel(self.tr("Ask: \u201cHow was it for you?\u201d What helped, what did not, "
                                 "what would you change? Write their answer in their words."))
            ask.setWordWrap(True)
            self.form.addRow(ask)
            self.topic.setText(self.tr("End-of-intervention feedback"))
        self.add_row(self.tr("Wh&ose words:"), self.speaker, self.tr("Whose words these are"))
        self.add_row(self.tr("The &words:"), self.words, self.tr("The words, exactly"))
        self.add_row(self.tr("&About:"), self.topic, self.tr("What the words are about"))
        self.add_row(self.tr("&How captured:"), self.captured,
                     self.tr("How the words were captured"))
        self.add_row(self.tr("W&hen:"), self.when)
        self.add_row("", self.read_back, self.read_back.text())
        self.resize(560, 400)

    def first_field(self) -> QWidget:
        return self.words

    def draft_data(self) -> dict[str, Any]:
        return {"words": self.words.toPlainText(), "topic": self.topic.text(),
                "captured": self.captured.currentData(),
                "when": utc_minute(self.when).isoformat(),
                "speaker": self.speaker.currentData(), "read_back": self.read_back.isChecked()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.words.setPlainText(str(data.get("words", "")))
        self.topic.setText(str(data.get("topic", "")))
        set_combo(self.captured, data.get("captured"))
        set_utc(self.when, str(data.get("when", "")))
        set_combo(self.speaker, data.get("speaker"))
        self.read_back.setChecked(bool(data.get("read_back")))

    def accept(self) -> None:
        try:
            self.entry = VoiceEntry(child_id=self._child_id, at=utc_minute(self.when),
                                    words=self.words.toPlainText(),
                                    topic=self.topic.text().strip() or None,
                                    how_captured=self.captured.currentData(),
                                    speaker=self.speaker.currentData(),
                                    purpose=self._purpose,
                                    seen_by_child=self.read_back.isChecked())
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, VoiceEntry)))
            return
        super().accept()
