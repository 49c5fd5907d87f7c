"""How strong a new passphrase is, in words, before it protects a caseload."""

from dataclasses import dataclass

MIN_LENGTH = 12
COMMON = ("password", "passphrase", "qwerty", "letmein", "123456", "yjfield", "welcome")


@dataclass(frozen=True)
class Strength:
    acceptable: bool
    score: int  # 0 to 4, for a meter
    advice: str


def strength(passphrase: str) -> Strength:
    """Length matters most: four ordinary words beat a short jumble of symbols."""
    lowered = passphrase.lower()
    if len(passphrase) < MIN_LENGTH:
        return Strength(False, min(1, len(passphrase) // 6),
                        f"Too short: use at least {MIN_LENGTH} characters, for example "
                        "four words that mean something only to you.")
    if any(word in lowered for word in COMMON) and len(passphrase) < 20:
        return Strength(False, 1, "Avoid common words like 'password'; add more words.")
    if len(set(passphrase)) < 6:
        return Strength(False, 1, "Too repetitive: use more different letters or words.")
    words = len(passphrase.split())
    score = 2 + (len(passphrase) >= 16) + (len(passphrase) >= 24 or words >= 4)
    advice = {2: "Acceptable. A few more words would make it stronger.",
              3: "Good.", 4: "Strong."}[min(score, 4)]
    return Strength(True, min(score, 4), advice)
