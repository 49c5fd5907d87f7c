"""The two kinds of record the sync contract knows: append-only facts and mutable records."""

from datetime import date, datetime, timedelta
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from yjfield.domain.ids import UUID_PATTERN, new_id
from yjfield.domain.text import Text

# Checked by pydantic's own (compiled) pattern matcher: ids are checked on every
# record of every sync, so this is on the hot path.
RecordId = Annotated[str, StringConstraints(pattern=UUID_PATTERN)]

#: How far ahead of the server's receipt a fact's own time may be before it is not
#: believed (a laptop's clock a few minutes fast is not worth a word).
CLOCK_TOLERANCE = timedelta(minutes=5)


class Record(BaseModel):
    """Common ground for every record: a device-made id and the child it belongs to."""

    # Unknown fields are ignored on read (a newer server may add some); the store
    # keeps the raw JSON, so nothing a newer version wrote is lost on this device.
    model_config = ConfigDict(frozen=True, extra="ignore", validate_default=True)

    kind: ClassVar[str]
    append_only: ClassVar[bool]
    #: A short plain name for messages ("contact", "plan goal").
    noun: ClassVar[str]

    id: RecordId = Field(default_factory=new_id)
    child_id: RecordId | None = None

    def to_data(self) -> dict[str, Any]:
        """The JSON-ready form kept in the store and sent over the wire."""
        return self.model_dump(mode="json")


class Fact(Record):
    """An append-only fact: never edited; a correction is a new fact pointing at it."""

    append_only: ClassVar[bool] = True

    corrects: RecordId | None = None
    correction_reason: Text | None = None
    #: Filled in by the store when the fact is saved on a device.
    recorded_by: str | None = None
    device_id: str | None = None
    recorded_at: str | None = None
    #: Filled in by the server when the fact reaches it (whatever a laptop says here).
    received_at: str | None = None

    @model_validator(mode="after")
    def _correction_needs_reason(self) -> "Fact":
        if self.corrects is not None and not self.correction_reason:
            raise ValueError("A correction needs a reason, so readers know why it changed.")
        if self.corrects == self.id:
            raise ValueError("A record cannot correct itself.")
        return self

    def occurred(self) -> date | datetime:
        """When the thing happened, as its device said, for ordering lists (not for sync)."""
        raise NotImplementedError

    def when(self) -> date | datetime:
        """When it happened, as far as it can be believed: a time after the server received
        the fact (a laptop whose clock ran ahead) is the time it was received instead."""
        said = self.occurred()
        if self.received_at is None:
            return said
        try:
            received = datetime.fromisoformat(self.received_at)
        except ValueError:
            return said
        if isinstance(said, datetime):
            return received if said > received + CLOCK_TOLERANCE else said
        return received.date() if said > received.date() else said

    @property
    def clock_was_ahead(self) -> bool:
        """Whether its device's time was after the server received it."""
        return self.when() != self.occurred()


def without_receipt(data: dict[str, Any]) -> dict[str, Any]:
    """A fact's data without the server's receipt time: what its device sent (to tell a
    retry or a copy of the same fact from a different one)."""
    return {k: v for k, v in data.items() if k != "received_at"}


class Mutable(Record):
    """A record that changes field by field; field-level versions live in the store."""

    append_only: ClassVar[bool] = False
    #: Fields that say which record this is and whose: set once, never changed.
    fixed_fields: ClassVar[frozenset[str]] = frozenset({"id", "child_id"})

    archived: bool = False

    @classmethod
    def editable_fields(cls) -> list[str]:
        """The fields a device may change (each versioned separately)."""
        return [name for name in cls.model_fields if name not in cls.fixed_fields]
