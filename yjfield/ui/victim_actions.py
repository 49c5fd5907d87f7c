"""The victim worker's captures, on the shared capture flow (mixed into MainWindow)."""

from collections.abc import Callable
from typing import Any

from yjfield.app.session import Session
from yjfield.domain.victim import Victim
from yjfield.ui.capture_actions import CaptureActions
from yjfield.ui.capture_dialog import CaptureDialog
from yjfield.ui.theme import Status
from yjfield.ui.victim_dialogs import RestorativeDialog, VictimContactDialog, VictimDialog


class VictimActions(CaptureActions):
    def add_victim(self) -> None:
        chosen = self._chosen_child()
        if chosen is None:
            return
        child_id, name = chosen
        self._capture(f"victim:{child_id}", lambda s: None,
                      lambda s, _: VictimDialog(child_id, name, self),
                      lambda s, d: s.add_victim(d.victim), self.tr("Victim added."))

    def change_victim(self, victim: Victim) -> None:
        chosen = self._chosen_child()
        if chosen is None or victim.child_id != chosen[0]:
            return
        child_id, name = chosen

        def save(session: Session, dialog: VictimDialog) -> None:
            changes = dialog.changes()
            if changes:
                session.update("victim", victim.id, changes)

        # Ends with the child's id, like every draft key, so it leaves with the child.
        self._capture(f"victim-edit:{victim.id}:{child_id}", lambda s: None,
                      lambda s, _: VictimDialog(child_id, name, self, existing=victim), save,
                      self.tr("Victim's details saved."))

    def record_victim_contact(self) -> None:
        self._with_victims("victim-contact", lambda child_id, name, victims: VictimContactDialog(
            child_id, name, victims, self), lambda s, d: s.record_victim_work(d.contact),
            self.tr("Contact with the victim saved."))

    def record_restorative(self) -> None:
        self._with_victims("restorative", lambda child_id, name, victims: RestorativeDialog(
            child_id, name, victims, self), lambda s, d: s.record_victim_work(d.record),
            self.tr("Restorative justice record saved."))

    def _with_victims(self, what: str,
                      make: Callable[[str, str, list[Victim]], CaptureDialog],
                      save: Callable[[Session, Any], object], done: str) -> None:
        """Both forms name one of the child's victims: there must be one to name."""
        chosen, session = self._chosen_child(), self.session
        if chosen is None or session is None:
            return
        child_id, name = chosen

        def opened(victims: list[Victim]) -> None:
            if not victims:
                self.tell(self.tr(
                    "No victim is recorded for {name} yet: add one first (Ctrl+Shift+N).")
                    .format(name=name), Status.WARNING)
                return
            self._capture(f"{what}:{child_id}", lambda s: victims,
                          lambda s, found: make(child_id, name, found), save, done)

        self.operations.on_store(lambda: session.victims(child_id), opened, self._report)
