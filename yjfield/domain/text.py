"""Text field types that refuse hostile values with a plain message."""

import re
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

# Tabs and newlines are ordinary in notes; every other control character is not
# something a person types, and NUL in particular breaks tools downstream.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _no_control_characters(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("contains characters that cannot be typed; please retype it")
    return value


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
