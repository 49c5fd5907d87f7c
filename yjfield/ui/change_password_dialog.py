"""Settings → Change service password: the password for signing in to the service's
server (not the laptop's passphrase), changed on the server while online."""

from collections.abc import Callable

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

#: Called with (current, new); calls back with None when done, or (what, todo).
Change = Callable[[str, str, Callable[[tuple[str, str] | None], None]], None]


class ChangePasswordDialog(QDialog):
    def __init__(self, change: Change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change service password"))
        self._change = change
        intro = QLabel(self.tr("This is the password you sign in to the service with. "
                               "Changing it needs a connection; your laptop stays signed in."))
        intro.setWordWrap(True)
        self.current, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        form = QFormLayout()
        for text, field in ((self.tr("&Current password:"), self.current),
                            (self.tr("&New password:"), self.new),
                            (self.tr("&Type it again:"), self.again)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        hint = QLabel(self.tr("At least 12 characters, not a common or breached password."))
        hint.setWordWrap(True)
        form.addRow(QLabel(""), hint)
        self.problem = problem_label()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&hange password"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _submit(self) -> None:
        if self.done_label.isVisible():
            self.accept()
            return
        if not self.current.text() or not self.new.text():
            self._show((self.tr("Some details are missing."),
                        self.tr("Type your current password and the new one.")))
            return
        if self.new.text() != self.again.text():
            self._show((self.tr("The two new passwords are different."),
                        self.tr("Type the same new password in both boxes.")))
            return
        self.ok.setEnabled(False)
        self.problem.hide()
        self._change(self.current.text(), self.new.text(), self._finished)

    def _finished(self, problem: tuple[str, str] | None) -> None:
        self.ok.setEnabled(True)
        if problem is not None:
            self._show(problem)
            return
        for field in (self.current, self.new, self.again):
            field.clear()
        self.done_label.setText(self.tr("<b>Your service password is changed.</b> Use the new "
                                        "one when you next sign in."))
        self.done_label.show()
        self.ok.setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _show(self, problem: tuple[str, str]) -> None:
        what, todo = problem
        self.problem.setText(f"<b>{what}</b><br>{todo}")
        self.problem.show()
