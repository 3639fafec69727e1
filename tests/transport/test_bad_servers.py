"""Gate: whatever a server answers, each client ends in a typed error, in bounded time and
memory, and no error shows the client's token.

A loopback server (plain asyncio, `rawhttp.RawServer`) answers every request of a case the
same way; the servers quote the request's own `Authorization` value wherever a body carries
text, as a careless server would. Every client case is built without logging in.
"""

from __future__ import annotations

import asyncio
import json
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest

from b2b_graphql import (
    B2BGraphQLError,
    GraphQLResponseError,
    RequestTimeoutError,
    ResponseFormatError,
    ResponseShapeError,
    ResponseTooLargeError,
    RetryPolicy,
)

from .rawhttp import RawServer, Reply, Request

TOKEN = "SECRET-token-0123456789abcdef"
#: The size limit the matrix clients run with (the default, 64 MiB, is tested on its own).
LIMIT = 4 * 1024 * 1024
BOMB_SIZE = 256 * 1024 * 1024  # decoded; about 250 kB on the wire


@dataclass(frozen=True)
class ClientCase:
    name: str
    build: Callable[[str], Any]
    call: Callable[[Any], Any]
    field: str


def _axro(url: str) -> Any:
    from b2b_graphql import AxroClient

    return AxroClient(token=TOKEN, url=url, **_options())


def _order41(url: str) -> Any:
    from b2b_graphql.order41 import Order41Client

    return Order41Client(token=TOKEN, url=url, **_options())


def _hipex(url: str) -> Any:
    from b2b_graphql.hipex import HipexClient

    return HipexClient(token=TOKEN, url=url, **_options())


def _options() -> dict[str, Any]:
    return {
        "retry": RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_cap=0.02),
        "deadline": 2.0,
        "max_response_bytes": LIMIT,
    }


CLIENTS = [
    ClientCase("axro", _axro, lambda c: c.user_info(), "userInfo"),
    ClientCase("order41", _order41, lambda c: c.list_products_meta(), "_listProductsMeta"),
    ClientCase("hipex", _hipex, lambda c: c.servers(limit=1), "Server"),
]


def _echo(request: Request) -> str:
    return request.headers.get("authorization", "")


def _json(value: Any) -> Reply:
    return Reply(headers=[("Content-Type", "application/json")], body=json.dumps(value).encode())


