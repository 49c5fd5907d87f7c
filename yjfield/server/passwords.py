"""What a practitioner's service password must be (ASVS level 2, for special category data).

At least 12 characters; not one of the passwords most often found in breaches (a
list shipped with the server, and zxcvbn's own); and not otherwise quick to guess by
zxcvbn's estimate. The store on a laptop has its own, stricter rule (app/passphrase.py):
a password is only ever tried against the server, which limits sign-ins.
"""

import functools
import gzip
from collections.abc import Sequence
from importlib import resources

from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

MIN_LENGTH = 12
#: zxcvbn's "very unguessable" line: beyond an online attacker who is rate-limited.
MIN_GUESSES = 10**10


class WeakPassword(ValueError):
    """A password the service's rules refuse, with the reason in words."""


@functools.cache
def _breached() -> frozenset[str]:
    packed = resources.files("yjfield.server") / "resources" / "common-passwords.txt.gz"
    words = gzip.decompress(packed.read_bytes()).decode("utf-8").split()
    return frozenset(words) | frozenset(FREQUENCY_LISTS["passwords"])


def check_password(password: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise WeakPassword unless the password meets the rules."""
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"A password needs at least {MIN_LENGTH} characters; a few "
                           "unrelated words are easy to remember and hard to guess.")
    if password.lower() in _breached() or password.strip().lower() in _breached():
        raise WeakPassword("That password is on the list of passwords found in breaches, so "
                           "attackers try it first. Please choose another.")
    # zxcvbn rates at most 72 characters (longer raises ValueError: a 500 the hostile-request
    # trials found); what follows only adds to the strength.
    if zxcvbn(password[:72], user_inputs=[u for u in user_inputs if u])["guesses"] \
            < MIN_GUESSES:
        raise WeakPassword("That password would be quick to guess (a name, a word with "
                           "numbers, a keyboard pattern). Please choose a longer one.")
