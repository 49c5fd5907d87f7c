"""The child's record, as pages: Summary, Contacts, Voice, Plan, Reparation, Flags.

A reparation supervisor sees the Summary (who the child is) and Reparation only; a
victim worker the Summary and Victims.
"""

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yjfield.app.types import ChildRecordView
from yjfield.domain.codes import Attendance, ContactMode, Role, Speaker
from yjfield.domain.contact import Contact
from yjfield.ui.caseload_model import hours_text
from yjfield.ui.record_pages import (
    FlagsPage,
    PlanPage,
    ReparationPage,
    fill_table,
    make_table,
    rich_label,
)
from yjfield.ui.victims_page import VictimsPage
from yjfield.ui.widgets import words


def _filter_combo(codes: type[Attendance] | type[ContactMode], everything: str) -> QComboBox:
    combo = QComboBox()
    # Shrinks with the panel, so the filters never push the caseload's columns away.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.addItem(everything, None)
    for code in codes:
        combo.addItem(words(code), code.value)
    return combo


class ChildRecordWidget(QTabWidget):
    correct_requested = Signal(object)  # the contact, voice entry, attendance... to correct

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChildRecord")
        self.setAccessibleName(self.tr("The child's record"))
        self.view: ChildRecordView | None = None
        # Six tabs must not push the caseload's last column off a laptop screen.
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.summary = rich_label()
        self.hours = QProgressBar()
        self.hours.setAccessibleName(self.tr("Reparation hours done"))
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self.summary)
        summary_layout.addWidget(self.hours)
        summary_layout.addStretch(1)
        self.summary_page = QScrollArea()
        self.summary_page.setWidgetResizable(True)
        self.summary_page.setWidget(summary_page)
        self.contacts_page = self._contacts_page()
        self.voice_page = self._voice_page()
        self.plan_page = PlanPage()
        self.reparation_page = ReparationPage()
        self.reparation_page.correct.clicked.connect(self.correct_chosen)
        self.flags_page = FlagsPage()
        self.victims_page = VictimsPage()
        self.victims_page.correct.clicked.connect(self.correct_chosen)
        self._pages = [(self.summary_page, self.tr("S&ummary")),
                       (self.contacts_page, self.tr("C&ontacts")),
                       (self.voice_page, self.tr("&Voice")),
                       (self.plan_page, self.tr("&Plan")),
                       (self.reparation_page, self.tr("Reparatio&n")),
                       (self.flags_page, self.tr("Fla&gs")),
                       (self.victims_page, self.tr("V&ictims"))]
        self.set_role(Role.YOUTH_WORKER)
        self.clear_record()

    def _contacts_page(self) -> QWidget:
        page = QWidget()
        self.mode_filter = _filter_combo(ContactMode, self.tr("Every way of meeting"))
        self.mode_filter.setAccessibleName(self.tr("Show contacts by mode"))
        self.attendance_filter = _filter_combo(Attendance, self.tr("Any attendance"))
        self.attendance_filter.setAccessibleName(self.tr("Show contacts by attendance"))
        for combo in (self.mode_filter, self.attendance_filter):
            combo.currentIndexChanged.connect(self._show_contacts)
        self.correct_contact = QPushButton(self.tr("Corr&ect…"))
        self.correct_contact.setToolTip(self.tr("Correct the chosen contact (Ctrl+Shift+E)"))
        self.correct_contact.clicked.connect(self.correct_chosen)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.mode_filter)
        bar.addWidget(self.attendance_filter)
        bar.addStretch(1)
        bar.addWidget(self.correct_contact)
        self.contacts = make_table([self.tr("When"), self.tr("How"), self.tr("Attendance"),
                                    self.tr("Note")], self.tr("Contacts"))
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.contacts)
        self._shown_contacts: list[object] = []
        return page

    def _voice_page(self) -> QWidget:
        page = QWidget()
        self.voice = QListWidget()
        self.voice.setWordWrap(True)
        self.voice.setAccessibleName(self.tr("The child's words"))
        self.correct_voice = QPushButton(self.tr("Corr&ect…"))
        self.correct_voice.setToolTip(self.tr("Correct the chosen entry (Ctrl+Shift+E)"))
        self.correct_voice.clicked.connect(self.correct_chosen)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.correct_voice)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.voice)
        return page

    def set_role(self, role: Role) -> None:
        """The pages this role's laptop has records for."""
        pages: tuple[QWidget, ...]
        if role == Role.REPARATION_SUPERVISOR:
            pages = (self.summary_page, self.reparation_page)
        elif role == Role.VICTIM_WORKER:
            pages = (self.summary_page, self.victims_page)
        else:
            pages = tuple(page for page, _ in self._pages if page is not self.victims_page)
        self.clear()
        for page, title in self._pages:
            if page in pages:
                self.addTab(page, title)

    def correct_chosen(self) -> None:
        """Ask to correct the entry chosen on the page showing."""
        view = self.view
        if view is None:
            return
        if self.currentWidget() is self.contacts_page:
            row = self.contacts.currentRow()
            if 0 <= row < len(self._shown_contacts):
                self.correct_requested.emit(self._shown_contacts[row])
        elif self.currentWidget() is self.voice_page:
            row = self.voice.currentRow()
            if 0 <= row < len(view.voice):
                self.correct_requested.emit(view.voice[row])
        elif self.currentWidget() is self.reparation_page:
            attendance = self.reparation_page.chosen()
            if attendance is not None:
                self.correct_requested.emit(attendance)
        elif self.currentWidget() is self.victims_page:
            work = self.victims_page.chosen_work()
            if work is not None:
                self.correct_requested.emit(work)

    def clear_record(self) -> None:
        self.view = None
        self.summary.setText(self.tr("Choose a child in the caseload to see their record."))
        self.hours.hide()
        self.contacts.setRowCount(0)
        self.voice.clear()
        for page in (self.plan_page, self.reparation_page, self.flags_page, self.victims_page):
            page.show_record(None)

    def show_record(self, view: ChildRecordView) -> None:
        self.view = view
        self._show_summary(view)
        self._show_contacts()
        self.voice.clear()
        for entry in view.voice:
            whose = "" if entry.speaker == Speaker.CHILD else self.tr("A parent or carer: ")
            read = self.tr(", read back to them") if entry.seen_by_child else ""
            item = QListWidgetItem(f"{whose}“{entry.words}” ({entry.at.astimezone():%d %b %Y}, "
                                   f"{words(entry.how_captured).lower()}{read})")
            self.voice.addItem(item)
        for page in (self.plan_page, self.reparation_page, self.flags_page, self.victims_page):
            page.show_record(view)

    def _show_summary(self, view: ChildRecordView) -> None:
        child = view.child
        lines = [f"<h2>{escape(child.display_name)}</h2>",
                 self.tr("Born {date}").format(date=child.date_of_birth.strftime("%d %B %Y"))]
        if child.gender:
            lines.append(escape(child.gender))
        lines.append(self.tr("Language: {language}").format(language=words(child.language)))
        if child.concerns:
            lines.append(self.tr("Characteristics of concern: {list}").format(
                list=", ".join(words(c) for c in child.concerns)))
        for programme in view.programmes:
            lines.append(self.tr("{programme} since {date}").format(
                programme=words(programme.programme_type),
                date=programme.start.strftime("%d %b %Y")))
        if view.plan is not None:
            due = view.plan.next_review_due
            lines.append(self.tr("<b>Plan</b> version {v}{due}").format(
                v=view.plan.version,
                due=self.tr(", review due {date}").format(date=due.strftime("%d %b %Y"))
                if due else ""))
            lines += [f"&nbsp;&nbsp;• {escape(goal.description)} ({words(goal.status)})"
                      for goal in view.goals]
        open_flags = [f for f in view.flags if f.stage != "closed"]
        if open_flags:
            lines.append(self.tr("<b>Open red flags:</b> ") + ", ".join(
                f"{words(f.flag.category)} ({words(f.stage)})" for f in open_flags))
        recent = [line.contact for line in view.contacts if not line.corrected][:3]
        if recent:
            lines.append(self.tr("<b>Last contacts</b>"))
            lines += [f"&nbsp;&nbsp;• {c.when():%d %b}: {escape(words(c.mode))}, "
                      f"{escape(words(c.attendance).lower())}" for c in recent]
        self.summary.setText("<br>".join(lines))
        ledger = view.ledger
        self.hours.setVisible(ledger.minutes_required > 0)
        self.hours.setValue(round(ledger.percent_done))
        self.hours.setFormat(self.tr("Reparation: {done} of {required} done").format(
            done=hours_text(ledger.minutes_credited), required=hours_text(ledger.minutes_required)))

    def _when(self, contact: Contact) -> str:
        """When it happened; a laptop clock that ran ahead shows when it reached the server."""
        when = contact.when()
        text = (when.astimezone() if isinstance(when, datetime) else when).strftime(
            "%d %b %Y %H:%M")
        return text + self.tr(" (received; its laptop's clock was ahead)") \
            if contact.clock_was_ahead else text

    def _show_contacts(self) -> None:
        view = self.view
        mode, attendance = self.mode_filter.currentData(), self.attendance_filter.currentData()
        lines = [] if view is None else [
            line for line in view.contacts
            if (mode is None or line.contact.mode == mode)
            and (attendance is None or line.contact.attendance == attendance)]
        self._shown_contacts = [line.contact for line in lines]
        fill_table(self.contacts, [
            (self._when(line.contact),
             words(line.contact.mode), words(line.contact.attendance),
             line.contact.narrative + (self.tr(" (corrected)") if line.corrected else ""))
            for line in lines])