@cache
def _bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    block = b" " * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(BOMB_SIZE // len(block))]
    return b"".join(parts) + compressor.flush()


@cache
def _ten_megabytes() -> bytes:
    return b'{"data": {"x": "' + b"a" * (10 * 1024 * 1024) + b'"}}'


def _stream(chunk: bytes, *, pause: float = 0.0, forever: bool = True) -> Any:
    async def chunks() -> AsyncIterator[bytes]:
        while True:
            yield chunk
            if pause:
                await asyncio.sleep(pause)
            if not forever:
                return

    return chunks


def _big(request: Request) -> Reply:
    body = _ten_megabytes()
    pieces = [body[i : i + 65536] for i in range(0, len(body), 65536)]

    async def chunks() -> AsyncIterator[bytes]:
        for piece in pieces:
            yield piece

    return Reply(headers=[("Content-Type", "application/json")], chunks=chunks)


def _deep(request: Request) -> Reply:
    depth = 100_000
    return Reply(
        headers=[("Content-Type", "application/json")],
        body=b'{"errors": [' + b"[" * depth + b"]" * depth + b"]}",
    )


SERVERS: dict[str, tuple[Callable[[Request], Reply], tuple[type[B2BGraphQLError], ...]]] = {
    "html_200": (
        lambda r: Reply(
            headers=[("Content-Type", "text/html")],
            body=f"<html><body>Welcome {_echo(r)}</body></html>".encode(),
        ),
        (ResponseFormatError,),
    ),
    "non_object_json": (lambda r: _json([1, 2, _echo(r)]), (ResponseFormatError,)),
    "data_null": (lambda r: _json({"data": None}), (ResponseFormatError,)),
    "errors_string": (
        lambda r: _json({"errors": f"bad token {_echo(r)}"}),
        (GraphQLResponseError, B2BGraphQLError),
    ),
    "wrong_types": (None, (ResponseShapeError,)),  # type: ignore[dict-item]  # filled per client
    "ten_megabytes": (_big, (ResponseTooLargeError,)),
    "gzip_bomb": (
        lambda r: Reply(
            headers=[("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
            body=_bomb(),
        ),
        (ResponseTooLargeError,),
    ),
    "deep_nesting": (_deep, (ResponseFormatError,)),
    # the body goes on past its Content-Length: only the declared bytes are read, so what the
    # client holds stays within the limit (here: a cut-off JSON text)
    "longer_than_declared": (
        lambda r: Reply(
            headers=[("Content-Type", "application/json")],
            body=b'{"data": {"x": "' + b"a" * (10 * 1024 * 1024) + b'"}}',
            length=64,
        ),
        (ResponseFormatError,),
    ),
    "endless_body": (
        lambda r: Reply(
            headers=[("Content-Type", "application/json")],
            chunks=_stream(b'{"data": [' + b"1," * 32768),
        ),
        (ResponseTooLargeError,),
    ),
    "slow_drip": (
        lambda r: Reply(
            headers=[("Content-Type", "application/json")], chunks=_stream(b" ", pause=0.2)
        ),
        (RequestTimeoutError,),
    ),
    "wrong_content_type": (
        lambda r: Reply(
            headers=[("Content-Type", "image/png")], body=b"\x89PNG\r\n" + _echo(r).encode()
        ),
        (ResponseFormatError,),
    ),
    "truncated_body": (
        lambda r: _cut(f'{{"data": {{"x": "{_echo(r)}", "more": [1, 2, 3'),
        (ResponseFormatError,),
    ),
}


def _cut(text: str) -> Reply:
    return Reply(headers=[("Content-Type", "application/json")], body=text.encode())


def _handler(kind: str, case: ClientCase) -> Callable[[Request], Reply]:
    if kind == "wrong_types":
        return lambda r: _json({"data": {case.field: f"not an object {_echo(r)}"}})
    handler, _ = SERVERS[kind]
    return handler


def chain(error: BaseException) -> Iterator[BaseException]:
    """`error` and every exception it carries (`__cause__`, `__context__`), once each."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]


def shown(error: BaseException) -> str:
    """Everything an error shows: str, repr, args and notes of it and of its chain."""
    texts = []
    for current in chain(error):
        texts += [str(current), repr(current), repr(current.args)]
        texts += getattr(current, "__notes__", [])
        texts += [repr(vars(current))] if hasattr(current, "__dict__") else []
    return "\n".join(texts)


@pytest.mark.parametrize("kind", list(SERVERS))
@pytest.mark.parametrize("case", CLIENTS, ids=lambda c: c.name)
async def test_a_bad_server_gives_a_typed_error_in_bounded_time_and_memory(
    case: ClientCase, kind: str
) -> None:
    _, expected = SERVERS[kind]
    handler = _handler(kind, case)
    if kind == "gzip_bomb":
        _bomb()  # built before measuring: it is the server's memory, not the client's
    if kind == "ten_megabytes":
        _ten_megabytes()
    async with RawServer(handler) as server:
        client = case.build(server.url)
        tracemalloc.start()
        try:
            async with asyncio.timeout(15):
                with pytest.raises(B2BGraphQLError) as caught:
                    await case.call(client)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            await client.aclose()
    error = caught.value
    assert isinstance(error, expected), repr(error)
    assert server.requests, "the request reached the server"
    assert peak < 48 * 1024 * 1024  # the bomb unpacks to 256 MiB; the endless body never ends
    assert TOKEN not in shown(error)
    assert len(str(error)) < 5000  # server text in messages is capped


async def test_the_default_limit_stops_a_gzip_bomb() -> None:
    from b2b_graphql import AxroClient
    from b2b_graphql._call import DEFAULT_MAX_RESPONSE_BYTES

    _bomb()
    handler, _ = SERVERS["gzip_bomb"]
    async with RawServer(handler) as server, AxroClient(token=TOKEN, url=server.url) as client:
        assert client.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES < BOMB_SIZE
        with pytest.raises(ResponseTooLargeError) as caught:
            async with asyncio.timeout(15):
                await client.user_info()
    assert caught.value.limit == DEFAULT_MAX_RESPONSE_BYTES


async def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    from b2b_graphql import AxroClient

    def announce(request: Request) -> Reply:
        return Reply(headers=[("Content-Type", "application/json")], body=b"{", length=LIMIT + 1)

    async with (
        RawServer(announce) as server,
        AxroClient(token=TOKEN, url=server.url, max_response_bytes=LIMIT) as client,
    ):
        with pytest.raises(ResponseTooLargeError):
            async with asyncio.timeout(5):  # the announced body never comes: not waited for
                await client.user_info()


def test_a_deeply_nested_json_scalar_is_kept_as_text() -> None:
    from b2b_graphql.order41.scalars import parse_json

    text = "[" * 100_000 + "]" * 100_000
    assert parse_json(text) == text  # not a RecursionError out of a model's validator
