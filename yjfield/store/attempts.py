"""The limit on guessing: at most 10 wrong passphrases in any 5 minutes.

Failures are kept in a small file beside the store (times only, nothing
personal), so quitting and restarting the app does not reset the wait.
"""

import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from yjfield.store.errors import TooManyAttempts
from yjfield.store.files import atomic_write

MAX_FAILURES = 10
WINDOW_SECONDS = 5 * 60


class GuessLimiter:
    """Counts wrong passphrases in a sliding window, persisted to a file."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock

    def _failures(self) -> list[float]:
        try:
            values = json.loads(self._path.read_text("utf-8"))
            failures = [float(v) for v in values["failures"]]
        except FileNotFoundError:
            return []
        except (ValueError, KeyError, TypeError):
            # A damaged counter must not become a way round the limit: treat it as
            # a full window starting now.
            now = self._clock()
            return [now] * MAX_FAILURES
        now = self._clock()
        # A failure "in the future" means the clock was wound back; keep it, so
        # turning the clock back cannot shorten the wait.
        return [t for t in failures if now - t < WINDOW_SECONDS or t > now]

    def wait_seconds(self) -> int:
        """Seconds before another guess is allowed (0 when one is allowed now)."""
        failures = sorted(self._failures())
        if len(failures) < MAX_FAILURES:
            return 0
        oldest_counted = failures[-MAX_FAILURES]
        now = self._clock()
        if oldest_counted > now:  # the clock was wound back: wait a whole window
            return WINDOW_SECONDS
        return max(0, math.ceil(oldest_counted + WINDOW_SECONDS - now))

    def check(self) -> None:
        """Raise TooManyAttempts when the limit is reached."""
        wait = self.wait_seconds()
        if wait > 0:
            raise TooManyAttempts(wait)

    def record_failure(self) -> None:
        failures = [*self._failures(), self._clock()]
        atomic_write(self._path, json.dumps({"failures": failures[-MAX_FAILURES * 2:]}).encode())

    def reset(self) -> None:
        self._path.unlink(missing_ok=True)
