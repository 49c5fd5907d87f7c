"""What every capture dialog shares: Save by Ctrl+Enter, a problem line, and drafts.

A dialog reports `changed` whenever its input changes; the DraftKeeper saves
its `draft_data()` a moment later, and again when it closes without saving, so
an accidental close (or the idle lock) loses nothing. Reopening the dialog for
the same child brings the draft back, with a way to throw it away.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjfield.ui.widgets import problem_label, words

#: How long after the last keystroke a draft is written.
DRAFT_DELAY_MS = 800


def code_combo(codes: type[StrEnum], default: StrEnum) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(words(code), code.value)
    combo.setCurrentIndex(combo.findData(default.value))
    return combo


def set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def utc_minute(edit: QDateTimeEdit) -> datetime:
    """The edit's local time as an aware UTC datetime, to the minute."""
    moment = datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)
    return moment.replace(second=0, microsecond=0)


def set_utc(edit: QDateTimeEdit, iso: str) -> None:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))


class CaptureDialog(QDialog):
    """A form with Save/Cancel; subclasses lay out fields and build their records."""

    changed = Signal()
    discarded = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = problem_label()
        self.draft_note = QLabel()
        self.draft_note.setObjectName("draftNote")
        self.draft_note.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("&Discard draft"))
        self.discard_button.setAccessibleName(self.tr("Discard the restored draft"))
        self.discard_button.clicked.connect(self._discard)
        self._draft_row = QWidget()
        row = QHBoxLayout(self._draft_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.draft_note, 1)
        row.addWidget(self.discard_button)
        self._draft_row.setObjectName("draftRow")  # the theme gives it the warning colour
        self._draft_row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._draft_row.hide()
        self._blank: dict[str, Any] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self._draft_row)
        layout.addLayout(self.form)
        layout.addStretch(1)  # spare height below the form, never between its rows
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # -- building the form -----------------------------------------------------------

    def add_row(self, text: str, widget: QWidget, accessible: str | None = None) -> None:
        """A labelled row; the label's & gives the field an Alt shortcut."""
        widget.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        self.watch(widget)

    def watch(self, *widgets: QWidget) -> None:
        """Report `changed` when any of these widgets' input changes."""
        for widget in widgets:
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
            elif isinstance(widget, QDateTimeEdit | QAbstractSpinBox):
                widget.editingFinished.connect(self.changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._blank:
            self._blank = self.draft_data()
        self.activateWindow()
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def first_field(self) -> QWidget | None:
        """Where typing starts when the dialog opens."""
        return None

    # -- drafts ------------------------------------------------------------------------

    def draft_data(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore_draft(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def has_input(self) -> bool:
        """Whether anything was typed or chosen beyond the defaults."""
        return bool(self._blank) and self.draft_data() != self._blank

    def show_restored(self, data: dict[str, Any]) -> None:
        self._blank = self._blank or self.draft_data()
        self.restore_draft(data)
        self.draft_note.setText(self.tr("Your unsaved input from last time is back."))
        self._draft_row.show()

    def _discard(self) -> None:
        if self._blank:
            self.restore_draft(self._blank)
        self._draft_row.hide()
        self.discarded.emit()

    # -- saving ------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class DraftKeeper(QObject):
    """Writes a dialog's draft shortly after each change and when it closes unsaved."""

    def __init__(self, dialog: CaptureDialog, save: Callable[[dict[str, Any]], None],
                 discard: Callable[[], None]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._save = save
        self._discard = discard
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        dialog.changed.connect(self._timer.start)
        dialog.discarded.connect(self._discarded)
        # Kept on Save too: if saving then fails, the words are still there.
        dialog.finished.connect(lambda _: self.flush())

    def flush(self) -> None:
        self._timer.stop()
        if self._dialog.has_input():
            self._save(self._dialog.draft_data())
        else:
            self._discard()

    def _discarded(self) -> None:
        self._timer.stop()
        self._discard()
