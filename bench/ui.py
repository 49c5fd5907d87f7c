"""Desktop speed on this machine (offscreen): the figures issue 4 asks for.

- launch to the unlock screen (a fresh process);
- unlock to the caseload shown, 500 children (with the real KDF);
- a search keystroke to the filtered list;
- a contact with the child's words, by keyboard alone: the keys beyond the words
  themselves, the app's own time, and the total at a steady typing speed;
- the GUI thread's longest stall while a 20,000-record first sync runs.

    .venv/bin/python bench/ui.py
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
import store as store_bench
import sync as sync_bench

from yjfield.domain.codes import Role
from yjfield.domain.demo import build_demo
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.ids import new_id
from yjfield.store.keys import KdfParams
from yjfield.store.store import Store
from yjfield.ui.main_window import MainWindow

LAUNCH = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from yjfield.ui.main_window import MainWindow
app = QApplication(sys.argv)
window = MainWindow(Path(sys.argv[1]), who="Bench")
window.show()
app.processEvents()
window.grab()
print(time.time() - float(sys.argv[2]))
window.shutdown()
"""


def pump(app: QApplication, until, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.001)


# A short youth-club note and the child's words, as typed at the end of a session.
NOTE = ("Saw T at the youth club. Calm, joined the pool game, talked about college "
        "and the bike project. Next week: the application form.")
WORDS = "I want to do the bike course, it's the first thing I've liked"
TYPING_PER_MINUTE = 200  # characters: about 40 words a minute, an ordinary typist


def keyboard_contact(app: QApplication, window: MainWindow) -> None:
    """Down to a child, Ctrl+Shift+C, the note, Tab, the words, Ctrl+Enter."""
    keys = {"other": 0}

    def fill() -> None:
        dialog = window.dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(5, fill)
            return
        # Offscreen has no window manager to make the new dialog active, as a desktop
        # does; its shortcuts (Ctrl+Enter) only work in the active window.
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog, 1000)
        app.processEvents()  # the activation reaches the shortcut map
        QTest.keyClicks(dialog.note, NOTE)  # the note has the focus when it opens
        QTest.keyClick(dialog.note, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.words, WORDS)
        QTest.keyClick(dialog.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        keys["other"] += 2

    table = window.caseload_page.table
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 1000)
    table.setFocus()
    start = time.perf_counter()
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTimer.singleShot(0, fill)
    QTest.keyClick(window, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    pump(app, lambda: "Contact saved" in window.message_bar.text(), 10)
    app_time = time.perf_counter() - start
    if "Contact saved" not in window.message_bar.text():
        print("contact + child's words by keys   NOT SAVED: the keyboard run failed")
        return
    keys["other"] += 2
    typed = len(NOTE) + len(WORDS)
    person = (typed + keys["other"]) / TYPING_PER_MINUTE * 60
    print(f"contact + child's words by keys   {keys['other']} keys beyond the {typed} "
          f"characters typed; app time {app_time * 1000:.0f} ms; at {TYPING_PER_MINUTE} "
          f"characters a minute {person:.0f} s in all   (goal < 60 s)")


def caseload_store(folder: Path, children: int) -> None:
    service = build_demo(children=children, months=3)
    user = service.user(Role.CASE_MANAGER)
    service.assignments[user.username] = {c.id for c in service.children}
    identity = DeviceIdentity(user_id=user.user_id, username=user.username,
                              display_name=user.display_name, role=user.role,
                              device_id=new_id(), service_id=service.service_id)
    store = Store.initialise(folder, "bench passphrase", identity, kdf=KdfParams())
    store_bench.seed_store(store, service, user)
    with store.db.atomic():  # nobody is listening there: the app works offline
        store.set_meta("server_url", "http://127.0.0.1:9")
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=500)
    parser.add_argument("--records", type=int, default=20_000,
                        help="records in the first sync watched for stalls")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp_text:
        tmp = Path(tmp_text)
        folder = tmp / "laptop"
        caseload_store(folder, args.children)

        launches = []
        for _ in range(3):
            done = subprocess.run([sys.executable, "-c", LAUNCH, str(folder), str(time.time())],
                                  capture_output=True, text=True, check=True)
            launches.append(float(done.stdout.strip().splitlines()[-1]))
        print(f"launch to unlock screen          {statistics.median(launches) * 1000:7.0f} ms"
              "   (median of 3 fresh processes; goal <= 2 s from the bundle)")

        window = MainWindow(folder, who="Bench")
        window.show()
        pump(app, lambda: False, 0.2)
        window.unlock_page.passphrase.setText("bench passphrase")
        start = time.perf_counter()
        window.unlock_page.unlock_button.click()
        pump(app, lambda: window.caseload_page.model.rowCount() == args.children)
        shown = time.perf_counter() - start
        print(f"unlock to caseload ({args.children} children) {shown * 1000:7.0f} ms"
              "   (includes the Argon2id KDF; goal <= 1000 ms)")

        samples = []
        for text in ("a", "as", "ash", "b", "br", "bra", "k", "ke", "ket", "t", "te", "teg"):
            start = time.perf_counter()
            window.caseload_page.search.setText(text)
            pump(app, lambda t=text: window.caseload_page.shown_for == t, 5)
            samples.append(time.perf_counter() - start)
        print(f"keystroke to filtered list        {statistics.median(samples) * 1000:7.1f} ms"
              f" p50, {max(samples) * 1000:.1f} ms max   (goal <= 50 ms)")
        window.caseload_page.search.clear()
        pump(app, lambda: window.caseload_page.shown_for == "", 5)
        keyboard_contact(app, window)
        window.shutdown()

        # The GUI thread while a 20,000-record first sync runs in the background.
        with sync_bench.database("sqlite", tmp) as url:
            sync_bench.seed(url, args.records, 1)
            with sync_bench.server_process(url) as (base, _pid):
                fresh = MainWindow(tmp / "fresh", who="", server_url=base)
                fresh.show()
                page = fresh.first_run_page
                page.username.setText("cm")
                page.password.setText(sync_bench.PASSWORD)
                page.passphrase.setText("kettle orange harbour seventeen")
                page.confirm.setText("kettle orange harbour seventeen")
                gaps: list[float] = []
                clock = QElapsedTimer()
                clock.start()
                ticker = QTimer()
                ticker.setInterval(10)

                def tick() -> None:
                    gaps.append(clock.restart() / 1000)

                ticker.timeout.connect(tick)
                ticker.start()
                started = datetime.now(UTC)
                page.start.click()
                pump(app, lambda: fresh.caseload_page.model.rowCount() > 0, 120)
                ticker.stop()
                took = (datetime.now(UTC) - started).total_seconds()
                print(f"GUI thread during a {args.records}-record first sync: longest stall "
                      f"{max(gaps) * 1000:.0f} ms over {took:.1f} s "
                      f"({len(gaps)} ticks of 10 ms; goal < 100 ms)")
                fresh.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
