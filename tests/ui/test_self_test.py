"""`yjfield --self-test`, and the checks inside it that catch a broken installation."""

import io
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from yjfield import selftest
from yjfield.selftest import self_test
from yjfield.ui.run import open_windows

STEPS = ("encrypted store", "embedded server", "record offline, then sync",
         "no plaintext", "Welsh translation", "main window", "only from the bundle")


def test_self_test_passes_every_step_on_a_working_copy(tmp_path: Path, qtbot: QtBot) -> None:
    out = io.StringIO()
    assert self_test(tmp_path, out) == 0, out.getvalue()
    report = out.getvalue()
    for step in STEPS:
        line = next(line for line in report.splitlines() if step in line)
        assert line.rstrip().endswith("ms)") and " ok (" in line
    assert report.rstrip().endswith("s") and "self-test passed" in report
    assert list(tmp_path.iterdir()) == []  # the throwaway folder is gone


def test_plaintext_check_finds_a_name_in_either_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.db").write_bytes(b"\x00\x01Kettleby\x02")
    (tmp_path / "b.tmp").write_bytes("Rookwood".encode("utf-16-le"))
    (tmp_path / "c.db").write_bytes(b"random bytes with no names")
    found = selftest._no_plaintext(tmp_path, ["Kettleby", "Rookwood", "Ashgrove"])
    assert sorted(found) == ["a.db: Kettleby", "b.tmp: Rookwood"]


def test_code_from_outside_the_bundle_is_reported(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "frozen", lambda: True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    strays = selftest._outside_bundle()
    assert any(stray.startswith("yjfield.selftest from ") for stray in strays)


def test_a_failed_step_exits_1_with_its_reason(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "_no_plaintext", lambda folder, names: ["store.db: Kettleby"])
    out = io.StringIO()
    assert self_test(tmp_path, out) == 1
    assert out.getvalue().endswith(
        "self-test failed: Readable personal data on disk: store.db: Kettleby\n")


def test_the_preset_address_fills_the_first_run_form(tmp_path: Path, qtbot: QtBot) -> None:
    [window] = open_windows([(tmp_path / "laptop", "")],
                            server_url="https://yjfield.example-council.gov.uk")
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.first_run_page
    assert window.first_run_page.server.text() == "https://yjfield.example-council.gov.uk"
    window.shutdown()
