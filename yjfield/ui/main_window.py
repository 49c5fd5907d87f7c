"""The main window: composes the pages, runs background work, locks when idle."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from yjfield.app.operations import Operations
from yjfield.app.session import Session
from yjfield.app.types import (
    EXPECTED_ERRORS,
    Backoff,
    CaseloadRecord,
    ChildRecordView,
    ConflictView,
    ProblemView,
    Role,
    SignInAgain,
    StoreError,
    SyncError,
    SyncProgress,
    SyncReport,
    SyncStatus,
    TooManyAttempts,
)
from yjfield.ui.case.case_actions import CaseActions
from yjfield.ui.case.diary_page import DiaryPage
from yjfield.ui.case.figures_page import FiguresPage
from yjfield.ui.case.flags_page import FlagsToActPage
from yjfield.ui.case.held_page import HeldChangesPage
from yjfield.ui.caseload_page import CaseloadPage
from yjfield.ui.change_passphrase_dialog import ChangePassphraseDialog
from yjfield.ui.change_password_dialog import ChangePasswordDialog
from yjfield.ui.conflicts_page import ConflictsPage
from yjfield.ui.first_run_page import FirstRunPage
from yjfield.ui.message_bar import MessageBarWidget
from yjfield.ui.poster import QtPoster
from yjfield.ui.problems_page import ProblemsPage
from yjfield.ui.sign_in_dialog import SignInDialog
from yjfield.ui.sync_status import SyncStatusWidget
from yjfield.ui.theme import Status
from yjfield.ui.unlock_page import UnlockPage
from yjfield.ui.victim_actions import VictimActions

SYNC_EVERY_MS = 5 * 60 * 1000


class MainWindow(VictimActions):
    def __init__(self, folder: Path, *, who: str, demo_passphrase: str | None = None,
                 operations: Operations | None = None, server_url: str = "") -> None:
        super().__init__()
        self.setWindowTitle(self.tr("yjfield"))
        # A 1366×768 laptop, or less: never larger than the screen it opens on (at 150%
        # text the preferred size is larger than the whole screen).
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        self.resize(min(1360, available.width()) if available else 1360,
                    min(780, available.height()) if available else 780)
        self._folder = folder
        self._poster = QtPoster(self)
        self.operations = operations or Operations(self._poster.post)
        self.session: Session | None = None
        self._online = False
        self._syncing = False
        self._backoff = Backoff()
        self.unlock_page = UnlockPage(who, demo_passphrase=demo_passphrase)
        self.caseload_page = CaseloadPage()
        self.conflicts_page = ConflictsPage()
        self.problems_page = ProblemsPage()
        self.first_run_page = FirstRunPage(server_url)
        self.diary_page = DiaryPage()
        self.flags_page = FlagsToActPage()
        self.held_page = HeldChangesPage()
        self.figures_page = FiguresPage()
        self.case_actions = CaseActions(self)
        self.pages = QStackedWidget()
        for page in (self.unlock_page, self.caseload_page, self.conflicts_page,
                     self.problems_page, self.first_run_page, self.diary_page,
                     self.flags_page, self.held_page, self.figures_page):
            self.pages.addWidget(page)
        if not Session.exists(folder):
            self.pages.setCurrentWidget(self.first_run_page)
        self.first_run_page.setup_requested.connect(self._set_up)
        self.message_bar = MessageBarWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 8, 8, 0)
        column.addWidget(self.message_bar)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.sync_status = SyncStatusWidget()
        self.statusBar().addPermanentWidget(self.sync_status, 1)
        self.sync_status.hide()
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.caseload_page.search_requested.connect(self._search)
        self.caseload_page.child_opened.connect(self._open_child)
        self.sync_status.sync_requested.connect(self.sync_now)
        self.sync_status.conflicts_requested.connect(self.show_conflicts)
        self.sync_status.problems_requested.connect(self.show_problems)
        self.sync_status.sign_in_requested.connect(self.sign_in_again)
        self.sign_in_dialog: SignInDialog | None = None
        # Settings' passphrase or password dialog, while open (lock closes it).
        self.passphrase_dialog: ChangePassphraseDialog | ChangePasswordDialog | None = None
        self._needs_sign_in = False
        self.problems_page.back_requested.connect(
            lambda: self.pages.setCurrentWidget(self.caseload_page))
        self.diary_page.back_requested.connect(
            lambda: self.pages.setCurrentWidget(self.caseload_page))
        self.diary_page.record_requested.connect(self.case_actions.record_from)
        self.flags_page.back_requested.connect(
            lambda: self.pages.setCurrentWidget(self.caseload_page))
        self.flags_page.move_requested.connect(self.case_actions.move_flag)
        self.held_page.back_requested.connect(
            lambda: self.pages.setCurrentWidget(self.caseload_page))
        self.held_page.decided.connect(self._decide_held)
        self.figures_page.back_requested.connect(
            lambda: self.pages.setCurrentWidget(self.caseload_page))
        self.caseload_page.record.correct_requested.connect(self.correct)
        self.caseload_page.record.victims_page.edit_requested.connect(self.change_victim)
        self.conflicts_page.resolve_requested.connect(self._resolve)
        self.conflicts_page.back_requested.connect(
            lambda: self.pages.setCurrentWidget(self.caseload_page))
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.timeout.connect(self.sync_now)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self._actions()

    def _actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync_now)
        self.contact_action = self._action(self.tr("Record &contact…"), "Ctrl+Shift+C",
                                           self.record_contact)
        self.voice_action = self._action(self.tr("Add the child's &voice…"), "Ctrl+Shift+V",
                                         self.add_voice)
        self.flag_action = self._action(self.tr("Raise a red &flag…"), "Ctrl+Shift+F",
                                        self.raise_flag)
        self.feedback_action = self._action(self.tr("End-of-intervention feed&back…"),
                                            "Ctrl+Shift+X", self.exit_feedback)
        self.reparation_action = self._action(self.tr("Log a &reparation session…"),
                                              "Ctrl+Shift+R", self.log_reparation)
        self.plan_action = self._action(self.tr("Edit the &plan…"), "Ctrl+Shift+P",
                                        self.edit_plan)
        self.correct_action = self._action(self.tr("C&orrect the chosen entry…"),
                                           "Ctrl+Shift+E", lambda: self.correct())
        self.victim_action = self._action(self.tr("Add a v&ictim…"), "Ctrl+Shift+N",
                                          self.add_victim)
        self.victim_contact_action = self._action(self.tr("Record contact with a vic&tim…"),
                                                  "Ctrl+Shift+M", self.record_victim_contact)
        self.restorative_action = self._action(self.tr("Record restorative &justice…"),
                                               "Ctrl+Shift+J", self.record_restorative)
        case = self.case_actions
        self.programme_action = self._action(self.tr("&Programmes and orders…"),
                                             "Ctrl+Shift+O", case.programmes)
        self.requirement_action = self._action(self.tr("Add reparation &hours…"),
                                               "Ctrl+Shift+H", case.requirement)
        self.appointment_action = self._action(self.tr("Book or move an &appointment…"),
                                               "Ctrl+Shift+A", case.appointments)
        self.diary_action = self._action(self.tr("&Today and this week"), "Ctrl+D",
                                         self.show_diary)
        self.figures_action = self._action(self.tr("My caseload in fi&gures"), "Ctrl+Shift+U",
                                           self.show_figures)
        self.project_action = self._action(self.tr("Reparation pro&jects…"), "Ctrl+Shift+K",
                                           case.projects)
        self.flags_action = self._action(self.tr("Concerns to act &on"), "Ctrl+Shift+G",
                                         self.show_flags)
        self.decision_action = self._action(self.tr("&Decide on a missed appointment…"),
                                            "Ctrl+Shift+D", case.decide)
        self.approve_action = self._action(self.tr("Approve &breach proceedings…"),
                                           "Ctrl+Shift+B", case.approve_breach)
        self.held_action = self._action(self.tr("Changes held for a de&cision"),
                                        "Ctrl+Shift+Y", self.show_held)
        self.details_action = self._action(self.tr("The child's d&etails…"), "Ctrl+Shift+I",
                                           case.child_details)
        self.review_action = self._action(self.tr("Record a re&view…"), "Ctrl+Shift+W",
                                          case.review)
        self._case_actions = {"programme": self.programme_action,
                              "requirement": self.requirement_action,
                              "appointment": self.appointment_action,
                              "project": self.project_action,
                              "review": self.review_action,
                              "flags": self.flags_action,
                              "decision": self.decision_action,
                              "approve": self.approve_action,
                              "held": self.held_action,
                              "details": self.details_action}
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.sync_action, self.lock_action, quit_action):
            menu.addAction(action)
            self.addAction(action)
        self.change_passphrase_action = QAction(self.tr("Change &passphrase…"), self)
        self.change_passphrase_action.triggered.connect(self.change_passphrase)
        self.change_password_action = QAction(self.tr("Change service pass&word…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        settings = self.menuBar().addMenu(self.tr("Se&ttings"))
        settings.addAction(self.change_passphrase_action)
        settings.addAction(self.change_password_action)
        record = self.menuBar().addMenu(self.tr("&Record"))
        self._capture_actions = (self.contact_action, self.voice_action,
                                 self.feedback_action, self.flag_action, self.plan_action)
        self._victim_actions = (self.victim_action, self.victim_contact_action,
                                self.restorative_action)
        for action in (*self._capture_actions, self.reparation_action, self.correct_action):
            record.addAction(action)
            self.addAction(action)
        record.addSeparator()
        for action in self._victim_actions:
            record.addAction(action)
            self.addAction(action)
        case_menu = self.menuBar().addMenu(self.tr("C&ase"))
        for action in (self.diary_action, self.figures_action, self.flags_action,
                       self.details_action,
                       self.appointment_action,
                       self.programme_action,
                       self.requirement_action, self.review_action, self.decision_action,
                       self.approve_action, self.held_action, self.project_action):
            case_menu.addAction(action)
            self.addAction(action)
        self._unlocked_actions = (self.lock_action, self.sync_action,
                                  self.change_passphrase_action, self.change_password_action,
                                  *self._capture_actions,
                                  self.reparation_action, self.correct_action,
                                  *self._victim_actions, self.diary_action,
                                  self.figures_action,
                                  *self._case_actions.values())
        for action in self._unlocked_actions:
            action.setEnabled(False)

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        action.triggered.connect(slot)
        return action

    def change_passphrase(self) -> None:
        """Settings → Change passphrase (the key is locked again on the store thread)."""
        session = self.session
        if session is not None:
            identity = session.identity
            self._open_settings_dialog(ChangePassphraseDialog(
                self._changer(self.operations.on_store, session.change_passphrase),
                [identity.username, identity.display_name], self))

    def change_password(self) -> None:
        """Settings → Change service password (on the network thread)."""
        session = self.session
        if session is not None:
            self._open_settings_dialog(ChangePasswordDialog(
                self._changer(self.operations.on_network, session.change_password), self))

    def _changer(self, run_on: Callable[..., None], change: Callable[[str, str], None],
                 ) -> Callable[[str, str, Callable[[tuple[str, str] | None], None]], None]:
        """What a settings dialog calls to change a secret: `change(current, new)` on the
        given thread, then the dialog is told None, or the expected error's two parts."""
        def run(current: str, new: str,
                finished: Callable[[tuple[str, str] | None], None]) -> None:
            def failed(error: BaseException) -> None:
                if not isinstance(error, EXPECTED_ERRORS):
                    raise error
                finished((error.what, error.todo))

            run_on(lambda: change(current, new), lambda _: finished(None), failed)

        return run

    def _open_settings_dialog(self, dialog: ChangePassphraseDialog | ChangePasswordDialog,
                              ) -> None:
        self.passphrase_dialog = dialog
        dialog.finished.connect(self._passphrase_dialog_closed)
        dialog.open()

    def _passphrase_dialog_closed(self) -> None:
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        if dialog is not None:
            dialog.deleteLater()  # its fields held a passphrase or password

    # -- unlocking and locking ---------------------------------------------------------

    def _unlock(self, passphrase: str) -> None:
        self.operations.on_store(lambda: Session.unlock(self._folder, passphrase),
                                 self._unlocked, self._unlock_failed)

    def _set_up(self, server: str, username: str, password: str, passphrase: str,
                code: str = "") -> None:
        def progress(step: SyncProgress) -> None:
            self._poster.post(lambda: self.first_run_page.show_progress(step))

        self.operations.on_network(
            lambda: Session.set_up(self._folder, server_url=server, username=username,
                                   password=password, passphrase=passphrase,
                                   on_progress=progress, one_time_code=code or None),
            self._set_up_done, self._set_up_failed)

    def _set_up_done(self, session: Session) -> None:
        self._online = True
        self._unlocked(session)

    def _set_up_failed(self, error: BaseException) -> None:
        if not isinstance(error, EXPECTED_ERRORS):
            raise error
        if Session.exists(self._folder):
            # Signed in and the store made, but the first sync was cut off: unlocking
            # finishes it at the next sync.
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.show_problem(
                self.tr("This laptop is set up, but the first sync did not finish."),
                self.tr("Unlock with your new passphrase; it will carry on when connected."))
            return
        self.first_run_page.show_problem(error.what, error.todo)

    def _unlocked(self, session: Session) -> None:
        self.session = session
        self.unlock_page.reset()
        self.pages.setCurrentWidget(self.caseload_page)
        self.sync_status.show()
        for action in self._unlocked_actions:
            action.setEnabled(True)
        self._enable_for(session.identity.role)
        self.caseload_page.proxy.set_expectations(
            {kind.value: days for kind, days in session.policy.contact_expectation_days.items()})
        self.caseload_page.search.setFocus()
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self._touch()
        self.refresh()
        self.sync_now()

    def _enable_for(self, role: Role) -> None:
        """Each laptop records only what its role's laptop holds (the server agrees)."""
        supervisor, victims = role == Role.REPARATION_SUPERVISOR, role == Role.VICTIM_WORKER
        for action in self._capture_actions:
            action.setEnabled(not supervisor and not victims)
        # A supervisor logs sessions and corrects the hours in them; a victim worker
        # corrects their contacts with victims and restorative justice records.
        self.reparation_action.setEnabled(not victims)
        for action in self._victim_actions:
            action.setEnabled(victims)
        for name, allowed in CaseActions.allowed(role).items():
            self._case_actions[name].setEnabled(allowed)
        self.diary_action.setEnabled(self._case_actions["appointment"].isEnabled())
        self.caseload_page.set_role(role)

    def _unlock_failed(self, error: BaseException) -> None:
        if isinstance(error, TooManyAttempts):
            self.unlock_page.wait(error.wait_seconds, error.what)
        elif isinstance(error, StoreError):
            self.unlock_page.show_problem(error.what, error.todo)
        else:
            raise error

    def lock(self) -> None:
        """Hide every record and close the store (its key leaves memory)."""
        self.close_dialog()  # its draft is saved before the store closes
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.reject()
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.reject()
        session, self.session = self.session, None
        self._sync_timer.stop()
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)  # installed at unlock, for the idle lock
        self.message_bar.hide()  # it may name a child
        self.caseload_page.set_rows([])
        self.caseload_page.search.clear()
        # The open record's words leave the widgets too, not only the screen.
        self.caseload_page.record.clear_record()
        self.conflicts_page.set_conflicts([])
        self.problems_page.set_problems([])
        self.diary_page.set_lines([])
        self.flags_page.set_lines([])
        self.held_page.set_lines([])
        self.figures_page.set_figures(None)
        self.sync_status.hide()
        for action in self._unlocked_actions:
            action.setEnabled(False)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset()
        if session is not None:
            self.operations.on_network(session.close_sync, lambda _: None, self._report)
            self.operations.on_store(session.close, lambda _: None, self._report)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.MouseMove, QEvent.Type.Wheel):
            self._touch()
        return super().eventFilter(watched, event)

    def _touch(self) -> None:
        if self.session is not None:
            self._idle.start(self.session.policy.idle_lock_minutes * 60 * 1000)

    # -- the caseload -----------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.operations.on_store(session.caseload, self._show_caseload, self._report)
        if self.pages.currentWidget() is self.diary_page:
            self.operations.on_store(session.case.diary, self.diary_page.set_lines,
                                     self._report)
        if self.pages.currentWidget() is self.flags_page:
            self.operations.on_store(session.case.flags_to_act_on, self.flags_page.set_lines,
                                     self._report)
        self._refresh_status()

    def show_figures(self) -> None:
        """Case → My caseload in figures (worked out on the store thread)."""
        session = self.session
        if session is None:
            return
        self.pages.setCurrentWidget(self.figures_page)
        self.operations.on_store(session.case.figures, self.figures_page.set_figures,
                                 self._report)

    def show_flags(self) -> None:
        """Case → Concerns to act on."""
        session = self.session
        if session is None:
            return
        self.pages.setCurrentWidget(self.flags_page)
        self.flags_page.table.setFocus()
        self.operations.on_store(session.case.flags_to_act_on, self.flags_page.set_lines,
                                 self._report)

    def show_held(self) -> None:
        """Case → Changes held for a decision (asks the server, on the network thread)."""
        session = self.session
        if session is None:
            return
        self.pages.setCurrentWidget(self.held_page)
        self.held_page.show_fetching()
        self.operations.on_network(session.held_for_decision, self._show_held,
                                   self._held_failed)

    def _show_held(self, lines: list[Any]) -> None:
        if self.session is not None:
            self.held_page.set_lines(lines)
            self.held_page.table.setFocus()

    def _held_failed(self, error: BaseException) -> None:
        if not isinstance(error, EXPECTED_ERRORS):
            raise error
        self.held_page.show_problem(f"{error.what} {error.todo}")

    def _decide_held(self, number: int, accept: bool, reason: str) -> None:
        session = self.session
        if session is None:
            return

        def done(_: object) -> None:
            self.tell(self.tr("Accepted: it is applied as its author's change.") if accept
                      else self.tr("Declined: the author's laptop shows your reason at its "
                                   "next sync."), Status.POSITIVE)
            self.refresh()
            self.show_held()

        self.operations.on_network(
            lambda: session.decide_held(number, accept=accept, reason=reason), done,
            self._held_failed)

    def show_diary(self) -> None:
        """Case → Today and this week."""
        session = self.session
        if session is None:
            return
        self.pages.setCurrentWidget(self.diary_page)
        self.diary_page.table.setFocus()
        self.operations.on_store(session.case.diary, self.diary_page.set_lines, self._report)

    def _show_caseload(self, rows: list[CaseloadRecord]) -> None:
        if self.session is not None:
            self.caseload_page.set_rows(rows)

    def _open_child(self, child_id: str) -> None:
        session = self.session
        if session is None:
            return
        self.operations.on_store(lambda: session.child_record(child_id),
                                 self._show_child, self._report)

    def _show_child(self, view: ChildRecordView) -> None:
        if self.session is not None and self.caseload_page.selected_id() == view.child.id:
            self.caseload_page.record.show_record(view)

    def _search(self, text: str) -> None:
        session = self.session
        if session is None:
            return
        if not text.strip():
            self.caseload_page.set_matches(text, None)
            return
        self.operations.on_store(lambda: session.search_children(text),
                                 lambda ids: self.caseload_page.set_matches(text, ids),
                                 self._report)

    # -- conflicts -----------------------------------------------------------------

    def show_conflicts(self) -> None:
        session = self.session
        if session is None:
            return
        self.pages.setCurrentWidget(self.conflicts_page)
        self.operations.on_store(session.conflicts, self.conflicts_page.set_conflicts,
                                 self._report)

    def _resolve(self, conflict: ConflictView, value: object) -> None:
        session = self.session
        if session is None:
            return
        self.operations.on_store(
            lambda: session.resolve(conflict.kind, conflict.record_id, conflict.field, value),
            lambda _: self._resolved(), self._report)

    def _resolved(self) -> None:
        self.tell(self.tr("Your choice is saved and will sync."), Status.POSITIVE)
        self.show_conflicts()
        self.refresh()
        self.sync_now()

    # -- capture -------------------------------------------------------------------

    def _saved(self, message: str, status: Status = Status.POSITIVE) -> None:
        self.tell(message, status)
        self.refresh()  # keeps the child highlighted, which reopens their record
        if self._online:
            self.sync_now()

    def show_problems(self) -> None:
        session = self.session
        if session is None:
            return
        self.pages.setCurrentWidget(self.problems_page)
        self.operations.on_store(session.problems, self._show_problems, self._report)

    def _show_problems(self, problems: list[ProblemView]) -> None:
        if self.session is not None:
            self.problems_page.set_problems(problems)
            self.problems_page.table.setFocus()

    # -- sync ---------------------------------------------------------------------

    def sync_now(self) -> None:
        session = self.session
        if session is None or self._syncing:
            return
        self._syncing = True
        self._sync_timer.stop()

        def progress(step: SyncProgress) -> None:
            self._poster.post(lambda: self.sync_status.show_progress(step))

        self.operations.on_network(lambda: session.sync(progress), self._synced,
                                   self._sync_failed)

    def _synced(self, report: SyncReport) -> None:
        self._syncing = False
        self._online = True
        self._needs_sign_in = False
        self._backoff.reset()
        self.sync_status.show_progress(None)
        self.refresh()
        self._sync_timer.start(SYNC_EVERY_MS)

    def _sync_failed(self, error: BaseException) -> None:
        self._syncing = False
        self.sync_status.show_progress(None)
        if not isinstance(error, SyncError):
            self._report(error)
            return
        self._online = False
        self._needs_sign_in = isinstance(error, SignInAgain)
        self._refresh_status(f"{error.what} {error.todo}" if self._needs_sign_in
                             else error.what)
        if self._needs_sign_in:
            # Retrying cannot help until the practitioner signs in; say it once, plainly.
            self.tell(f"{error.what} {error.todo}", Status.ERROR)
        else:
            self._sync_timer.start(int(self._backoff.next_delay() * 1000))

    def sign_in_again(self) -> None:
        """Ask for the password; on success the laptop syncs straight away."""
        session = self.session
        if session is None or self.sign_in_dialog is not None:
            return
        dialog = SignInDialog(session.identity.username, self)
        self.sign_in_dialog = dialog

        def signed_in(_: object) -> None:
            dialog.accept()
            self._needs_sign_in = False
            self.sync_now()

        def refused(error: BaseException) -> None:
            if not isinstance(error, SyncError):
                dialog.busy(False)
                self._report(error)  # a bug: the crash dialog takes it
                return
            dialog.show_problem(f"{error.what} {error.todo}")

        def forget() -> None:
            self.sign_in_dialog = None

        dialog.submitted.connect(lambda password, code: self.operations.on_network(
            lambda: session.sign_in_again(password, code or None), signed_in, refused))
        dialog.finished.connect(forget)
        dialog.open()

    def _refresh_status(self, message: str | None = None) -> None:
        session = self.session
        if session is None:
            return
        online = self._online
        self.operations.on_store(lambda: session.status(online=online, message=message),
                                 self._show_status, self._report)

    def _show_status(self, status: SyncStatus) -> None:
        if self.session is not None:
            self.sync_status.show_status(status)
            self.sync_status.show_sign_in_needed(self._needs_sign_in)

    # -- errors and shutdown --------------------------------------------------------

    def _report(self, error: BaseException) -> None:
        if isinstance(error, EXPECTED_ERRORS):
            self.tell(f"{error.what} {error.todo}", Status.ERROR)
            return
        raise error  # a bug: Qt's excepthook hands it to the crash dialog

    def shutdown(self) -> None:
        self.lock()
        self.operations.shutdown()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)


