"""Building the `httpx.AsyncClient` the clients share: explicit timeouts, pool limits, TLS on."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

__all__ = ["DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "build_http_client", "timeout_within"]

#: Connect fast, give a slow server time to answer, never wait forever for a pooled connection.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


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
        limits=limits or DEFAULT_LIMITS,
        verify=verify,
        transport=transport,
        follow_redirects=False,
    )


def timeout_within(timeout: httpx.Timeout, remaining: float | None) -> httpx.Timeout:
    """`timeout` with no phase allowed to outlast the call's remaining deadline."""
    if remaining is None:
        return timeout

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )
