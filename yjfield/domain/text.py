"""Text field types that refuse hostile values with a plain message."""

import re
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

# Tabs and newlines are ordinary in notes; every other control character is not
# something a person types, and NUL in particular breaks tools downstream.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A line in a log or a table: no line breaks or tabs either, so it cannot pose as two.
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _no_control_characters(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("contains characters that cannot be typed; please retype it")
    return value


def _one_line(value: str) -> str:
    if _LINE_BREAKING.search(value):
        raise ValueError("must be one line of ordinary characters")
    return value


OneLineText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=400), AfterValidator(_one_line),
]
"""A reason or label that is printed as one line of a log or table."""

ShortText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=200),
    AfterValidator(_no_control_characters),
]
"""A name, a label, a short answer."""

Text = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=2_000),
    AfterValidator(_no_control_characters),
]
"""A sentence or a short paragraph."""

LongText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=50_000),
    AfterValidator(_no_control_characters),
]
"""A case note: long, but bounded so that one record cannot fill a disk."""

RequiredLongText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50_000),
    AfterValidator(_no_control_characters),
]
