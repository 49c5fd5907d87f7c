"""Record ids are made on the device, so creating offline never collides."""

import re
import uuid

#: The canonical text form of a UUID, as new_id() makes it.
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_UUID = re.compile(UUID_PATTERN)


def new_id() -> str:
    """Return a new random record id (UUID4, canonical text form)."""
    return str(uuid.uuid4())
