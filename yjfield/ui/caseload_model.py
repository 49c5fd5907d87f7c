"""The caseload list as a Qt model, and the proxy that sorts and filters it."""

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from yjfield.app.types import CaseloadRecord
from yjfield.domain.codes import ProgrammeType
from yjfield.ui.theme import Status, status_colours
from yjfield.ui.widgets import words

NAME, AGE, PROGRAMME, NEXT_APPOINTMENT, LAST_SEEN, REVIEW_DUE, FLAGS, FOLLOW_UP, HOURS = range(9)
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadTableModel", text)


def _headers() -> list[str]:
    return [_tr("Name"), _tr("Age"), _tr("Programme or order"), _tr("Next appointment"),
            _tr("Last seen"), _tr("Review due"), _tr("Flags"), _tr("Follow up"),
            _tr("Hours to do")]


def _programme(code: str | None) -> str:
    if code is not None and code in ProgrammeType.__members__.values():
        return ProgrammeType(code).label
    return words(code or "")  # a type from a newer code list: its code, in words


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}h {rest:02d}m" if rest else f"{hours}h"


class CaseloadTableModel(QAbstractTableModel):
    """One row a child; immutable CaseloadRecords from the store thread."""

    def __init__(self, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRecord] = []
        self._today = today or date.today()

    def set_rows(self, rows: list[CaseloadRecord]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def record(self, row: int) -> CaseloadRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else HOURS + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {LAST_SEEN: _tr("Last seen face to face"), FLAGS: _tr("Open red flags"),
                    FOLLOW_UP: _tr("Missed appointments past their follow-up date, with no "
                                   "contact or decision since"),
                    HOURS: _tr("Reparation hours outstanding")}.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == CHILD_ID_ROLE:
            return record.child_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        alarming = ((column == REVIEW_DUE and record.review_overdue(self._today))
                    or (column == FLAGS and bool(record.open_flags))
                    or (column == FOLLOW_UP and bool(record.follow_ups)))
        if role == Qt.ItemDataRole.ForegroundRole and alarming:
            return status_colours(Status.ERROR)[1]
        if role == Qt.ItemDataRole.ToolTipRole and column == REVIEW_DUE \
                and record.review_overdue(self._today):
            return _tr("The plan review is overdue.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AGE, LAST_SEEN, FLAGS,
                                                                    FOLLOW_UP, HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, record: CaseloadRecord, column: int) -> str:
        if column == NAME:
            return record.display_name
        if column == AGE:
            return str(record.age)
        if column == PROGRAMME:
            return _programme(record.programme_type)
        if column == NEXT_APPOINTMENT:
            if not record.next_appointment:
                return ""
            when = datetime.fromisoformat(record.next_appointment.replace("Z", "+00:00"))
            return when.astimezone().strftime("%a %d %b, %H:%M")
        if column == LAST_SEEN:
            days = record.days_since_face_to_face
            if days is None:
                return _tr("never")
            if days <= 1:
                return _tr("today") if days == 0 else _tr("yesterday")
            return _tr("{n} days ago").format(n=days)
        if column == REVIEW_DUE:
            if record.next_review_due is None:
                return ""
            text = record.next_review_due.strftime("%d %b %Y")
            return _tr("{date} (overdue)").format(date=text) \
                if record.review_overdue(self._today) else text
        if column == FLAGS:
            return str(record.open_flags) if record.open_flags else ""
        if column == FOLLOW_UP:
            return str(record.follow_ups) if record.follow_ups else ""
        if column == HOURS:
            if not record.minutes_required:
                return ""
            return hours_text(record.minutes_outstanding) if record.minutes_outstanding \
                else _tr("done")
        return ""

    @staticmethod
    def _sort_key(record: CaseloadRecord, column: int) -> Any:
        if column == NAME:
            return f"{record.family_name.lower()} {record.given_name.lower()}"
        if column == AGE:
            return record.age
        if column == PROGRAMME:
            return record.programme_type or ""
        if column == NEXT_APPOINTMENT:
            return record.next_appointment or "9999"
        if column == LAST_SEEN:
            return 10**6 if record.days_since_face_to_face is None \
                else record.days_since_face_to_face
        if column == REVIEW_DUE:
            return record.next_review_due.isoformat() if record.next_review_due else "9999"
        if column == FLAGS:
            return record.open_flags
        if column == FOLLOW_UP:
            return record.follow_ups
        return record.minutes_outstanding


class CaseloadFilter:
    EVERYONE, REVIEW_OVERDUE, NOT_SEEN, OPEN_FLAGS, REPARATION, FOLLOW_UP = range(6)


class CaseloadProxy(QSortFilterProxyModel):
    """Sorts by the model's sort role; filters by search result and by a chosen filter."""

    def __init__(self, source: CaseloadTableModel, today: date | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self._source = source
        self._today = today or date.today()
        self._matches: set[str] | None = None
        self._filter = CaseloadFilter.EVERYONE
        #: Days between face-to-face contacts the service expects, by programme type
        #: (its local policy); a child with no programme is expected every 14 days.
        self.expected_days: dict[str, int] = {}

    def set_matches(self, child_ids: list[str] | None) -> None:
        self.beginFilterChange()
        self._matches = None if child_ids is None else set(child_ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def expected_for(self, record: CaseloadRecord) -> int:
        return self.expected_days.get(record.programme_type or "", 14)

    def set_expectations(self, days: dict[str, int]) -> None:
        self.beginFilterChange()
        self.expected_days = dict(days)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, which: int) -> None:
        self.beginFilterChange()
        self._filter = which
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        record = self._source.record(source_row)
        if self._matches is not None and record.child_id not in self._matches:
            return False
        if self._filter == CaseloadFilter.REVIEW_OVERDUE:
            return record.review_overdue(self._today)
        if self._filter == CaseloadFilter.NOT_SEEN:
            days = record.days_since_face_to_face
            return days is None or days > self.expected_for(record)
        if self._filter == CaseloadFilter.OPEN_FLAGS:
            return record.open_flags > 0
        if self._filter == CaseloadFilter.REPARATION:
            return record.minutes_outstanding > 0
        if self._filter == CaseloadFilter.FOLLOW_UP:
            return record.follow_ups > 0
        return True
