"""A caseload imported from the service's main system: children, their programmes and
reparation hours, in CSV or JSON, checked by the laptop's own rules, all or nothing."""

import json

import pytest
from sqlalchemy import Engine, func, select

from yjfield.server import admin
from yjfield.server.db import records
from yjfield.server.imports import ImportProblem, import_caseload

HEAD = ("given_name,family_name,date_of_birth,programme_type,programme_start,programme_end,"
        "conviction_date,reparation_source,reparation_hours,assign_to\n")


def kinds(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return dict(conn.execute(select(records.c.kind, func.count())
                                 .group_by(records.c.kind)).all())


@pytest.fixture
def service(engine: Engine) -> str:
    with engine.begin() as conn:
        service_id = admin.create_service(conn, name="Invented YJS")
        admin.add_user(conn, service_id=service_id, username="kim", display_name="Kim",
                       role=admin.Role.CASE_MANAGER, password="a long enough password")
    return service_id


def test_children_come_with_their_programmes_and_hours(engine: Engine, service: str) -> None:
    text = HEAD + ("Ash,Penrose,2010-05-01,referral_order,2026-09-01,2027-06-01,,"
                   "referral_order_contract,8,kim\n"
                   "Bo,Lake,2011-01-01,,,,,,,\n")
    with engine.begin() as conn:
        assert len(import_caseload(conn, service_id=service, text=text)) == 2
    assert kinds(engine) == {"child": 2, "programme": 1, "reparation_requirement": 1}


@pytest.mark.parametrize(("row", "reason"), [
    # The hours' source must fit the programme.
    ("Ash,Penrose,2010-05-01,turnaround,2026-09-01,,,referral_order_contract,8,kim",
     "line 3: Referral order contract hours do not fit a turnaround"),
    # Unpaid work goes by the age at conviction (15 here, 16 by the start).
    ("Ash,Penrose,2010-09-10,youth_rehabilitation_order,2026-09-20,,2026-09-01,"
     "yro_unpaid_work,40,kim", "line 3: Unpaid work is only for children who were 16 or 17"),
    # A referral order of 13 months.
    ("Ash,Penrose,2010-05-01,referral_order,2026-01-01,2027-02-01,,,,kim",
     "line 3: A referral order lasts at most 12 months"),
    ("Ash,Penrose,2010-05-01,,,,,local_diversion,5,kim",
     "line 3: reparation hours need the programme"),
    ("Ash,Penrose,2010-05-01,borstal,2026-01-01,,,,,kim", "line 3: "),
])
def test_a_bad_row_imports_nothing_and_is_named(engine: Engine, service: str, row: str,
                                                reason: str) -> None:
    good = "Bo,Lake,2011-01-01,prevention,2026-09-01,,,local_diversion,4,kim\n"
    with engine.begin() as conn, pytest.raises(ImportProblem) as refused:
        import_caseload(conn, service_id=service, text=HEAD + good + row + "\n")
    assert str(refused.value).startswith("Nothing was imported.")
    assert reason in str(refused.value)
    assert "line 2" not in str(refused.value)
    assert kinds(engine) == {}


def test_unknown_columns_and_services_are_refused_in_words(engine: Engine,
                                                           service: str) -> None:
    with engine.begin() as conn, pytest.raises(ImportProblem, match="does not know: nhs_number"):
        import_caseload(conn, service_id=service,
                        text="given_name,family_name,date_of_birth,nhs_number\n")
    with engine.begin() as conn, pytest.raises(ImportProblem, match="There is no service"):
        import_caseload(conn, service_id="nope", text=HEAD)


def test_json_carries_several_programmes_and_their_hours(engine: Engine, service: str) -> None:
    caseload = [{
        "given_name": "Cy", "family_name": "Vane", "date_of_birth": "2009-02-02",
        "ethnicity": "Not stated", "assign_to": ["kim"],
        "programmes": [
            {"programme_type": "turnaround", "start": "2025-01-01", "end": "2025-06-01",
             "end_reason": "completed"},
            {"programme_type": "youth_rehabilitation_order", "start": "2026-10-01",
             "conviction_date": "2026-09-20",
             "requirements": [{"source": "yro_unpaid_work", "hours": 60}]},
        ]}]
    with engine.begin() as conn:
        import_caseload(conn, service_id=service, text=json.dumps(caseload), json_format=True)
    assert kinds(engine) == {"child": 1, "programme": 2, "reparation_requirement": 1}
    with engine.connect() as conn:
        unpaid = json.loads(conn.execute(select(records.c.data).where(
            records.c.kind == "reparation_requirement")).scalar_one())
    assert (unpaid["minutes_required"], unpaid["deadline"]) == (3600, "2027-10-01")


def test_json_refuses_a_second_turnaround_and_bad_shapes(engine: Engine, service: str) -> None:
    twice = [{"given_name": "Cy", "family_name": "Vane", "date_of_birth": "2009-02-02",
              "programmes": [{"programme_type": "turnaround", "start": "2025-01-01"},
                             {"programme_type": "turnaround", "start": "2026-01-01"}]}]
    for text, reason in ((json.dumps(twice), "item 1: This child has already had a Turnaround"),
                         ("{\"given_name\": 1}", "must be a list of children"),
                         ("[{", "not valid JSON")):
        with engine.begin() as conn, pytest.raises(ImportProblem) as refused:
            import_caseload(conn, service_id=service, text=text, json_format=True)
        assert reason in str(refused.value)
    assert kinds(engine) == {}
