"""Settings IT presets for a deployment, so practitioners never type a server address.

Read in order, the first that names a server winning:
1. the YJFIELD_SERVER_URL environment variable;
2. `yjfield.toml` beside the installed program (the Windows installer's /SERVER=
   parameter writes it; a macOS or Linux deployment places it there);
3. `yjfield.toml` in the user data folder.

Only these places are read: the installed app loads nothing from anywhere else.

    [server]
    url = "https://yjfield.example-council.gov.uk"
"""

import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from yjfield.app.paths import bundle_dir, data_dir

FILE_NAME = "yjfield.toml"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preset:
    server_url: str = ""
    source: str = ""  # where the address came from, for the self-test and support


def preset_files(data: Path | None = None) -> list[Path]:
    return [bundle_dir() / FILE_NAME, data_dir(data) / FILE_NAME]


def _server_in(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            parsed = tomllib.load(handle)
    except FileNotFoundError:
        return ""
    except (OSError, tomllib.TOMLDecodeError) as error:
        # A broken preset must not stop the app: the person can still type the address.
        log.warning("Ignoring the settings file %s: %s", path, error)
        return ""
    server = parsed.get("server")
    url = server.get("url") if isinstance(server, dict) else None
    return url.strip() if isinstance(url, str) else ""


def load_preset(data: Path | None = None) -> Preset:
    env = os.environ.get("YJFIELD_SERVER_URL", "").strip()
    if env:
        return Preset(env, "YJFIELD_SERVER_URL")
    for path in preset_files(data):
        url = _server_in(path)
        if url:
            return Preset(url, str(path))
    return Preset()
