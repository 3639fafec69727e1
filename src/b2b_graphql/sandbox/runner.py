"""Running a sandbox app with uvicorn on 127.0.0.1: in a background thread (tests, the demo,
users' pytest fixtures) or in the foreground (`python -m b2b_graphql sandbox NAME`)."""

from __future__ import annotations

import signal
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from .faults import FaultInjector, FaultPlan

__all__ = ["LOOPBACK", "SandboxServer"]

LOOPBACK = "127.0.0.1"


class SandboxServer:
    """`with SandboxServer(app) as server: server.url` — a free loopback port, torn down after.

    The app runs behind a `FaultInjector`: `server.faults` (a `FaultPlan`) injects faults, as
    does `POST /__sandbox__/faults` on the same port.
    """

    def __init__(self, app: Any, *, port: int = 0, path: str = "/") -> None:
        self.app = app if isinstance(app, FaultInjector) else FaultInjector(app)
        self.faults: FaultPlan = self.app.plan
        self.port = port
        self.path = path
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{self.path}"

    def listen(self) -> Self:
        """Bind the port now (`start` does it if needed): a busy port fails here with an
        `OSError`, before any server thread exists."""
        if self._socket is None:
            # IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on accepted sockets whose proto
            # says TCP, and without it Nagle + delayed ACKs add ~40 ms to every response.
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind((LOOPBACK, self.port))
            except OSError:
                sock.close()
                raise
            self.port = sock.getsockname()[1]
            self._socket = sock
        return self

    def start(self, timeout: float = 10.0) -> Self:
        import uvicorn

        sock = self.listen()._socket
        assert sock is not None
        self._socket = None  # the server owns it now
        config = uvicorn.Config(
            self.app, log_level="warning", lifespan="off", access_log=False, timeout_keep_alive=30
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True, name=self.url
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"sandbox server did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        self.stop()

    def serve_forever(self, on_ready: Callable[[SandboxServer], None] | None = None) -> None:
        """Serve until Ctrl-C or SIGTERM, as the CLI does; `on_ready` runs once listening."""
        stop = threading.Event()
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
        self.start()
        try:
            if on_ready:
                on_ready(self)
            while not stop.is_set() and self._thread is not None and self._thread.is_alive():
                stop.wait(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()
            signal.signal(signal.SIGTERM, previous)
