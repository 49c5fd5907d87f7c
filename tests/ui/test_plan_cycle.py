"""The plan cycle by keyboard: agree a new version of an overdue plan (recorded after the
panel that agreed it), give goals an owner and a target date, record a review, remove a
goal."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Laptop, in_dialog, open_window, press
from tests.ui.test_capture import choose
from yjfield.domain.codes import PlanStatus
from yjfield.domain.dates import add_months
from yjfield.domain.plan import Plan
from yjfield.store.store import Store
from yjfield.ui.case.review_dialog import ReviewDialog
from yjfield.ui.plan_dialog import PlanDialog


def test_an_overdue_plan_is_agreed_reviewed_and_its_goals_kept_up(
        qtbot: QtBot, case_manager_laptop: Laptop) -> None:
    tegan = case_manager_laptop.children[0]
    today = date.today()
    window = open_window(qtbot, case_manager_laptop.folder)
    session = window.session
    assert session is not None
    store: Store = session._store
    store.create(Plan(child_id=tegan.id, status=PlanStatus.AGREED, version=1,
                      strengths="Football", agreed_on=today - timedelta(days=130),
                      last_review_on=today - timedelta(days=100),
                      next_review_due=today - timedelta(days=10)))
    window.refresh()
    choose(window, tegan)
    panel = today - timedelta(days=2)

    def agree(dialog: PlanDialog) -> None:
        qtbot.mouseClick(dialog.add_goal, Qt.MouseButton.LeftButton)
        goal = dialog.goal_rows[-1]
        qtbot.keyClicks(goal.description, "Box twice a week")
        goal.owner.setFocus()
        goal.owner.setCurrentText("")
        qtbot.keyClicks(goal.owner, "Riverside Boxing mentor")
        qtbot.keyClick(goal.target.known, Qt.Key.Key_Space)
        dialog.agree.setFocus()
        qtbot.keyClick(dialog.agree, Qt.Key.Key_Space)
        dialog.agreed_on.setDate(QDate(panel.year, panel.month, panel.day))
        expected = add_months(panel, 3)
        assert dialog.review_due.date() == QDate(expected.year, expected.month, expected.day)
        press(qtbot, dialog, "Ctrl+Return")
        assert not dialog.isVisible(), dialog.problem.text()

    in_dialog(window, agree)
    press(qtbot, window, "Ctrl+Shift+P")
    assert window.message_bar.text() == "Plan saved."
    editing = session.plan_for_edit(tegan.id)
    assert editing.plan is not None
    assert (editing.plan.version, editing.plan.agreed_on, editing.plan.next_review_due) == (
        2, panel, add_months(panel, 3))
    [goal] = editing.goals
    assert (goal.owner, goal.target_date) == ("Riverside Boxing mentor", add_months(today, 3))

    def review(dialog: ReviewDialog) -> None:
        press(qtbot, dialog, "Ctrl+Return")
        assert dialog.isVisible() and "what the child said" in dialog.problem.text()
        qtbot.keyClicks(dialog.childs_view, "Boxing helps me calm down")
        dialog.outcome.setFocus()
        qtbot.keyClicks(dialog.outcome, "Keep the plan; ask school about a mentor")
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, review)
    press(qtbot, window, "Ctrl+Shift+W")
    assert window.message_bar.text().startswith("Review saved")
    plan = session.plan_for_edit(tegan.id).plan
    assert plan is not None
    assert (plan.last_review_on, plan.next_review_due) == (today, add_months(today, 3))

    def remove_goal(dialog: PlanDialog) -> None:
        qtbot.keyClick(dialog.goal_rows[0].remove, Qt.Key.Key_Space)
        press(qtbot, dialog, "Ctrl+Return")

    in_dialog(window, remove_goal)
    press(qtbot, window, "Ctrl+Shift+P")
    assert session.plan_for_edit(tegan.id).goals == ()
    window.lock()
