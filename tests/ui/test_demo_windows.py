"""`yjfield demo --devices 2`: two laptops, two windows, told apart by their titles."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from yjfield.ui.run import open_windows


def test_two_demo_laptops_open_as_two_labelled_windows(qtbot: QtBot, tmp_path: Path) -> None:
    windows = open_windows([(tmp_path / "a", "Sam"), (tmp_path / "b", "Jo")])
    try:
        for window in windows:
            qtbot.addWidget(window)
            window.show()
        assert [w.windowTitle() for w in windows] == ["yjfield: Sam's laptop",
                                                      "yjfield: Jo's laptop"]
        assert windows[0].x() + windows[0].width() <= windows[1].x()  # side by side
    finally:
        for window in windows:
            window.shutdown()
