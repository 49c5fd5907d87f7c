"""What the Settings dialogs that change a secret share (the laptop's passphrase, the
service password): the current one, a new one, a plain-words problem line, and a
"changed" line, the change made on another thread while the dialog stays open."""

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


class SecretChangeDialog(QDialog):
    def __init__(self, change: Change, *, title: str, intro: str, current_label: str,
                 ok_text: str, done_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._change = change
        self._done_text = done_text
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(current_label.replace("&", "").rstrip(":"))
        self.form = QFormLayout()
        caption = QLabel(current_label)
        caption.setBuddy(self.current)
        self.form.addRow(caption, self.current)
        self.problem = problem_label()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(intro_label)
        self._layout.addLayout(self.form)
        self._layout.addWidget(self.problem)
        self._layout.addWidget(self.done_label)
        self._layout.addWidget(self.buttons)

    # -- what each dialog says for itself ------------------------------------------------

    def problem_with_input(self) -> tuple[str, str] | None:
        """What is wrong with what was typed (what, what to do), or None."""
        raise NotImplementedError

    def new_secret(self) -> str:
        raise NotImplementedError

    def clear_new(self) -> None:
        raise NotImplementedError

    # -- the shared flow ----------------------------------------------------------------

    def _submit(self) -> None:
        if self.done_label.isVisible():
            self.accept()
            return
        problem = self.problem_with_input()
        if problem is not None:
            self._show_problem(problem)
            return
        self.ok.setEnabled(False)
        self.problem.hide()
        self._change(self.current.text(), self.new_secret(), self._finished)

    def _finished(self, problem: tuple[str, str] | None) -> None:
        self.ok.setEnabled(True)
        if problem is not None:
            self._show_problem(problem)
            return
        self.current.clear()
        self.clear_new()
        self.done_label.setText(self._done_text)
        self.done_label.show()
        self.ok.setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _show_problem(self, problem: tuple[str, str]) -> None:
        what, todo = problem
        self.problem.setText(f"<b>{what}</b><br>{todo}")
        self.problem.show()
