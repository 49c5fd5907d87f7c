"""The case manager's flows, on the window's shared capture flow (composed, not mixed in).

Each opens its dialog with what it needs read on the store thread, and saves on the
store thread; refusals come back in words and the input stays in the draft.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from yjfield.app.case_work import DiaryLine, FlagToAct, may_write
from yjfield.app.session import Session
from yjfield.domain.child import Child
from yjfield.domain.codes import FlagStage, Role
from yjfield.domain.protocol import Op
from yjfield.domain.scope import CASE_OPENERS
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

    def programmes(self) -> None:
        window = self._window
        chosen = window._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        window._capture(
            f"programme:{child_id}", lambda s: s.case.child_programmes(child_id),
            lambda s, context: ProgrammeDialog(context, name, s.now().astimezone().date(),
                                               window),
            lambda s, d: s.case.save_programme(child_id, d.programme_id, d.fields),
            self.tr("Programme saved."))

    def requirement(self) -> None:
        window = self._window
        chosen = window._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        window._capture(
            f"requirement:{child_id}", lambda s: s.case.child_programmes(child_id),
            lambda s, context: RequirementDialog(context, name, s.now().astimezone().date(),
                                                 s.policy.ycc_reparation_cap_hours, window),
            lambda s, d: s.case.add_requirement(d.requirement),
            self.tr("Reparation hours saved; they show in the caseload's Hours to do."))

    def appointments(self) -> None:
        window = self._window
        chosen = window._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen

        def save(session: Session, dialog: AppointmentDialog) -> None:
            if dialog.appointment_id is None:
                session.case.book_new(child_id, dialog.fields)
            elif dialog.fields:
                session.case.move(dialog.appointment_id, dialog.fields)

        window._capture(
            f"appointment:{child_id}", lambda s: s.case.appointments(child_id),
            lambda s, booked: AppointmentDialog(child_id, name, booked, s.now(), window),
            save, self.tr("Appointment saved."))

    def review(self) -> None:
        window = self._window
        chosen = window._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        window._capture(
            f"review:{child_id}", lambda s: None,
            lambda s, _: ReviewDialog(child_id, name, s.now().astimezone().date(), window),
            lambda s, d: s.case.record_review(d.review, d.next_review_due),
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
        window = self._window
        chosen = window._chosen_child()
        if chosen is None:
            return
        child_id, _ = chosen
        window._capture(
            f"decision:{child_id}", lambda s: s.case.decision_context(child_id),
            lambda s, context: DecisionDialog(context, s.now().astimezone().date(),
                                              s.identity.display_name, window),
            lambda s, d: s.case.decide(d.decision), self.tr("Decision saved."))

    def approve_breach(self) -> None:
        window = self._window
        window._capture(
            "breach-approval:service", lambda s: s.case.breaches_to_approve(),
            lambda s, proposals: BreachApprovalDialog(proposals, s.now().astimezone().date(),
                                                      s.identity.display_name, window),
            lambda s, d: s.case.approve_breach(d.approval),
            self.tr("Breach proceedings approved; the case manager sees it after their sync."))

    def child_details(self) -> None:
        window = self._window
        chosen = window._chosen_child()
        if chosen is None:
            return
        child_id, _ = chosen

        def make(session: Session, child: Child) -> ChildDetailsDialog:
            return ChildDetailsDialog(
                child, session.now().astimezone().date(), nation=session.policy.nation,
                may_change_identity=session.identity.role in CASE_OPENERS, parent=window)

        window._capture(f"details:{child_id}", lambda s: s.case.child(child_id), make,
                        lambda s, d: s.update("child", child_id, d.changes),
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
