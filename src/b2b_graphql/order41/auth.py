"""Order41 authentication as an `httpx.Auth`: the bare token header, and renewing an expired
short-lived token by logging in again.

Order41 sends `Authorization: <token>` (no scheme). Tokens from the `login` mutation are
short-lived; long-lived tokens are issued on request (`generateLongLivedToken`). The reference
does not document what the server answers for a missing, invalid or expired token, so the
client recognises the usual shapes (see `auth_failure`): HTTP 401, `extensions.code`
`UNAUTHENTICATED`/`UNAUTHORIZED`, `extensions.reason` `TOKEN_EXPIRED`, or an auth-like message
("unauthenticated", "invalid token", "token expired", ...). The sandbox answers HTTP 200 with

    {"errors": [{"message": "Unauthenticated: the token has expired",
                 "extensions": {"code": "UNAUTHENTICATED", "reason": "TOKEN_EXPIRED"}}],
     "data": {"<field>": null}}

(`reason` is `TOKEN_MISSING` or `TOKEN_INVALID` for the other cases).

When the client holds credentials and a response says the token expired, the flow logs in again
once, however many calls are waiting (an `asyncio.Lock` plus a token generation counter: a call
that saw generation N renews only if the token is still generation N), then re-sends a rejected
query with the new token. A rejected mutation is not re-sent: the caller gets
`MutationNotReplayedError` (the server refused it, so it did not take effect; call it again).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Mapping
from typing import Any, Literal

import httpx

from .._call import call_of, read_body
from .._errors import (
    B2BGraphQLError,
    GraphQLErrorDetail,
    LoginError,
    MissingCredentialsError,
    MutationNotReplayedError,
)
from .._parsing import decode_json
from .._secrets import Secret
from .._secrets import as_secret as _secret

__all__ = ["AuthFailure", "Order41Auth", "auth_failure", "response_auth_failure"]

AuthFailure = Literal["expired", "invalid"]
LoginFunction = Callable[[str, str], Awaitable[str]]

_AUTH_CODES = frozenset({"UNAUTHENTICATED", "UNAUTHORIZED", "INVALID_TOKEN", "TOKEN_EXPIRED"})
_AUTH_MESSAGE = re.compile(
    r"unauthori[sz]ed|unauthenticated|not authenticated|not logged in|"
    r"(invalid|missing|expired|bad)\s+(auth|token|session)|(token|session)\b.*\b(expired|invalid)",
    re.IGNORECASE,
)
_EXPIRED = re.compile(r"expired", re.IGNORECASE)


def auth_failure(errors: Iterable[GraphQLErrorDetail]) -> AuthFailure | None:
    """Whether a response's errors say the token expired, is invalid/missing, or neither."""
    found: AuthFailure | None = None
    for error in errors:
        code = (error.code or "").upper()
        reason = str(error.extensions.get("reason") or "").upper()
        auth_like = code in _AUTH_CODES or bool(_AUTH_MESSAGE.search(error.message))
        if reason == "TOKEN_EXPIRED" or code == "TOKEN_EXPIRED":
            return "expired"
        if auth_like:
            if _EXPIRED.search(error.message):
                return "expired"
            found = "invalid"
    return found


def response_auth_failure(response: httpx.Response) -> AuthFailure | None:
    """`auth_failure` of a read response; cheap for the common case (no error at all)."""
    content = response.content
    if response.status_code != 401 and b'"errors"' not in content:
        return None
    payload: Any = decode_json(content)
    errors = payload.get("errors") if isinstance(payload, Mapping) else None
    if isinstance(errors, list) and errors:
        failure = auth_failure(GraphQLErrorDetail.from_dict(e) for e in errors)
        if failure is not None:
            return failure
    if response.status_code == 401:
        return "expired" if _EXPIRED.search(response.text) else "invalid"
    return None


