"""Two laptops change the same field offline; the Conflicts page settles it for both."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.conftest import Laptop, synchronous_operations
from yjfield.ui.main_window import MainWindow


def test_conflict_shown_side_by_side_and_resolved_everywhere(qtbot: QtBot,
                                                             laptop: Laptop) -> None:
    child = laptop.children[0]
    laptop.harness.assign(child.id, "cm")
    other = laptop.harness.device("cm", name="cm")
    other.sync()
    window = MainWindow(laptop.folder, who="Test Worker", operations=synchronous_operations())
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    try:
        # Offline, both change the child's preferred name (setting up the race).
        assert window.session is not None
        window.session._store.update("child", child.id, {"preferred_name": "Teg"})
        other.store.update("child", child.id, {"preferred_name": "Tee"})
        other.sync()
        window.sync_now()
        assert window.sync_status.conflicts.isVisible()
        assert window.sync_status.conflicts.text() == "⚠ 1 in conflict"

        qtbot.mouseClick(window.sync_status.conflicts, Qt.MouseButton.LeftButton)
        page = window.conflicts_page
        assert window.pages.currentWidget() is page
        assert page.list.count() == 1
        assert "Preferred name" in page.list.item(0).text()
        values = {page.values.item(row, 0).text(): page.values.item(row, 1).text()
                  for row in range(page.values.rowCount())}
        assert values == {"Teg": "yw (invented) (you)", "Tee": "cm (invented)"}
        theirs = next(row for row in range(page.values.rowCount())
                      if page.values.item(row, 0).text() == "Tee")
        button = page.values.cellWidget(theirs, 3)
        assert isinstance(button, QPushButton) and button.text() == "Keep this"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        assert page.list.count() == 0  # settled here, and synced
        assert not window.sync_status.conflicts.isVisible()
        other.sync()
        assert other.store.conflict_count() == 0
        assert other.store.entity("child", child.id).data["preferred_name"] == "Tee"
        assert window.session._store.entity("child", child.id).data["preferred_name"] == "Tee"
    finally:
        window.lock()
        other.store.close()
        other.engine.api.close()
