"""The facts of one call, riding along with each of its requests.

`execute` attaches a `Call` under `request.extensions[CALL_EXTENSION]`, so the APIs' `httpx.Auth`
flows (which see only requests and responses) can tell a mutation from a query, know the
operation, and read a body under the call's size limit; the response side reads the same facts
to word its errors and to scrub the call's secrets from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import httpx

from ._secrets import Secret
from ._transport import read_limited

__all__ = [
    "CALL_EXTENSION",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "Call",
    "call_of",
    "is_mutation",
    "read_body",
]

#: Key under `httpx.Request.extensions` where a call's facts ride along for `httpx.Auth` flows.
CALL_EXTENSION = "b2b_graphql.call"

#: Decoded bytes a response may have unless a client says otherwise (`max_response_bytes=`):
#: far above any real page of these APIs, far below what a gzip bomb unpacks to.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

_FIRST_WORD = re.compile(r"^(?:\s|,|#[^\n]*\n)*([A-Za-z_]\w*|\{)")


@dataclass(slots=True)
class Call:
    """One `execute`: what it runs, on which API, which attempt is on the wire, and the values
    that must not be shown (the variables' secrets and the client's current credentials)."""

    operation: str | None
    is_mutation: bool
    api: str
    secrets: tuple[Secret, ...] = ()
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    attempt: int = 0

    @property
    def label(self) -> str:
        """The operation's name for messages (`operation` when it has none)."""
        return self.operation or "operation"


def call_of(message: httpx.Request | httpx.Response) -> Call | None:
    """The call facts `execute` attached (None for a request or response not sent by us)."""
    try:
        request = message.request if isinstance(message, httpx.Response) else message
    except RuntimeError:  # a response built without a request
        return None
    call = request.extensions.get(CALL_EXTENSION)
    return call if isinstance(call, Call) else None


async def read_body(response: httpx.Response) -> bytes:
    """The decoded body, read at most once and never past the call's `max_response_bytes`
    (`ResponseTooLargeError` otherwise). Auth flows that look at a body use this, not `aread`."""
    call = call_of(response)
    limit = call.max_response_bytes if call is not None else DEFAULT_MAX_RESPONSE_BYTES
    return await read_limited(response, limit, call.label if call is not None else None)


@lru_cache(maxsize=1024)
def is_mutation(query: str, operation_name: str | None = None) -> bool:
    """Whether the operation a document runs is a mutation (`{ ... }` is a query).

    With several operations, `operation_name` picks one. A document that mentions `mutation`
    but does not start with it (a fragment first, several operations) is parsed to be sure; one
    that cannot be parsed counts as a mutation, so it is never retried by mistake.
    """
    if "mutation" not in query:
        return False
    match = _FIRST_WORD.match(query)
    if match is not None and match.group(1) == "mutation" and operation_name is None:
        return True
    return _parsed_is_mutation(query, operation_name)


def _parsed_is_mutation(query: str, operation_name: str | None) -> bool:
    from graphql import GraphQLError, OperationDefinitionNode, OperationType, parse

    try:
        document = parse(query, no_location=True)
    except (GraphQLError, RecursionError):
        return True
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [
        op
        for op in operations
        if operation_name is None or (op.name is not None and op.name.value == operation_name)
    ]
    return any(op.operation is OperationType.MUTATION for op in chosen or operations)
