"""Keeping credentials out of logs, reprs and error messages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["REDACTED", "Secret", "is_secret_name", "redact_variables"]

REDACTED = "***"
_SECRET_NAME = re.compile(r"pass(word)?|token|secret|authori[sz]ation|api[_-]?key|jwt", re.I)


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


def redact_variables(value: Any) -> Any:
    """A copy of `value` with every entry whose key looks like a secret replaced by `***`."""
    if isinstance(value, Mapping):
        return {
            key: REDACTED if is_secret_name(str(key)) else redact_variables(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_variables(item) for item in value]
    return value


class Secret:
    """A string that will not print itself: `str()`/`repr()` give `***`; `.reveal()` gives it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)
