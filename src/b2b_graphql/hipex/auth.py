"""Hipex authentication: a token that the server replaces as it goes.

`Login` answers with the token in its `Authorization` response header; every later request sends
that value back verbatim (no scheme), and any response may carry a new value, which is used from
then on. `RotatingHeaderAuth` is the `httpx.Auth` that does this; `token_store.FileTokenStore` keeps
the current token on disk between runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Collection, Generator
from dataclasses import dataclass

import httpx

from .._call import Call, call_of, read_body
from .._errors import MutationNotReplayedError
from .._renewal import Renewal
from .._secrets import Secret
from .._secrets import as_secret as _secret
from .errors import AUTH_FAILURE_RULE

__all__ = ["LOGIN_OPERATION", "RotatingHeaderAuth"]

logger = logging.getLogger("b2b_graphql.hipex")

#: The operation (in queries/hipex/auth.graphql) that starts a session; named so the generated
#: method (`login_with_password`) never collides with the facade's `HipexClient.login`.
LOGIN_OPERATION = "loginWithPassword"
#: Operation names (as the generated client sends them) that start a new session.
LOGIN_OPERATIONS = frozenset({LOGIN_OPERATION})


class RotatingHeaderAuth(httpx.Auth):
    """Sends the current token as `Authorization: <token>` and adopts the tokens responses bring.

    Ordering rule under concurrency: each request notes the generation of the token it carried.
    A response's `Authorization` value replaces the current token unless its request carried an
    older token than the request whose response brought the current one (checked and swapped
    under a lock); among requests that carried the same token, the response that arrives last
    wins. So a late response to a request sent with a replaced token never puts that older
    session state back, and a burst of concurrent calls (all sent with one token) ends on the
    token of the last response to arrive, which is the one the server issued last as closely
    as a client can tell (the server rotates in the order it answers; the order in which we
    hand requests to the pool is not the order they reach it: see BENCHMARKS.md). The server
    must keep accepting a replaced token for a grace period (as the sandbox does), since
    requests already in flight still carry it; when it no longer does, the client logs in
    again (see below).

    Exceptions: a response to `Login` always wins (a login starts a new session; the login
    request itself goes out without the old token), and a request whose caller set its own
    `Authorization` header is sent untouched and never changes the stored token.

    Every response is read, whatever its status: 4xx/5xx and responses with GraphQL errors
    rotate the token too. Only the first `Authorization` value of a response is used.
    `on_change(token)` runs (under the lock, so calls happen in adoption order) after each
    change, e.g. to save the token; it is never logged. Safe to share between tasks and threads.

    With `relogin` (a coroutine that logs in again, set by a client holding credentials or a
    token store), a response that refuses the token (`AUTH_FAILURE_RULE`) makes every waiting
    call share one re-login (`b2b_graphql._renewal`); a refused query is then sent again, a
    refused mutation raises `MutationNotReplayedError` (the server did not run it).
    """

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        on_change: Callable[[Secret], None] | None = None,
        login_operations: Collection[str] = LOGIN_OPERATIONS,
    ) -> None:
        self._token = _secret(token)
        self._generation = 0
        self._logins = 0
        # the generation of the token carried by the request whose response brought the
        # current token: responses to requests that carried an older one are ignored
        self._source = 0
        self._lock = threading.Lock()
        self.on_change = on_change
        self.login_operations = frozenset(login_operations)
        self._renewal: Renewal | None = None
        self._save_failed = False

    def renew_with(self, relogin: Callable[[], Awaitable[None]] | None) -> None:
        """Log in again with `relogin()` when the server refuses the token (None: never)."""
        self._renewal = None if relogin is None else Renewal(relogin, lambda: self.generation)

    @property
    def can_renew(self) -> bool:
        """Whether a refused token makes this auth log in again."""
        return self._renewal is not None

    async def renew(self, seen_generation: int) -> None:
        """Log in again (shared with every other waiter) unless the token changed since
        generation `seen_generation`."""
        if self._renewal is None:
            raise RuntimeError("renew_with() was not given a way to log in")
        seen = self._renewal.seen()._replace(generation=seen_generation)
        await self._renewal.renew(seen)

    @property
    def relogins(self) -> int:
        """How many times this auth logged in again after a refused token."""
        return self._renewal.logins if self._renewal is not None else 0

    @property
    def token(self) -> Secret | None:
        """The current token (a `Secret`: call `.reveal()` for the value), or None."""
        with self._lock:
            return self._token

    @property
    def generation(self) -> int:
        """How many times the token has changed since this object was created."""
        with self._lock:
            return self._generation

    @property
    def logins(self) -> int:
        """How many `Login` responses have brought a token."""
        with self._lock:
            return self._logins

    def secrets(self) -> tuple[Secret, ...]:
        """The token held now, for the client to keep out of errors."""
        token = self.token
        return (token,) if token is not None else ()

    def set_token(self, token: str | Secret | None) -> None:
        """Replace the token unconditionally (a new generation starts)."""
        with self._lock:
            self._adopt(_secret(token))
            self._source = self._generation

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        sent = self._prepare(request)
        response = yield request
        self._received(response, sent)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        renewal = self._renewal
        seen = renewal.seen() if renewal is not None else None
        sent = self._prepare(request)
        response = yield request
        self._received(response, sent)
        if renewal is None or seen is None or sent.login or not sent.ours:
            return
        await read_body(response)
        if AUTH_FAILURE_RULE.classify_response(response) is None:
            return
        await renewal.renew(seen)
        if sent.call is not None and sent.call.is_mutation:
            raise MutationNotReplayedError(
                f"{_operation(sent.call)}: the server refused the token, so the mutation did not "
                "run; the client logged in again but did not send it again: call it again"
            )
        request.headers.pop("Authorization", None)
        sent = self._prepare(request)
        response = yield request
        self._received(response, sent)

    def _prepare(self, request: httpx.Request) -> _Sent:
        call = call_of(request)
        login = call is not None and call.operation in self.login_operations
        ours = "authorization" not in request.headers
        with self._lock:
            carried, token = self._generation, self._token
        if ours and token is not None and not login:
            request.headers["Authorization"] = token.reveal()
        return _Sent(carried, ours, login, call)

    def _received(self, response: httpx.Response, sent: _Sent) -> None:
        values = response.headers.get_list("authorization")
        received = values[0].strip() if values else ""
        if not received or not sent.ours:
            return
        with self._lock:
            if sent.login:
                self._logins += 1
            elif sent.carried < self._source:
                logger.debug("ignored a token from a response to a request with an older token")
                return
            if self._token is not None and received == self._token.reveal():
                return
            self._adopt(Secret(received))
            # after a login, requests sent before it (with older tokens) cannot replace its token
            self._source = self._generation if sent.login else sent.carried
        logger.debug("adopted a new token from the %s response", _operation(sent.call))

    def _adopt(self, token: Secret | None) -> None:
        self._token = token
        self._generation += 1
        if token is not None and self.on_change is not None:
            try:
                self.on_change(token)
            except Exception as exc:  # a broken store must not break the request
                if not self._save_failed:  # once: not a traceback per response
                    self._save_failed = True
                    logger.warning("could not save the rotated token (%s)", type(exc).__name__)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={'***' if self._token else None})"


@dataclass(frozen=True, slots=True)
class _Sent:
    """What `_prepare` noted about a request, for handling its response."""

    carried: int  # the generation of the token the request carried
    ours: bool
    login: bool
    call: Call | None


def _operation(call: Call | None) -> str:
    return (call.operation if call is not None else None) or "anonymous"
