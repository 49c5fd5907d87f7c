"""Brings results from worker threads back to the GUI thread (a queued signal)."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot


class QtPoster(QObject):
    """post(fn) from any thread; fn runs on the thread this object lives on (the GUI's)."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        self._posted.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()
