"""Fault injection for any sandbox app: an ASGI middleware that breaks responses on request.

`FaultInjector(app)` sits in front of a sandbox app (`SandboxServer` puts it there for every
API) and consults a `FaultPlan` for each GraphQL POST. Tests drive the plan in-process:

    server.faults.inject("http_error", count=2, status=503)   # the next 2 answers are 503s
    server.faults.inject("lose_response", operation="orderCreate")
    server.faults.set_rate(0.1, ["http_error", "reset"], seed=7)  # 10% of answers, seeded
    server.faults.clear()

and anything else (the CLI sandbox, a demo) over HTTP on the same port:

    POST   /__sandbox__/faults  {"kind": "http_error", "count": 2, "status": 503}
    POST   /__sandbox__/faults  {"rate": 0.1, "kinds": ["reset", "stall"], "seed": 7}
    POST   /__sandbox__/faults  {"clear": true}
    GET    /__sandbox__/faults  -> what is pending, what fired, requests seen per operation,
                                   and the app's `mutation_counts` (mutations executed)
    DELETE /__sandbox__/faults

Fault kinds (`KINDS`):

- `http_error`: answer `status` (503) with a plain-text body, without running the app.
- `rate_limit`: answer 429 with `Retry-After: retry_after` (1 second), without running the app.
- `reset`: send headers and half a body, then reset the TCP connection (the client sees
  `httpx.ReadError` or `RemoteProtocolError`). The app runs first only if `execute=True`.
- `lose_response`: run the app (a mutation takes effect and is counted), then close the
  connection without answering: the client cannot know whether it worked.
- `stall`: wait `seconds` (10) before running the app; a client that gives up first (its read
  timeout) disconnects, and the request is then dropped without running.
- `trickle`: run the app, then send its body a few bytes at a time over `seconds` (5), slowly
  enough to outlast a deadline but fast enough never to trip a read timeout.
- `malformed_json`: 200 with a truncated JSON body.
- `html`: `status` (200) with an HTML error page, as a captive portal or a proxy sends.
- `graphql_error`: `status` (400) with a GraphQL `errors` body (`message`, `code`, `path`,
  `data`), as a GraphQL-over-HTTP server answers a request it refuses.
- `wrong_shape`: run the app, then replace the first scalar in `data` with a nested list, so
  the JSON is valid but does not fit the client's model.
- `drop_auth_header`: run the app and strip `Authorization` from the response headers (the
  header Hipex rotates its session token in).
- `bad_encoding`: 200 with `Content-Encoding: gzip` on a body that is not gzip.

Every fault may name an `operation` (the request's `operationName`) to hit only that one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from http import HTTPStatus
from typing import Any

from ._core.asgi import Message, Receive, Scope, Send, read_body, respond

__all__ = ["CONTROL_PATH", "DEFAULT_RANDOM_KINDS", "KINDS", "Fault", "FaultInjector", "FaultPlan"]

CONTROL_PATH = "/__sandbox__/faults"

KINDS = (
    "http_error",
    "rate_limit",
    "reset",
    "lose_response",
    "stall",
    "trickle",
    "malformed_json",
    "html",
    "graphql_error",
    "wrong_shape",
    "drop_auth_header",
    "bad_encoding",
)

#: What `set_rate` injects when not told: faults a correct client survives without hanging.
DEFAULT_RANDOM_KINDS = (
    "http_error",
    "rate_limit",
    "reset",
    "lose_response",
    "malformed_json",
    "html",
)

_DEFAULT_STATUS = {"http_error": 503, "rate_limit": 429, "html": 200, "graphql_error": 400}
_HTML = (
    "<!DOCTYPE html>\n<html>\n<head><title>{status} {phrase}</title></head>\n"
    "<body>\n<h1>{phrase}</h1>\n<p>The gateway could not reach the GraphQL service.</p>\n"
    "<hr><address>sandbox-proxy</address>\n</body>\n</html>\n"
)
_MALFORMED = b'{"data": {"truncated": [1, 2, {"field": "value'
_WRONG = [["wrong shape"]]


@dataclass(frozen=True)
class Fault:
    """One fault to inject; parameters a kind does not use are ignored."""

    kind: str
    status: int | None = None
    retry_after: float | str | None = None
    seconds: float | None = None
    execute: bool = False
    operation: str | None = None
    message: str = "injected GraphQL error"
    code: str | None = "INTERNAL_SERVER_ERROR"
    path: tuple[str | int, ...] | None = None
    data: Any = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {KINDS}")
        if self.status is not None and not (
            isinstance(self.status, int) and 100 <= self.status <= 599
        ):
            raise ValueError(f"status must be an HTTP status code, got {self.status!r}")
        if self.seconds is not None and not (
            isinstance(self.seconds, int | float) and 0 <= self.seconds <= 3600
        ):
            raise ValueError(f"seconds must be between 0 and 3600, got {self.seconds!r}")
        if self.path is not None:
            object.__setattr__(self, "path", tuple(self.path))

    @property
    def http_status(self) -> int:
        return self.status if self.status is not None else _DEFAULT_STATUS.get(self.kind, 200)

    def to_dict(self) -> dict[str, Any]:
        defaults = Fault(self.kind)
        values = asdict(self)
        return {
            key: list(value) if isinstance(value, tuple) else value
            for key, value in values.items()
            if key == "kind" or value != getattr(defaults, key)
        }

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any]) -> Fault:
        known = {f.name for f in fields(cls)}
        unknown = set(spec) - known
        if unknown:
            raise ValueError(f"unknown fault parameter(s): {', '.join(sorted(unknown))}")
        if not isinstance(spec.get("kind"), str):
            raise ValueError("a fault needs a 'kind'")
        return cls(**spec)


def _fault(kind: str | Fault, params: Mapping[str, Any]) -> Fault:
    if isinstance(kind, Fault):
        if params:
            raise TypeError("pass parameters in the Fault itself")
        return kind
    return Fault(kind=kind, **params)


class FaultPlan:
    """Which requests get which fault: a queue of counted faults, then an optional random rate.

    Thread-safe: the sandbox serves from its own thread while tests change the plan. Counters
    (`fired`, `requests`) survive `clear()`; `reset()` zeroes them too.
    """

    def __init__(self, *, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._queue: list[list[Any]] = []  # [fault, remaining count]
        self._rate = 0.0
        self._random: tuple[Fault, ...] = ()
        self._rng = random.Random(seed)
        self.fired: Counter[str] = Counter()
        self.fired_by_operation: Counter[tuple[str, str]] = Counter()
        self.requests: Counter[str] = Counter()

    # -- changing the plan ----------------------------------------------------------------------

    def inject(self, kind: str | Fault, count: int = 1, **params: Any) -> Fault:
        """Queue `count` faults: the next `count` matching requests get it, in queue order."""
        fault = _fault(kind, params)
        if not isinstance(count, int) or count < 1:
            raise ValueError(f"count must be a positive integer, got {count!r}")
        with self._lock:
            self._queue.append([fault, count])
        return fault

    def set_rate(
        self,
        rate: float,
        kinds: Iterable[str | Fault] | None = None,
        *,
        seed: int | None = None,
    ) -> None:
        """Hit each request with probability `rate`, with a fault drawn from `kinds` (all
        equally likely; names or `Fault`s). `seed` makes the draws repeatable."""
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"rate must be between 0 and 1, got {rate!r}")
        chosen = tuple(_fault(k, {}) for k in (kinds or DEFAULT_RANDOM_KINDS))
        if rate and not chosen:
            raise ValueError("a rate needs at least one fault kind")
        with self._lock:
            self._rate = rate
            self._random = chosen
            if seed is not None:
                self._rng.seed(seed)

    def clear(self) -> None:
        """No more faults: the queue is emptied and the rate set to 0."""
        with self._lock:
            self._queue.clear()
            self._rate = 0.0
            self._random = ()

    def reset(self) -> None:
        """`clear()` and zero the counters."""
        with self._lock:
            self._queue.clear()
            self._rate = 0.0
            self._random = ()
            self.fired.clear()
            self.fired_by_operation.clear()
            self.requests.clear()

    # -- reading it -----------------------------------------------------------------------------

    @property
    def pending(self) -> list[tuple[Fault, int]]:
        with self._lock:
            return [(fault, count) for fault, count in self._queue]

    @property
    def rate(self) -> float:
        return self._rate

    def snapshot(self) -> dict[str, Any]:
        """The plan and its counters as JSON-ready data (what `GET /__sandbox__/faults` says)."""
        with self._lock:
            return {
                "pending": [{**f.to_dict(), "count": n} for f, n in self._queue],
                "rate": self._rate,
                "kinds": [f.to_dict() for f in self._random],
                "fired": dict(self.fired),
                "requests": dict(self.requests),
            }

    def next_fault(self, operation: str | None) -> Fault | None:
        """Record a request for `operation` and take the fault it gets, if any."""
        name = operation or ""
        with self._lock:
            self.requests[name] += 1
            fault = self._take_queued(operation)
            if fault is None and self._rate and self._rng.random() < self._rate:
                matching = [f for f in self._random if f.operation in (None, operation)]
                fault = self._rng.choice(matching) if matching else None
            if fault is not None:
                self.fired[fault.kind] += 1
                self.fired_by_operation[fault.kind, name] += 1
            return fault

    def _take_queued(self, operation: str | None) -> Fault | None:
        for index, entry in enumerate(self._queue):
            fault: Fault = entry[0]
            if fault.operation not in (None, operation):
                continue
            entry[1] -= 1
            if entry[1] <= 0:
                del self._queue[index]
            return fault
        return None

    @property
    def active(self) -> bool:
        return bool(self._queue) or self._rate > 0

    # -- the HTTP control API -------------------------------------------------------------------

    def apply(self, command: Any) -> dict[str, Any]:
        """Run one JSON command (see the module docstring); raises ValueError when it is bad."""
        if not isinstance(command, Mapping):
            raise ValueError("the body must be a JSON object")
        command = dict(command)
        if command.pop("clear", False):
            self.clear()
        if command.pop("reset", False):
            self.reset()
        if "rate" in command:
            rate = command.pop("rate")
            kinds = command.pop("kinds", None)
            seed = command.pop("seed", None)
            if not isinstance(rate, int | float) or isinstance(rate, bool):
                raise ValueError("rate must be a number")
            if kinds is not None and not isinstance(kinds, list):
                raise ValueError("kinds must be a list")
            specs = [
                Fault.from_dict(k) if isinstance(k, Mapping) else Fault(kind=str(k))
                for k in kinds or ()
            ] or None
            self.set_rate(float(rate), specs, seed=seed if isinstance(seed, int) else None)
        if "kind" in command:
            count = command.pop("count", 1)
            if not isinstance(count, int) or isinstance(count, bool):
                raise ValueError("count must be an integer")
            self.inject(Fault.from_dict(command), count=count)
        elif command:
            raise ValueError(f"unknown command field(s): {', '.join(sorted(command))}")
        return self.snapshot()


# -- the middleware -----------------------------------------------------------------------------


class FaultInjector:
    """ASGI middleware: injects the faults `plan` says, passes everything else to `app`.

    Attributes it does not have (`state`, `mutation_counts`, ...) are the wrapped app's.
    """

    def __init__(self, app: Any, plan: FaultPlan | None = None) -> None:
        self.app = app
        self.plan = plan if plan is not None else FaultPlan()

    def __getattr__(self, name: str) -> Any:
        if name in ("app", "plan"):
            raise AttributeError(name)
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"].rstrip("/") == CONTROL_PATH:
            await self._control(scope, receive, send)
            return
        if scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        fault = self.plan.next_fault(_operation_name(body))
        replay = _Replay(body, receive)
        if fault is None:
            await self.app(scope, replay, send)
            return
        await _HANDLERS[fault.kind](self, fault, scope, replay, send)

    async def _control(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await read_body(receive)
        method = scope["method"]
        try:
            if method == "GET":
                result = self.plan.snapshot()
            elif method == "DELETE":
                self.plan.clear()
                result = self.plan.snapshot()
            elif method == "POST":
                result = self.plan.apply(json.loads(body or b"{}"))
            else:
                await respond(send, 405, b'{"error": "use GET, POST or DELETE"}')
                return
        except (ValueError, TypeError) as exc:
            await respond(send, 400, json.dumps({"error": str(exc)}).encode())
            return
        counts = getattr(self.app, "mutation_counts", None)
        if isinstance(counts, Mapping):
            result["mutation_counts"] = dict(counts)
        await respond(send, 200, json.dumps(result).encode())

    async def _run_app(self, scope: Scope, receive: Receive) -> tuple[int, list[Any], bytes]:
        """Run the wrapped app to completion and keep its answer instead of sending it."""
        status, headers, chunks = 500, [], []

        async def capture(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        return status, headers, b"".join(chunks)


# -- the faults ---------------------------------------------------------------------------------

Handler = Callable[[FaultInjector, Fault, Scope, Receive, Send], Awaitable[None]]


async def _http_error(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    status = fault.http_status
    extra = []
    if fault.retry_after is not None or fault.kind == "rate_limit":
        extra.append((b"retry-after", _retry_after(fault.retry_after).encode()))
    body = f"{status} {_phrase(status)}\n".encode()
    await respond(send, status, body, content_type=b"text/plain; charset=utf-8", headers=extra)


async def _reset(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    if fault.execute:
        _, _, body = await injector._run_app(scope, receive)
    else:
        body = b'{"data": {"result": "this answer is cut short by the fault injector"}}'
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    await _break_connection(send, started=True, reset=True)


async def _lose_response(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    await injector._run_app(scope, receive)
    await _break_connection(send, started=False, reset=False)


async def _stall(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    seconds = fault.seconds if fault.seconds is not None else 10.0
    if await _disconnected_within(receive, seconds):
        return  # the client gave up: like a server that never got round to the request
    await injector.app(scope, receive, send)


async def _trickle(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    status, headers, body = await injector._run_app(scope, receive)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    seconds = fault.seconds if fault.seconds is not None else 5.0
    pieces = max(1, min(len(body), 25))
    size = -(-len(body) // pieces)
    for start in range(0, len(body), size):
        if await _disconnected_within(receive, seconds / pieces):
            return
        last = start + size >= len(body)
        await send(
            {
                "type": "http.response.body",
                "body": body[start : start + size],
                "more_body": not last,
            }
        )
    if not body:
        await send({"type": "http.response.body", "body": b""})


async def _malformed_json(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    await respond(send, fault.status or 200, _MALFORMED)


async def _html(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    status = fault.http_status
    page = _HTML.format(status=status, phrase=_phrase(status))
    await respond(send, status, page.encode(), content_type=b"text/html; charset=utf-8")


async def _graphql_error(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    error: dict[str, Any] = {"message": fault.message}
    if fault.path is not None:
        error["path"] = list(fault.path)
    if fault.code is not None:
        error["extensions"] = {"code": fault.code}
    body = json.dumps({"errors": [error], "data": fault.data}).encode()
    await respond(send, fault.http_status, body, content_type=b"application/graphql-response+json")


async def _wrong_shape(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    status, _, body = await injector._run_app(scope, receive)
    try:
        payload = json.loads(body)
    except ValueError:
        payload = {}
    data = payload.get("data") if isinstance(payload, dict) else None
    if isinstance(data, dict) and data:
        _corrupt_first_leaf(data)
    else:
        data = {"unexpected": _WRONG}
    await respond(send, status, json.dumps({"data": data}).encode())


async def _drop_auth_header(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    async def without_authorization(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = dict(message)
            message["headers"] = [
                (k, v) for k, v in message.get("headers", []) if k.lower() != b"authorization"
            ]
        await send(message)

    await injector.app(scope, receive, without_authorization)


async def _bad_encoding(
    injector: FaultInjector, fault: Fault, scope: Scope, receive: Receive, send: Send
) -> None:
    body = b'{"data": {"this": "is not gzip"}}'
    await respond(send, fault.status or 200, body, headers=[(b"content-encoding", b"gzip")])


_HANDLERS: dict[str, Handler] = {
    "http_error": _http_error,
    "rate_limit": _http_error,
    "reset": _reset,
    "lose_response": _lose_response,
    "stall": _stall,
    "trickle": _trickle,
    "malformed_json": _malformed_json,
    "html": _html,
    "graphql_error": _graphql_error,
    "wrong_shape": _wrong_shape,
    "drop_auth_header": _drop_auth_header,
    "bad_encoding": _bad_encoding,
}
assert set(_HANDLERS) == set(KINDS)


# -- plumbing -----------------------------------------------------------------------------------


class _Replay:
    """A `receive` that hands the already-read body to the app, then the real one (`raw`)."""

    __slots__ = ("_body", "_used", "raw")

    def __init__(self, body: bytes, receive: Receive) -> None:
        self._body = body
        self.raw = receive
        self._used = False

    async def __call__(self) -> Message:
        if not self._used:
            self._used = True
            return {"type": "http.request", "body": self._body, "more_body": False}
        return await self.raw()


def _operation_name(body: bytes) -> str | None:
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    name = payload.get("operationName") if isinstance(payload, dict) else None
    return name if isinstance(name, str) else None


async def _disconnected_within(receive: Receive, seconds: float) -> bool:
    """Wait `seconds`; True (early) if the client disconnects meanwhile."""
    raw: Receive = getattr(receive, "raw", receive)  # not the replayed body

    async def disconnect() -> None:
        while (await raw())["type"] != "http.disconnect":
            pass

    try:
        await asyncio.wait_for(disconnect(), timeout=seconds)
    except TimeoutError:
        return False
    return True


async def _break_connection(send: Send, *, started: bool, reset: bool) -> None:
    """Drop the client's connection mid-exchange.

    Under uvicorn (how `SandboxServer` runs apps) the `send` callable belongs to the request
    cycle, which holds the asyncio transport: closing it sends a FIN (the client sees "server
    disconnected without sending a response"), and with SO_LINGER 0 an RST ("connection reset
    by peer"). Elsewhere, promise a body that never comes and raise, which makes any server
    close the connection.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is not None and hasattr(transport, "close"):
        if reset:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.close()
        for _ in range(3):  # let the server notice the connection is gone before we return
            await asyncio.sleep(0)
        return
    if not started:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
            }
        )
    raise ConnectionResetError("connection dropped by the sandbox fault injector")


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _retry_after(value: float | str | None) -> str:
    if value is None:
        return "1"
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _corrupt_first_leaf(node: Any) -> bool:
    """Replace the first scalar under `node` (depth first) with a value no model accepts."""
    items: Iterable[tuple[Any, Any]]
    if isinstance(node, dict):
        items = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return False
    for key, value in items:
        if isinstance(value, dict | list) and value:
            if _corrupt_first_leaf(value):
                return True
            continue
        node[key] = _WRONG
        return True
    return False
