"""The Plan, Reparation and Flags pages of the child's record (read-only views)."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yjfield.app.child_record import FlagLine
from yjfield.app.types import ChildRecordView
from yjfield.domain.reparation import ReparationAttendance
from yjfield.ui.caseload_model import hours_text
from yjfield.ui.widgets import words


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def make_table(headings: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAccessibleName(accessible)
    return table


def rich_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class PlanPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("The plan"))
        host = QWidget()
        layout = QVBoxLayout(host)
        self.text = rich_label()
        self.goals = make_table([self.tr("Goal"), self.tr("Area"), self.tr("Status")],
                                self.tr("Plan goals"))
        self.versions = make_table([self.tr("Version"), self.tr("Agreed on"), self.tr("Goals")],
                                   self.tr("Agreed versions"))
        layout.addWidget(self.text)
        layout.addWidget(self.goals, 2)
        layout.addWidget(QLabel(self.tr("<b>Agreed versions</b>")))
        layout.addWidget(self.versions, 1)
        self.setWidget(host)

    def show_record(self, view: ChildRecordView | None) -> None:
        plan = view.plan if view else None
        if plan is None:
            self.text.setText(self.tr("No plan yet. Press Ctrl+Shift+P to write one with "
                                      "the child."))
            fill_table(self.goals, [])
            fill_table(self.versions, [])
            return
        due = plan.next_review_due
        parts = [self.tr("<b>{status}</b>, version {v}; next review due {due}").format(
            status=words(plan.status), v=plan.version,
            due=due.strftime("%d %B %Y") if due else self.tr("not set"))]
        for title, text in ((self.tr("What I'm good at"), plan.strengths),
                            (self.tr("What I need help with"), plan.help_needed),
                            (self.tr("Who will help me"), plan.who_helps)):
            parts.append(f"<b>{escape(title)}</b><br>{escape(text) or '—'}")
        if plan.no_child_section_reason:
            parts.append(self.tr("<b>Why the child's section is empty</b><br>")
                         + escape(plan.no_child_section_reason))
        self.text.setText("<br><br>".join(parts))
        assert view is not None
        fill_table(self.goals, [(g.description, words(g.area), words(g.status))
                                for g in view.goals])
        fill_table(self.versions, [(str(v.version), v.agreed_on.strftime("%d %b %Y"),
                                    str(len(v.goals))) for v in view.plan_versions])


class ReparationPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reparation"))
        layout = QVBoxLayout(self)
        self.text = rich_label()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reparation hours done"))
        self.sessions = make_table([self.tr("Date"), self.tr("Project"), self.tr("Hours"),
                                    self.tr("Their reflection")], self.tr("Reparation sessions"))
        self.correct = QPushButton(self.tr("Corr&ect…"))
        self.correct.setToolTip(self.tr("Correct the chosen session's hours or reflection "
                                        "(Ctrl+Shift+E)"))
        self._shown: list[ReparationAttendance] = []
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.correct)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addLayout(bar)
        layout.addWidget(self.sessions, 1)

    def chosen(self) -> ReparationAttendance | None:
        row = self.sessions.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def show_record(self, view: ChildRecordView | None) -> None:
        if view is None:
            self.text.setText("")
            self.progress.hide()
            self._shown = []
            fill_table(self.sessions, [])
            return
        ledger = view.ledger
        lines = [self.tr("{source}: {hours} by {deadline}").format(
            source=words(r.source), hours=hours_text(r.minutes_required),
            deadline=r.deadline.strftime("%d %B %Y") if r.deadline else self.tr("no deadline"))
            + (self.tr(" (direct reparation: agreement confirmed)") if r.direct_agreed else "")
            for r in view.requirements] or [self.tr("No reparation requirement.")]
        lines.append(self.tr("<b>{done}</b> credited, <b>{left}</b> outstanding").format(
            done=hours_text(ledger.minutes_credited),
            left=hours_text(ledger.minutes_outstanding)))
        self.text.setText("<br>".join(lines))
        self.progress.setVisible(ledger.minutes_required > 0)
        self.progress.setValue(round(ledger.percent_done))
        self.progress.setFormat(self.tr("{p}% done").format(p=round(ledger.percent_done)))
        self._shown = [line.attendance for line in view.attendances]
        corrected = self.tr(" (corrected)")
        fill_table(self.sessions, [
            (line.attendance.on.strftime("%d %b %Y"), line.project,
             hours_text(line.attendance.minutes) + (corrected if line.corrected else ""),
             line.attendance.reflection)
            for line in view.attendances])


class FlagsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Red flags"))
        layout = QVBoxLayout(self)
        self.table = make_table([self.tr("Raised"), self.tr("Concern"), self.tr("Severity"),
                                 self.tr("Stage"), self.tr("Last moved"),
                                 self.tr("What is the concern")],
                                self.tr("Red flags"))
        layout.addWidget(self.table)

    def _last_moved(self, line: FlagLine) -> str:
        """Who moved it on last and when, so the worker who raised it knows it is in hand."""
        if not line.events:
            return ""
        last = line.events[-1]
        when = last.at.astimezone().strftime("%d %b %H:%M")
        text = self.tr("{stage} by {name}, {when}").format(
            stage=words(last.stage), name=last.by_name or self.tr("a colleague"), when=when)
        if last.outcome is not None:
            text += f" ({words(last.outcome).lower()})"
        return text

    def show_record(self, view: ChildRecordView | None) -> None:
        fill_table(self.table, [] if view is None else [
            (line.flag.at.astimezone().strftime("%d %b %Y"), words(line.flag.category),
             words(line.flag.severity), words(line.stage), self._last_moved(line),
             line.flag.description)
            for line in view.flags])
