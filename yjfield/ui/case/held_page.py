"""Changes held for a decision: made offline for a child who had meanwhile moved caseload.

The manager reads what each one carries, then accepts it (it is applied as its author's
own change) or declines it with a reason the author reads at their next sync. Both need
the server, so both happen when connected; the list says so when it cannot be fetched.
"""

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from yjfield.app.held import HeldLine
from yjfield.ui.record_pages import fill_table, make_table, rich_label


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d %b %Y %H:%M")
    except ValueError:
        return iso


class HeldChangesPage(QWidget):
    back_requested = Signal()
    decided = Signal(int, bool, str)  # number, accept, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeldChangesPage")
        self.lines: list[HeldLine] = []
        heading = QLabel(self.tr("<h2>Changes held for your decision</h2>"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = make_table([self.tr("Held"), self.tr("Child"), self.tr("By"),
                                 self.tr("What"), self.tr("Why it was held")],
                                self.tr("Changes held for a decision"))
        self.table.currentCellChanged.connect(lambda *_: self._show())
        self.details = rich_label()
        self.details.setAccessibleName(self.tr("What the change carries"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for declining (the author reads it)"))
        self.reason.setAccessibleName(self.tr("Reason for declining"))
        self.accept_button = QPushButton(self.tr("Acce&pt: apply it as theirs"))
        self.decline_button = QPushButton(self.tr("&Decline with this reason"))
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.decline_button.clicked.connect(lambda: self._decide(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.decline_button)
        back = QPushButton(self.tr("&Back to the caseload"))
        back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_lines([])

    def show_fetching(self) -> None:
        self.explain.setText(self.tr("Asking the server…"))

    def show_problem(self, text: str) -> None:
        self.explain.setText(text)

    def set_lines(self, lines: list[HeldLine]) -> None:
        self.lines = lines
        self.explain.setText(
            self.tr("Nothing is waiting for your decision.") if not lines else
            self.tr("Choose a change and read what it carries, then accept or decline it."))
        fill_table(self.table, [(_when(line.change.held_at), line.child_name,
                                 line.change.author, line.what, line.change.reason)
                                for line in lines])
        if lines:
            self.table.selectRow(0)
        self._show()

    def chosen(self) -> HeldLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _show(self) -> None:
        line = self.chosen()
        self.accept_button.setEnabled(line is not None)
        self.decline_button.setEnabled(line is not None)
        self.details.setText("" if line is None else "<br>".join(
            f"<b>{escape(title)}:</b> {escape(value)}" for title, value in line.details))

    def _decide(self, accept: bool) -> None:
        line = self.chosen()
        if line is None:
            return
        reason = self.reason.text().strip()
        if not accept and not reason:
            self.explain.setText(self.tr("Give the reason for declining: the practitioner "
                                         "who made the change reads it."))
            self.reason.setFocus()
            return
        self.decided.emit(line.change.number, accept, reason)
        self.reason.clear()
