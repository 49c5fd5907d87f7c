"""How strong a new passphrase is, in words, before it protects a caseload; and a
strong one suggested.

The key file beside the store can be copied off a stolen laptop and attacked with
no limit on guesses, so the passphrase itself is the defence. zxcvbn (Dropbox's
estimator, kept as a package) estimates how many guesses an attacker who knows
common passwords, words, names, keyboard patterns and repeats would need; a
passphrase must need at least 10^14, beyond a GPU's reach for years against the
Argon2id settings the store uses.
"""

import functools
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

MIN_LENGTH = 12
MIN_GUESSES = 10**14
#: zxcvbn rates at most 72 characters (it refuses longer ones with a ValueError, found by
#: the hostile-request trials); what follows them only adds to the strength.
_RATED_LENGTH = 72


@dataclass(frozen=True)
class Strength:
    acceptable: bool
    score: int  # 0 to 4, for a meter
    advice: str


def _score(guesses: float) -> int:
    for score, below in enumerate((1e8, 1e10, 1e12, MIN_GUESSES)):
        if guesses < below:
            return score
    return 4


def strength(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Rate a new passphrase; `user_inputs` (the username, the person's name) count as
    guessable words."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(False, min(1, len(passphrase) // 6),
                        f"Too short: use at least {MIN_LENGTH} characters, for example "
                        "four or five words that mean something only to you.")
    result = zxcvbn(passphrase[:_RATED_LENGTH], user_inputs=[u for u in user_inputs if u])
    guesses = float(result["guesses"])
    if guesses < MIN_GUESSES:
        feedback = result.get("feedback") or {}
        hints = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
        said = " ".join(hint for hint in hints if hint)
        return Strength(False, _score(guesses),
                        f"Too easy to guess. {said} Four or five unrelated words work well, "
                        "or use the suggested passphrase.".replace("  ", " "))
    return Strength(True, 4, "Strong." if guesses >= MIN_GUESSES * 100 else "Good.")


@functools.cache
def _words() -> tuple[str, ...]:
    # Words of written English from zxcvbn's own list (its film and television list
    # has slang unfit to suggest at work): not the commonest 800, 4 to 8 letters.
    # Some 6,000 words, so five give about 62 bits.
    words = FREQUENCY_LISTS["english_wikipedia"][800:12000]
    return tuple(sorted({w for w in words if w.isascii() and w.isalpha() and 4 <= len(w) <= 8}))


def suggest(words: int = 5) -> str:
    """A random passphrase of ordinary words that meets the rule."""
    while True:
        candidate = " ".join(secrets.choice(_words()) for _ in range(words))
        if strength(candidate).acceptable:
            return candidate
