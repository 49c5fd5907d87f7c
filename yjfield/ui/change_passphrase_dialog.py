"""Settings → Change passphrase: the current one, then a new one under the same rule as
first run. The store is not re-encrypted: its key is locked again under the new one."""

from PySide6.QtWidgets import QWidget

from yjfield.ui.passphrase_fields import PassphraseFieldsWidget
from yjfield.ui.secret_change_dialog import Change, SecretChangeDialog


class ChangePassphraseDialog(SecretChangeDialog):
    def __init__(self, change: Change, user_inputs: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(
            change, title=self.tr("Change passphrase"),
            intro=self.tr("Your passphrase protects the caseload on this laptop. Type the "
                          "one you use now, then a new one."),
            current_label=self.tr("&Current passphrase:"),
            ok_text=self.tr("C&hange passphrase"),
            done_text=self.tr("<b>Your passphrase is changed.</b> Use the new one from the "
                              "next time you unlock."), parent=parent)
        self.fields = PassphraseFieldsWidget(lambda: user_inputs, self)
        self.fields.add_rows(self.form, self.tr("&New passphrase:"), self.tr("&Type it again:"))
        self.resize(560, self.sizeHint().height())

    def problem_with_input(self) -> tuple[str, str] | None:
        if not self.current.text():
            return (self.tr("Type your current passphrase first."),
                    self.tr("It is the one you unlock this laptop with."))
        return self.fields.problem()

    def new_secret(self) -> str:
        return self.fields.text()

    def clear_new(self) -> None:
        self.fields.clear()
