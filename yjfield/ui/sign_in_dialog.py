"""Sign in again on this laptop: the store and its waiting work stay as they are."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yjfield.ui.widgets import problem_label


class SignInDialog(QDialog):
    """Asks for the password (and a one-time code, for a practitioner who has a second
    factor); emits submitted(password, code) and stays open until told."""

    submitted = Signal(str, str)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.setWindowTitle(self.tr("Sign in again"))
        intro = QLabel(self.tr(
            "The server needs your password again before this laptop can sync. Your work "
            "on this laptop is kept and will sync once you are signed in."))
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setReadOnly(True)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.code = QLineEdit()
        self.code.setInputMask("999999;_")
        self.code.setMaximumWidth(140)
        self.code.setAccessibleName(self.tr("One-time code, if your service gave you an "
                                            "authenticator"))
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Username:"), self.username)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        code_label = QLabel(self.tr("One-time &code:"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in = self.buttons.addButton(self.tr("&Sign in"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # Only once the buttons are inside the dialog can one be its default (Return).
        self.sign_in.setDefault(True)
        self.resize(460, 220)
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text():
            self.show_problem(self.tr("Type your password."))
            return
        self.busy(True)
        self.submitted.emit(self.password.text(), self.code.text().strip("_ "))

    def busy(self, working: bool) -> None:
        self.sign_in.setEnabled(not working)
        self.password.setEnabled(not working)
        if working:
            self.problem.hide()

    def show_problem(self, text: str) -> None:
        self.busy(False)
        self.password.clear()
        self.password.setFocus()
        self.problem.setText(text)
        self.problem.show()
