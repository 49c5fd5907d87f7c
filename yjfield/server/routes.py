"""The /v1 API: thin routes over the service functions.

Each route that writes opens its own transaction and returns only after the
commit: a device is never told "applied" for a change the server could lose.
"""

from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel

from yjfield.domain.protocol import (
    MAX_SEQ,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    EnrolRequest,
    EnrolResponse,
    ErrorCode,
    HeldChanges,
    HeldDecision,
    PasswordChange,
    Problem,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    ScopeSummary,
    SignInRequest,
    TokenPair,
    WipeConfirmation,
)
from yjfield.server import auth, held, sync_service
from yjfield.server.admin import AdminError
from yjfield.server.deps import (
    Bearer,
    DbEngine,
    Settings,
    check_versions,
)
from yjfield.server.errors import CATALOGUE, ApiError
from yjfield.server.together import Writes


def _problems(*codes: ErrorCode) -> dict[int | str, dict[str, Any]]:
    """The error answers a route can give, for the OpenAPI document (errors.CATALOGUE)."""
    answers: dict[int | str, dict[str, Any]] = {}
    for code in (*codes, ErrorCode.BAD_REQUEST, ErrorCode.TOO_LARGE, ErrorCode.CLIENT_TOO_OLD,
                 ErrorCode.SERVER_ERROR):
        status, message, _ = CATALOGUE[code]
        entry = answers.setdefault(status, {"model": Problem, "description": ""})
        entry["description"] = " ".join(filter(None, (entry["description"],
                                                      f"{code.value}: {message}")))
    return answers


_SIGNED_IN = (ErrorCode.NOT_SIGNED_IN, ErrorCode.TOKEN_EXPIRED, ErrorCode.DEVICE_REVOKED)
router = APIRouter(prefix="/v1")
versioned = APIRouter(dependencies=[Depends(check_versions)])


@router.get("/health")
def health(settings: Settings) -> dict[str, object]:
    """Whether the server is up, which protocol it speaks, and (for whoever started it)
    which start of the server this is."""
    answer: dict[str, object] = {"status": "ok", "protocol": PROTOCOL_VERSION,
                                 "schema": SCHEMA_VERSION}
    if settings.instance:
        answer["instance"] = settings.instance
    return answer


@versioned.post("/auth/enrol", response_model=EnrolResponse,
               responses=_problems(ErrorCode.WRONG_LOGIN, ErrorCode.TOO_MANY_LOGINS,
                                   ErrorCode.CODE_NEEDED, ErrorCode.DEVICE_LIMIT,
                                   ErrorCode.SECOND_FACTOR_NOT_SET_UP))
def enrol(body: EnrolRequest, request: Request, engine: DbEngine,
          settings: Settings) -> EnrolResponse:
    """Sign in on a new device: enrols it and returns its tokens."""
    address = request.client.host if request.client else "unknown"
    return auth.enrol(engine, settings=settings, request=body, address=address)


@versioned.post("/auth/sign-in", response_model=TokenPair,
               responses=_problems(ErrorCode.WRONG_LOGIN, ErrorCode.TOO_MANY_LOGINS,
                                   ErrorCode.DEVICE_UNKNOWN, ErrorCode.DEVICE_REVOKED))
def sign_in(body: SignInRequest, request: Request, engine: DbEngine,
            settings: Settings) -> TokenPair:
    """Sign in again on an enrolled device whose sign-in was lost or has expired."""
    address = request.client.host if request.client else "unknown"
    return auth.sign_in_again(engine, settings=settings, request=body, address=address)


@versioned.post("/auth/refresh", response_model=TokenPair,
               responses=_problems(*_SIGNED_IN, ErrorCode.TOKEN_REPLAYED))
def refresh(body: RefreshRequest, request: Request, engine: DbEngine,
            settings: Settings) -> TokenPair:
    """Swap a refresh token (once; a retry just after gets the same pair) for a new pair."""
    address = request.client.host if request.client else "unknown"
    return auth.refresh(engine, settings=settings, refresh_token=body.refresh_token,
                        address=address)


@versioned.post("/auth/password", status_code=204,
               responses=_problems(*_SIGNED_IN, ErrorCode.WRONG_LOGIN,
                                   ErrorCode.TOO_MANY_LOGINS, ErrorCode.WEAK_PASSWORD))
