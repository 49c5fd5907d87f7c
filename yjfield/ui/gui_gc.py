"""Python's cycle collector, run on the GUI thread only.

CPython runs its cycle collector in whichever thread happens to allocate when a
threshold is passed: in this app often the store or network thread. A window or
dialog caught in a reference cycle would then be destroyed off the GUI thread,
which Qt does not allow; the test suite crashed this way now and then. So the
automatic collector is switched off, and a timer on the GUI thread collects with
CPython's own thresholds instead (the approach pyqtgraph's GarbageCollector takes).
"""

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None,
                 threshold: tuple[int, int, int] | None = None) -> None:
        super().__init__(parent)
        self.threshold = threshold or gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Hand collection back to Python (the last windows have gone)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
