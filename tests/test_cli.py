"""The `yjfield` command: the app by default, the server through `yjfield server`."""

import os
import subprocess
import sys
from pathlib import Path


def yjfield(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "yjfield", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=env)


def test_server_commands_run_through_the_app_program(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    done = yjfield("server", "--database", url, "init")
    assert done.returncode == 0 and done.stdout.strip() == "The database is ready."
    assert (tmp_path / "server.db").exists()


def test_no_command_opens_this_laptops_first_run(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = yjfield("--data-dir", str(tmp_path), "--exit-when-shown", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shown"
    # Nothing is written before the person signs in: no store, no stray files.
    assert not (tmp_path / "profiles" / "laptop" / "store.db").exists()
