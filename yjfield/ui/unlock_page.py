"""Unlock: the passphrase, a clear message when it is wrong, the wait when guessing is paused."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjfield.ui.widgets import centred_column, problem_label


class UnlockPage(QWidget):
    """Asks for the passphrase; emits unlock_requested(passphrase)."""

    unlock_requested = Signal(str)

    def __init__(self, who: str, *, demo_passphrase: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockPage")
        title = QLabel(self.tr("<h2>yjfield is locked</h2>"))
        intro = QLabel(self.tr("Enter the passphrase for {who}'s caseload on this laptop.")
                       .format(who=who) if who else
                       self.tr("Enter the passphrase for the caseload on this laptop."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Unlock problem"))
        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        column = QWidget()
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.problem)
        if demo_passphrase:
            hint = QLabel(self.tr("Demo mode: the passphrase is <b>{passphrase}</b>.")
                          .format(passphrase=demo_passphrase))
            hint.setObjectName("demoHint")
            inner.addWidget(hint)
        centred_column(self, column, 460)
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    def _submit(self) -> None:
        if self._wait_left > 0 or not self.passphrase.text():
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))

    def show_problem(self, what: str, todo: str) -> None:
        self.set_busy(False)
        self.problem.setText(f"<b>{what}</b><br>{todo}")
        self.problem.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def wait(self, seconds: int, what: str) -> None:
        """Guessing is paused: count down, then let the practitioner try again."""
        self._wait_left = seconds
        self._wait_what = what
        self.set_busy(False)
        self.unlock_button.setEnabled(False)
        self._tick(step=0)
        self._countdown.start()

    def _tick(self, step: int = 1) -> None:
        self._wait_left = max(0, self._wait_left - step)
        minutes, seconds = divmod(self._wait_left, 60)
        if self._wait_left == 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.problem.setText(self.tr("You can try your passphrase again now."))
            return
        self.problem.setText(self.tr("<b>{what}</b><br>You can try again in {m}:{s:02d}.")
                             .format(what=self._wait_what, m=minutes, s=seconds))
        self.problem.show()

    def reset(self) -> None:
        self.passphrase.clear()
        self.problem.hide()
        self.set_busy(False)
        self.passphrase.setFocus()
