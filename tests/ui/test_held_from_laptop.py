"""Held changes decided from the case manager's laptop: read what a change carries, accept
it (applied as its author's) or decline it with a reason its author reads."""

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Laptop, open_window, press
from yjfield.domain.contact import CaseEntry
from yjfield.sync.errors import SyncError


def test_a_case_manager_accepts_and_declines_held_changes_from_the_laptop(
        qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    harness = case_manager_laptop.harness
    tegan = case_manager_laptop.children[0]
    harness.assign(tegan.id, "yw")
    worker = harness.device("yw")
    try:
        worker.sync()
        harness.unassign(tegan.id, "yw")  # moved to the case manager alone...
        now = datetime.now(UTC)
        kept = worker.store.add_fact(CaseEntry(child_id=tegan.id, at=now,
                                               text="Met at the bus stop; calmer today"))
        worker.store.add_fact(CaseEntry(child_id=tegan.id, at=now, text="Duplicate of above"))
        assert worker.sync().held == 2  # ...before these notes arrived

        # A youth worker does not decide on held changes.
        with pytest.raises(SyncError, match="Only a case manager"):
            worker.engine.held_changes()

        window = open_window(qtbot, case_manager_laptop.folder)
        press(qtbot, window, "Ctrl+Shift+Y")
        page = window.held_page
        assert window.pages.currentWidget() is page
        assert page.table.rowCount() == 2
        assert [page.table.item(0, c).text() for c in (1, 2, 3)] == [
            tegan.display_name, "yw (invented)", "New case note"]
        assert "Met at the bus stop" in page.details.text()

        page.accept_button.click()
        assert window.message_bar.text().startswith("Accepted")
        assert kept.id in {line.fact.id for line in
                           window.session._store.facts(tegan.id, "case_entry")}  # type: ignore[union-attr]
        assert page.table.rowCount() == 1

        page.decline_button.click()  # no reason: asked for one, nothing sent
        assert "Give the reason" in page.explain.text() and page.table.rowCount() == 1
        qtbot.keyClicks(page.reason, "The same note twice")
        page.decline_button.click()
        assert window.message_bar.text().startswith("Declined")
        assert page.table.rowCount() == 0
        window.lock()

        worker.sync()
        [problem] = worker.store.problems()
        assert "did not accept this change: The same note twice" in str(problem.reason)
    finally:
        worker.store.close()
        worker.engine.api.close()