def change_password(body: PasswordChange, request: Request, token: Bearer, engine: DbEngine,
                    settings: Settings) -> Response:
    """A practitioner changes their own service password from a signed-in laptop."""
    with engine.connect() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
    address = request.client.host if request.client else "unknown"
    auth.change_password(engine, settings=settings, caller=caller, request=body,
                         address=address)
    return Response(status_code=204)


def _json(model: BaseModel) -> Response:
    # Already a validated model: serialise it once, rather than have FastAPI check it again.
    return Response(content=model.model_dump_json(), media_type="application/json")


@versioned.post("/sync/push", response_model=PushResponse, responses=_problems(*_SIGNED_IN))
def push(body: PushRequest, token: Bearer, engine: DbEngine, settings: Settings) -> Response:
    """Apply a device's changes; each gets its own answer."""
    with engine.begin() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
        writes = Writes()
        result = sync_service.push(conn, caller=caller, changes=body.changes, writes=writes)
        # The push holds its service's lock until this commits; sent with its last
        # writes, one round trip on PostgreSQL, the lock is let go the sooner.
        writes.send(conn, commit=True)
    return _json(result)


@versioned.post("/sync/pull", response_model=PullResponse, responses=_problems(*_SIGNED_IN))
def pull(body: PullRequest, token: Bearer, engine: DbEngine, settings: Settings) -> Response:
    """Records in scope after the cursor, in server order."""
    with engine.connect() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
        return _json(sync_service.pull(conn, caller=caller, request=body))


@versioned.get("/sync/summary", response_model=ScopeSummary,
              responses=_problems(*_SIGNED_IN))
def summary(token: Bearer, engine: DbEngine, settings: Settings,
            upto: int = Query(ge=0, le=MAX_SEQ), by_child: bool = False) -> ScopeSummary:
    """Counts per kind in the caller's scope up to `upto` (to check a first sync), and
    per child with `by_child` (to check each sync left every child whole)."""
    with engine.connect() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
        return sync_service.summary(conn, caller=caller, upto=upto, by_child=by_child)


@versioned.post("/device/wiped", responses=_problems(ErrorCode.NOT_SIGNED_IN,
                                                     ErrorCode.FORBIDDEN))
def wiped(request: Request, engine: DbEngine, settings: Settings,
          body: WipeConfirmation | None = None) -> dict[str, str]:
    """A revoked device confirms it has erased its store (with its access token, or
    the refresh token it kept for this when it had to wait)."""
    scheme, _, bearer = request.headers.get("Authorization", "").partition(" ")
    token = (body.refresh_token if body is not None else None) or (
        bearer.strip() if scheme.lower() == "bearer" else "")
    if not token:
        raise ApiError(ErrorCode.NOT_SIGNED_IN)
    with engine.begin() as conn:
        at = auth.confirm_wipe(conn, settings=settings, token=token)
    return {"status": "recorded", "at": at}


@versioned.get("/held", response_model=HeldChanges, responses=_problems(*_SIGNED_IN,
                                                                        ErrorCode.FORBIDDEN))
def held_changes(token: Bearer, engine: DbEngine, settings: Settings) -> HeldChanges:
    """Changes held for a decision that this manager may decide on."""
    with engine.connect() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
        try:
            found = held.for_manager(conn, caller.user)
        except AdminError as error:
            raise ApiError(ErrorCode.FORBIDDEN, str(error)) from None
        return HeldChanges(changes=[held.view(item) for item in found])


@versioned.post("/held/{number}", status_code=204,
               responses=_problems(*_SIGNED_IN, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND))
def decide_held(number: int, body: HeldDecision, token: Bearer, engine: DbEngine,
                settings: Settings) -> Response:
    """Accept a held change (applied as its author's) or decline it with a reason."""
    with engine.begin() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
        try:
            if number not in {h.number for h in held.for_manager(conn, caller.user)}:
                raise ApiError(ErrorCode.NOT_FOUND, "That held change is not waiting for "
                               "your decision (decided already, or not on your caseload).")
            if body.accept:
                held.accept(conn, number, by=caller.user.username)
            else:
                held.decline(conn, number, by=caller.user.username, reason=body.reason)
        except AdminError as error:
            raise ApiError(ErrorCode.FORBIDDEN, str(error)) from None
    return Response(status_code=204)


router.include_router(versioned)
