"""Record ids are made on the device, so creating offline never collides."""

import uuid


def new_id() -> str:
    """Return a new random record id (UUID4, canonical text form)."""
    return str(uuid.uuid4())


def is_id(value: str) -> bool:
    """True when value is a canonical UUID string."""
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, AttributeError, TypeError):
        return False
