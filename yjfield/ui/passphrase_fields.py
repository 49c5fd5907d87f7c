"""A new passphrase, typed twice, rated as it is typed, with a strong one on offer.

Shared by first run and Settings → Change passphrase, so the rule is the same in both.
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from yjfield.app.passphrase import strength, suggest


class PassphraseFieldsWidget(QWidget):
    """Rows for a form: the new passphrase, again, a meter, advice and "Suggest one"."""

    def __init__(self, user_inputs: Callable[[], list[str]] = list,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user_inputs = user_inputs
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Su&ggest one"))
        self.suggest_button.setToolTip(self.tr("Fill in five random words, shown so you can "
                                               "write them down somewhere safe"))
        self.suggest_button.clicked.connect(self.use_suggestion)
        self.passphrase.textChanged.connect(self._rate)

    def add_rows(self, form: QFormLayout, label: str, again: str) -> None:
        for text, widget in ((label, self.passphrase), (again, self.confirm)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.suggest_button)
        form.addRow(QLabel(""), meter_row)
        form.addRow(QLabel(""), self.advice)
        self._rate("")

    def use_suggestion(self) -> None:
        words = suggest()
        for field in (self.passphrase, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Normal)  # to be read and written down
            field.setText(words)

    def _rate(self, text: str) -> None:
        rating = strength(text, self._user_inputs())
        self.meter.setValue(rating.score)
        self.advice.setText(rating.advice if text else self.tr(
            "At least 12 characters that are hard to guess: four or five unrelated words "
            "work well."))

    def problem(self) -> tuple[str, str] | None:
        """What is wrong with what was typed (what, what to do), or None."""
        rating = strength(self.passphrase.text(), self._user_inputs())
        if not rating.acceptable:
            return self.tr("That passphrase is not strong enough yet."), rating.advice
        if self.passphrase.text() != self.confirm.text():
            return (self.tr("The two passphrases are different."),
                    self.tr("Type the same passphrase in both boxes."))
        return None

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        for field in (self.passphrase, self.confirm):
            field.clear()
            field.setEchoMode(QLineEdit.EchoMode.Password)
