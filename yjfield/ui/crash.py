"""One dialog for bugs: what happened in plain words, and details to copy for IT.

The details hold the version, the system and the traceback: code locations only,
never record values (yjfield's own messages carry no personal data).
"""

import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from yjfield import __version__


def crash_details(kind: type[BaseException], error: BaseException,
                  trace: TracebackType | None) -> str:
    frames = "".join(traceback.format_tb(trace))
    return (f"yjfield {__version__}\n{platform.platform()}\nPython {platform.python_version()}"
            f"\n\n{kind.__name__}\n{frames}")


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        what = QLabel(self.tr("<b>yjfield hit a problem it did not expect.</b><br>Everything "
                              "you saved is safe on this laptop. Please copy the details "
                              "below into a message to your IT service desk, then carry on."))
        what.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details for the IT service desk"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.details.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(560, 380)


def install_crash_handler() -> None:
    """Bugs reach the crash dialog instead of vanishing into a terminal."""
    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        sys.__excepthook__(kind, error, trace)
        if QApplication.instance() is not None:
            CrashDialog(crash_details(kind, error, trace)).exec()

    sys.excepthook = hook
