"""Run the server on loopback inside this process (tests, benchmarks, the demo)."""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

#: How long the server keeps an idle connection open: longer than a client's own 5 s
#: (httpx's default), so the client always closes an idle connection first and a
#: request is never sent down a connection the server is closing that moment.
KEEP_ALIVE_SECONDS = 30


class LoopbackServer:
    """uvicorn serving `app` on a thread, which can be stopped and started again on its port."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        self.host = host
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> str:
        # The standard asyncio loop: this server shares its process with tests, benches
        # and Qt, and is not where speed is measured; `yjfield-server serve`, in a
        # process of its own, uses uvloop.
        server = uvicorn.Server(uvicorn.Config(self.app, host=self.host, port=self.port,
                                               log_level="warning", lifespan="off",
                                               loop="asyncio",
                                               timeout_keep_alive=KEEP_ALIVE_SECONDS))
        thread = threading.Thread(target=server.run, name="yjfield-server", daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the embedded server did not start")
            time.sleep(0.02)
        self.port = server.servers[0].sockets[0].getsockname()[1]
        self._server, self._thread = server, thread
        return self.url

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=30)
        self._server = self._thread = None


@contextmanager
def running_server(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """uvicorn serving `app` on a thread; yields its base URL; stops on exit."""
    server = LoopbackServer(app, host, port)
    try:
        yield server.start()
    finally:
        server.stop()
