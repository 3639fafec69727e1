"""Logging in again once for every call that saw the same token refused (Order41, Hipex).

Concurrent calls whose requests were refused with the same token share one login: the first
takes the lock and logs in, the others wait on it and find the token changed since they sent
(the generation moved on), so they only re-send. If that login fails, every call that sent its
request before the attempt gets the same `LoginError` (a fresh instance each) instead of trying
again; a call that starts later tries afresh (the password may have been fixed meanwhile).

A login creates nothing on the server, so the login request itself is retried like a query
(`retry_mutation=True`): a lost response to it is not the caller's `OutcomeUnknownError`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import NamedTuple

from ._errors import B2BGraphQLError, LoginError

__all__ = ["Renewal", "Seen"]


class Seen(NamedTuple):
    """What a call saw when it sent its request: the token generation and the login attempts."""

    generation: int
    attempts: int


class Renewal:
    """One shared re-login. `login()` replaces the token (bumping `generation()`) or raises."""

    def __init__(self, login: Callable[[], Awaitable[None]], generation: Callable[[], int]) -> None:
        self._login = login
        self._generation = generation
        self._lock = asyncio.Lock()
        self._attempts = 0
        self._failure: LoginError | None = None
        #: Successful logins made through this object.
        self.logins = 0

    def seen(self) -> Seen:
        return Seen(self._generation(), self._attempts)

    async def first_login(self) -> None:
        """The login a client starts with: its failure is the caller's as it is (a
        `ConnectError` stays one), not a failed renewal."""
        async with self._lock:
            await self._login()
            self._failure = None
            self.logins += 1

    async def renew(self, seen: Seen) -> None:
        """Log in again unless the token changed since `seen` (see the module)."""
        async with self._lock:
            if self._generation() != seen.generation:
                return
            if self._attempts != seen.attempts and self._failure is not None:
                raise _again(self._failure)
            self._attempts += 1
            try:
                await self._login()
            except B2BGraphQLError as exc:
                self._failure = exc if isinstance(exc, LoginError) else _as_login_error(exc)
                raise _again(self._failure) from None
            self._failure = None
            self.logins += 1


def _as_login_error(error: B2BGraphQLError) -> LoginError:
    return LoginError(f"logging in again failed: {error}")


def _again(error: LoginError) -> LoginError:
    """A fresh exception like `error`, for another waiter (one instance, one traceback)."""
    return LoginError(
        str(error), error_message=error.error_message, error_message_id=error.error_message_id
    )
