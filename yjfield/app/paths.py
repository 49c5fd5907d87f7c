"""Where yjfield keeps its files on this computer."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "yjfield"


def data_dir(override: Path | None = None) -> Path:
    """The user data folder (YJFIELD_DATA_DIR, then the platform's own place)."""
    if override is not None:
        return override
    env = os.environ.get("YJFIELD_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def profiles_dir(base: Path) -> Path:
    return base / "profiles"


def profile_dir(base: Path, name: str) -> Path:
    return profiles_dir(base) / name
