"""Building the `httpx.AsyncClient` the clients share (explicit timeouts, pool limits, TLS on,
proxies as httpx finds them), checking headers before they reach it, and reading a body under
a size limit."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from ._errors import InputValidationError, ResponseTooLargeError

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "DeferredTransport",
    "build_http_client",
    "check_header_value",
    "check_headers",
    "read_limited",
    "timeout_within",
]

#: Connect fast, give a slow server time to answer, never wait forever for a pooled connection.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class DeferredTransport(httpx.AsyncBaseTransport):
    """httpx's own `AsyncHTTPTransport`, built when the first request goes out.

    Building it loads the CA bundle into a TLS context and imports httpcore, a cost that shows
    in the start-up figures of BENCHMARKS.md. A program that creates a client and never sends
    (a CLI that fails on its arguments, a configuration check, a test that only parses) should
    not pay that; one that sends pays it once, at its first request, as before.
    """

    def __init__(
        self,
        *,
        verify: Any = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
        proxy: httpx.Proxy | None = None,
    ) -> None:
        self._verify = verify
        self._limits = limits
        self._proxy = proxy
        self._transport: httpx.AsyncHTTPTransport | None = None

    @property
    def transport(self) -> httpx.AsyncHTTPTransport:
        """The real transport (built now if no request has needed it yet)."""
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport(
                verify=self._verify, limits=self._limits, proxy=self._proxy
            )
        return self._transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()

    def __repr__(self) -> str:
        state = "built" if self._transport is not None else "not built yet"
        via = " via a proxy" if self._proxy is not None else ""
        return f"{type(self).__name__}(verify={self._verify}{via}, {state})"


def build_http_client(
    *,
    headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    limits: httpx.Limits | None = None,
    verify: Any = True,
    transport: httpx.AsyncBaseTransport | None = None,
    proxy: str | httpx.Proxy | None = None,
) -> httpx.AsyncClient:
    """An `httpx.AsyncClient` with our defaults; `transport` lets tests plug in.

    Proxies follow httpx's own rules: an explicit `proxy` serves every request; otherwise
    `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY` and `NO_PROXY` are read, as httpx does with
    `trust_env`; a custom `transport` gets neither (as in httpx). httpx reads the environment
    only when it builds its own transport, so the same routing is given to it as `mounts`, each
    proxy behind a `DeferredTransport` (no pool before the first request).
    """
    pool = limits or DEFAULT_LIMITS
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    if transport is None:
        if proxy is not None:
            chosen = proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(proxy)
            transport = DeferredTransport(verify=verify, limits=pool, proxy=chosen)
        else:
            transport = DeferredTransport(verify=verify, limits=pool)
            mounts = _environment_mounts(verify, pool)
    return httpx.AsyncClient(
        headers=dict(headers or {}),
        timeout=httpx.Timeout(timeout),
        verify=verify,
        transport=transport,
        mounts=mounts,
        follow_redirects=False,
    )


def _environment_mounts(
    verify: Any, limits: httpx.Limits
) -> dict[str, httpx.AsyncBaseTransport | None]:
    """httpx's reading of the proxy variables, as mounts: a pattern with a proxy gets a deferred
    proxy transport, a `NO_PROXY` pattern None (the direct transport)."""
    from httpx._utils import get_environment_proxies  # the function httpx itself uses

    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for pattern, url in get_environment_proxies().items():
        if url is None:
            mounts[pattern] = None
        else:
            mounts[pattern] = DeferredTransport(
                verify=verify, limits=limits, proxy=httpx.Proxy(url)
            )
    return mounts


# -- headers ------------------------------------------------------------------------------------


def check_header_value(field: str, value: object) -> str:
    """`value` if it can go on the wire as a header value: a `str` of printable ASCII (tabs
    allowed); otherwise `InputValidationError`, before anything is sent. httpx would fail later
    with a `UnicodeEncodeError`, or h11 with a protocol error after we told the caller that the
    request had left."""
    if not isinstance(value, str):
        raise InputValidationError(field, f"must be a string, not {type(value).__name__}")
    if _UNSENDABLE.search(value):
        raise InputValidationError(
            field, "must be printable ASCII (no CR, LF, NUL or other control characters)"
        )
    return value


def check_headers(field: str, headers: object) -> dict[str, str]:
    """A mapping of header names to values, each checked (see `check_header_value`)."""
    if not isinstance(headers, Mapping):
        raise InputValidationError(field, f"must be a mapping, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not _TOKEN_CHARS.issuperset(name):
            raise InputValidationError(field, f"{name!r} is not a valid header name")
        checked[name] = check_header_value(f"{field}[{name!r}]", value)
    return checked


_UNSENDABLE = re.compile(r"[^\t\x20-\x7e]")
_TOKEN_CHARS = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


# -- reading a body -----------------------------------------------------------------------------

#: Compressed bodies are decoded from raw pieces this big, so one piece cannot unpack to more
#: than about a thousand times as much (deflate's limit) before the limit is checked.
_COMPRESSED_PIECE = 8 * 1024


async def read_limited(
    response: httpx.Response, limit: int | None, operation: str | None = None
) -> bytes:
    """The decoded body of a streamed `response`, refused with `ResponseTooLargeError` as soon as
    it passes `limit` bytes (nothing more is read; the connection is closed). A declared
    `Content-Length` over the limit is refused before reading; a compressed body is decoded in
    small raw pieces, so a gzip bomb stops near the limit instead of unpacking whole."""
    if response.is_stream_consumed:  # read already (by an auth flow, say)
        return response.content
    if limit is None:
        return await response.aread()
    encoded = response.headers.get("content-encoding", "identity").lower() != "identity"
    declared = response.headers.get("content-length")
    if not encoded and declared is not None and declared.isdigit():
        if int(declared) > limit:
            await response.aclose()
            raise ResponseTooLargeError(limit, operation=operation, status=response.status_code)
        # The connection reads exactly the declared length (h11 stops there), so this body
        # cannot pass the limit: read it the plain way, which costs nothing over no limit.
        return await response.aread()
    if encoded and isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = _Pieces(response.stream)
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > limit:
            await response.aclose()
            raise ResponseTooLargeError(limit, operation=operation, status=response.status_code)
        chunks.append(chunk)
    content = b"".join(chunks)
    # What `aread` would have stored: httpx has no public way to say "this is the body".
    response._content = content
    return content


class _Pieces(httpx.AsyncByteStream):
    """A raw stream re-cut into pieces of at most `_COMPRESSED_PIECE` bytes."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            for start in range(0, len(chunk), _COMPRESSED_PIECE):
                yield chunk[start : start + _COMPRESSED_PIECE]

    async def aclose(self) -> None:
        await self._stream.aclose()


def timeout_within(timeout: httpx.Timeout, remaining: float | None) -> httpx.Timeout:
    """`timeout` with no phase allowed to outlast the call's remaining deadline (`timeout`
    itself when none does, so the common case builds nothing)."""
    if remaining is None:
        return timeout
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if all(phase is not None and phase <= remaining for phase in phases):
        return timeout

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )
