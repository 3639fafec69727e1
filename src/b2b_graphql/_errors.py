"""The one error hierarchy: every failure a client raises is a `B2BGraphQLError`.

Messages never carry credentials: tokens, passwords and `Authorization` headers stay out of
`str(error)`, `repr(error)` and the attributes below.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ._secrets import redact_text

__all__ = [
    "ApiError",
    "AuthError",
    "B2BGraphQLError",
    "ConnectError",
    "GraphQLErrorDetail",
    "GraphQLResponseError",
    "HTTPStatusError",
    "InputValidationError",
    "InvalidTokenError",
    "LoginError",
    "MissingCredentialsError",
    "MutationNotReplayedError",
    "OutcomeUnknownError",
    "RequestTimeoutError",
    "ResponseFormatError",
    "ResponseShapeError",
    "ResponseTooLargeError",
    "TimeoutError",
    "TokenExpiredError",
    "TransportError",
]

_EXCERPT = 200
#: Longest server text (one GraphQL error message) kept for an exception's message.
MAX_SERVER_TEXT = 1000
#: GraphQL errors listed in a `GraphQLResponseError` message (all stay in `.errors`).
_LISTED_ERRORS = 10


def clip(text: str, limit: int = MAX_SERVER_TEXT) -> str:
    """`text`, cut to `limit` characters (a server decides how long its messages are)."""
    return text if len(text) <= limit else text[:limit] + "…"


def excerpt(body: bytes | str, limit: int = _EXCERPT) -> str:
    """The first bytes of a body, decoded leniently, for an error message (with anything that
    looks like `Bearer <token>` masked, in case a server echoes our request back)."""
    head = body[: limit * 4]
    text = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
    text = redact_text(text.strip())
    return text if len(text) <= limit else text[:limit] + "…"


class B2BGraphQLError(Exception):
    """Base class: catch this to catch everything the clients raise."""


# -- before anything is sent ------------------------------------------------------------------


class InputValidationError(B2BGraphQLError, ValueError):
    """An argument broke a rule the API documents; nothing was sent."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class MissingCredentialsError(B2BGraphQLError):
    """The client has no token and no way to get one (configuration, not the server)."""


# -- the network --------------------------------------------------------------------------------


class TransportError(B2BGraphQLError):
    """The request did not produce an HTTP response. `reason` is the short cause (e.g.
    `ConnectError: [Errno 111] Connection refused`), credentials redacted."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        attempts: int = 1,
        reason: str | None = None,
    ) -> None:
        self.operation = operation
        self.attempts = attempts
        self.reason = reason
        super().__init__(message)


class ConnectError(TransportError):
    """Could not connect: the request was not sent."""


class RequestTimeoutError(TransportError, builtins.TimeoutError):
    """A connect/read/write/pool timeout or the call's overall deadline ran out.

    Also a `builtins.TimeoutError`, so `except TimeoutError` around a call catches it.
    Formerly named `TimeoutError` (shadowing the builtin): `b2b_graphql.TimeoutError` stays an
    alias of this class for one release.
    """


#: The former name of `RequestTimeoutError`, which shadowed the builtin; kept for one release.
TimeoutError = RequestTimeoutError


class OutcomeUnknownError(TransportError):
    """A mutation was sent but its response was lost: it may or may not have taken effect.

    Also raised for a mutation answered by a gateway's 502/504 (`status` is set then): the
    gateway lost the upstream's answer, not necessarily the work. Mutations are never re-sent
    automatically; check the server state before retrying.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        attempts: int = 1,
        status: int | None = None,
        reason: str | None = None,
    ) -> None:
        self.status = status
        super().__init__(message, operation=operation, attempts=attempts, reason=reason)


# -- the HTTP layer -----------------------------------------------------------------------------


class HTTPStatusError(B2BGraphQLError):
    """A non-2xx status without a GraphQL error body to explain it."""

    def __init__(
        self,
        status: int,
        body: bytes | str = b"",
        *,
        retry_after: float | None = None,
        operation: str | None = None,
    ) -> None:
        self.status = status
        self.retry_after = retry_after
        self.body_excerpt = excerpt(body)
        self.operation = operation
        where = f" for {operation}" if operation else ""
        super().__init__(f"HTTP {status}{where}: {self.body_excerpt or '<empty body>'}")


