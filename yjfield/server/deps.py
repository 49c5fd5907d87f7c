"""Typed request dependencies: settings, engine, the versions a device speaks, its token.

They are `async def` though none of them waits on anything: FastAPI runs a plain `def`
dependency on its thread pool, a hand-off per dependency per request, which under a
crowd of syncing laptops cost more server time than the work itself.
"""

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine

from yjfield.domain.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    SCHEMA_HEADER,
    ErrorCode,
)
from yjfield.server.errors import ApiError
from yjfield.server.settings import ServerSettings


async def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


Settings = Annotated[ServerSettings, Depends(get_settings)]
DbEngine = Annotated[Engine, Depends(get_engine)]


async def check_versions(request: Request) -> int:
    """Every request says which protocol and schema it speaks; too old is told to update."""
    try:
        protocol = int(request.headers[PROTOCOL_HEADER])
        int(request.headers[SCHEMA_HEADER])
    except (KeyError, ValueError):
        raise ApiError(ErrorCode.CLIENT_TOO_OLD,
                       "This app did not say which version it is, so it is probably too old "
                       "for the server.") from None
    if protocol < MIN_PROTOCOL_VERSION:
        raise ApiError(ErrorCode.CLIENT_TOO_OLD)
    return protocol


Protocol = Annotated[int, Depends(check_versions)]


async def bearer_token(request: Request) -> str:
    """The request's access token; it is checked inside the route's own transaction, so
    a request needs one database connection, not two."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(ErrorCode.NOT_SIGNED_IN)
    return token.strip()


Bearer = Annotated[str, Depends(bearer_token)]
