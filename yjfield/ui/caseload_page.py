"""The caseload: every child in scope, searchable as you type, filterable, sortable."""

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yjfield.app.types import CaseloadRecord
from yjfield.domain.codes import Role
from yjfield.ui.caseload_model import (
    CHILD_ID_ROLE,
    FLAGS,
    FOLLOW_UP,
    HOURS,
    LAST_SEEN,
    NAME,
    NEXT_APPOINTMENT,
    PROGRAMME,
    REVIEW_DUE,
    CaseloadFilter,
    CaseloadProxy,
    CaseloadTableModel,
)
from yjfield.ui.child_record import ChildRecordWidget

#: What a reparation supervisor's device does not hold, so does not show.
REPARATION_HIDDEN_COLUMNS = (PROGRAMME, NEXT_APPOINTMENT, LAST_SEEN, REVIEW_DUE, FLAGS,
                             FOLLOW_UP)
#: A victim worker's device holds who the child is and the victims' compartment only.
VICTIM_WORKER_HIDDEN_COLUMNS = (*REPARATION_HIDDEN_COLUMNS, HOURS)

SEARCH_DELAY_MS = 0  # search takes ~2 ms; a zero timer still merges a burst of keys


class CaseloadPage(QWidget):
    search_requested = Signal(str)
    child_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CaseloadPage")
        self.shown_for = ""
        # Parented, so Qt destroys them with the page, proxy before model, never Python
        # in whatever order it likes at exit.
        self.model = CaseloadTableModel(parent=self)
        self.proxy = CaseloadProxy(self.model, parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names and notes"))
        self.search.setAccessibleName(self.tr("Search the caseload"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        self._filters = [(self.tr("Everyone"), CaseloadFilter.EVERYONE),
                         (self.tr("Review overdue"), CaseloadFilter.REVIEW_OVERDUE),
                         (self.tr("Not seen face to face as often as expected"),
                          CaseloadFilter.NOT_SEEN),
                         (self.tr("Open red flags"), CaseloadFilter.OPEN_FLAGS),
                         (self.tr("Missed appointments to follow up"),
                          CaseloadFilter.FOLLOW_UP),
                         (self.tr("Reparation hours outstanding"), CaseloadFilter.REPARATION)]
        self._fill_filters(None)
        self.filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(self.filter.currentData() or 0))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self._opened: str | None = None  # the child whose record was last opened
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Children shown"))
        # Whatever changes the rows shown (rows, search, filter), the count follows.
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        top = QHBoxLayout()
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        top.addWidget(label)
        top.addWidget(self.search, 3)
        show = QLabel(self.tr("S&how:"))
        show.setBuddy(self.filter)
        top.addWidget(show)
        top.addWidget(self.filter, 2)
        self.record = ChildRecordWidget()
        # A record opens when a child is chosen (selected), not merely highlighted.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._open())
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count)
        self.split = split
        split.addWidget(left)
        split.addWidget(self.record)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([960, 380])  # the whole caseload row, then the record
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.search.installEventFilter(self)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.table)

    def _fill_filters(self, shown: tuple[int, ...] | None) -> None:
        self.filter.clear()
        for text, which in self._filters:
            if shown is None or which in shown:
                self.filter.addItem(text, which)

    def set_role(self, role: Role) -> None:
        """Show what this role's laptop holds: a supervisor's and a victim worker's hold
        only who the child is, and their hours or the victims' compartment."""
        hidden: tuple[int, ...] = ()
        shown: tuple[int, ...] | None = None
        if role == Role.REPARATION_SUPERVISOR:
            hidden, shown = REPARATION_HIDDEN_COLUMNS, (CaseloadFilter.EVERYONE,
                                                        CaseloadFilter.REPARATION)
        elif role == Role.VICTIM_WORKER:
            hidden, shown = VICTIM_WORKER_HIDDEN_COLUMNS, (CaseloadFilter.EVERYONE,)
        self._fill_filters(shown)
        for column in VICTIM_WORKER_HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, column in hidden)
        # Few columns to show: the record gets the room instead.
        self.split.setSizes([400, 960] if hidden else [960, 380])
        self.record.set_role(role)

    def set_rows(self, rows: list[CaseloadRecord]) -> None:
        """New rows; the child highlighted before stays highlighted (and their record open)."""
        chosen = self.selected_id()
        self.model.set_rows(rows)
        if not rows:
            self.record.clear_record()
            self._opened = None
            return
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, NAME)
            if index.data(CHILD_ID_ROLE) == chosen:
                # Highlighted again; opened again only if it was open (the reopening
                # shows what the save changed).
                if chosen == self._opened:
                    self.table.setCurrentIndex(index)
                else:
                    self.table.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate)
                return
        if chosen is None:
            self.highlight_first()

    def highlight_first(self) -> None:
        """Highlight the first child, so the keyboard has somewhere to start, without
        opening their record (opening one is audited as a view, and nobody chose it)."""
        if self.table.currentIndex().isValid() or self.proxy.rowCount() == 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(0, NAME), QItemSelectionModel.SelectionFlag.NoUpdate)

    def set_matches(self, text: str, child_ids: list[str] | None) -> None:
        if text != self.search.text():
            return  # an answer to an older keystroke
        self.proxy.set_matches(child_ids if text.strip() else None)
        self.shown_for = text  # what the list now reflects

    def _update_count(self, *_: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} children").format(shown=shown,
                                                                         total=total))

    def selected(self) -> tuple[str, str] | None:
        """The highlighted child's id and name, if any."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        name_index = index.siblingAtColumn(NAME)
        return name_index.data(CHILD_ID_ROLE), name_index.data()

    def selected_id(self) -> str | None:
        chosen = self.selected()
        return None if chosen is None else chosen[0]

    def _open(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isSelected(index):
            self._opened = index.data(CHILD_ID_ROLE)
            self.child_opened.emit(self._opened)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the list, as in a browser's address bar.
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self.table.setFocus()
            current = self.table.currentIndex()
            if self.proxy.rowCount():
                self.table.setCurrentIndex(current if current.isValid()
                                           else self.proxy.index(0, NAME))
            return True
        return super().eventFilter(watched, event)
