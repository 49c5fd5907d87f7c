"""A loopback TCP proxy that can break connections mid-body, in either direction.

A fault is armed on the proxy and taken by the next bytes to flow in its
direction, on any connection, new or kept alive, so reused HTTP connections are
broken too. Faults: reset (RST after some bytes), truncate (a clean close after
some bytes), drop (the rest goes nowhere and the connection hangs until the
client gives up) and delay (everything arrives, late).
"""

import contextlib
import socket
import struct
import threading
import time
from dataclasses import dataclass


@dataclass
class Cut:
    """Break the connection `after` bytes into the next transfer in `direction`."""

    direction: str  # "to_server" or "to_client"
    after: int
    mode: str = "reset"  # reset | truncate | drop | delay
    delay: float = 0.0  # seconds, for "delay"

MODES = ("reset", "truncate", "drop", "delay")


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
        self.faults_fired = 0
        self._epoch = 0
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

    def _take(self, direction: str) -> tuple[Cut, int] | None:
        with self._lock:
            if self._armed is None or self._armed.direction != direction:
                return None
            cut, self._armed = self._armed, None
            self.cuts_done += 1
            return cut, self._epoch

    def _fire(self, epoch: int) -> bool:
        """Whether a fault taken in `epoch` may still fire; counts it when it does."""
        with self._lock:
            if epoch != self._epoch:
                return False
            self.faults_fired += 1
            return True

    def disarm(self) -> None:
        """No fault fires from now on, not even one a connection took and has not yet reached."""
        with self._lock:
            self._armed = None
            self._epoch += 1

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
        taken: tuple[Cut, int] | None = None
        budget = 0
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    sink.shutdown(socket.SHUT_WR)
                    return
                if taken is None:
                    taken = self._take(direction)
                    budget = taken[0].after if taken is not None else 0
                if taken is not None and taken[0].mode == "delay":
                    if self._fire(taken[1]):
                        time.sleep(taken[0].delay)
                    taken = None  # one late transfer; the connection then runs normally
                elif taken is not None and len(data) > budget:
                    if not self._fire(taken[1]):  # disarmed meanwhile: runs normally
                        taken = None
                        sink.sendall(data)
                        continue
                    sink.sendall(data[:budget])
                    self._break(connection, source, sink, taken[0].mode)
                    return
                budget -= len(data)
                sink.sendall(data)
        except OSError:
            connection.reset()
        finally:
            connection.pump_done()

    @staticmethod
    def _break(connection: _Connection, source: socket.socket, sink: socket.socket,
               mode: str) -> None:
        if mode == "truncate":
            sink.shutdown(socket.SHUT_WR)  # a clean end of stream, in the middle of a body
            connection.client.close()
            connection.upstream.close()
            return
        if mode == "drop":
            # Nothing more arrives, and nothing says so: the client waits until its own
            # timeout, then hangs up, which ends the connection here too.
            while source.recv(4096):
                pass
        connection.reset()

    def close(self) -> None:
        self._listener.close()
