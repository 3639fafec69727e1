"""ASGI plumbing every sandbox server shares: reading a request body and sending an answer.

One copy, used by `GraphQLApp` and by the fault injector, so the two cannot drift apart
(how a body is read, which headers an answer carries).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from typing import Any

__all__ = [
    "Message",
    "Receive",
    "Scope",
    "Send",
    "lifespan",
    "read_body",
    "request_headers",
    "respond",
    "respond_json",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
RawHeaders = Sequence[tuple[bytes, bytes]]


async def read_body(receive: Receive) -> bytes:
    """The whole request body; a disconnect before its end yields what arrived."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def request_headers(scope: Scope) -> dict[str, str]:
    """The request's headers by lower-case name (a repeated header keeps its last value)."""
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def respond(
    send: Send,
    status: int,
    body: bytes,
    *,
    content_type: bytes = b"application/json",
    headers: RawHeaders | Mapping[str, str] = (),
) -> None:
    """Send a complete answer: status, content type and length, any extra headers, the body."""
    extra = (
        [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        if isinstance(headers, Mapping)
        else list(headers)
    )
    raw = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": [*raw, *extra]})
    await send({"type": "http.response.body", "body": body})


async def respond_json(
    send: Send, status: int, payload: Any, headers: Mapping[str, str] | None = None
) -> None:
    """`respond` with `payload` encoded as compact JSON."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    await respond(send, status, body, headers=headers or {})


async def lifespan(receive: Receive, send: Send) -> None:
    """Acknowledge ASGI lifespan startup and shutdown (sandboxes hold no resources)."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
