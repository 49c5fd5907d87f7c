"""Concerns to act on: every red flag not closed on this laptop's caseload, the most
severe first, then the oldest. One not acknowledged in the service's time shows red."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from yjfield.app.case_work import FlagToAct
from yjfield.domain.codes import FlagStage
from yjfield.ui.record_pages import fill_table, make_table
from yjfield.ui.theme import Status, status_colours
from yjfield.ui.widgets import words


class FlagsToActPage(QWidget):
    back_requested = Signal()
    move_requested = Signal(object, object)  # the FlagToAct, the FlagStage to move it to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FlagsToActPage")
        self.lines: list[FlagToAct] = []
        heading = QLabel(self.tr("<h2>Concerns to act on</h2>"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = make_table([self.tr("Severity"), self.tr("Raised"), self.tr("Child"),
                                 self.tr("Concern"), self.tr("Stage"),
                                 self.tr("Acknowledge by"), self.tr("What is the concern")],
                                self.tr("Concerns to act on"))
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self.acknowledge = QPushButton(self.tr("Ac&knowledge…"))
        self.action = QPushButton(self.tr("Record acti&on…"))
        self.close_button = QPushButton(self.tr("&Close with outcome…"))
        buttons = QHBoxLayout()
        for button, stage in ((self.acknowledge, FlagStage.ACKNOWLEDGED),
                              (self.action, FlagStage.ACTIONED),
                              (self.close_button, FlagStage.CLOSED)):
            button.clicked.connect(lambda _=False, s=stage: self._move(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        back = QPushButton(self.tr("&Back to the caseload"))
        back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self._enable()

    def set_lines(self, lines: list[FlagToAct]) -> None:
        self.lines = lines
        overdue = sum(line.overdue for line in lines)
        if not lines:
            self.explain.setText(self.tr("No open concerns on your caseload."))
        elif overdue:
            self.explain.setText(self.tr("{n} concern(s) not acknowledged in the service's "
                                         "time (shown in red).").format(n=overdue))
        else:
            self.explain.setText(self.tr("Choose a concern, then acknowledge it, record the "
                                         "action taken, or close it with its outcome."))
        fill_table(self.table, [
            (words(line.flag.severity), line.flag.at.astimezone().strftime("%d %b %H:%M"),
             line.child_name, words(line.flag.category), words(line.stage),
             self._deadline(line) if line.stage == FlagStage.RAISED else "",
             line.flag.description)
            for line in lines])
        _, ink = status_colours(Status.ERROR)
        for row, line in enumerate(lines):
            item = self.table.item(row, 5)
            if item is not None and line.overdue:
                item.setForeground(ink)
        if lines:
            self.table.selectRow(0)
        self._enable()

    def _deadline(self, line: FlagToAct) -> str:
        return (self.tr("overdue") + " · " if line.overdue else "") + \
            line.acknowledge_by.astimezone().strftime("%d %b %H:%M")

    def chosen(self) -> FlagToAct | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _enable(self) -> None:
        line = self.chosen()
        stage = line.stage if line else None
        self.acknowledge.setEnabled(stage == FlagStage.RAISED)
        self.action.setEnabled(stage in (FlagStage.RAISED, FlagStage.ACKNOWLEDGED))
        self.close_button.setEnabled(stage is not None)

    def _move(self, stage: FlagStage) -> None:
        line = self.chosen()
        if line is not None:
            self.move_requested.emit(line, stage)
