"""Building the `httpx.AsyncClient` the clients share: explicit timeouts, pool limits, TLS on."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "DeferredTransport",
    "build_http_client",
    "timeout_within",
]

#: Connect fast, give a slow server time to answer, never wait forever for a pooled connection.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class DeferredTransport(httpx.AsyncBaseTransport):
    """httpx's own `AsyncHTTPTransport`, built when the first request goes out.

    Building it loads the CA bundle into a TLS context and imports httpcore, ~90 ms on a small
    machine (BENCHMARKS.md, import time). A program that creates a client and never sends
    (a CLI that fails on its arguments, a configuration check, a test that only parses) should
    not pay that; one that sends pays it once, at its first request, as before.
    """

    def __init__(self, *, verify: bool = True, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._verify = verify
        self._limits = limits
        self._transport: httpx.AsyncHTTPTransport | None = None

    @property
    def transport(self) -> httpx.AsyncHTTPTransport:
        """The real transport (built now if no request has needed it yet)."""
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport(verify=self._verify, limits=self._limits)
        return self._transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()

    def __repr__(self) -> str:
        state = "built" if self._transport is not None else "not built yet"
        return f"{type(self).__name__}(verify={self._verify}, {state})"


def build_http_client(
    *,
    headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    limits: httpx.Limits | None = None,
    verify: bool = True,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """An `httpx.AsyncClient` with our defaults; `transport` lets tests and proxies plug in."""
    return httpx.AsyncClient(
        headers=dict(headers or {}),
        timeout=httpx.Timeout(timeout),
        verify=verify,  # still used by httpx for proxies taken from the environment
        transport=transport or DeferredTransport(verify=verify, limits=limits or DEFAULT_LIMITS),
        follow_redirects=False,
    )


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
