"""Always visible: online or not, changes waiting, last sync, Sync now, progress."""

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from yjfield.app.types import SyncProgress, SyncStatus


class SyncStatusWidget(QWidget):
    sync_requested = Signal()
    conflicts_requested = Signal()
    problems_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = QLabel()
        self.connection.setAccessibleName(self.tr("Connection"))
        self.waiting = QLabel()
        self.waiting.setAccessibleName(self.tr("Changes waiting to sync"))
        self.last = QLabel()
        self.last.setAccessibleName(self.tr("Last synced"))
        self.conflicts = QPushButton()
        self.conflicts.setFlat(True)
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setToolTip(self.tr("Show what is in conflict"))
        self.conflicts.clicked.connect(self.conflicts_requested)
        self.problems = QPushButton()
        self.problems.setFlat(True)
        self.problems.setAccessibleName(self.tr("Changes not accepted"))
        self.problems.setToolTip(self.tr("Show changes the server did not accept, and why"))
        self.problems.clicked.connect(self.problems_requested)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.sign_in = QPushButton(self.tr("Sign in again…"))
        self.sign_in.setAccessibleName(self.tr("Sign in again"))
        self.sign_in.setToolTip(self.tr("The server needs your password before this laptop "
                                        "can sync"))
        self.sign_in.clicked.connect(self.sign_in_requested)
        self.sign_in.hide()
        self.button = QPushButton(self.tr("Sync now"))
        self.button.setAccessibleName(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Sync now (F5)"))
        self.button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.connection, self.waiting, self.last, self.conflicts,
                       self.problems):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.sign_in)
        layout.addWidget(self.button)

    def show_status(self, status: SyncStatus) -> None:
        self.connection.setText(self.tr("● Online") if status.online
                                else self.tr("○ Offline"))
        self.connection.setToolTip(status.message or "")
        self.waiting.setText(self.tr("{n} changes waiting").format(n=status.pending)
                             if status.pending != 1 else self.tr("1 change waiting"))
        if status.last_success:
            when = datetime.fromisoformat(status.last_success).astimezone()
            self.last.setText(self.tr("Last synced {time}").format(
                time=when.strftime("%d %b %H:%M")))
        else:
            self.last.setText(self.tr("Not synced yet"))
        self.conflicts.setVisible(status.conflicts > 0)
        self.conflicts.setText(self.tr("⚠ {n} in conflict").format(n=status.conflicts))
        self.problems.setVisible(status.problems > 0)
        self.problems.setText(self.tr("✕ {n} not accepted").format(n=status.problems))

    def show_sign_in_needed(self, needed: bool) -> None:
        self.sign_in.setVisible(needed)
        if needed:
            self.connection.setText(self.tr("○ Not signed in"))

    def show_progress(self, progress: SyncProgress | None) -> None:
        if progress is None:
            self.progress.hide()
            self.button.setEnabled(True)
            return
        self.button.setEnabled(False)
        self.progress.show()
        self.progress.setMaximum(max(progress.total, 1))
        self.progress.setValue(min(progress.done, progress.total))
        self.progress.setFormat({"sending": self.tr("Sending %p%"),
                                 "receiving": self.tr("Receiving %p%"),
                                 "checking": self.tr("Checking")}.get(progress.phase, "%p%"))
