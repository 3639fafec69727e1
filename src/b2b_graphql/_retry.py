"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

__all__ = ["NO_RETRY", "RetryPolicy", "parse_retry_after"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries for queries only: mutations are never re-sent unless a call says
    `retry_mutation=True`, and GraphQL errors are answers, not faults, so they are not retried.

    Retried: connection errors, timeouts, and the statuses in `retry_statuses`. The wait before
    attempt *n+1* is drawn from [0, min(cap, base * 2**(n-1))] ("full jitter"), and is at least
    the server's `Retry-After`. No wait runs past the call's deadline, and a `Retry-After` longer
    than `max_retry_after` is not waited for: the call fails at once with an `HTTPStatusError`
    whose `retry_after` says when the server wants to hear from us again.
    """

    max_attempts: int = 4
    backoff_base: float = 0.2
    backoff_cap: float = 5.0
    retry_statuses: frozenset[int] = field(default=frozenset({429, 502, 503, 504}))
    max_retry_after: float = 60.0

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        ceiling = min(self.backoff_cap, self.backoff_base * 2 ** min(attempt - 1, 62))
        wait = random.uniform(0, max(0.0, ceiling))
        return max(wait, retry_after or 0.0)

    def next_wait(
        self, attempt: int, ends_at: float | None, retry_after: float | None = None
    ) -> float | None:
        """Seconds to wait before trying again after attempt `attempt` failed, or None when the
        call should stop here: attempts used up, a `Retry-After` longer than `max_retry_after`,
        or a wait that would run past the deadline (`ends_at`, on the `time.monotonic` clock)."""
        if attempt >= self.max_attempts:
            return None
        if retry_after is not None and retry_after > self.max_retry_after:
            return None
        wait = self.backoff(attempt, retry_after)
        if ends_at is not None and time.monotonic() + wait >= ends_at:
            return None
        return wait


NO_RETRY = RetryPolicy(max_attempts=1)


def parse_retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date); None when
    absent or unreadable. Never negative, never NaN or infinite."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return max(0.0, (when - datetime.now(UTC)).total_seconds())
    except OverflowError:  # pragma: no cover - dates at the edge of datetime's range
        return None
