"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

__all__ = ["RetryPolicy", "parse_retry_after"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries for queries only: mutations are never re-sent unless a call says
    `retry_mutation=True`, and GraphQL errors are answers, not faults, so they are not retried.

    The wait before attempt *n+1* is drawn from [0, min(cap, base * 2**(n-1))] ("full jitter"),
    and is at least the server's `Retry-After`. No wait runs past the call's deadline.
    """

    max_attempts: int = 4
    backoff_base: float = 0.2
    backoff_cap: float = 5.0
    retry_statuses: frozenset[int] = field(default=frozenset({429, 502, 503, 504}))

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        wait = random.uniform(0, min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1)))
        return max(wait, retry_after or 0.0)


NO_RETRY = RetryPolicy(max_attempts=1)


def parse_retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
