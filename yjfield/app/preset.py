"""Settings IT presets for a deployment, so practitioners never type a server address.

Read in order, the first that names a server winning:
1. the YJFIELD_SERVER_URL environment variable;
2. `yjfield.toml` beside the installed program (the Windows installer's /SERVER=
   parameter writes it; a macOS or Linux deployment places it there);
3. `yjfield.toml` in the user data folder.

Only these places are read: the installed app loads nothing from anywhere else.

    [server]
    url = "https://yjfield.example-council.gov.uk"
    # Optional: the certificate bundle the server's certificate is checked against,
    # for a service whose certificates come from its own authority (relative to
    # this file's folder, or absolute).
    ca_bundle = "council-ca.pem"
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
    ca_bundle: Path | None = None


def preset_files(data: Path | None = None) -> list[Path]:
    return [bundle_dir() / FILE_NAME, data_dir(data) / FILE_NAME]


def _server_in(path: Path) -> tuple[str, Path | None]:
    try:
        with path.open("rb") as handle:
            parsed = tomllib.load(handle)
    except FileNotFoundError:
        return "", None
    except (OSError, tomllib.TOMLDecodeError) as error:
        # A broken preset must not stop the app: the person can still type the address.
        log.warning("Ignoring the settings file %s: %s", path, error)
        return "", None
    server = parsed.get("server")
    if not isinstance(server, dict):
        return "", None
    url, bundle = server.get("url"), server.get("ca_bundle")
    ca_bundle = path.parent / bundle.strip() if isinstance(bundle, str) and bundle.strip() \
        else None
    return (url.strip() if isinstance(url, str) else ""), ca_bundle


def load_preset(data: Path | None = None) -> Preset:
    env = os.environ.get("YJFIELD_SERVER_URL", "").strip()
    bundles = [_server_in(path) for path in preset_files(data)]
    # IT's certificate bundle applies whichever place names the server.
    ca_bundle = next((bundle for _, bundle in bundles if bundle is not None), None)
    if env:
        return Preset(env, "YJFIELD_SERVER_URL", ca_bundle)
    for path, (url, bundle) in zip(preset_files(data), bundles, strict=True):
        if url:
            return Preset(url, str(path), bundle or ca_bundle)
    return Preset(ca_bundle=ca_bundle)
