"""Date fields for forms: a plain date, and a date that may be left out."""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


def date_edit(on: date) -> QDateEdit:
    edit = QDateEdit(QDate(on.year, on.month, on.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    return edit


def chosen_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def iso(on: date | None) -> str | None:
    """A date as the store keeps it, or None."""
    return on.isoformat() if on is not None else None


def set_date(edit: QDateEdit, on: date | str | None) -> None:
    if isinstance(on, str):
        try:
            on = date.fromisoformat(on)
        except ValueError:
            return
    if on is not None:
        edit.setDate(QDate(on.year, on.month, on.day))


class OptionalDate(QWidget):
    """A date that may be unknown or not apply: a tick box ("Known") and the date."""

    changed = Signal()

    def __init__(self, on: date, known_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(known_text)
        self.edit = date_edit(on)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.known.setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        return chosen_date(self.edit) if self.known.isChecked() else None

    def set_value(self, on: date | str | None) -> None:
        self.known.setChecked(on is not None)
        set_date(self.edit, on)
