"""Settings → Change service password: the password for signing in to the service's
server (not the laptop's passphrase), changed on the server while online."""

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from yjfield.ui.secret_change_dialog import Change, SecretChangeDialog


class ChangePasswordDialog(SecretChangeDialog):
    def __init__(self, change: Change, parent: QWidget | None = None) -> None:
        super().__init__(
            change, title=self.tr("Change service password"),
            intro=self.tr("This is the password you sign in to the service with. Changing "
                          "it needs a connection; your laptop stays signed in."),
            current_label=self.tr("&Current password:"),
            ok_text=self.tr("C&hange password"),
            done_text=self.tr("<b>Your service password is changed.</b> Use the new one "
                              "when you next sign in."), parent=parent)
        self.new, self.again = QLineEdit(), QLineEdit()
        for text, field in ((self.tr("&New password:"), self.new),
                            (self.tr("&Type it again:"), self.again)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(field)
            self.form.addRow(label, field)
        hint = QLabel(self.tr("At least 12 characters, not a common or breached password."))
        hint.setWordWrap(True)
        self.form.addRow(QLabel(""), hint)
        self.resize(520, self.sizeHint().height())

    def problem_with_input(self) -> tuple[str, str] | None:
        if not self.current.text() or not self.new.text():
            return (self.tr("Some details are missing."),
                    self.tr("Type your current password and the new one."))
        if self.new.text() != self.again.text():
            return (self.tr("The two new passwords are different."),
                    self.tr("Type the same new password in both boxes."))
        return None

    def new_secret(self) -> str:
        return self.new.text()

    def clear_new(self) -> None:
        for field in (self.new, self.again):
            field.clear()
