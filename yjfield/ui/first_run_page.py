"""First run: the server, signing in, a passphrase for this laptop, and the first sync."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjfield.app.passphrase import strength
from yjfield.app.types import SyncProgress
from yjfield.ui.widgets import centred_column, problem_label


class FirstRunPage(QWidget):
    """Emits setup_requested(server, username, password, passphrase)."""

    setup_requested = Signal(str, str, str, str)

    def __init__(self, server_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunPage")
        title = QLabel(self.tr("<h2>Set up yjfield on this laptop</h2>"))
        intro = QLabel(self.tr("Sign in once with your service account. Then choose a "
                               "passphrase: it protects the caseload kept on this laptop, "
                               "and you will type it each time you unlock."))
        intro.setWordWrap(True)
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://yjfield.example-council.gov.uk")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
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
        self.passphrase.textChanged.connect(self._rate)
        self.start = QPushButton(self.tr("&Set up this laptop"))
        self.start.clicked.connect(self._submit)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("First sync progress"))
        self.progress.hide()
        self.problem = problem_label()
        form = QFormLayout()
        for text, widget in ((self.tr("Se&rver:"), self.server),
                             (self.tr("&Username:"), self.username),
                             (self.tr("Pass&word:"), self.password),
                             (self.tr("&Passphrase for this laptop:"), self.passphrase),
                             (self.tr("&Type it again:"), self.confirm)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(QLabel(""), self.meter)
        form.addRow(QLabel(""), self.advice)
        column = QWidget()
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.progress)
        inner.addWidget(self.problem)
        centred_column(self, column, 560)
        self._rate("")

    def _rate(self, text: str) -> None:
        rating = strength(text)
        self.meter.setValue(rating.score)
        self.advice.setText(rating.advice if text else self.tr(
            "At least 12 characters; a few words that mean something only to you work well."))

    def _submit(self) -> None:
        rating = strength(self.passphrase.text())
        if not rating.acceptable:
            self.show_problem(self.tr("That passphrase is not strong enough yet."),
                              rating.advice)
            return
        if self.passphrase.text() != self.confirm.text():
            self.show_problem(self.tr("The two passphrases are different."),
                              self.tr("Type the same passphrase in both boxes."))
            return
        if not (self.server.text().strip() and self.username.text().strip()
                and self.password.text()):
            self.show_problem(self.tr("Some details are missing."),
                              self.tr("Fill in the server, your username and password."))
            return
        self.problem.hide()
        self.start.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.show()
        self.setup_requested.emit(self.server.text().strip(), self.username.text().strip(),
                                  self.password.text(), self.passphrase.text())

    def show_progress(self, progress: SyncProgress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(min(progress.done, progress.total))

    def show_problem(self, what: str, todo: str) -> None:
        self.start.setEnabled(True)
        self.progress.hide()
        self.problem.setText(f"<b>{what}</b><br>{todo}")
        self.problem.show()