class ResponseFormatError(B2BGraphQLError):
    """The body is not a GraphQL response (an HTML error page from a proxy, truncated JSON...)."""

    def __init__(
        self,
        message: str,
        body: bytes | str = b"",
        *,
        status: int | None = None,
        operation: str | None = None,
    ) -> None:
        self.status = status
        self.operation = operation
        self.body_excerpt = excerpt(body)
        shown = f"; body starts with: {self.body_excerpt!r}" if self.body_excerpt else ""
        super().__init__(message + shown)


class ResponseTooLargeError(ResponseFormatError):
    """The decoded body passed the client's `max_response_bytes`; reading stopped there."""

    def __init__(
        self, limit: int, *, operation: str | None = None, status: int | None = None
    ) -> None:
        self.limit = limit
        super().__init__(
            f"{operation or 'operation'}: the response is larger than {limit} bytes "
            "(max_response_bytes); it was not read further",
            status=status,
            operation=operation,
        )


# -- authentication -----------------------------------------------------------------------------


class AuthError(B2BGraphQLError):
    """The server refused our credentials."""


class InvalidTokenError(AuthError):
    """The token is missing on the request, unknown, or revoked."""


class TokenExpiredError(AuthError):
    """The token has expired and could not be renewed."""


class MutationNotReplayedError(TokenExpiredError):
    """The token expired under a mutation; the client renewed it but did not send the mutation
    again, because a mutation is never re-sent without the caller asking."""


class LoginError(AuthError):
    """The login itself failed (wrong credentials, locked account...).

    `error_message`/`error_message_id` keep the server's own words (Hipex's `errorMessage` and
    `errorMessageId`, Order41's error messages) with the call's credentials replaced by `***`:
    a server may quote the password back, and they show in reprs and logs."""

    def __init__(
        self, message: str, *, error_message: str | None = None, error_message_id: str | None = None
    ) -> None:
        self.error_message = error_message
        self.error_message_id = error_message_id
        super().__init__(message)


# -- GraphQL ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GraphQLErrorDetail:
    """One entry of a response's `errors` list."""

    message: str
    path: tuple[str | int, ...] = ()
    code: str | None = None
    extensions: Mapping[str, Any] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dict(cls, entry: Any) -> GraphQLErrorDetail:
        if not isinstance(entry, Mapping):
            return cls(message=clip(str(entry)))
        extensions = entry.get("extensions")
        extensions = extensions if isinstance(extensions, Mapping) else {}
        code = extensions.get("code")
        path = entry.get("path")
        return cls(
            message=clip(str(entry.get("message", ""))),
            path=tuple(path) if isinstance(path, list) else (),
            code=str(code) if code is not None else None,
            extensions=extensions,
            raw=entry,
        )

    def __str__(self) -> str:
        where = ".".join(map(str, self.path))
        return f"{self.message}" + (f" (at {where})" if where else "")


class GraphQLResponseError(B2BGraphQLError):
    """The server answered with GraphQL `errors`; `data` is whatever partial data came back."""

    def __init__(
        self,
        errors: Sequence[GraphQLErrorDetail],
        data: Any = None,
        *,
        operation: str | None = None,
        status: int | None = None,
    ) -> None:
        self.errors = list(errors)
        self.data = data
        self.operation = operation
        self.status = status
        where = f"{operation}: " if operation else ""
        listed = self.errors[:_LISTED_ERRORS]
        messages = "; ".join(str(e) for e in listed) or "<no message>"
        if len(self.errors) > len(listed):
            messages += f" (+{len(self.errors) - len(listed)} more)"
        super().__init__(where + messages)

    @property
    def codes(self) -> list[str]:
        return [e.code for e in self.errors if e.code]


class ResponseShapeError(B2BGraphQLError):
    """The response does not fit the generated model (the API changed under us?)."""

    def __init__(self, operation: str | None, validation_error: ValidationError) -> None:
        self.operation = operation
        self.validation_error = validation_error
        first = validation_error.errors()[0] if validation_error.errors() else None
        self.path = tuple(first["loc"]) if first else ()
        where = ".".join(map(str, self.path)) or "<root>"
        reason = first["msg"] if first else str(validation_error)
        count = validation_error.error_count()
        more = f" (+{count - 1} more)" if count > 1 else ""
        super().__init__(
            f"response to {operation or 'operation'} does not match its model at {where}: "
            f"{reason}{more}"
        )


class ApiError(B2BGraphQLError):
    """An API-specific error payload that arrived as data, not as GraphQL `errors`."""
