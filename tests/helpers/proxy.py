"""A loopback TCP proxy that can cut connections mid-body, in either direction.

A cut is armed on the proxy and taken by the next bytes to flow in its direction,
on any connection, new or kept alive, so reused HTTP connections are cut too.
"""

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass


@dataclass
class Cut:
    """Cut the connection `after` bytes into the next transfer in `direction`."""

    direction: str  # "to_server" or "to_client"
    after: int


class _Connection:
    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.open_pumps = 2
        self.lock = threading.Lock()

    def reset(self) -> None:
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()

    def pump_done(self) -> None:
        with self.lock:
            self.open_pumps -= 1
            last = self.open_pumps == 0
        if last:
            self.client.close()
            self.upstream.close()


class CuttingProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._armed: Cut | None = None
        self.cuts_done = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def arm(self, cut: Cut) -> None:
        with self._lock:
            self._armed = cut

    def _take(self, direction: str) -> int | None:
        with self._lock:
            if self._armed is None or self._armed.direction != direction:
                return None
            after, self._armed = self._armed.after, None
            self.cuts_done += 1
            return after

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            connection = _Connection(client, upstream)
            for source, sink, direction in ((client, upstream, "to_server"),
                                            (upstream, client, "to_client")):
                thread = threading.Thread(target=self._pump,
                                          args=(connection, source, sink, direction),
                                          daemon=True)
                thread.start()

    def _pump(self, connection: _Connection, source: socket.socket, sink: socket.socket,
              direction: str) -> None:
        budget: int | None = None
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    sink.shutdown(socket.SHUT_WR)
                    return
                if budget is None:
                    budget = self._take(direction)
                if budget is not None and len(data) > budget:
                    sink.sendall(data[:budget])
                    connection.reset()
                    return
                if budget is not None:
                    budget -= len(data)
                sink.sendall(data)
        except OSError:
            connection.reset()
        finally:
            connection.pump_done()

    def close(self) -> None:
        self._listener.close()
