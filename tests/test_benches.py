"""Every bench runs, at a tiny size, in make test: a bench that nothing runs rots (the UI
bench crashed for a while on a tuple passed as the server's address)."""

import os
import subprocess
import sys

import pytest

from tests.helpers.processes import ROOT

BENCHES = [
    ("store.py", ["--children", "5", "--entries", "5"], "workload"),
    ("sync.py", ["--backend", "sqlite", "--records", "200", "--devices", "3"],
     "devices syncing at once"),
    ("load.py", ["--backend", "sqlite", "--devices", "3", "--seconds", "3", "--interval", "1"],
     "errors"),
    ("ui.py", ["--children", "10", "--records", "200"], "GUI thread during"),
]


@pytest.mark.parametrize("script,args,last_figure", BENCHES,
                         ids=[script for script, _, _ in BENCHES])
def test_the_bench_runs_and_prints_its_figures(script: str, args: list[str],
                                               last_figure: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args],
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert last_figure in done.stdout, done.stdout[-2000:]
    assert "Traceback" not in done.stderr and "NOT SAVED" not in done.stdout
