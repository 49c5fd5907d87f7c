"""My caseload in figures: what needs doing, and how well the child's voice is heard.

Worked out on the laptop from what it holds, so it works offline and shows only what
this practitioner's role may see.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yjfield.app.caseload_figures import CaseloadFigures
from yjfield.ui.caseload_model import hours_text


class FiguresPage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FiguresPage")
        heading = QLabel(self.tr("<h2>My caseload in figures</h2>"))
        self.explain = QLabel(self.tr("Worked out on this laptop from what it holds, "
                                      "so it is as up to date as the last sync."))
        self.explain.setWordWrap(True)
        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout()
        for index, (key, text) in enumerate((
                ("children", self.tr("children on the caseload")),
                ("reviews_overdue", self.tr("plan reviews overdue")),
                ("not_seen_as_expected", self.tr("not seen face to face as often as expected")),
                ("follow_ups_overdue", self.tr("missed appointments to follow up")),
                ("concerns_open", self.tr("concerns not yet closed")),
                ("appointments_this_week", self.tr("appointments in the next 7 days")))):
            number = QLabel("–")
            number.setObjectName("figure")
            big = number.font()
            big.setPointSizeF(big.pointSizeF() * 2)  # follows the practitioner's text size
            big.setBold(True)
            number.setFont(big)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel(text)
            label.setWordWrap(True)
            number.setAccessibleName(text)
            row, column = divmod(index, 2)
            grid.addWidget(number, row, column * 2)
            grid.addWidget(label, row, column * 2 + 1)
            self.numbers[key] = number
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.voice = QProgressBar()
        self.voice.setAccessibleName(self.tr("Face-to-face contacts with the child's words"))
        self.plans = QProgressBar()
        self.plans.setAccessibleName(self.tr("Agreed plans with the child's own section"))
        self.hours = QLabel()
        for bar in (self.voice, self.plans):
            bar.setRange(0, 100)
            bar.setTextVisible(True)
        back = QPushButton(self.tr("&Back to the caseload"))
        back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("<b>The child's voice</b>")))
        layout.addWidget(self.voice)
        layout.addWidget(self.plans)
        layout.addWidget(self.hours)
        layout.addStretch(1)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

    def set_figures(self, figures: CaseloadFigures | None) -> None:
        for key, label in self.numbers.items():
            label.setText("–" if figures is None else str(getattr(figures, key)))
        if figures is None:
            self.voice.reset()
            self.plans.reset()
            self.hours.clear()
            return
        self._share(self.voice, figures.seen_with_words, figures.seen_face_to_face,
                    self.tr("{share}% of {whole} face-to-face contacts have the child's own "
                            "words"),
                    self.tr("No face-to-face contacts recorded yet"))
        self._share(self.plans, figures.plans_with_childs_section, figures.plans_agreed,
                    self.tr("{share}% of {whole} agreed plans have the child's own section"),
                    self.tr("No agreed plans yet"))
        self.hours.setText(self.tr("Reparation: {done} credited of {required} required").format(
            done=hours_text(figures.minutes_credited),
            required=hours_text(figures.minutes_required))
            if figures.minutes_required else "")

    @staticmethod
    def _share(bar: QProgressBar, part: int, whole: int, text: str, empty: str) -> None:
        share = CaseloadFigures.share(part, whole)
        bar.setValue(share or 0)
        bar.setFormat(empty if share is None else text.format(share=share, whole=whole))
