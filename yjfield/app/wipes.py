"""Wipe receipts left by laptops the service revoked (yjfield/sync/wipe.py), sent at start."""

import logging
from collections.abc import Iterable
from pathlib import Path

from yjfield.sync.wipe import send_receipts

log = logging.getLogger(__name__)


def send_waiting_wipe_receipts(profile_folders: Iterable[Path]) -> int:
    """Send each waiting receipt in these profiles folders (a background thread's work)."""
    sent = 0
    for folder in profile_folders:
        try:
            sent += send_receipts(folder)
        except OSError:
            log.warning("the wipe receipts could not be read")
    return sent
