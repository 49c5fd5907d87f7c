"""Every log line written while the suite runs, checked for the invented children's names.

Logs leave the laptop in support tickets and crash reports, so they must never carry a
child's name. The names are the demo service's and the test fixtures' family names:
long and unusual enough that a match is a leak, not a coincidence.
"""

import logging
import re
from collections.abc import Iterable

from yjfield.domain.demo import build_demo

FIXTURE_NAMES = ("Quarrendon", "Larkhollow", "Saltmarsh", "Thistlewood", "Marlowe",
                 "Aldwell", "Penrose", "Rookwood", "Tegan")


def invented_names() -> set[str]:
    demo = build_demo(children=40, months=1).children
    return {child.family_name for child in demo} | set(FIXTURE_NAMES)


def personal_data_in(lines: Iterable[str], names: Iterable[str]) -> list[str]:
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
    return [line for line in lines if pattern.search(line)]


class LogScan(logging.Handler):
    """Keeps every record's full text (message, arguments and any traceback)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that cannot be formatted is still kept, raw
            self.lines.append(f"{record.name}: {record.msg!r} {record.args!r}")
