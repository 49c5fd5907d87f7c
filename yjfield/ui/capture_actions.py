"""Opening each capture dialog, keeping its draft, and saving what it collects.

Every flow has the same shape: read what the dialog needs (and any draft) on
the store thread, open the dialog, keep its draft while it is open, then save
on the store thread and discard the draft only once the save succeeded. If the
save is refused, the words stay in the draft and the practitioner is told.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QMainWindow

from yjfield.app.case_work import Saved
from yjfield.app.operations import Operations
from yjfield.app.session import Session
from yjfield.app.types import EXPECTED_ERRORS
from yjfield.domain.base import Fact
from yjfield.ui.capture_dialog import CaptureDialog, DraftKeeper
from yjfield.ui.caseload_page import CaseloadPage
from yjfield.ui.contact_dialog import ContactDialog
from yjfield.ui.correction_dialog import CorrectionDialog
from yjfield.ui.flag_dialog import FlagDialog
from yjfield.ui.message_bar import MessageBarWidget
from yjfield.ui.plan_dialog import PlanDialog
from yjfield.ui.reparation_dialog import ReparationDialog
from yjfield.ui.theme import Status
from yjfield.ui.voice_dialog import VoiceDialog


class _Call:
    """One name on the way to a call (`session.case.book(...)` is case, then book)."""

    def __init__(self, calls: "_SessionCalls", path: tuple[str, ...]) -> None:
        self._calls = calls
        self._path = path

    def __getattr__(self, name: str) -> "_Call":
        return _Call(self._calls, (*self._path, name))

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self._calls.calls.append((self._path, args, kwargs))


class _SessionCalls:
    """Stands in for the Session while a save reads its dialog: records each call it
    makes (with the values it read from the widgets), to make them on the store thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple[str, ...], tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> _Call:
        return _Call(self, (name,))

    def replay(self, session: Session) -> object:
        """Make each call on the session; returns what the last one returned."""
        result: object = None
        for path, args, kwargs in self.calls:
            target: Any = session
            for name in path:
                target = getattr(target, name)
            result = target(*args, **kwargs)
        return result


