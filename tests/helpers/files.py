"""Looking at what the store left on disk."""

import hashlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def snapshot(folder: Path) -> dict[str, str]:
    """Each file's SHA-256 under folder, by relative path."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    """Every file under folder holding any needle (a plaintext leak)."""
    leaks = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            content = path.read_bytes()
            leaks += [f"{path.name}: {needle!r}" for needle in needles if needle in content]
    return leaks


def plaintext_forms(text: str) -> list[bytes]:
    """The ways a string could sit in a file: UTF-8 and UTF-16, as typed and lower-cased."""
    forms = []
    for variant in {text, text.lower()}:
        forms += [variant.encode("utf-8"), variant.encode("utf-16-le")]
    return forms


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make a folder unwritable, even for root (who ignores permission bits)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(mode)
