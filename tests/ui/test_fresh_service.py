"""A new service, set up only through the documented commands and screens (no demo):
the server made with yjfield-server, a caseload CSV with programmes and reparation hours
imported, a project added, and a supervisor's laptop logging a session over real sockets."""

import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from tests.helpers.server_process import ServerProcess
from tests.ui.conftest import in_dialog, open_window, press
from tests.ui.test_capture import hours_to_do
from yjfield.app.first_run import set_up_laptop
from yjfield.domain.child import Child
from yjfield.server.cli import main
from yjfield.server.db import make_engine, records
from yjfield.store.keys import KdfParams
from yjfield.sync.api import ServerApi
from yjfield.ui.caseload_model import NAME
from yjfield.ui.reparation_dialog import ReparationDialog

PASSWORD = "a long and fairly unusual password"

CASELOAD = """\
given_name,family_name,date_of_birth,programme_type,programme_start,programme_end,\
conviction_date,reparation_source,reparation_hours,assign_to
Ash,Penrose,2010-05-01,referral_order,2026-09-01,2027-06-01,,referral_order_contract,8,sup;cm
Cy,Vane,2009-02-02,youth_rehabilitation_order,2026-10-01,2027-10-01,2026-09-20,\
yro_unpaid_work,40,sup;cm
Dee,Marsh,2012-03-03,prevention,2026-10-15,,,,,cm
"""


def cli(database: str, *args: str, stdin: str = "",
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--database", database, *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out.strip()


def test_a_new_service_runs_a_supervisors_session_end_to_end(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    database = f"sqlite:///{tmp_path / 'server.db'}"

    def run(*args: str, stdin: str = "") -> str:
        return cli(database, *args, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)

    run("init")
    service = run("add-service", "Invented Vale YJS")
    for username, role in (("sup", "reparation_supervisor"), ("cm", "case_manager")):
        run("add-user", username, "--service", service, "--role", role, "--display-name",
            f"{username} (invented)", "--password-stdin", stdin=PASSWORD + "\n")
    caseload = tmp_path / "caseload.csv"
    caseload.write_text(CASELOAD)
    assert run("import-caseload", str(caseload), "--service", service) == "Imported 3 children."
    run("add-project", "--service", service, "--name", "Canal towpath clear-up",
        "--host", "Canal and River Trust (invented)", "--capacity", "6")

    server = ServerProcess(database)
    server.start()
    api = ServerApi(server.url)
    try:
        store, _, _ = set_up_laptop(api, tmp_path / "laptop", username="sup", password=PASSWORD,
                                    passphrase=PASSPHRASE, device_name="supervisor laptop",
                                    kdf=KdfParams.fast_for_tests())
        store.close()
        window = open_window(qtbot, tmp_path / "laptop")
        page = window.caseload_page
        names = sorted(page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount()))
        assert names == ["Ash Penrose", "Cy Vane"]  # Dee is the case manager's only
        ash = Child(given_name="Ash", family_name="Penrose", date_of_birth="2010-05-01")
        cy = Child(given_name="Cy", family_name="Vane", date_of_birth="2009-02-02")
        assert (hours_to_do(window, ash), hours_to_do(window, cy)) == ("8h", "40h")

        def log(dialog: ReparationDialog) -> None:
            assert dialog.project.currentText() == "Canal towpath clear-up"
            for name in ("Ash", "Cy"):
                dialog.find_child.setFocus()
                dialog.find_child.clear()
                qtbot.keyClicks(dialog.find_child, name)
                qtbot.keyClick(dialog.find_child, Qt.Key.Key_Return)  # ticks the one found
            press(qtbot, dialog, "Ctrl+Return")
            assert "2 attending, 6 h credited" in dialog.problem.text()
            press(qtbot, dialog, "Ctrl+Return")

        in_dialog(window, log)
        press(qtbot, window, "Ctrl+Shift+R")
        assert "Session saved" in window.message_bar.text()
        assert (hours_to_do(window, ash), hours_to_do(window, cy)) == ("5h", "37h")
        window.sync_now()
        assert window.sync_status.waiting.text() == "0 changes waiting"
        window.lock()
    finally:
        api.close()
        server.kill()

    engine = make_engine(database)
    try:
        with engine.connect() as conn:
            attended = [json.loads(row.data) for row in conn.execute(
                select(records.c.data).where(records.c.kind == "reparation_attendance"))]
            requirements = {row.id: json.loads(row.data) for row in conn.execute(
                select(records.c.id, records.c.data)
                .where(records.c.kind == "reparation_requirement"))}
    finally:
        engine.dispose()
    # Each child's hours count toward the requirement imported for them.
    assert sorted(a["minutes"] for a in attended) == [180, 180]
    assert {a["requirement_id"] for a in attended} == set(requirements)
    unpaid = next(r for r in requirements.values() if r["source"] == "yro_unpaid_work")
    assert unpaid["deadline"] == "2027-10-01"  # 12 months from the start, by law
