"""The message bar above the content: where every save, refusal and error is said.

The status bar had no room for messages (the sync state fills it), so "Contact
saved." and "Choose a child first" were set and never painted. The bar is part of the
window's layout, always in view; it hides itself after a few seconds unless it
reports an error, which stays until dismissed (Escape or its close button).
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from yjfield.ui.theme import Status

#: How long a message that is not an error stays, in milliseconds.
SHOWN_FOR_MS = {Status.POSITIVE: 6000, Status.INFORMATION: 8000, Status.WARNING: 15000}


class MessageBarWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("status", Status.INFORMATION.value)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        dismiss = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        dismiss.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        dismiss.activated.connect(self.hide)
        self.hide()

    def show_message(self, text: str, status: Status = Status.INFORMATION) -> None:
        self.setProperty("status", status.value)
        self.style().unpolish(self)  # the property picks the colours in the stylesheet
        self.style().polish(self)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(status.value)
        self.show()
        self._timer.stop()
        if status != Status.ERROR:
            self._timer.start(SHOWN_FOR_MS[status])

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def status(self) -> Status:
        return Status(str(self.property("status")))
