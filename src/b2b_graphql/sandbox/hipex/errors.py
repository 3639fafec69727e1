"""The errors the Hipex sandbox answers with, shaped as the Hipex notes describe."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError

__all__ = ["FORM_VALIDATION", "UNAUTHORIZED", "FilterError", "FormValidationError"]

FORM_VALIDATION = "FormValidation::failed"
UNAUTHORIZED = "Unauthorized: log in with the Login mutation and send its Authorization header"
PLACEMENTS = ("top", "extensions", "both")


class FilterError(GraphQLError):
    def __init__(self, message: str) -> None:
        super().__init__(f"Filter::invalid: {message}", extensions={"code": "BAD_USER_INPUT"})


class FormValidationError(GraphQLError):
    """`{"message": "FormValidation::failed", "fields": {...}}`. `fields` goes at the top level
    of the entry (where the PHP client reads it), under `extensions`, or both (`placement`).
    Raise it through `HipexSandbox.invalid`, which knows the configured placement."""

    def __init__(self, fields: dict[str, list[str]], placement: str = "both") -> None:
        if placement not in PLACEMENTS:
            raise ValueError(f"placement must be one of {PLACEMENTS}")
        extensions = {"fields": fields} if placement in ("extensions", "both") else None
        super().__init__(FORM_VALIDATION, extensions=extensions)
        self.fields = fields
        self.placement = placement

    @property
    def formatted(self) -> dict[str, Any]:  # type: ignore[override]
        entry: dict[str, Any] = dict(super().formatted)
        if self.placement in ("top", "both"):
            entry["fields"] = self.fields
        return entry
