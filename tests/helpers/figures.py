"""The proving ground's figures: each trial reports what it counted; the run prints one table.

A trial reports its counts before it asserts, so a failing trial still shows how
many records it lost and the seed that replays it. `make verify` exits non-zero
when any count that must be 0 is not.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

#: The counts that must all be 0, in the order the table shows them.
MUST_BE_ZERO = ("records_lost", "records_duplicated", "divergent_replicas", "server_errors",
                "authorisation_failures")


@dataclass
class Trial:
    name: str
    trials: int = 0
    faults: int = 0
    records_lost: int = 0
    records_duplicated: int = 0
    divergent_replicas: int = 0
    server_errors: int = 0
    authorisation_failures: int = 0
    seed: int | None = None
    failed: bool = False


@dataclass
class Figures:
    trials: list[Trial] = field(default_factory=list)

    def report(self, trial: Trial) -> Trial:
        self.trials.append(trial)
        return trial

    def bad(self) -> list[Trial]:
        return [t for t in self.trials
                if t.failed or any(getattr(t, name) for name in MUST_BE_ZERO)]

    def table(self) -> list[str]:
        merged = _merge(self.trials)
        heads = ("trial", "trials", "faults injected", "records lost", "records duplicated",
                 "divergent replicas", "5xx responses", "authorisation failures")
        rows = [(t.name, t.trials, t.faults, t.records_lost, t.records_duplicated,
                 t.divergent_replicas, t.server_errors, t.authorisation_failures)
                for t in merged]
        totals = ("total", *(sum(int(r[i]) for r in rows) for i in range(1, len(heads))))
        rows.append(totals)
        widths = [max(len(str(r[i])) for r in [heads, *rows]) for i in range(len(heads))]
        line = "| " + " | ".join(f"{{:{'<' if i == 0 else '>'}{w}}}"
                                 for i, w in enumerate(widths)) + " |"
        out = [line.format(*heads), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        out += [line.format(*(str(v) for v in row)) for row in rows]
        out.append("")
        for i, head in enumerate(heads[3:], start=3):
            out.append(f"{head}: {totals[i]}")
        for trial in self.bad():
            out.append(f"FAILED {trial.name}: replay with YJFIELD_SEED={trial.seed}"
                       if trial.seed is not None else f"FAILED {trial.name}")
        return out


def _merge(trials: Iterable[Trial]) -> list[Trial]:
    """One row per trial name (a trial run on both databases is two reports)."""
    rows: dict[str, Trial] = {}
    for trial in trials:
        row = rows.setdefault(trial.name, Trial(trial.name))
        for f in fields(Trial):
            if f.name not in ("name", "seed", "failed"):
                setattr(row, f.name, getattr(row, f.name) + getattr(trial, f.name))
    return list(rows.values())


FIGURES = Figures()


@dataclass
class WriteMatrix:
    """The write matrix's counts (tests/server/test_write_matrix.py), printed on their own."""

    tried: int = 0
    applied: int = 0
    refused: int = 0
    mismatches: int = 0

    def add(self, *, tried: int, applied: int, refused: int, mismatches: int) -> None:
        self.tried += tried
        self.applied += applied
        self.refused += refused
        self.mismatches += mismatches

    def lines(self) -> list[str]:
        if not self.tried:
            return []
        return [f"write matrix: rows tried {self.tried}, refused as expected {self.refused}, "
                f"applied as expected {self.applied}, mismatches {self.mismatches}"]


WRITE_MATRIX = WriteMatrix()
