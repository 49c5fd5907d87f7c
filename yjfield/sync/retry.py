"""When to try again after a failed sync: exponential backoff with full jitter."""

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays of base * 2^n seconds, capped, each drawn at random below that (full jitter),
    so a room of laptops coming back online does not hit the server at the same moment."""

    base: float = 2.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * (2 ** self.failures))
        self.failures += 1
        return self.rng.uniform(0, ceiling)

    def reset(self) -> None:
        self.failures = 0
