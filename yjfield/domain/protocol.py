"""The sync protocol's messages, shared by the server and the client (docs/sync.md)."""

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from yjfield.domain.base import RecordId
from yjfield.domain.identity import DeviceIdentity
from yjfield.domain.policy import LocalPolicy
from yjfield.domain.text import ShortText

#: The protocol this build speaks, and the oldest one a server of this build accepts.
PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
#: The record schema (kinds and fields) this build knows.
SCHEMA_VERSION = 1

PROTOCOL_HEADER = "X-Yjfield-Protocol"
SCHEMA_HEADER = "X-Yjfield-Schema"

MAX_CHANGES_PER_PUSH = 500
MAX_PULL_PAGE = 2000


#: The largest sequence number or counter: both databases store them as 64-bit integers.
MAX_SEQ = 2**63 - 1


class ErrorCode(StrEnum):
    """Stable error codes: never reused once retired (the server's catalogue words them)."""

    BAD_REQUEST = "bad_request"
    TOO_LARGE = "too_large"
    NOT_SIGNED_IN = "not_signed_in"
    WRONG_LOGIN = "wrong_login"
    TOO_MANY_LOGINS = "too_many_logins"
    TOKEN_EXPIRED = "token_expired"  # noqa: S105 - an error code, not a secret
    TOKEN_REPLAYED = "token_replayed"  # noqa: S105 - an error code, not a secret
    DEVICE_REVOKED = "device_revoked"
    DEVICE_UNKNOWN = "device_unknown"
    CLIENT_TOO_OLD = "client_too_old"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    OUT_OF_SCOPE = "out_of_scope"
    REASSIGNED = "reassigned"
    INVALID_RECORD = "invalid_record"
    ID_REUSED = "id_reused"
    NOT_EDITABLE = "not_editable"
    SERVER_ERROR = "server_error"
    ERASED = "erased"
    DECLINED = "declined"
    FIXED_FIELD = "fixed_field"
    CHANGE_ID_REUSED = "change_id_reused"
    DEVICE_LIMIT = "device_limit"
    CODE_NEEDED = "code_needed"
    SECOND_FACTOR_NOT_SET_UP = "second_factor_not_set_up"
    WEAK_PASSWORD = "weak_password"  # noqa: S105 - an error code, not a secret


class Problem(BaseModel):
    """Every error the server returns: a stable code and two plain sentences."""

    code: ErrorCode
    message: str
    todo: str = ""


class Op(StrEnum):
    APPEND = "append"
    CREATE = "create"
    PATCH = "patch"
    ARCHIVE = "archive"


class Change(BaseModel):
    """One change from a device's outbox."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    change_id: RecordId
    counter: int = Field(ge=1, le=MAX_SEQ, description="the device's own sequence for its changes")
    op: Op
    kind: str = Field(max_length=40)
    record_id: RecordId
    child_id: RecordId | None = None
    record: dict[str, Any] | None = Field(default=None, description="a whole fact (append)")
    fields: dict[str, Any] | None = Field(default=None, description="field values (others)")
    base: dict[str, int] | None = Field(default=None, description="version each was edited from")
    resolves: list[str] = Field(default_factory=list, max_length=100)
    made_at: str = Field(default="", max_length=64)


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    changes: list[Change] = Field(max_length=MAX_CHANGES_PER_PUSH)


class ChangeStatus(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"  # already applied earlier: a retry, harmless
    CONFLICT = "conflict"  # applied, and at least one field is now in conflict
    REJECTED = "rejected"  # refused for good: kept on the device with the reason
    HELD = "held"  # kept on the server for a manager to accept (child reassigned)


class ChangeResult(BaseModel):
    change_id: str
    status: ChangeStatus
    seq: int | None = None
    versions: dict[str, int] = Field(default_factory=dict)
    code: ErrorCode | None = None
    message: str | None = None


class PushResponse(BaseModel):
    results: list[ChangeResult]
    head: int


class PullRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cursor: int = Field(default=0, ge=0, le=MAX_SEQ)
    limit: int = Field(default=1000, ge=1, le=MAX_PULL_PAGE)
    #: Backfill: only these children's records, up to `upto` (a child new to the scope).
    children: list[RecordId] | None = Field(default=None, max_length=1000)
    upto: int | None = Field(default=None, ge=0, le=MAX_SEQ)


class WireRecord(BaseModel):
    """A record as the server holds it now (mutable ones with their sync state)."""

    kind: str
    id: str
    child_id: str | None
    seq: int
    data: dict[str, Any]
    versions: dict[str, int] | None = None
    authors: dict[str, dict[str, str]] | None = None
    conflicts: dict[str, list[dict[str, Any]]] | None = None


class PullResponse(BaseModel):
    records: list[WireRecord]
    cursor: int
    has_more: bool
    head: int
    #: The children in this device's scope now: the device purges any others it holds.
    scope: list[str]


class ScopeSummary(BaseModel):
    """How many records of each kind the device's scope holds, up to `head`; asked for
    by child, how many each child in scope has (a laptop checks it holds them whole)."""

    head: int
    counts: dict[str, int]
    children: dict[str, int] | None = None


class HeldChangeView(BaseModel):
    """A change held for a manager, as a deciding manager's laptop shows it."""

    number: int
    held_at: str
    author: str  # the practitioner's display name
    child_id: str | None
    kind: str
    op: Op
    #: What it carries: the fields of a patch or create, or the whole of a new fact.
    content: dict[str, Any]
    reason: str


class HeldChanges(BaseModel):
    changes: list[HeldChangeView]


class HeldDecision(BaseModel):
    """Accept a held change, or decline it with the reason its author will read."""

    accept: bool
    reason: str = Field(default="", max_length=2000)


OneTimeCode = Annotated[str, Field(pattern=r"^[0-9]{6}$")]


class EnrolRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: ShortText = Field(min_length=1)
    password: str = Field(min_length=1, max_length=1024)
    device_name: ShortText = Field(min_length=1)
    #: From the practitioner's authenticator app, when they have a second factor.
    one_time_code: OneTimeCode | None = None


class SignInRequest(BaseModel):
    """Sign in again on an enrolled device (its token was lost or has expired)."""

    model_config = ConfigDict(extra="forbid")

    username: ShortText = Field(min_length=1)
    password: str = Field(min_length=1, max_length=1024)
    device_id: RecordId
    one_time_code: OneTimeCode | None = None


class PasswordChange(BaseModel):
    """A practitioner changing their own service password, from a signed-in laptop."""

    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type
    expires_in: int


class EnrolResponse(BaseModel):
    identity: DeviceIdentity
    tokens: TokenPair
    policy: LocalPolicy


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: str = Field(min_length=1, max_length=512)


class WipeConfirmation(BaseModel):
    """A revoked laptop saying it has erased its store. It may come long after the
    wipe (the laptop was off), so it carries the refresh token kept for just this."""

    model_config = ConfigDict(extra="forbid")

    refresh_token: str | None = Field(default=None, min_length=1, max_length=512)


class WipeInstruction(BaseModel):
    """What a revoked device is told: stop, and erase the local store."""

    wipe: Literal[True] = True
    problem: Problem
