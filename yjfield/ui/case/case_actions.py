"""The case manager's flows, on the window's shared capture flow (composed, not mixed in).

Each opens its dialog with what it needs read on the store thread, and saves on the
store thread; refusals come back in words and the input stays in the draft.
"""

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from yjfield.app.case_work import DiaryLine, FlagToAct, may_write
from yjfield.app.session import Session
from yjfield.domain.child import Child
from yjfield.domain.codes import FlagStage, Role
from yjfield.domain.protocol import Op
from yjfield.domain.scope import CASE_OPENERS
from yjfield.ui.capture_dialog import CaptureDialog
from yjfield.ui.case.appointment_dialog import AppointmentDialog
from yjfield.ui.case.breach_dialog import BreachApprovalDialog
from yjfield.ui.case.child_details_dialog import ChildDetailsDialog
from yjfield.ui.case.decision_dialog import DecisionDialog
from yjfield.ui.case.flag_move_dialog import FlagMoveDialog
from yjfield.ui.case.programme_dialog import ProgrammeDialog
from yjfield.ui.case.project_dialog import ProjectDialog
from yjfield.ui.case.requirement_dialog import RequirementDialog
from yjfield.ui.case.review_dialog import ReviewDialog
from yjfield.ui.contact_dialog import ContactDialog

if TYPE_CHECKING:
    from yjfield.ui.main_window import MainWindow


def _today(session: Session) -> date:
    """The practitioner's own day, by the store's clock."""
    return session.now().astimezone().date()


class CaseActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window

    @staticmethod
    def allowed(role: Role) -> dict[str, bool]:
        """Which of these flows this role's laptop offers (the server refuses the rest)."""
        return {"programme": may_write(role, "programme", Op.CREATE),
                "requirement": may_write(role, "reparation_requirement", Op.CREATE),
                "appointment": may_write(role, "appointment", Op.CREATE),
                "project": may_write(role, "reparation_project", Op.CREATE),
                "review": may_write(role, "review", Op.APPEND),
                "flags": may_write(role, "flag_event", Op.APPEND),
                "decision": may_write(role, "compliance_event", Op.APPEND),
                "approve": role == Role.SERVICE_MANAGER,
                "details": may_write(role, "child", Op.PATCH),
                "held": role in (Role.CASE_MANAGER, Role.SERVICE_MANAGER, Role.ADMIN)}

    def _for_chosen_child(self, key: str, load: Callable[[Session, str], Any],
                          make: Callable[[Session, Any, str, str], CaptureDialog],
                          save: Callable[[Session, Any, str], object], done: str) -> None:
        """A capture about the child chosen in the caseload (or a word asking to choose one).
        `load`, `make` and `save` get the child's id; `make` their name too."""
        window = self._window
        chosen = window._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        window._capture(f"{key}:{child_id}", lambda s: load(s, child_id),
                        lambda s, context: make(s, context, child_id, name),
                        lambda s, d: save(s, d, child_id), done)

    def programmes(self) -> None:
        self._for_chosen_child(
            "programme", lambda s, child: s.case.child_programmes(child),
            lambda s, context, _, name: ProgrammeDialog(context, name, _today(s), self._window),
            lambda s, d, child: s.case.save_programme(child, d.programme_id, d.fields),
            self.tr("Programme saved."))

    def requirement(self) -> None:
        self._for_chosen_child(
            "requirement", lambda s, child: s.case.child_programmes(child),
            lambda s, context, _, name: RequirementDialog(
                context, name, _today(s), s.policy.ycc_reparation_cap_hours, self._window),
            lambda s, d, _: s.case.add_requirement(d.requirement),
            self.tr("Reparation hours saved; they show in the caseload's Hours to do."))

    def appointments(self) -> None:
        def save(session: Session, dialog: AppointmentDialog, child_id: str) -> None:
            if dialog.appointment_id is None:
                session.case.book_new(child_id, dialog.fields)
            elif dialog.fields:
                session.case.move(dialog.appointment_id, dialog.fields)

        self._for_chosen_child(
            "appointment", lambda s, child: s.case.appointments(child),
            lambda s, booked, child, name: AppointmentDialog(child, name, booked, s.now(),
                                                             self._window),
            save, self.tr("Appointment saved."))

    def review(self) -> None:
        self._for_chosen_child(
            "review", lambda s, _: None,
            lambda s, _, child, name: ReviewDialog(child, name, _today(s), self._window),
            lambda s, d, _: s.case.record_review(d.review, d.next_review_due),
            self.tr("Review saved; the next review is counted from it."))

    def move_flag(self, line: FlagToAct, stage: FlagStage) -> None:
        window = self._window
        child_id = str(line.flag.child_id)
        done = {FlagStage.ACKNOWLEDGED: self.tr("Concern acknowledged."),
                FlagStage.ACTIONED: self.tr("Action recorded."),
                FlagStage.CLOSED: self.tr("Concern closed.")}[stage]
        window._capture(
            f"flag-move:{line.flag.id}:{child_id}", lambda s: None,
            lambda s, _: FlagMoveDialog(line.flag, line.child_name, stage, s.now,
                                        s.identity.display_name, window),
            lambda s, d: s.case.move_flag(d.flag_event), done)

    def decide(self) -> None:
        self._for_chosen_child(
            "decision", lambda s, child: s.case.decision_context(child),
            lambda s, context, _, __: DecisionDialog(context, _today(s),
                                                     s.identity.display_name, self._window),
            lambda s, d, _: s.case.decide(d.decision), self.tr("Decision saved."))

    def approve_breach(self) -> None:
        window = self._window
        window._capture(
            "breach-approval:service", lambda s: s.case.breaches_to_approve(),
            lambda s, proposals: BreachApprovalDialog(proposals, _today(s),
                                                      s.identity.display_name, window),
            lambda s, d: s.case.approve_breach(d.approval),
            self.tr("Breach proceedings approved; the case manager sees it after their sync."))

    def child_details(self) -> None:
        def make(session: Session, child: Child, _: str, __: str) -> ChildDetailsDialog:
            return ChildDetailsDialog(
                child, _today(session), nation=session.policy.nation,
                may_change_identity=session.identity.role in CASE_OPENERS,
                parent=self._window)

        self._for_chosen_child(
            "details", lambda s, child: s.case.child(child), make,
            lambda s, d, child: s.update("child", child, d.changes),
            self.tr("The child's details are saved."))

    def projects(self) -> None:
        window = self._window
        window._capture(
            "project:service", lambda s: s.case.all_projects(),
            lambda s, projects: ProjectDialog(projects, window),
            lambda s, d: s.case.save_project(d.project_id, d.fields),
            self.tr("Project saved; supervisors see it after their next sync."))

    def record_from(self, line: DiaryLine) -> None:
        """Record the contact an appointment in the diary led to (its time, mode, setting)."""
        window = self._window
        appointment = line.appointment
        child_id = str(appointment.child_id)

        def make(session: Session, _: object) -> ContactDialog:
            dialog = ContactDialog(child_id, line.child_name, session.policy, window)
            dialog.from_appointment(appointment)
            return dialog

        window._capture(f"contact:{child_id}", lambda s: None, make,
                        lambda s, d: s.record_contact(d.contact, d.voice),
                        self.tr("Contact saved."))
