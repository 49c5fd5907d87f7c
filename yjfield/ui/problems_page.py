"""Changes the server did not accept, each with its reason, so nothing is lost silently.

A held change waits for a manager (the child moved to another practitioner);
a refused one needs the practitioner to record it again, correctly.
"""

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from yjfield.app.types import ProblemView
from yjfield.ui.record_pages import fill_table, make_table


def _when(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%d %b %Y %H:%M") if iso else ""


class ProblemsPage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProblemsPage")
        heading = QLabel(self.tr("<h2>Changes the server did not accept</h2>"))
        explain = QLabel(self.tr(
            "They are kept on this laptop. A held change waits for a manager; for a refused "
            "one, read the reason and record it again."))
        explain.setWordWrap(True)
        self.table = make_table([self.tr("Record"), self.tr("Child"), self.tr("Saved"),
                                 self.tr("What happened"), self.tr("Reason")],
                                self.tr("Changes not accepted"))
        back = QPushButton(self.tr("&Back to the caseload"))
        back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

    def set_problems(self, problems: list[ProblemView]) -> None:
        fill_table(self.table, [
            (p.record_label, p.child_name, _when(p.saved_at),
             self.tr("Held for a manager") if p.held else self.tr("Refused"), p.reason)
            for p in problems])
