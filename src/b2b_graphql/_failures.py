"""What went wrong on one attempt, in the caller's terms: which typed error it is, and whether
trying again could help.

The one question that matters most is whether the request left: a mutation that may have
reached the server is never sent again by us (`OutcomeUnknownError`), while one that provably
did not leave (or a query) may be retried within the call's deadline.
"""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._call import Call
from ._errors import (
    B2BGraphQLError,
    ConnectError,
    InputValidationError,
    OutcomeUnknownError,
    RequestTimeoutError,
    ResponseFormatError,
    TransportError,
)
from ._secrets import Secret, display_url, redact_text, scrub_text

__all__ = ["Failure", "Progress", "classify", "cut_off", "is_cut_off"]

TraceCallback = Callable[[str, dict[str, Any]], Awaitable[None]]

#: Failures that happen before any byte of the request is written.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True, slots=True)
class Failure:
    """One failed attempt: the error the caller gets if it is the last, whether another attempt
    may help, and a short cause for the retry log."""

    error: B2BGraphQLError
    retryable: bool
    reason: str


class Progress:
    """httpcore's `trace` extension, to know whether a request left before a failure."""

    __slots__ = ("sent", "traced")

    def __init__(self) -> None:
        self.sent = False
        self.traced = False

    async def trace(self, event: str, info: dict[str, Any]) -> None:
        self.traced = True
        if event.endswith("send_request_headers.started"):
            self.sent = True


def classify(
    exc: BaseException,
    call: Call,
    progress: Progress | None,
    *,
    url: str,
    deadline: str | None,
    secrets: tuple[Secret, ...] = (),
) -> Failure:
    """The `Failure` for an exception raised while sending or reading one attempt.

    `deadline` is the reason text when the call's own deadline cut the attempt short;
    `secrets` are kept out of what an httpx error quotes (a server's bad header line)."""
    operation = call.operation
    if isinstance(exc, UnicodeEncodeError | httpx.LocalProtocolError):
        # Nothing left: httpx could not encode the request, or h11 refused it before writing
        # (a header value with a line break...). Never quote it: it may hold a credential.
        error: B2BGraphQLError = InputValidationError(
            "headers",
            f"{call.label}: a header value cannot be sent ({type(exc).__name__}: control or "
            "non-ASCII characters); nothing was sent",
        )
        return Failure(error, retryable=False, reason=type(exc).__name__)
    if isinstance(exc, builtins.TimeoutError):  # the deadline's cut-off or a bare timeout
        reason = deadline or f"timed out ({type(exc).__name__})"
        # Without trace events (a custom transport) we cannot know: assume it was sent.
        sent = progress is None or progress.sent or not progress.traced
        if call.is_mutation and sent:
            error = OutcomeUnknownError(
                f"{operation}: {reason} while the mutation was in flight; it may or may not "
                "have taken effect and was not sent again",
                operation=operation,
                attempts=call.attempt,
            )
        else:
            error = RequestTimeoutError(
                f"{operation}: {reason}", operation=operation, attempts=call.attempt
            )
        return Failure(error, retryable=False, reason="deadline")
    if isinstance(exc, httpx.TransportError):
        reason = describe(exc, secrets)
        error = _transport_error(exc, call, progress, url, reason)
        return Failure(error, _retryable(exc), reason)
    # An answer came but cannot be read (a bad gzip stream, too many redirects...).
    error = ResponseFormatError(
        f"{call.label}: the response could not be decoded ({type(exc).__name__})",
        operation=operation,
    )
    return Failure(error, retryable=False, reason=type(exc).__name__)


def _transport_error(
    exc: httpx.TransportError, call: Call, progress: Progress | None, url: str, reason: str
) -> TransportError:
    operation = call.operation
    sent = not isinstance(exc, _NOT_SENT) or (progress is not None and progress.sent)
    facts: dict[str, Any] = {"operation": operation, "attempts": call.attempt, "reason": reason}
    if call.is_mutation and sent:
        return OutcomeUnknownError(
            f"{operation}: the mutation was sent but its response was lost ({reason}); "
            "it may or may not have taken effect and was not sent again",
            **facts,
        )
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{operation}: {reason}", **facts)
    if not sent:
        return ConnectError(
            f"{operation}: could not connect to {display_url(url)} ({reason})", **facts
        )
    return TransportError(f"{operation}: connection failed mid-request ({reason})", **facts)


def is_cut_off(response: httpx.Response) -> bool:
    """Whether a 2xx body starts a JSON object it never closes (the connection was cut after a
    complete-looking HTTP message): cheap, it looks at both ends only."""
    content = response.content
    if content.endswith(b"}") or not response.is_success:  # the common case, decided at once
        return False
    return content[:64].lstrip()[:1] == b"{" and content[-64:].rstrip()[-1:] != b"}"


def cut_off(call: Call, response: httpx.Response, shown: str) -> Failure:
    """The `Failure` for a cut-off body (`shown`: its start, fit to show): a query may ask
    again; a mutation's answer is lost as surely as if the connection had dropped, so its
    outcome is unknown."""
    if call.is_mutation:
        error: B2BGraphQLError = OutcomeUnknownError(
            f"{call.operation}: the mutation was sent but its response was cut off; it may or "
            "may not have taken effect and was not sent again",
            operation=call.operation,
            attempts=call.attempt,
            status=response.status_code,
            reason="truncated body",
        )
    else:
        error = ResponseFormatError(
            f"{call.label}: the response was cut off ({call.attempt} attempt(s))",
            shown,
            status=response.status_code,
            operation=call.operation,
        )
    return Failure(error, retryable=True, reason="truncated body")


def _retryable(exc: httpx.TransportError) -> bool:
    """Configuration and client bugs do not get better by trying again."""
    return not isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError)


def describe(exc: httpx.TransportError, secrets: tuple[Secret, ...] = ()) -> str:
    """`Name: detail` of a transport error, credentials (and `secrets`) masked, at most 200
    characters."""
    name = type(exc).__name__
    if isinstance(exc, httpx.LocalProtocolError):  # it may quote our own (auth) headers
        return name
    detail = scrub_text(redact_text(str(exc).strip()), secrets)
    return f"{name}: {detail[:200]}" if detail else name
