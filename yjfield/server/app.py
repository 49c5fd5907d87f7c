"""The FastAPI application, built by a factory (nothing is created at import time)."""

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI
from sqlalchemy import Engine

from yjfield import __version__
from yjfield.domain.protocol import ErrorCode
from yjfield.server.db import make_engine, migrate
from yjfield.server.errors import install_handlers, problem_response
from yjfield.server.routes import router
from yjfield.server.settings import ServerSettings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """Refuse request bodies over the limit, whether declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await problem_response(ErrorCode.TOO_LARGE)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await problem_response(ErrorCode.TOO_LARGE)(scope, receive, send)


class _TooLarge(Exception):
    pass


def create_app(settings: ServerSettings | None = None, engine: Engine | None = None) -> FastAPI:
    """The server app on its own engine (made from the settings unless given)."""
    settings = settings or ServerSettings()
    engine = engine or make_engine(settings.resolved_database_url())
    migrate(engine)
    app = FastAPI(title="yjfield server", version=__version__, openapi_url="/v1/openapi.json",
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.engine = engine
    install_handlers(app)
    app.include_router(router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app
