"""Recognising "the server refused our token" in a response: one mechanism, a rule per API.

The base client consults its class's `auth_failure_rule` to map a GraphQL error response to
`TokenExpiredError`/`InvalidTokenError`, and the renewing auth flows (Order41, Hipex) consult
the same rule on the raw response to decide whether to log in again. What differs per API
(codes, reasons, message wording) is data in one `AuthFailureRule` next to that API's client.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ._errors import GraphQLErrorDetail
from ._parsing import decode_json

__all__ = ["DEFAULT_RULE", "AuthFailure", "AuthFailureRule"]

#: "expired": a valid token whose time ran out (logging in again helps); "invalid": missing,
#: unknown or revoked.
AuthFailure = Literal["expired", "invalid"]

_EXPIRED = re.compile(r"expired", re.IGNORECASE)


@dataclass(frozen=True)
class AuthFailureRule:
    """How one API says a token was refused.

    An error entry is an auth failure when its `extensions.code` is in `codes` or its message
    matches `message`; it says "expired" when `extensions.reason` (or the code) is in
    `expired_reasons`, or the message of an auth failure mentions "expired". HTTP 401 without
    a recognisable entry counts as a failure too ("expired" if its body says so).
    """

    codes: frozenset[str] = frozenset({"UNAUTHENTICATED"})
    message: re.Pattern[str] | None = None
    expired_reasons: frozenset[str] = frozenset({"TOKEN_EXPIRED"})
    status_401: bool = True
    reason_keys: tuple[str, ...] = field(default=("reason",))

    def classify(
        self, errors: Iterable[GraphQLErrorDetail], status: int = 200
    ) -> AuthFailure | None:
        """Whether `errors` (of a response with HTTP `status`) say expired, invalid, or neither."""
        found: AuthFailure | None = None
        for error in errors:
            code = (error.code or "").upper()
            reasons = {str(error.extensions.get(key) or "").upper() for key in self.reason_keys}
            if code in self.expired_reasons or reasons & self.expired_reasons:
                return "expired"
            if code in self.codes or (
                self.message is not None and self.message.search(error.message)
            ):
                if _EXPIRED.search(error.message):
                    return "expired"
                found = "invalid"
        if found is None and status == 401 and self.status_401:
            return "invalid"
        return found

    def classify_response(self, response: httpx.Response) -> AuthFailure | None:
        """`classify` of a read response; cheap for the common case (no error at all)."""
        content = response.content
        if response.status_code != 401 and b'"errors"' not in content:
            return None
        payload: Any = decode_json(content)
        errors = payload.get("errors") if isinstance(payload, Mapping) else None
        details = (
            [GraphQLErrorDetail.from_dict(e) for e in errors] if isinstance(errors, list) else []
        )
        failure = self.classify(details, 200)
        if failure is None and response.status_code == 401 and self.status_401:
            return "expired" if _EXPIRED.search(response.text[:2000]) else "invalid"
        return failure


#: What the base client knows for any API: HTTP 401 and the `UNAUTHENTICATED` code.
DEFAULT_RULE = AuthFailureRule()
