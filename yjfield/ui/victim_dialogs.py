"""A victim worker's forms: add a victim, record contact with one, record restorative justice.

Only a victim worker's laptop holds these records (the victims' compartment), so
these dialogs open nowhere else.
"""

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from yjfield.domain.codes import ContactMode
from yjfield.domain.problems import explain
from yjfield.domain.victim import (
    RestorativeJustice,
    RestorativeProcess,
    Victim,
    VictimContact,
    VictimType,
)
from yjfield.ui.capture_dialog import CaptureDialog, code_combo, set_combo


def _answer_combo(not_asked: str, yes: str, no: str) -> QComboBox:
    """Yes / No / not asked yet: a victim's consent is never assumed."""
    combo = QComboBox()
    combo.addItem(not_asked, None)
    combo.addItem(yes, True)
    combo.addItem(no, False)
    return combo


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd dd MMM yyyy")
    return edit


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _set_day(edit: QDateEdit, iso: object) -> None:
    try:
        day = date.fromisoformat(str(iso))
    except ValueError:
        return
    edit.setDate(QDate(day.year, day.month, day.day))


def _victim_combo(victims: list[Victim]) -> QComboBox:
    combo = QComboBox()
    for victim in victims:
        combo.addItem(victim.name, victim.id)
    return combo


class VictimDialog(CaptureDialog):
    """Collects a new victim, or changes to one (`existing`); `victim` is set once accepted."""

    def __init__(self, child_id: str, child_name: str, parent: QWidget | None = None, *,
                 existing: Victim | None = None) -> None:
        title = (self.tr("Add a victim of {name}'s offence") if existing is None
                 else self.tr("Change what is recorded about {victim}"))
        super().__init__(title.format(name=child_name, victim=existing.name if existing else ""),
                         parent)
        self.setObjectName("VictimDialog")
        self._child_id = child_id
        self.existing = existing
        self.victim: Victim | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("A person's name, or the business or group"))
        self.victim_type = code_combo(VictimType, VictimType.PERSON)
        self.phone = QLineEdit()
        self.address = QLineEdit()
        answers = (self.tr("Not asked yet"), self.tr("Yes"), self.tr("No"))
        self.consents = _answer_combo(*answers)
        self.wants_rj = _answer_combo(*answers)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("For example: best times to call, needs"))
        self.add_row(self.tr("&Name:"), self.name, self.tr("Victim's name"))
        self.add_row(self.tr("&Type:"), self.victim_type, self.tr("Kind of victim"))
        self.add_row(self.tr("&Phone:"), self.phone, self.tr("Victim's phone"))
        self.add_row(self.tr("&Address:"), self.address, self.tr("Victim's address"))
        self.add_row(self.tr("&Agrees to be contacted:"), self.consents,
                     self.tr("Agrees to be contacted"))
        self.add_row(self.tr("&Wants restorative justice:"), self.wants_rj,
                     self.tr("Wants restorative justice"))
        self.add_row(self.tr("N&otes:"), self.notes, self.tr("Notes about the victim"))
        self.resize(560, 420)
        if existing is not None:
            self.restore_draft({
                "name": existing.name, "victim_type": existing.victim_type.value,
                "phone": existing.phone or "", "address": existing.address or "",
                "consents": existing.consents_to_contact,
                "wants_rj": existing.wants_restorative_justice, "notes": existing.notes})

    def changes(self) -> dict[str, Any]:
        """The fields the practitioner changed (everything, for a new victim)."""
        assert self.victim is not None
        new = self.victim.to_data()
        if self.existing is None:
            return new
        old = self.existing.to_data()
        return {name: new[name] for name in self.victim.editable_fields()
                if new.get(name) != old.get(name)}

    def first_field(self) -> QWidget:
        return self.name

    def draft_data(self) -> dict[str, Any]:
        return {"name": self.name.text(), "victim_type": self.victim_type.currentData(),
                "phone": self.phone.text(), "address": self.address.text(),
                "consents": self.consents.currentData(), "wants_rj": self.wants_rj.currentData(),
                "notes": self.notes.toPlainText()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.name.setText(str(data.get("name", "")))
        set_combo(self.victim_type, data.get("victim_type"))
        self.phone.setText(str(data.get("phone", "")))
        self.address.setText(str(data.get("address", "")))
        set_combo(self.consents, data.get("consents"))
        set_combo(self.wants_rj, data.get("wants_rj"))
        self.notes.setPlainText(str(data.get("notes", "")))

    def accept(self) -> None:
        try:
            keep = {"id": self.existing.id} if self.existing is not None else {}
            self.victim = Victim(**keep, child_id=self._child_id, name=self.name.text().strip(),
                                 victim_type=self.victim_type.currentData(),
                                 phone=self.phone.text().strip() or None,
                                 address=self.address.text().strip() or None,
                                 consents_to_contact=self.consents.currentData(),
                                 wants_restorative_justice=self.wants_rj.currentData(),
                                 notes=self.notes.toPlainText().strip())
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, Victim)))
            return
        super().accept()


