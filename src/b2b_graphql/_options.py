"""The per-call options every operation takes, as one `TypedDict` for `**options: Unpack[...]`.

Typing them (instead of `**kwargs: Any`) makes a misspelt keyword a type error in the user's
code; the base client also refuses an unknown one at run time, before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

__all__ = ["CALL_OPTION_NAMES", "CallOptions", "ClientOptions"]


class CallOptions(TypedDict, total=False):
    """Keyword options of every generated method and facade call."""

    #: seconds (or an `httpx.Timeout`) for each attempt
    timeout: httpx.Timeout | float | None
    #: seconds for the whole call, retries included
    deadline: float | None
    #: opt a mutation you know to be idempotent into retries
    retry_mutation: bool
    #: extra request headers
    headers: Mapping[str, str] | None


CALL_OPTION_NAMES = frozenset(CallOptions.__annotations__)


class ClientOptions(TypedDict, total=False):
    """Keyword options every client constructor takes (the facades' `**options`)."""

    #: default headers of every request
    headers: Mapping[str, str] | None
    #: share your own `httpx.AsyncClient` (never modified: our auth goes on each request)
    http_client: httpx.AsyncClient | None
    #: per-attempt timeout (seconds or an `httpx.Timeout`)
    timeout: httpx.Timeout | float
    #: default seconds for a whole call, retries included
    deadline: float | None
    #: retry policy for queries (and mutations that opt in)
    retry: Any  # b2b_graphql.RetryPolicy; Any here avoids an import cycle
    #: connection-pool limits of the client we build
    limits: httpx.Limits | None
    #: TLS verification (or an `ssl.SSLContext`)
    verify: Any
    #: a custom httpx transport (tests, proxies); the pool is otherwise built on first request
    transport: httpx.AsyncBaseTransport | None
    #: an explicit proxy URL; without it, HTTP(S)_PROXY / NO_PROXY are honoured as httpx does
    proxy: str | httpx.Proxy | None
    #: refuse a response whose decoded body is larger than this many bytes
    max_response_bytes: int | None
    #: OpenTelemetry spans: True for the global tracer provider, or a TracerProvider
    telemetry: Any
