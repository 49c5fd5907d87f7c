"""Audit trail, subject access and retention, end to end: laptops, the server and its CLI."""

import io
import json
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.helpers.harness import PASSWORD, Device, Harness, enrol, everything_in
from yjfield.domain.child import Programme
from yjfield.domain.codes import ProgrammeType
from yjfield.domain.contact import CaseEntry, VoiceEntry
from yjfield.domain.victim import Victim
from yjfield.server.cli import main
from yjfield.server.db import records, server_audit
from yjfield.sync.api import ServerApi
from yjfield.sync.engine import Wiped
from yjfield.sync.errors import Refused

NOW = datetime.now(UTC)
VICTIM_NAME = "Invented Marchbank-Oriel"


@pytest.fixture
def cli(database_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Any:
    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        capsys.readouterr()
        try:
            code = main(["--database", database_url, *args])
        except SystemExit as stop:  # argparse refusing the arguments
            code = int(stop.code or 0)
        out, err = capsys.readouterr()
        return code, out.strip(), err.strip()
    return run


def test_audit_answers_who_looked_at_a_child_and_when(harness: Harness, devices: list[Device],
                                                      cli: Any) -> None:
    cm, yw = enrol(harness, devices, "cm"), enrol(harness, devices, "yw")
    child = harness.new_child(cm, "yw")
    other = harness.new_child(cm)
    yw.sync()
    note = yw.store.add_fact(CaseEntry(child_id=child.id, at=NOW, text="Met at the library"))
    yw.store.record_view(child.id)
    yw.store.record_view(other.id)  # not on yw's caseload: still a true record of the attempt
    cm.store.record_view(other.id)
    yw.sync()
    cm.sync()
    with pytest.raises(Refused):
        ServerApi("http://127.0.0.1", http=yw.client).enrol("yw", "not the password", "x")

    code, out, _ = cli("audit", "--child", child.id)
    assert code == 0
    lines = out.splitlines()[2:]
    views = [line for line in lines if " view " in line]
    assert len(views) == 1 and "yw (youth_worker)" in views[0] and "laptop" in views[0]
    assert yw.store.identity.device_id[:8] in views[0]
    assert any("joined_caseload" in line and "yw (youth_worker)" in line for line in lines)
    assert any("create" in line and "cm (case_manager)" in line for line in lines)
    # A note's creation is read from the note itself (author, device, time).
    [written] = [line for line in lines if f"case_entry {note.id}" in line]
    assert " create " in written and "yw (youth_worker)" in written and "laptop" in written
    assert not any(other.id in line for line in lines)
    assert lines == sorted(lines, key=lambda line: line[:19])  # oldest first

    code, out, _ = cli("audit", "--user", "yw")
    assert {"device_enrolled", "view", "sign_in_refused"} <= {
        line.split()[2] for line in out.splitlines()[2:]}
    assert "cm (case_manager)" not in out
    assert cli("audit", "--since", "2999-01-01")[1] == "No audit events match."
    code, _, err = cli("audit", "--since", "last tuesday")
    assert code == 2 and "2026-11-23" in err


def test_a_stopped_user_cannot_sign_in_and_their_laptops_wipe(
        harness: Harness, devices: list[Device], cli: Any) -> None:
    yw, cm = enrol(harness, devices, "yw"), enrol(harness, devices, "cm")
    harness.new_child(cm, "yw")
    cm.sync()
    yw.sync()
    assert yw.store.children_held()

    code, out, _ = cli("stop-user", "yw", "--reason", "left the service")
    assert code == 0 and "1 device(s)" in out
    with pytest.raises(Wiped):
        yw.sync()
    assert not yw.folder.exists()
    with pytest.raises(Refused):  # the right password, but the account is stopped
        ServerApi("http://127.0.0.1", http=yw.client).enrol("yw", PASSWORD, "new laptop")
    code, out, _ = cli("audit", "--user", "yw")
    actions = [line.split()[2] for line in out.splitlines()[2:]]
    assert {"user_stopped", "device_revoked", "wipe_confirmed"} <= set(actions)
    assert "account stopped" in out

    code, _, err = cli("audit", "--user", "nobody-of-that-name")
    assert code == 2 and "There is no user called nobody-of-that-name" in err
    code, _, err = cli("stop-user", "nobody-of-that-name")
    assert code == 2 and "There is no user called" in err


def test_subject_access_export_leaves_out_victims_and_is_audited(
        harness: Harness, devices: list[Device], cli: Any, tmp_path: Path) -> None:
    cm, vw = enrol(harness, devices, "cm"), enrol(harness, devices, "vw")
    child = harness.new_child(cm, "vw")
    cm.store.add_fact(CaseEntry(child_id=child.id, at=NOW,
                                text='Talked about college. <script>alert("x")</script>'))
    cm.store.add_fact(VoiceEntry(child_id=child.id, at=NOW, words="I want to be a mechanic."))
    cm.sync()
    vw.store.create(Victim(child_id=child.id, name=VICTIM_NAME))
    assert vw.sync().rejected == 0

    code, out, _ = cli("export-child", child.id, "--out", str(tmp_path / "sar"), "--by", "dpo")
    assert code == 0 and "sar.json" in out and "sar.html" in out
    exported = json.loads((tmp_path / "sar.json").read_text("utf-8"))
    assert exported["records"]["child"][0]["given_name"] == child.given_name
    assert [v["words"] for v in exported["records"]["voice"]] == ["I want to be a mechanic."]
    assert "victim" not in exported["records"] and "audit" not in exported["records"]
    page = (tmp_path / "sar.html").read_text("utf-8")
    assert "I want to be a mechanic." in page and "The child&#x27;s words" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    for path in (tmp_path / "sar.json", tmp_path / "sar.html"):
        assert VICTIM_NAME not in path.read_text("utf-8")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    code, _, err = cli("export-child", child.id, "--out", str(tmp_path / "sar"))
    assert code == 2 and "already exists" in err
    code, _, err = cli("export-child", "00000000-0000-4000-8000-000000000000",
                       "--out", str(tmp_path / "nobody"))
    assert code == 2 and "No child with that id" in err
    code, out, _ = cli("audit", "--child", child.id)
    [line] = [line for line in out.splitlines() if "subject_access_export" in line]
    assert "by dpo" in line


def _programme(device: Device, child_id: str, end: date | None) -> None:
    device.store.create(Programme(child_id=child_id,
                                  programme_type=ProgrammeType.YOUTH_REHABILITATION_ORDER,
                                  start=date(2014, 1, 6), end=end))


def test_retention_erases_what_is_due_respects_holds_and_laptops_purge(
        harness: Harness, devices: list[Device], cli: Any) -> None:
    cm, yw = enrol(harness, devices, "cm"), enrol(harness, devices, "yw")
    due = harness.new_child(cm, "yw", given_name="Due")
    running = harness.new_child(cm, "yw", given_name="Running")
    held = harness.new_child(cm, "yw", given_name="Held")
    _programme(cm, due.id, date(2015, 3, 1))
    _programme(cm, running.id, None)
    _programme(cm, held.id, date(2015, 3, 1))
    cm.store.add_fact(CaseEntry(child_id=due.id, at=NOW, text="an old note"))
    cm.sync()
    yw.sync()
    late = yw.store.add_fact(CaseEntry(child_id=due.id, at=NOW, text="written offline, late"))
    service = harness.service_id

    assert "no retention rules" in cli("retention-rule", "--service", service)[1]
    code, out, _ = cli("retention-rule", "--service", service, "--programme", "any",
                       "--years", "6", "--from", "programme_end")
    assert code == 0 and "any: 6 years from the end of the last programme" in out
    assert cli("legal-hold", held.id, "--reason", "civil claim pending")[0] == 0

    code, out, _ = cli("retention", "--service", service, "--dry-run", "--today", "2026-11-23")
    assert f"{due.id}  due 2021-03-01  would be erased" in out
    assert f"{held.id}  due 2021-03-01  on legal hold, kept" in out
    assert running.id not in out and "Nothing was erased" in out
    with harness.engine.connect() as conn:
        assert conn.execute(select(records.c.id).where(records.c.child_id == due.id)).first()

    code, out, _ = cli("retention", "--service", service, "--apply", "--today", "2026-11-23")
    assert code == 0 and "Erased 1 children" in out
    with harness.engine.connect() as conn:
        left = set(conn.execute(select(records.c.kind).where(
            records.c.child_id == due.id)).scalars())
        actions = set(conn.execute(select(server_audit.c.action).where(
            server_audit.c.child_id == due.id)).scalars())
    assert left <= {"audit"} and "erased_under_retention" in actions

    report = yw.sync()  # the late note is refused, then the child is purged with it
    assert due.id in report.purged and report.rejected == 1
    assert yw.store.problems() == []
    assert "an old note" not in everything_in(yw.store)
    assert late.id not in everything_in(yw.store)
    assert {held.id, running.id} <= yw.store.children_held()
    cm.store.add_fact(CaseEntry(child_id=due.id, at=NOW, text="too late"))
    assert cm.sync().rejected == 1 and due.id not in cm.store.children_held()

    assert cli("legal-hold", held.id, "--lift")[1] == "The hold is lifted."
    code, out, _ = cli("retention", "--service", service, "--apply", "--today", "2026-11-23")
    assert "Erased 1 children" in out
    assert held.id in yw.sync().purged
