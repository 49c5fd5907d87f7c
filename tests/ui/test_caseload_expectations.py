"""'Not seen face to face as often as expected' goes by the service's expected contact
frequency for each child's programme (its local policy), not a fixed 14 days."""

from pytestqt.qtbot import QtBot

from yjfield.domain.codes import ProgrammeType
from yjfield.domain.policy import LocalPolicy
from yjfield.store.rows import CaseloadRecord
from yjfield.ui.caseload_model import NAME, CaseloadFilter, CaseloadProxy, CaseloadTableModel


def line(name: str, programme: ProgrammeType | None, days: int | None) -> CaseloadRecord:
    return CaseloadRecord(
        child_id=name, display_name=name, given_name=name, family_name="Invented",
        preferred_name=None, age=15, programme_type=programme.value if programme else None,
        next_appointment=None, last_face_to_face=None, days_since_face_to_face=days,
        next_review_due=None, open_flags=0, minutes_required=0, minutes_credited=0)


def test_each_child_is_judged_by_their_programmes_expectation(qtbot: QtBot) -> None:
    model = CaseloadTableModel()
    model.set_rows([line("Prevention, 20 days", ProgrammeType.PREVENTION, 20),
                    line("YRO, 10 days", ProgrammeType.YOUTH_REHABILITATION_ORDER, 10),
                    line("YRO, 5 days", ProgrammeType.YOUTH_REHABILITATION_ORDER, 5),
                    line("No programme, 15 days", None, 15),
                    line("Never seen", ProgrammeType.PREVENTION, None)])
    proxy = CaseloadProxy(model)
    proxy.set_expectations({k.value: d for k, d in
                            LocalPolicy().contact_expectation_days.items()})
    proxy.set_filter(CaseloadFilter.NOT_SEEN)
    shown = sorted(proxy.index(r, NAME).data() for r in range(proxy.rowCount()))
    # Prevention expects 28 days, a YRO 7 (the service's settings); no programme: 14.
    assert shown == ["Never seen", "No programme, 15 days", "YRO, 10 days"]
    # A service that expects prevention children fortnightly (and no setting for YROs,
    # so 14 days for them too).
    proxy.set_expectations({ProgrammeType.PREVENTION.value: 14})
    shown = sorted(proxy.index(r, NAME).data() for r in range(proxy.rowCount()))
    assert shown == ["Never seen", "No programme, 15 days", "Prevention, 20 days"]
