"""Settings → Change passphrase: the current one, then a new one under the same rule as
first run. The store is not re-encrypted: its key is locked again under the new one."""

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

from yjfield.ui.passphrase_fields import PassphraseFieldsWidget
from yjfield.ui.widgets import problem_label

#: Called with (current, new); calls back with None when done, or (what, todo).
Change = Callable[[str, str, Callable[[tuple[str, str] | None], None]], None]


class ChangePassphraseDialog(QDialog):
    def __init__(self, change: Change, user_inputs: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self._change = change
        intro = QLabel(self.tr("Your passphrase protects the caseload on this laptop. Type "
                               "the one you use now, then a new one."))
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = PassphraseFieldsWidget(lambda: user_inputs, self)
        form = QFormLayout()
        current_label = QLabel(self.tr("&Current passphrase:"))
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        self.fields.add_rows(form, self.tr("&New passphrase:"), self.tr("&Type it again:"))
        self.problem = problem_label()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&hange passphrase"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _submit(self) -> None:
        if self.done_label.isVisible():
            self.accept()
            return
        if not self.current.text():
            self._show_problem((self.tr("Type your current passphrase first."),
                                self.tr("It is the one you unlock this laptop with.")))
            return
        problem = self.fields.problem()
        if problem is not None:
            self._show_problem(problem)
            return
        self.ok.setEnabled(False)
        self.problem.hide()
        self._change(self.current.text(), self.fields.text(), self._finished)

    def _finished(self, problem: tuple[str, str] | None) -> None:
        self.ok.setEnabled(True)
        if problem is not None:
            self._show_problem(problem)
            return
        self.current.clear()
        self.fields.clear()
        self.done_label.setText(self.tr("<b>Your passphrase is changed.</b> Use the new one "
                                        "from the next time you unlock."))
        self.done_label.show()
        self.ok.setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _show_problem(self, problem: tuple[str, str]) -> None:
        what, todo = problem
        self.problem.setText(f"<b>{what}</b><br>{todo}")
        self.problem.show()
