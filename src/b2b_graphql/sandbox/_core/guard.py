"""The root-field auth guard, written once and parametrised by each API's rule.

Every API decides differently who may call what (AXRO: a Bearer token; Hipex: a rotating
session token, and queries without one answer empty; Order41: token kinds and expiry), but
*when* the decision runs is the same: before each root field resolves, except the public ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .binding import Call

__all__ = ["AnswerEmpty", "Guard", "Rule"]

#: `rule(call, field_name, is_mutation)` returns the principal (the user or session the
#: request acts as) or raises the API's auth error.
Rule = Callable[["Call[Any]", str, bool], Any]


class AnswerEmpty(Exception):
    """Raised by a rule to answer the field with its empty value (`[]` for a list type, else
    null) instead of an error: Hipex answers queries without a valid token that way."""


@dataclass(frozen=True)
class Guard:
    """Runs `rule` before every root field not in `public`; what it returns becomes the
    field's `Call.principal` (and that of every field below it)."""

    rule: Rule
    public: frozenset[str] = frozenset()

    def admit(self, call: Call[Any], field_name: str, is_mutation: bool) -> Any:
        if field_name in self.public:
            return None
        return self.rule(call, field_name, is_mutation)
