"""Conflicts: each field two people changed differently, both values side by side.

Keep one value (yours or theirs), or write a merged one; the choice syncs like any
other change, and only a choice made here clears the conflict on every laptop.
"""

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yjfield.app.types import ConflictView


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if value is True or value is False:
        return "yes" if value else "no"
    return str(value)


class ConflictsPage(QWidget):
    resolve_requested = Signal(object, object)  # (ConflictView, value)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsPage")
        self._conflicts: list[ConflictView] = []
        heading = QLabel(self.tr("<h2>Changes that need a person to decide</h2>"))
        explain = QLabel(self.tr("Two people changed the same thing without seeing each "
                                 "other's change. Both values are kept until you choose."))
        explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.values = QTableWidget(0, 4)
        self.values.setAccessibleName(self.tr("The values to choose from"))
        self.values.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Written by"),
                                               self.tr("When"), ""])
        self.values.horizontalHeader().setStretchLastSection(True)
        self.values.verticalHeader().hide()
        self.merged = QLineEdit()
        self.merged.setAccessibleName(self.tr("Merged value"))
        self.merged.setPlaceholderText(self.tr("Or write a merged value"))
        self.save_merged = QPushButton(self.tr("Save &merged value"))
        self.save_merged.clicked.connect(self._merge)
        back = QPushButton(self.tr("&Back to the caseload"))
        back.clicked.connect(self.back_requested)
        merged_row = QHBoxLayout()
        merged_row.addWidget(self.merged, 1)
        merged_row.addWidget(self.save_merged)
        detail = QVBoxLayout()
        detail.addWidget(self.title)
        detail.addWidget(self.values, 1)
        detail.addLayout(merged_row)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(body, 1)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        self._conflicts = conflicts
        self.list.clear()
        for conflict in conflicts:
            self.list.addItem(f"{conflict.child_name}: {conflict.record_label}, "
                              f"{conflict.field_label}".lstrip(": "))
        if conflicts:
            self.list.setCurrentRow(0)
        else:
            self.title.setText(self.tr("Nothing is in conflict."))
            self.values.setRowCount(0)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.title.setText(self.tr("<b>{field}</b> of {what} for {child}. Shown now: {value}")
                           .format(field=conflict.field_label, what=conflict.record_label.lower(),
                                   child=conflict.child_name or self.tr("the service"),
                                   value=_shown(conflict.shown)))
        self.values.setRowCount(len(conflict.candidates))
        for index, candidate in enumerate(conflict.candidates):
            who = candidate.author + (self.tr(" (you)") if candidate.mine else "")
            when = (datetime.fromisoformat(candidate.at).astimezone().strftime("%d %b %H:%M")
                    if candidate.at else "")
            for column, text in enumerate((_shown(candidate.value), who, when)):
                self.values.setItem(index, column, QTableWidgetItem(text))
            keep = QPushButton(self.tr("Keep mine") if candidate.mine else self.tr("Keep this"))
            keep.setAccessibleName(self.tr("Keep {value}").format(value=_shown(candidate.value)))
            keep.clicked.connect(lambda _=False, value=candidate.value:
                                 self.resolve_requested.emit(conflict, value))
            self.values.setCellWidget(index, 3, keep)
        self.values.resizeColumnsToContents()
        self.merged.setText(_shown(conflict.shown) if isinstance(conflict.shown, str) else "")

    def _merge(self) -> None:
        conflict = self.current()
        if conflict is not None and self.merged.text().strip():
            self.resolve_requested.emit(conflict, self.merged.text().strip())
