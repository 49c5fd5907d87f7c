"""Files beside the database: owner-only, and written whole or not at all."""

import os
import sys
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create the folder (and parents) readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if sys.platform != "win32":
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def _fsync_dir(path: Path) -> None:
    if sys.platform == "win32":  # directories cannot be opened for fsync there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write data to path through a temp file, fsync and atomic replace.

    A crash at any moment leaves either the old file or the new one, never a mix.
    """
    temp = path.with_name(f".{path.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(temp, path)
    _fsync_dir(path.parent)


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner."""
    if sys.platform != "win32" and path.exists():
        os.chmod(path, PRIVATE_FILE_MODE)