class VictimContactDialog(CaptureDialog):
    """Collects a contact with one of the child's victims; `contact` is set once accepted."""

    def __init__(self, child_id: str, child_name: str, victims: list[Victim],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record contact with a victim ({name}'s offence)")
                         .format(name=child_name), parent)
        self.setObjectName("VictimContactDialog")
        self._child_id = child_id
        self.contact: VictimContact | None = None
        self.victim = _victim_combo(victims)
        self.on = _date_edit()
        self.mode = code_combo(ContactMode, ContactMode.PHONE)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was said, what they asked for, "
                                                "what happens next"))
        self.add_row(self.tr("&Victim:"), self.victim, self.tr("Which victim"))
        self.add_row(self.tr("&On:"), self.on, self.tr("Date of the contact"))
        self.add_row(self.tr("&How:"), self.mode, self.tr("How you were in touch"))
        self.add_row(self.tr("&Summary:"), self.summary, self.tr("Summary of the contact"))
        self.resize(560, 360)

    def first_field(self) -> QWidget:
        return self.victim

    def draft_data(self) -> dict[str, Any]:
        return {"victim": self.victim.currentData(), "on": _day(self.on).isoformat(),
                "mode": self.mode.currentData(), "summary": self.summary.toPlainText()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.victim, data.get("victim"))
        _set_day(self.on, data.get("on"))
        set_combo(self.mode, data.get("mode"))
        self.summary.setPlainText(str(data.get("summary", "")))

    def accept(self) -> None:
        try:
            self.contact = VictimContact(child_id=self._child_id,
                                         victim_id=self.victim.currentData(),
                                         on=_day(self.on), mode=self.mode.currentData(),
                                         summary=self.summary.toPlainText().strip())
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, VictimContact)))
            return
        super().accept()


class RestorativeDialog(CaptureDialog):
    """Collects a restorative justice record; `record` is set once accepted."""

    def __init__(self, child_id: str, child_name: str, victims: list[Victim],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record restorative justice ({name}'s offence)")
                         .format(name=child_name), parent)
        self.setObjectName("RestorativeDialog")
        self._child_id = child_id
        self.record: RestorativeJustice | None = None
        self.victim = _victim_combo(victims)
        self.on = _date_edit()
        self.process = code_combo(RestorativeProcess, RestorativeProcess.CONFERENCE)
        self.views = QPlainTextEdit()
        self.views.setPlaceholderText(self.tr("In the victim's own words where you can"))
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("For example: apology accepted"))
        self.add_row(self.tr("&Victim:"), self.victim, self.tr("Which victim"))
        self.add_row(self.tr("&On:"), self.on, self.tr("Date"))
        self.add_row(self.tr("&Process:"), self.process, self.tr("Restorative process"))
        self.add_row(self.tr("Victim's &views:"), self.views, self.tr("The victim's views"))
        self.add_row(self.tr("Out&come:"), self.outcome, self.tr("Outcome"))
        self.resize(560, 380)

    def first_field(self) -> QWidget:
        return self.victim

    def draft_data(self) -> dict[str, Any]:
        return {"victim": self.victim.currentData(), "on": _day(self.on).isoformat(),
                "process": self.process.currentData(), "views": self.views.toPlainText(),
                "outcome": self.outcome.text()}

    def restore_draft(self, data: dict[str, Any]) -> None:
        set_combo(self.victim, data.get("victim"))
        _set_day(self.on, data.get("on"))
        set_combo(self.process, data.get("process"))
        self.views.setPlainText(str(data.get("views", "")))
        self.outcome.setText(str(data.get("outcome", "")))

    def accept(self) -> None:
        try:
            self.record = RestorativeJustice(child_id=self._child_id,
                                             victim_id=self.victim.currentData(),
                                             on=_day(self.on),
                                             process=self.process.currentData(),
                                             victim_views=self.views.toPlainText().strip(),
                                             outcome=self.outcome.text().strip())
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, RestorativeJustice)))
            return
        super().accept()
