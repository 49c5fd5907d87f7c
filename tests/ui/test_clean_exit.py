"""Closing the app while unlocked exits cleanly.

A crash at exit once hid behind passing tests: the idle lock's application-wide
event filter outlived the window and was called while Python was shutting down.
"""

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSPHRASE
from yjfield.domain.codes import Role
from yjfield.domain.identity import DeviceIdentity
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store

SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from yjfield.app.operations import ImmediateExecutor, Operations
    from yjfield.ui.main_window import MainWindow
    app = QApplication(sys.argv)
    ops = Operations(lambda fn: fn(), store_executor=ImmediateExecutor(),
                     network_executor=ImmediateExecutor())
    window = MainWindow(Path(sys.argv[1]), who="x", operations=ops)
    window.show()
    window.unlock_page.passphrase.setText(sys.argv[2])
    window.unlock_page.unlock_button.click()
    assert window.session is not None, "did not unlock"
    print("unlocked", flush=True)
    # Close the window while unlocked, as a practitioner does at the end of the day.
    window.close()
""")


def test_quitting_while_unlocked_exits_cleanly(tmp_path: Path) -> None:
    identity = DeviceIdentity(user_id="u", username="x", display_name="X",
                              role=Role.YOUTH_WORKER, device_id="device-exit-test",
                              service_id="s")
    store = Store.initialise(tmp_path / "p", PASSPHRASE, identity,
                             kdf=KdfParams.fast_for_tests())
    with store.db.atomic():
        store.set_meta("server_url", "http://127.0.0.1:9")
    store.close()
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "p"), PASSPHRASE],
                          capture_output=True, text=True, timeout=120, check=False)
    assert "unlocked" in done.stdout, done.stderr
    assert done.returncode == 0, f"exit status {done.returncode}: {done.stderr[-800:]}"

