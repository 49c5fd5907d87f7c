"""The proof that a revoked laptop erased its store, kept until the server has it.

The service must be able to show that a lost laptop's caseload is gone. The laptop
erases its store the moment the server says so, but the confirmation can be cut, or
the laptop switched off before it is sent. So, before erasing, the laptop writes a
receipt beside its profiles: the server's address and the device's refresh token,
which after revocation opens nothing but this confirmation. It is sent until the
server acknowledges it, at the wipe and at every start of the app, then deleted.
"""

import json
import logging
from collections.abc import Callable
from pathlib import Path

from yjfield.store.files import atomic_write
from yjfield.sync.api import ServerApi
from yjfield.sync.errors import Offline, SyncError

log = logging.getLogger(__name__)

PREFIX = ".wipe-"


def receipt_path(profile: Path, device_id: str) -> Path:
    """Beside the profile folder, which the wipe removes."""
    return profile.parent / f"{PREFIX}{device_id}.json"


def keep_receipt(profile: Path, *, server_url: str, device_id: str, refresh_token: str) -> Path:
    path = receipt_path(profile, device_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps({"server_url": server_url, "device_id": device_id,
                                   "refresh_token": refresh_token}).encode())
    return path


def send_receipt(path: Path, make_api: Callable[[str], ServerApi] = ServerApi, *,
                 close: bool = True) -> bool:
    """Send one receipt; True once the server has it (the receipt is then deleted).

    Kept when the server cannot be reached, to be sent again; deleted when the
    server refuses it for good, since sending it again would change nothing.
    """
    try:
        receipt = json.loads(path.read_text("utf-8"))
        api = make_api(str(receipt["server_url"]))
    except (OSError, ValueError, KeyError, TypeError, SyncError):
        log.warning("a wipe receipt could not be read; it was removed")
        path.unlink(missing_ok=True)
        return False
    try:
        api.confirm_wipe(str(receipt["refresh_token"]))
    except Offline:
        return False
    except SyncError:
        log.warning("the server did not accept a wipe confirmation")
        path.unlink(missing_ok=True)
        return False
    finally:
        if close:
            api.close()
    path.unlink(missing_ok=True)
    log.info("the server recorded a wipe")
    return True


def send_receipts(profiles: Path, make_api: Callable[[str], ServerApi] = ServerApi) -> int:
    """Send every waiting receipt in this profiles folder; how many the server has now."""
    if not profiles.is_dir():
        return 0
    return sum(send_receipt(path, make_api) for path in sorted(profiles.glob(f"{PREFIX}*.json")))