class CaptureActions(QMainWindow):
    """The capture half of the main window (mixed into MainWindow)."""

    session: Session | None
    operations: Operations
    caseload_page: CaseloadPage
    #: The dialog open now, if any (tests drive it; lock closes it).
    dialog: CaptureDialog | None = None

    message_bar: MessageBarWidget

    def tell(self, text: str, status: Status = Status.INFORMATION) -> None:
        """Say something in the message bar above the content (always in view)."""
        self.message_bar.show_message(text, status)

    def _saved(self, message: str, status: Status = Status.POSITIVE) -> None:
        raise NotImplementedError

    def _report(self, error: BaseException) -> None:
        raise NotImplementedError

    # -- the shared flow -----------------------------------------------------------

    def _chosen_child(self) -> tuple[str, str] | None:
        chosen = self.caseload_page.selected()
        if chosen is None:
            self.tell(self.tr("Choose a child in the caseload first (use the arrow keys)."),
                      Status.WARNING)
        return chosen

    def _capture(self, key: str, load: Callable[[Session], Any],
                 make: Callable[[Session, Any], CaptureDialog],
                 save: Callable[[Session, Any], object], done: str) -> None:
        """Load on the store thread, open the dialog, then save what it collected.

        A save that returns warnings (a `Saved` with some) says them after `done`.
        """
        session = self.session
        if session is None or self.dialog is not None:
            return

        def gather() -> tuple[Any, dict[str, Any] | None]:
            return load(session), session.draft(key)

        self.operations.on_store(gather, lambda loaded: self._open(
            session, key, loaded[0], loaded[1], make, save, done), self._report)

    def _open(self, session: Session, key: str, context: Any, draft: dict[str, Any] | None,
              make: Callable[[Session, Any], CaptureDialog],
              save: Callable[[Session, Any], object], done: str) -> None:
        if self.session is not session:
            return  # locked meanwhile
        dialog = make(session, context)
        if draft:
            dialog.show_restored(draft)

        def keep(data: dict[str, Any]) -> None:
            self.operations.on_store(lambda: session.save_draft(key, data),
                                     lambda _: None, self._report)

        def forget() -> None:
            self.operations.on_store(lambda: session.discard_draft(key),
                                     lambda _: None, self._report)

        DraftKeeper(dialog, keep, forget)
        self.dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            # What the dialog collected is read here, on this thread: the store thread
            # gets values only, never the dialog's widgets.
            calls = _SessionCalls()
            if accepted and self.session is session:
                save(calls, dialog)  # type: ignore[arg-type]
        finally:
            self.dialog = None
            # Deleted now, not with the window: its fields held the child's words.
            dialog.deleteLater()
        if not accepted or self.session is not session:
            return

        def store() -> tuple[str, ...]:
            result = calls.replay(session)
            session.discard_draft(key)
            return result.warnings if isinstance(result, Saved) else ()

        def saved(warnings: tuple[str, ...]) -> None:
            if warnings:
                self._saved(" ".join((done, *warnings)), Status.WARNING)
            else:
                self._saved(done)

        self.operations.on_store(store, saved, self._not_saved)

    def _not_saved(self, error: BaseException) -> None:
        if not isinstance(error, EXPECTED_ERRORS):
            raise error
        self.tell(self.tr("Not saved: {what} Your input is kept; open the form again to fix it.")
                  .format(what=error.what), Status.ERROR)

    def close_dialog(self) -> None:
        """Close an open capture dialog, keeping its draft (used by lock)."""
        if self.dialog is not None:
            self.dialog.reject()

    # -- each capture ---------------------------------------------------------------

    def record_contact(self) -> None:
        chosen = self._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        self._capture(
            f"contact:{child_id}", lambda s: None,
            lambda s, _: ContactDialog(child_id, name, s.policy, self),
            lambda s, d: s.record_contact(d.contact, d.voice), self.tr("Contact saved."))

    def add_voice(self) -> None:
        chosen = self._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        self._capture(f"voice:{child_id}", lambda s: None,
                      lambda s, _: VoiceDialog(child_id, name, self),
                      lambda s, d: s.add_voice(d.entry), self.tr("The child's words are saved."))

    def exit_feedback(self) -> None:
        """End-of-intervention feedback: the child's own answer to "How was it for you?"."""
        chosen = self._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        self._capture(f"feedback:{child_id}", lambda s: None,
                      lambda s, _: VoiceDialog(child_id, name, self, exit_feedback=True),
                      lambda s, d: s.add_voice(d.entry),
                      self.tr("Their feedback is saved in their words."))

    def raise_flag(self) -> None:
        chosen = self._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        self._capture(f"flag:{child_id}", lambda s: None,
                      lambda s, _: FlagDialog(child_id, name, s.now, self),
                      lambda s, d: s.raise_flag(d.flag), self.tr("Red flag raised."))

    def log_reparation(self) -> None:
        def load(session: Session) -> Any:
            children = [(line.child_id, line.display_name) for line in session.caseload()]
            return session.projects(), children

        self._capture(
            "reparation:session", load,
            lambda s, ctx: ReparationDialog(ctx[0], ctx[1], s.identity.display_name, self),
            lambda s, d: s.log_group_session(d.group),
            self.tr("Session saved; each child's hours are updated."))

    def edit_plan(self) -> None:
        chosen = self._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        self._capture(
            f"plan:{child_id}", lambda s: s.plan_for_edit(child_id),
            lambda s, editing: PlanDialog(editing, name, date.today(), self),
            lambda s, d: s.save_plan(child_id, d.changes, d.goal_edits, agree_on=d.agree_on,
                                     next_review_due=d.next_review_due),
            self.tr("Plan saved."))

    def correct(self, original: Fact | None = None) -> None:
        """Correct the entry chosen in the record (or the one given)."""
        if original is None:
            self.caseload_page.record.correct_chosen()  # comes back here with the record
            return
        if not CorrectionDialog.can_correct(original):
            return
        fact_id = original.id
        # Ends with the child's id, like every draft key, so it leaves with the child.
        self._capture(
            f"correct:{fact_id}:{original.child_id}", lambda s: None,
            lambda s, _: CorrectionDialog(original, self),
            lambda s, d: s.correct(fact_id, d.changes, d.reason_text),
            self.tr("Correction saved; the original is kept, marked as corrected."))
