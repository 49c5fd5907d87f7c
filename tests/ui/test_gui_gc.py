"""Reference cycles holding Qt objects are freed on the GUI thread, never elsewhere."""

import gc
import threading

from pytestqt.qtbot import QtBot

from yjfield.ui.gui_gc import GuiThreadCollector

freed_on: list[threading.Thread] = []


class _Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        freed_on.append(threading.current_thread())


def test_cycles_are_collected_by_the_gui_thread_timer(qtbot: QtBot) -> None:
    gc.enable()  # as in the app before the collector starts
    collector = GuiThreadCollector(interval_ms=10, threshold=(10, 1, 1))
    try:
        assert not gc.isenabled()
        freed_on.clear()
        _Cycle()
        # Another thread allocates well past the threshold: with automatic collection
        # on, the cycle would be freed on that thread.
        worker = threading.Thread(target=lambda: [[] for _ in range(50_000)])
        worker.start()
        worker.join()
        assert freed_on == []
        qtbot.waitUntil(lambda: bool(freed_on), timeout=2000)
        assert freed_on == [threading.main_thread()]
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # as the UI tests' own fixture left it