class Order41Auth(httpx.Auth):
    """`Authorization: <token>`, renewed by logging in again when it expires (see the module).

    `token` may be None when credentials are given: the first request logs in. `login` is the
    coroutine that turns `(email, password)` into a token (the client passes its own, which
    sends the `login` mutation without this auth).
    """

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        email: str | None = None,
        password: str | Secret | None = None,
        login: LoginFunction | None = None,
    ) -> None:
        self._token = _secret(token)
        self._email = email or None
        self._password = _secret(password, "password", header=False)
        self._login = login
        self._lock = asyncio.Lock()
        #: Bumped whenever the token changes; a call renews only the generation it was sent with.
        self.generation = 0
        #: Successful logins made by this auth (the initial one included).
        self.logins = 0
        self._attempts = 0
        self._last_error: B2BGraphQLError | None = None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(token={'***' if self._token else None}, "
            f"credentials={self.can_renew}, generation={self.generation})"
        )

    @property
    def has_token(self) -> bool:
        return self._token is not None

    @property
    def can_renew(self) -> bool:
        """Whether this auth can log in again: it holds credentials and a login function."""
        return self._login is not None and self._email is not None and self._password is not None

    def secrets(self) -> tuple[Secret, ...]:
        """The token and password held now, for the client to keep out of errors."""
        return tuple(s for s in (self._token, self._password) if s is not None)

    def token(self) -> str | None:
        """The current token (revealed: keep it out of logs)."""
        return self._token.reveal() if self._token is not None else None

    def use_token(self, token: str, *, keep_credentials: bool = True) -> None:
        """Send `token` from now on (for example a long-lived one)."""
        self._token = Secret(token)
        self.generation += 1
        if not keep_credentials:
            self._email = self._password = None

    def forget(self) -> None:
        """Drop the token and the credentials (after logging out)."""
        self._token = None
        self._email = self._password = None
        self.generation += 1

    # -- renewing -------------------------------------------------------------------------------

    async def renew(self, seen_generation: int, attempts_seen: int | None = None) -> None:
        """Log in again unless the token has changed since generation `seen_generation`.

        Concurrent callers that saw the same generation share one login: the first one logs
        in, the others wait on the lock and find the generation moved on. If that login fails,
        every caller that sent its request before the attempt (`attempts_seen`: the attempt
        count then) gets the same `LoginError` rather than trying again; a later call tries
        afresh (the password may have been fixed meanwhile).
        """
        if attempts_seen is None:
            attempts_seen = self._attempts
        async with self._lock:
            if self.generation != seen_generation:
                return
            if self._attempts != attempts_seen and self._last_error is not None:
                raise _again(self._last_error)
            if not self.can_renew:
                raise MissingCredentialsError(
                    "Order41: no credentials to log in with (pass email and password, or a token)"
                )
            assert self._login is not None and self._email is not None
            assert self._password is not None
            self._attempts += 1
            try:
                token = await self._login(self._email, self._password.reveal())
            except B2BGraphQLError as exc:
                self._last_error = exc
                raise
            self._last_error = None
            self._token = Secret(token)
            self.generation += 1
            self.logins += 1

    # -- the flow -------------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("Order41Auth works with httpx.AsyncClient only")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._token is None and self.can_renew:
            await self.renew(self.generation)
        generation, attempts = self.generation, self._attempts
        self._apply(request)
        response = yield request
        if not self.can_renew:
            return
        await read_body(response)
        if response_auth_failure(response) != "expired":
            return
        await self.renew(generation, attempts)
        call = call_of(request)
        if call is not None and call.is_mutation:
            operation = call.operation or "mutation"
            raise MutationNotReplayedError(
                f"{operation}: the server refused the mutation because the token had expired; "
                "the client logged in again but did not send the mutation again (it did not take "
                "effect): call it again to retry"
            )
        self._apply(request)
        yield request

    def _apply(self, request: httpx.Request) -> None:
        if self._token is not None:
            request.headers["Authorization"] = self._token.reveal()
        else:
            request.headers.pop("Authorization", None)


def _again(error: B2BGraphQLError) -> B2BGraphQLError:
    """A fresh exception like `error`, for another waiter (one instance, one traceback)."""
    if isinstance(error, LoginError):
        return LoginError(
            str(error), error_message=error.error_message, error_message_id=error.error_message_id
        )
    return LoginError(f"logging in again failed: {error}")
