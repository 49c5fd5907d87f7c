"""IT's preset server address: environment, then beside the program, then the data folder."""

from pathlib import Path

import pytest

from yjfield.app import preset
from yjfield.app.preset import load_preset


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    program, data = tmp_path / "program", tmp_path / "data"
    program.mkdir()
    data.mkdir()
    monkeypatch.setattr(preset, "bundle_dir", lambda: program)
    monkeypatch.delenv("YJFIELD_SERVER_URL", raising=False)
    return program, data


def write(folder: Path, text: str) -> None:
    (folder / "yjfield.toml").write_text(text, "utf-8")


def test_nothing_preset_leaves_the_address_for_the_person(places: tuple[Path, Path]) -> None:
    assert load_preset(places[1]).server_url == ""


def test_beside_the_program_wins_over_the_data_folder(places: tuple[Path, Path]) -> None:
    program, data = places
    write(data, '[server]\nurl = "https://user.example.org"\n')
    assert load_preset(data).server_url == "https://user.example.org"
    write(program, '[server]\nurl = " https://it.example.org "\n')
    chosen = load_preset(data)
    assert chosen.server_url == "https://it.example.org"
    assert chosen.source == str(program / "yjfield.toml")


def test_the_environment_wins_over_files(places: tuple[Path, Path],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    write(places[0], '[server]\nurl = "https://it.example.org"\n')
    monkeypatch.setenv("YJFIELD_SERVER_URL", "https://env.example.org")
    assert load_preset(places[1]).server_url == "https://env.example.org"


@pytest.mark.allow_log_warnings
def test_a_broken_file_is_skipped_not_fatal(places: tuple[Path, Path],
                                            caplog: pytest.LogCaptureFixture) -> None:
    program, data = places
    write(program, "[server\nurl = ")
    write(data, '[server]\nurl = "https://user.example.org"\n')
    assert load_preset(data).server_url == "https://user.example.org"
    assert "Ignoring the settings file" in caplog.text


@pytest.mark.parametrize("text", ['url = "https://top.example.org"\n', "[server]\nurl = 42\n",
                                  '[server]\naddress = "https://x.example.org"\n'])
def test_a_file_without_a_server_url_string_presets_nothing(places: tuple[Path, Path],
                                                            text: str) -> None:
    write(places[0], text)
    assert load_preset(places[1]).server_url == ""
