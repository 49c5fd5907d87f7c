"""The Victims page of the child's record: only on a victim worker's laptop."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from yjfield.app.types import ChildRecordView, VictimWork
from yjfield.domain.victim import RestorativeJustice, Victim, VictimContact
from yjfield.ui.record_pages import fill_table, make_table
from yjfield.ui.widgets import words


class VictimsPage(QWidget):
    edit_requested = Signal(object)  # the victim chosen, to change (consent is withdrawn...)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Victims"))
        self._shown: tuple[Victim, ...] = ()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.edit = QPushButton(self.tr("&Change the chosen victim…"))
        self.edit.setToolTip(self.tr("For example when they no longer agree to be contacted"))
        self.edit.clicked.connect(self._edit_chosen)
        self.victims = make_table([self.tr("Victim"), self.tr("Type"),
                                   self.tr("Agrees to contact"), self.tr("Wants RJ"),
                                   self.tr("Phone")], self.tr("Victims"))
        self.work = make_table([self.tr("On"), self.tr("Victim"), self.tr("What"),
                                self.tr("Summary")], self.tr("Contact and restorative justice"))
        self.victims.doubleClicked.connect(self._edit_chosen)
        self.correct = QPushButton(self.tr("Corr&ect…"))
        self.correct.setToolTip(self.tr("Correct the chosen contact or restorative justice "
                                        "record (Ctrl+Shift+E)"))
        self._shown_work: tuple[VictimWork, ...] = ()
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.edit)
        work_bar = QHBoxLayout()
        work_bar.addWidget(QLabel(self.tr("<b>Contact and restorative justice</b>")), 1)
        work_bar.addWidget(self.correct)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.victims, 1)
        layout.addLayout(work_bar)
        layout.addWidget(self.work, 2)

    def _edit_chosen(self) -> None:
        row = self.victims.currentRow()
        if 0 <= row < len(self._shown):
            self.edit_requested.emit(self._shown[row])

    def chosen_work(self) -> VictimContact | RestorativeJustice | None:
        """The contact or restorative justice record chosen, to correct."""
        row = self.work.currentRow()
        return self._shown_work[row].record if 0 <= row < len(self._shown_work) else None

    def _answer(self, value: bool | None) -> str:
        return self.tr("Not asked") if value is None else self.tr("Yes") if value else \
            self.tr("No")

    def _victim_row(self, victim: Victim) -> tuple[str, ...]:
        return (victim.name, words(victim.victim_type), self._answer(victim.consents_to_contact),
                self._answer(victim.wants_restorative_justice), victim.phone or "")

    def show_record(self, view: ChildRecordView | None) -> None:
        victims = view.victims if view else ()
        self._shown = victims
        self.edit.setEnabled(bool(victims))
        self.hint.setText(
            self.tr("No victims recorded for this child. Press Ctrl+Shift+N to add one.")
            if not victims else
            self.tr("Ctrl+Shift+M records contact with a victim; Ctrl+Shift+J records "
                    "restorative justice."))
        fill_table(self.victims, [self._victim_row(v) for v in victims])
        rows: list[tuple[str, ...]] = []
        self._shown_work = view.victim_work if view else ()
        self.correct.setEnabled(bool(self._shown_work))
        for line in self._shown_work:
            record = line.record
            if isinstance(record, RestorativeJustice):
                what = words(record.process)
                summary = " — ".join(t for t in (record.victim_views, record.outcome) if t)
            else:
                what = self.tr("Contact ({mode})").format(mode=words(record.mode).lower())
                summary = record.summary
            if line.corrected:
                summary += self.tr(" (corrected)")
            elif record.correction_reason:
                summary += self.tr(" (a correction: {reason})").format(
                    reason=record.correction_reason)
            rows.append((record.on.strftime("%d %b %Y"), line.victim, what, summary))
        fill_table(self.work, rows)
