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

from yjfield.app.types import SyncProgress
from yjfield.ui.passphrase_fields import PassphraseFieldsWidget
from yjfield.ui.widgets import centred_column, problem_label


class FirstRunPage(QWidget):
    """Emits setup_requested(server, username, password, passphrase, one-time code)."""

    setup_requested = Signal(str, str, str, str, str)

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
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Only if your service gave you an authenticator"))
        self.code.setInputMask("999999;_")
        self.code.setMaximumWidth(140)
        self.new_passphrase = PassphraseFieldsWidget(
            lambda: [self.username.text().strip()], self)
        self.passphrase = self.new_passphrase.passphrase
        self.confirm = self.new_passphrase.confirm
        self.meter = self.new_passphrase.meter
        self.advice = self.new_passphrase.advice
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
                             (self.tr("One-time &code:"), self.code)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.new_passphrase.add_rows(form, self.tr("&Passphrase for this laptop:"),
                                     self.tr("&Type it again:"))
        column = QWidget()
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.progress)
        inner.addWidget(self.problem)
        centred_column(self, column, 560)

    def _submit(self) -> None:
        problem = self.new_passphrase.problem()
        if problem is not None:
            self.show_problem(*problem)
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
                                  self.password.text(), self.passphrase.text(),
                                  self.code.text().strip("_ "))

    def show_progress(self, progress: SyncProgress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(min(progress.done, progress.total))

    def show_problem(self, what: str, todo: str) -> None:
        self.start.setEnabled(True)
        self.progress.hide()
        self.problem.setText(f"<b>{what}</b><br>{todo}")
        self.problem.show()
