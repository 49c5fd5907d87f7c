"""yjfield-server administration, on SQLite and PostgreSQL."""

import io
from pathlib import Path

import httpx
import pytest

from tests.helpers.server_process import ServerProcess
from yjfield.server.cli import main


def run(url: str, *args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--database", url, *args])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_administration_from_the_command_line(database_url: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
        return run(database_url, *args, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)

    assert cli("init")[1] == "The database is ready."
    code, service, _ = cli("add-service", "Invented YJS")
    assert code == 0 and len(service) == 36
    code, _, err = cli("add-user", "kim", "--service", service, "--role", "case_manager",
                       "--display-name", "Kim (invented)", "--password-stdin", stdin="short\n")
    assert code == 2 and "at least 12 characters" in err
    code, _, _ = cli("add-user", "kim", "--service", service, "--role", "case_manager",
                     "--display-name", "Kim (invented)", "--password-stdin",
                     stdin="a long enough password\n")
    assert code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("given_name,family_name,date_of_birth,assign_to\n"
                   "Ash,Penrose,2010-01-01,kim\n"
                   "Bo,,2011-02-02,kim\n"
                   "Cy,Vane,2012-03-03,nobody\n")
    code, _, err = cli("import-caseload", str(bad), "--service", service)
    assert code == 2 and "Nothing was imported" in err
    assert "line 3" in err and "line 4: there is no user nobody" in err
    good = tmp_path / "good.csv"
    good.write_text("given_name,family_name,date_of_birth,assign_to\n"
                    "Ash,Penrose,2010-01-01,kim\nCy,Vane,2012-03-03,\n")
    assert cli("import-caseload", str(good), "--service", service)[1] == "Imported 2 children."
    assert cli("list-devices")[1] == ""
    code, out, _ = cli("revoke-device", "00000000-0000-4000-8000-000000000000")
    assert "not found" in out
    assert cli("assign", "00000000-0000-4000-8000-000000000001", "nobody")[0] == 2


def test_production_refuses_default_secrets(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("YJFIELD_SERVER_PRODUCTION", "true")
    code = main(["--database", "postgresql+psycopg://postgres@127.0.0.1/x", "init"])
    assert code == 2
    assert "SECRET_KEY" in capsys.readouterr().err


def test_serve_logs_each_request_without_the_callers_address(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", log=log)
    server.start()
    try:
        assert httpx.get(f"{server.url}/v1/health", timeout=10).status_code == 200
    finally:
        server.kill()
    requests = [line for line in log.read_text().splitlines() if "GET /v1/health" in line]
    assert requests, "the request was not logged at all"
    # The caller here is 127.0.0.1; from a laptop it would be a home's address.
    assert [line for line in requests if "127.0.0.1" in line] == []


def test_the_database_comes_from_the_environment_or_from_database_before_or_after_the_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from_env = tmp_path / "env" / "server.db"
    monkeypatch.setenv("YJFIELD_SERVER_DATABASE_URL", f"sqlite:///{from_env}")
    assert main(["init"]) == 0 and from_env.exists()
    after = tmp_path / "after" / "server.db"
    assert main(["init", "--database", f"sqlite:///{after}"]) == 0 and after.exists()
    before = tmp_path / "before" / "server.db"
    assert main(["--database", f"sqlite:///{before}", "init"]) == 0 and before.exists()
    capsys.readouterr()


@pytest.mark.parametrize("database", [None, "sqlite:///server.db"])
def test_production_refuses_to_start_without_postgresql(
        database: str | None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("YJFIELD_SERVER_PRODUCTION", "true")
    monkeypatch.setenv("YJFIELD_SERVER_SECRET_KEY", "s" * 40)
    monkeypatch.delenv("YJFIELD_SERVER_DATABASE_URL", raising=False)
    code = main(["init", *(["--database", database] if database else [])])
    assert code == 2
    assert "needs PostgreSQL" in capsys.readouterr().err


def test_server_database_files_are_private(tmp_path: Path) -> None:
    from yjfield.server.db import make_engine, migrate

    database = tmp_path / "new-folder" / "server.db"
    engine = make_engine(f"sqlite:///{database}")
    try:
        migrate(engine)
        with engine.connect() as conn:  # open: the journal files exist now
            conn.exec_driver_sql("SELECT count(*) FROM services").all()
            made = [database, database.with_name("server.db-wal"),
                    database.with_name("server.db-shm")]
            modes = {path.name: oct(path.stat().st_mode & 0o777) for path in made}
    finally:
        engine.dispose()
    assert modes == dict.fromkeys(modes, "0o600")
    assert oct(database.parent.stat().st_mode & 0o777) == "0o700"


def _failed_sign_ins(url: str, count: int, forwarded: bool) -> list[int]:
    statuses = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for n in range(count):
            headers = {"X-Yjfield-Protocol": "1", "X-Yjfield-Schema": "1"}
            if forwarded:
                headers["X-Forwarded-For"] = f"203.0.113.{n}"
            statuses.append(client.post("/v1/auth/enrol", headers=headers, json={
                "username": f"nobody{n}", "password": "wrong", "device_name": "x"}).status_code)
    return statuses


def test_a_forged_forwarded_for_header_does_not_dodge_the_sign_in_limit(tmp_path: Path) -> None:
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}")
    server.start()
    try:
        # 20 failures per address: the 21st is refused however the header is varied.
        assert _failed_sign_ins(server.url, 21, forwarded=True)[-1] == 429
    finally:
        server.kill()


def test_a_configured_proxy_is_believed(tmp_path: Path) -> None:
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}",
                           serve_args=("--forwarded-allow-ips", "127.0.0.1"))
    server.start()
    try:
        assert 429 not in _failed_sign_ins(server.url, 21, forwarded=True)
    finally:
        server.kill()
