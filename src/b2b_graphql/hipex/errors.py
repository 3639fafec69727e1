"""Hipex-specific errors, all part of the one `B2BGraphQLError` hierarchy."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .._auth_failure import AuthFailureRule
from .._errors import GraphQLErrorDetail, GraphQLResponseError, TimeoutError

__all__ = [
    "AUTH_FAILURE_RULE",
    "FORM_VALIDATION_MESSAGE",
    "HipexFormValidationError",
    "HipexWaitTimeout",
    "validation_fields",
]

#: The `message` of a Hipex form validation error entry.
FORM_VALIDATION_MESSAGE = "FormValidation::failed"

#: How Hipex says a token was refused: only mutations do (queries answer empty instead, see
#: `HipexClient`), with `UNAUTHENTICATED` or an "Unauthorized: log in ..." message.
AUTH_FAILURE_RULE = AuthFailureRule(
    codes=frozenset({"UNAUTHENTICATED", "UNAUTHORIZED"}),
    message=re.compile(
        r"unauthori[sz]ed|unauthenticated|not (?:logged|signed) in|login required"
        r"|authenticat(?:ion|e) (?:required|failed)|(?:invalid|expired) (?:auth )?token"
        r"|token (?:is )?(?:invalid|expired)",
        re.IGNORECASE,
    ),
    expired_reasons=frozenset(),
)


class HipexFormValidationError(GraphQLResponseError):
    """The API rejected a mutation's input (`FormValidation::failed`).

    `fields` maps each rejected input field to the server's messages, e.g.
    `{"domain": ["This value is not a valid hostname."]}`.
    """

    def __init__(
        self,
        errors: Sequence[GraphQLErrorDetail],
        data: Any = None,
        *,
        fields: Mapping[str, list[str]],
        operation: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(errors, data, operation=operation, status=status)
        self.fields: dict[str, list[str]] = {name: list(msgs) for name, msgs in fields.items()}
        if self.fields:
            summary = "; ".join(
                f"{name}: {', '.join(messages) or 'invalid'}"
                for name, messages in self.fields.items()
            )
            self.args = (f"{self.args[0]} ({summary})",)


class HipexWaitTimeout(TimeoutError):
    """A `wait_for_*` helper gave up before the server finished the work.

    `last` is the last record seen (None when there was none); the work may still finish.
    """

    def __init__(
        self, message: str, *, operation: str | None = None, attempts: int = 1, last: Any = None
    ) -> None:
        super().__init__(message, operation=operation, attempts=attempts)
        self.last = last


def validation_fields(errors: Iterable[GraphQLErrorDetail]) -> dict[str, list[str]] | None:
    """The merged `fields` of every `FormValidation::failed` entry (at the top level of the
    entry, or under `extensions`), or None when no entry is a validation error."""
    merged: dict[str, list[str]] | None = None
    for error in errors:
        if error.message != FORM_VALIDATION_MESSAGE:
            continue
        merged = merged if merged is not None else {}
        fields = error.raw.get("fields")
        if not isinstance(fields, Mapping):
            fields = error.extensions.get("fields")
        if not isinstance(fields, Mapping):
            continue
        for name, messages in fields.items():
            bucket = merged.setdefault(str(name), [])
            if isinstance(messages, str):
                bucket.append(messages)
            elif isinstance(messages, Iterable):
                bucket.extend(str(m) for m in messages)
            elif messages is not None:
                bucket.append(str(messages))
    return merged
