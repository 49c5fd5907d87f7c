"""A hybrid logical clock: device time for display and tie-breaks only.

The server's sequence number is the only order that decides anything; the HLC
gives each device a monotonic, sortable stamp even when its wall clock jumps
backwards, so local lists stay in a sensible order.
"""

from dataclasses import dataclass

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6


@dataclass(frozen=True, order=True)
class Hlc:
    """One HLC reading: milliseconds since the epoch, a counter, and the node."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """A string that sorts in the same order as the clock readings."""
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> "Hlc":
        """Parse a string made by encode()."""
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


def tick(last: Hlc | None, now_ms: int, node: str) -> Hlc:
    """The next reading after `last` for a local event at wall time now_ms."""
    if last is None or now_ms > last.wall_ms:
        return Hlc(now_ms, 0, node)
    return Hlc(last.wall_ms, last.counter + 1, node)


def receive(last: Hlc | None, remote: Hlc, now_ms: int, node: str) -> Hlc:
    """The next reading after seeing a remote stamp (keeps causality for display)."""
    base = max(last, remote) if last is not None else remote
    if now_ms > base.wall_ms:
        return Hlc(now_ms, 0, node)
    return Hlc(base.wall_ms, base.counter + 1, node)
