"""Concerns closed the loop: a youth worker raises one (with a referral made at once), the
child's case manager sees it after sync, acknowledges and closes it with an outcome, and
the youth worker's laptop shows the stage, who moved it and when after its next sync."""

from datetime import timedelta

from pytestqt.qtbot import QtBot

from tests.ui.conftest import Laptop, in_dialog, open_window, press
from yjfield.app.session import Session
from yjfield.domain.codes import FlagCategory, FlagStage, Severity
from yjfield.domain.flags import FlagEvent, RedFlag
from yjfield.ui.case.flag_move_dialog import FlagMoveDialog
from yjfield.ui.record_pages import FlagsPage


def test_a_concern_is_acknowledged_and_closed_and_the_raiser_sees_it(
        qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    harness = case_manager_laptop.harness
    tegan, ioan, _ = case_manager_laptop.children
    harness.assign(tegan.id, "yw")
    harness.assign(ioan.id, "yw")
    worker = harness.device("yw")
    try:
        now = worker.store.now()
        worker.store.add_fact(RedFlag(
            child_id=tegan.id, at=now - timedelta(hours=30), category=FlagCategory.MISSING,
            severity=Severity.MEDIUM, description="Not home for two nights",
            referred_to="Police (missing person report)"))
        worker.store.add_fact(RedFlag(
            child_id=ioan.id, at=now - timedelta(hours=1), category=FlagCategory.EXPLOITATION,
            severity=Severity.HIGH, description="New phone and trainers, won't say from whom"))
        worker.sync()

        window = open_window(qtbot, case_manager_laptop.folder)
        window.sync_now()
        press(qtbot, window, "Ctrl+Shift+G")
        page = window.flags_page
        assert window.pages.currentWidget() is page
        # The most severe first; the medium one is past its 24 hours and shows so.
        assert [page.table.item(r, 2).text() for r in range(page.table.rowCount())] == [
            ioan.display_name, tegan.display_name]
        assert page.table.item(1, 5).text().startswith("overdue")
        assert not page.table.item(0, 5).text().startswith("overdue")
        page.table.selectRow(1)

        def acknowledge(dialog: FlagMoveDialog) -> None:
            press(qtbot, dialog, "Ctrl+Return")
            assert dialog.isVisible() and "Add a note" in dialog.problem.text()
            qtbot.keyClicks(dialog.note, "Spoke to mum; police have the report")
            press(qtbot, dialog, "Ctrl+Return")

        in_dialog(window, acknowledge)
        page.acknowledge.click()
        assert window.message_bar.text() == "Concern acknowledged."
        page.table.selectRow(1)
        assert page.table.item(1, 4).text() == "Acknowledged"

        def close(dialog: FlagMoveDialog) -> None:
            qtbot.keyClicks(dialog.note, "Home again; return interview done")
            press(qtbot, dialog, "Ctrl+Return")
            assert dialog.isVisible() and "needs its outcome" in dialog.problem.text()
            qtbot.keyClicks(dialog.outcome, "Referral")
            press(qtbot, dialog, "Ctrl+Return")
            assert "who the referral was made to" in dialog.problem.text()
            dialog.referred_to.setFocus()
            qtbot.keyClicks(dialog.referred_to, "Children's services front door")
            qtbot.keyClicks(dialog.reference, "CS-INVENTED-1")
            press(qtbot, dialog, "Ctrl+Return")

        in_dialog(window, close)
        page.close_button.click()
        assert window.message_bar.text() == "Concern closed."
        assert [page.table.item(r, 2).text() for r in range(page.table.rowCount())] == [
            ioan.display_name]
        window.sync_now()
        window.lock()

        worker.sync()
        [line] = [f for f in Session(worker.store).child_record(tegan.id).flags]
        assert line.stage == FlagStage.CLOSED.value
        flags = FlagsPage()
        view = Session(worker.store).child_record(tegan.id)
        flags.show_record(view)
        moved = flags.table.item(0, 4).text()
        assert moved.startswith("Closed by cm (invented), ") and moved.endswith(
            "(referral made)")
    finally:
        worker.store.close()
        worker.engine.api.close()


def test_the_server_refuses_an_update_in_someone_elses_name(case_manager_laptop: Laptop) -> None:
    harness = case_manager_laptop.harness
    tegan = case_manager_laptop.children[0]
    harness.assign(tegan.id, "yw")
    worker = harness.device("yw")
    try:
        flag = worker.store.add_fact(RedFlag(child_id=tegan.id, at=worker.store.now(),
                                             category=FlagCategory.OTHER,
                                             description="Worried"))
        worker.store.add_fact(FlagEvent(child_id=tegan.id, flag_id=flag.id,
                                        at=worker.store.now(), stage=FlagStage.ACKNOWLEDGED,
                                        note="Seen", by_name="The service manager"))
        report = worker.sync()
        assert report.rejected == 1
    finally:
        worker.store.close()
        worker.engine.api.close()
