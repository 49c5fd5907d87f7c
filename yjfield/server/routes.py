"""The /v1 API: thin routes over the service functions.

Each route that writes opens its own transaction and returns only after the
commit: a device is never told "applied" for a change the server could lose.
"""

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel

from yjfield.domain.protocol import (
    MAX_SEQ,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    EnrolRequest,
    EnrolResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    ScopeSummary,
    SignInRequest,
    TokenPair,
)
from yjfield.server import auth, sync_service
from yjfield.server.deps import (
    Bearer,
    DbEngine,
    Settings,
    check_versions,
)
from yjfield.server.together import Writes

router = APIRouter(prefix="/v1")
versioned = APIRouter(dependencies=[Depends(check_versions)])


@router.get("/health")
def health() -> dict[str, object]:
    """Whether the server is up, and which protocol it speaks."""
    return {"status": "ok", "protocol": PROTOCOL_VERSION, "schema": SCHEMA_VERSION}


@versioned.post("/auth/enrol", response_model=EnrolResponse)
def enrol(body: EnrolRequest, request: Request, engine: DbEngine,
          settings: Settings) -> EnrolResponse:
    """Sign in on a new device: enrols it and returns its tokens."""
    address = request.client.host if request.client else "unknown"
    return auth.enrol(engine, settings=settings, request=body, address=address)


@versioned.post("/auth/sign-in", response_model=TokenPair)
def sign_in(body: SignInRequest, request: Request, engine: DbEngine,
            settings: Settings) -> TokenPair:
    """Sign in again on an enrolled device whose sign-in was lost or has expired."""
    address = request.client.host if request.client else "unknown"
    return auth.sign_in_again(engine, settings=settings, request=body, address=address)


@versioned.post("/auth/refresh", response_model=TokenPair)
def refresh(body: RefreshRequest, engine: DbEngine, settings: Settings) -> TokenPair:
    """Swap a refresh token (once) for a new pair."""
    return auth.refresh(engine, settings=settings, refresh_token=body.refresh_token)


def _json(model: BaseModel) -> Response:
    # Already a validated model: serialise it once, rather than have FastAPI check it again.
    return Response(content=model.model_dump_json(), media_type="application/json")


@versioned.post("/sync/push", response_model=PushResponse)
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


@versioned.post("/sync/pull", response_model=PullResponse)
def pull(body: PullRequest, token: Bearer, engine: DbEngine, settings: Settings) -> Response:
    """Records in scope after the cursor, in server order."""
    with engine.connect() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
        return _json(sync_service.pull(conn, caller=caller, request=body))


@versioned.get("/sync/summary", response_model=ScopeSummary)
def summary(token: Bearer, engine: DbEngine, settings: Settings,
            upto: int = Query(ge=0, le=MAX_SEQ)) -> ScopeSummary:
    """Counts per kind in the caller's scope up to `upto`, to check a first sync."""
    with engine.connect() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token)
        return sync_service.summary(conn, caller=caller, upto=upto)


@versioned.post("/device/wiped")
def wiped(token: Bearer, engine: DbEngine, settings: Settings) -> dict[str, str]:
    """A revoked device confirms it has erased its store."""
    with engine.begin() as conn:
        caller = auth.authenticate(conn, settings=settings, token=token, allow_revoked=True)
        auth.confirm_wipe(conn, device_id=caller.device_id)
    return {"status": "recorded"}


router.include_router(versioned)
