"""The child's record, as pages: Summary, Contacts, Voice."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QProgressBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yjfield.app.types import ChildRecordView
from yjfield.ui.caseload_model import hours_text


def _words(code: str) -> str:
    return code.replace("_", " ").capitalize()


class ChildRecordWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChildRecord")
        self.setAccessibleName(self.tr("The child's record"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.hours = QProgressBar()
        self.hours.setAccessibleName(self.tr("Reparation hours done"))
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self.summary)
        summary_layout.addWidget(self.hours)
        summary_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(summary_page)
        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels([self.tr("When"), self.tr("How"),
                                                 self.tr("Attendance"), self.tr("Note")])
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.verticalHeader().hide()
        self.contacts.setAccessibleName(self.tr("Contacts"))
        self.voice = QListWidget()
        self.voice.setWordWrap(True)
        self.voice.setAccessibleName(self.tr("The child's words"))
        self.addTab(scroll, self.tr("&Summary"))
        self.addTab(self.contacts, self.tr("C&ontacts"))
        self.addTab(self.voice, self.tr("&Voice"))
        self.clear_record()

    def clear_record(self) -> None:
        self.summary.setText(self.tr("Choose a child in the caseload to see their record."))
        self.hours.hide()
        self.contacts.setRowCount(0)
        self.voice.clear()

    def show_record(self, view: ChildRecordView) -> None:
        child = view.child
        lines = [f"<h2>{escape(child.display_name)}</h2>",
                 self.tr("Born {date}").format(date=child.date_of_birth.strftime("%d %B %Y"))]
        if child.gender:
            lines.append(escape(child.gender))
        lines.append(self.tr("Language: {language}").format(language=_words(child.language)))
        if child.concerns:
            lines.append(self.tr("Characteristics of concern: {list}").format(
                list=", ".join(_words(c) for c in child.concerns)))
        for programme in view.programmes:
            lines.append(self.tr("{programme} since {date}").format(
                programme=_words(programme.programme_type),
                date=programme.start.strftime("%d %b %Y")))
        if view.plan is not None:
            due = view.plan.next_review_due
            lines.append(self.tr("<b>Plan</b> version {v}{due}").format(
                v=view.plan.version,
                due=self.tr(", review due {date}").format(date=due.strftime("%d %b %Y"))
                if due else ""))
            lines += [f"&nbsp;&nbsp;• {escape(goal.description)} ({_words(goal.status)})"
                      for goal in view.goals]
        open_flags = [f for f in view.flags if f.stage != "closed"]
        if open_flags:
            lines.append(self.tr("<b>Open red flags:</b> ") + ", ".join(
                f"{_words(f.flag.category)} ({_words(f.stage)})" for f in open_flags))
        self.summary.setText("<br>".join(lines))
        ledger = view.ledger
        self.hours.setVisible(ledger.minutes_required > 0)
        self.hours.setValue(round(ledger.percent_done))
        self.hours.setFormat(self.tr("Reparation: {done} of {required} done").format(
            done=hours_text(ledger.minutes_credited), required=hours_text(ledger.minutes_required)))
        self.contacts.setRowCount(len(view.contacts))
        for row, line in enumerate(view.contacts):
            contact = line.contact
            note = contact.narrative + (self.tr(" (corrected)") if line.corrected else "")
            for column, text in enumerate((contact.start.astimezone().strftime("%d %b %Y %H:%M"),
                                           _words(contact.mode), _words(contact.attendance),
                                           note)):
                self.contacts.setItem(row, column, QTableWidgetItem(text))
        self.contacts.resizeColumnsToContents()
        self.voice.clear()
        for entry in view.voice:
            self.voice.addItem(f"“{entry.words}” ({entry.at.astimezone():%d %b %Y}, "
                               f"{_words(entry.how_captured).lower()})")
