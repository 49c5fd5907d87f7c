"""Where yjfield keeps its files on this computer, and where its own resources are."""

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "yjfield"
SOURCE_ROOT = Path(__file__).resolve().parents[2]


def frozen() -> bool:
    """True inside the PyInstaller bundle (the installed app)."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path:
    """The folder the installed app lives in (the checkout when run from source)."""
    return Path(sys.executable).resolve().parent if frozen() else SOURCE_ROOT


def resources_dir() -> Path:
    """Translations and icons: inside the bundle, else the checkout's resources/."""
    if frozen():
        return Path(getattr(sys, "_MEIPASS", bundle_dir())) / "resources"
    return SOURCE_ROOT / "resources"


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
