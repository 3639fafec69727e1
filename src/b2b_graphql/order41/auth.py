"""Order41 authentication as an `httpx.Auth`: the bare token header, and renewing an expired
short-lived token by logging in again.

Order41 sends `Authorization: <token>` (no scheme). Tokens from the `login` mutation are
short-lived; long-lived tokens are issued on request (`generateLongLivedToken`). The reference
does not document what the server answers for a missing, invalid or expired token, so the
client recognises the usual shapes (`AUTH_FAILURE_RULE`): HTTP 401, `extensions.code`
`UNAUTHENTICATED`/`UNAUTHORIZED`, `extensions.reason` `TOKEN_EXPIRED`, or an auth-like message
("unauthenticated", "invalid token", "token expired", ...). The sandbox answers HTTP 200 with

    {"errors": [{"message": "Unauthenticated: the token has expired",
                 "extensions": {"code": "UNAUTHENTICATED", "reason": "TOKEN_EXPIRED"}}],
     "data": {"<field>": null}}

(`reason` is `TOKEN_MISSING` or `TOKEN_INVALID` for the other cases).

When the client holds credentials and a response says the token expired, the flow logs in again
once, however many calls are waiting (`b2b_graphql._renewal`: a call that saw generation N
renews only if the token is still generation N), then re-sends a rejected query with the new
token. The login itself is retried like a query (it creates nothing), within the deadline of
the call that triggered it; if it still fails, every waiting call gets the same `LoginError`.
A rejected mutation is not re-sent: the caller gets `MutationNotReplayedError` (the server
refused it, so it did not take effect; call it again).
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

from .._auth_failure import AuthFailureRule
from .._call import call_of, read_body
from .._errors import MissingCredentialsError, MutationNotReplayedError
from .._renewal import Renewal
from .._secrets import Secret
from .._secrets import as_secret as _secret

__all__ = ["AUTH_FAILURE_RULE", "LOGIN_OPERATION", "Order41Auth"]

LoginFunction = Callable[[str, str], Awaitable[str]]

#: The operation (in queries/order41/auth.graphql) that trades email + password for a token;
#: named so the generated method (`login_with_password`) never collides with the facade's
#: `Order41Client.login` classmethod. The client sends it without this auth (`_sending_with`).
LOGIN_OPERATION = "loginWithPassword"

#: How Order41 says a token was refused (see the module docstring).
AUTH_FAILURE_RULE = AuthFailureRule(
    codes=frozenset({"UNAUTHENTICATED", "UNAUTHORIZED", "INVALID_TOKEN"}),
    message=re.compile(
        r"unauthori[sz]ed|unauthenticated|not authenticated|not logged in|"
        r"(invalid|missing|expired|bad)\s+(auth|token|session)"
        r"|(token|session)\b.*\b(expired|invalid)",
        re.IGNORECASE,
    ),
    expired_reasons=frozenset({"TOKEN_EXPIRED"}),
)


class Order41Auth(httpx.Auth):
    """`Authorization: <token>`, renewed by logging in again when it expires (see the module).

    `token` may be None when credentials are given: the first request logs in. `login` is the
    coroutine that turns `(email, password)` into a token (the client passes its own, which
    sends the `loginWithPassword` mutation without this auth).
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
        #: Bumped whenever the token changes; a call renews only the generation it was sent with.
        self.generation = 0
        self._renewal = Renewal(self._log_in, lambda: self.generation)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(token={'***' if self._token else None}, "
            f"credentials={self.can_renew}, generation={self.generation})"
        )

    @property
    def logins(self) -> int:
        """Successful logins made by this auth (the initial one included)."""
        return self._renewal.logins

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

    async def renew(self, seen_generation: int | None = None) -> None:
        """Log in (again) unless the token has changed since generation `seen_generation`
        (default: now); concurrent callers share one login (`b2b_graphql._renewal`)."""
        seen = self._renewal.seen()
        if seen_generation is not None:
            seen = seen._replace(generation=seen_generation)
        await self._renewal.renew(seen)

    async def log_in(self) -> None:
        """Log in now (the first login of `Order41Client.login`); errors as they are."""
        await self._renewal.first_login()

    async def _log_in(self) -> None:
        if not self.can_renew:
            raise MissingCredentialsError(
                "Order41: no credentials to log in with (pass email and password, or a token)"
            )
        assert self._login is not None and self._email is not None
        assert self._password is not None
        token = await self._login(self._email, self._password.reveal())
        self._token = Secret(token)
        self.generation += 1

    # -- the flow -------------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("Order41Auth works with httpx.AsyncClient only")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        call = call_of(request)
        operation = call.operation if call is not None else None
        if self._token is None and self.can_renew:
            await self.renew()
        seen = self._renewal.seen()
        self._apply(request)
        response = yield request
        if not self.can_renew:
            return
        await read_body(response)
        if AUTH_FAILURE_RULE.classify_response(response) != "expired":
            return
        await self._renewal.renew(seen)
        if call is not None and call.is_mutation:
            raise MutationNotReplayedError(
                f"{operation or 'mutation'}: the server refused the mutation because the token "
                "had expired; the client logged in again but did not send the mutation again "
                "(it did not take effect): call it again to retry"
            )
        self._apply(request)
        yield request

    def _apply(self, request: httpx.Request) -> None:
        if self._token is not None:
            request.headers["Authorization"] = self._token.reveal()
        else:
            request.headers.pop("Authorization", None)
