"""The child's details: language, communication, needs, legal status, school, people.

Each field changed goes to the server on its own, so an edit here and one on another
laptop conflict only when both changed the same field. Who the child is (names and
date of birth) is changed only by roles that open cases.
"""

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from yjfield.domain.child import ETHNICITY_SUGGESTIONS, GENDER_SUGGESTIONS, Child
from yjfield.domain.codes import LanguagePreference, LegalStatus
from yjfield.domain.problems import explain
from yjfield.ui.capture_dialog import CaptureDialog, set_combo
from yjfield.ui.case.date_fields import OptionalDate, chosen_date, date_edit, set_date

_CONTACT_ROWS = 3


def _language_combo(blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for language, text in ((LanguagePreference.ENGLISH, "English"),
                           (LanguagePreference.WELSH, "Cymraeg (Welsh)"),
                           (LanguagePreference.OTHER, "Another language")):
        combo.addItem(text, language.value)
    return combo


def _suggesting(values: tuple[str, ...], current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(["", *values])
    combo.setCurrentText(current or "")
    return combo


class ChildDetailsDialog(CaptureDialog):
    """Collects the changed fields of a child's record; `changes` once accepted."""

    def __init__(self, child: Child, today: date, *, nation: str, may_change_identity: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details of {name}").format(name=child.display_name), parent)
        self.setObjectName("ChildDetailsDialog")
        self._child = child
        self.changes: dict[str, Any] = {}
        self.given = QLineEdit(child.given_name)
        self.family = QLineEdit(child.family_name)
        self.born = date_edit(child.date_of_birth)
        self.preferred = QLineEdit(child.preferred_name or "")
        self.gender = _suggesting(GENDER_SUGGESTIONS, child.gender)
        self.ethnicity = _suggesting(ETHNICITY_SUGGESTIONS, child.ethnicity)
        self.language = _language_combo()
        set_combo(self.language, child.language.value)
        self.language_other = QLineEdit(child.language_other or "")
        self.language_other.setPlaceholderText(self.tr("Which language"))
        self.asked = OptionalDate(today, self.tr("Asked on"))
        self.asked.set_value(child.language_asked_on)
        self.communication = QPlainTextEdit(child.communication_needs or "")
        self.communication.setMaximumHeight(60)
        self.communication.setPlaceholderText(
            self.tr("For example: needs time to answer; prefers pictures to written words"))
        self.needs = QCheckBox(self.tr("Additional learning needs (ALN) identified")
                               if nation == "wales" else
                               self.tr("Special educational needs or disability (SEND) "
                                       "identified"))
        self.needs.setChecked(child.send_aln)
        self.school = QLineEdit(child.ete_provider or "")
        self.statuses: dict[LegalStatus, OptionalDate] = {}
        self.status_boxes: dict[LegalStatus, QCheckBox] = {}
        status_grid = QGridLayout()
        for row, (status, text) in enumerate((
                (LegalStatus.LOOKED_AFTER, self.tr("Looked after")),
                (LegalStatus.CHILD_IN_NEED, self.tr("Child in need")),
                (LegalStatus.CHILD_PROTECTION, self.tr("Child protection plan")))):
            box = QCheckBox(text)
            box.setChecked(status in child.legal_statuses)
            since = OptionalDate(today, self.tr("since"))
            since.set_value(child.legal_status_since.get(status))
            since.setEnabled(box.isChecked())
            box.toggled.connect(since.setEnabled)
            box.toggled.connect(self.changed)
            since.changed.connect(self.changed)
            since.setAccessibleName(self.tr("{status} since").format(status=text))
            status_grid.addWidget(box, row, 0)
            status_grid.addWidget(since, row, 1)
            self.status_boxes[status], self.statuses[status] = box, since
        contacts_grid = QGridLayout()
        for column, heading in enumerate((self.tr("Name"), self.tr("Relationship"),
                                          self.tr("Phone"), self.tr("Their language"))):
            contacts_grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self.contacts: list[tuple[QLineEdit, QLineEdit, QLineEdit, QComboBox]] = []
        for row in range(_CONTACT_ROWS):
            known = child.key_contacts[row] if row < len(child.key_contacts) else None
            cells = (QLineEdit(known.name if known else ""),
                     QLineEdit(known.relationship if known else ""),
                     QLineEdit((known.phone or "") if known else ""),
                     _language_combo(self.tr("Not asked")))
            if known is not None and known.language is not None:
                set_combo(cells[3], known.language.value)
            names = (self.tr("Name of key contact {n}"),
                     self.tr("Relationship of key contact {n}"),
                     self.tr("Phone of key contact {n}"), self.tr("Language of key contact {n}"))
            for column, (cell, name) in enumerate(zip(cells, names, strict=True)):
                cell.setAccessibleName(name.format(n=row + 1))
                contacts_grid.addWidget(cell, row + 1, column)
                self.watch(cell)
            self.contacts.append(cells)
        if may_change_identity:
            self.add_row(self.tr("&First name:"), self.given)
            self.add_row(self.tr("&Last name:"), self.family)
            self.add_row(self.tr("Date of &birth:"), self.born, self.tr("Date of birth"))
        self.add_row(self.tr("&Preferred name:"), self.preferred)
        self.add_row(self.tr("&Gender:"), self.gender)
        self.add_row(self.tr("&Ethnicity:"), self.ethnicity)
        self.add_row(self.tr("Lang&uage:"), self.language, self.tr("Preferred language"))
        self.add_row(self.tr("&Other language:"), self.language_other,
                     self.tr("Which other language"))
        self.add_row("", self.asked, self.tr("Date the language preference was asked"))
        self.add_row(self.tr("&Communication:"), self.communication,
                     self.tr("Communication needs"))
        self.add_row("", self.needs, self.needs.text())
        self.add_row(self.tr("&School or ETE:"), self.school,
                     self.tr("School or ETE provider"))
        status_host = QWidget()
        status_host.setLayout(status_grid)
        self.form.addRow(QLabel(self.tr("Legal status:")), status_host)
        contacts_host = QWidget()
        contacts_host.setLayout(contacts_grid)
        self.form.addRow(QLabel(self.tr("Key contacts:")), contacts_host)
        self.asked.changed.connect(self.changed)
        self.language.currentIndexChanged.connect(self._other_language)
        self._other_language()
        self.resize(720, 640)

    def first_field(self) -> QWidget:
        return self.preferred

    def _other_language(self) -> None:
        self.language_other.setEnabled(
            self.language.currentData() == LanguagePreference.OTHER.value)

    def _fields(self) -> dict[str, Any]:
        statuses = [s for s, box in self.status_boxes.items() if box.isChecked()]
        since = {s.value: d.isoformat() for s in statuses
                 if (d := self.statuses[s].value()) is not None}
        contacts = []
        for name, relationship, phone, language in self.contacts:
            if name.text().strip():
                contacts.append({"name": name.text().strip(),
                                 "relationship": relationship.text().strip() or "Not said",
                                 "phone": phone.text().strip() or None,
                                 "language": language.currentData()})
        asked = self.asked.value()
        other = self.language.currentData() == LanguagePreference.OTHER.value
        return {"given_name": self.given.text().strip(),
                "family_name": self.family.text().strip(),
                "date_of_birth": chosen_date(self.born).isoformat(),
                "preferred_name": self.preferred.text().strip() or None,
                "gender": self.gender.currentText().strip() or None,
                "ethnicity": self.ethnicity.currentText().strip() or None,
                "language": self.language.currentData(),
                "language_other": (self.language_other.text().strip() or None) if other
                else None,
                "language_asked_on": asked.isoformat() if asked else None,
                "communication_needs": self.communication.toPlainText().strip() or None,
                "send_aln": self.needs.isChecked(),
                "ete_provider": self.school.text().strip() or None,
                "legal_statuses": [s.value for s in statuses],
                "legal_status_since": since,
                "key_contacts": contacts}

    def draft_data(self) -> dict[str, Any]:
        return self._fields()

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.given.setText(str(data.get("given_name") or ""))
        self.family.setText(str(data.get("family_name") or ""))
        set_date(self.born, data.get("date_of_birth"))
        self.preferred.setText(str(data.get("preferred_name") or ""))
        self.gender.setCurrentText(str(data.get("gender") or ""))
        self.ethnicity.setCurrentText(str(data.get("ethnicity") or ""))
        set_combo(self.language, data.get("language"))
        self.language_other.setText(str(data.get("language_other") or ""))
        self.asked.set_value(data.get("language_asked_on"))
        self.communication.setPlainText(str(data.get("communication_needs") or ""))
        self.needs.setChecked(bool(data.get("send_aln")))
        self.school.setText(str(data.get("ete_provider") or ""))
        for status, box in self.status_boxes.items():
            box.setChecked(status.value in (data.get("legal_statuses") or []))
            self.statuses[status].set_value((data.get("legal_status_since") or {})
                                            .get(status.value))
        saved = list(data.get("key_contacts") or [])
        for row, (name, relationship, phone, language) in enumerate(self.contacts):
            known = saved[row] if row < len(saved) else {}
            name.setText(str(known.get("name") or ""))
            relationship.setText(str(known.get("relationship") or ""))
            phone.setText(str(known.get("phone") or ""))
            set_combo(language, known.get("language"))

    def accept(self) -> None:
        fields = self._fields()
        before = self._child.to_data()
        try:
            Child.model_validate({**before, **fields})
        except ValidationError as error:
            self.show_problem(" ".join(explain(error, Child)))
            return
        self.changes = {k: v for k, v in fields.items() if v != before.get(k)}
        if not self.changes:
            self.show_problem(self.tr("Nothing has changed. Edit a detail, or press Cancel."))
            return
        super().accept()
