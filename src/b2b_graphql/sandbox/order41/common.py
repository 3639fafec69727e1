"""Small helpers every domain module uses: the caller, related records, numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._wiring import Call
from .filters import Record

__all__ = ["number", "owner_of", "related"]


def owner_of(call: Call) -> Record:
    """The signed-in user (the guard's principal) a root field acts for."""
    user: Record = call.principal
    return user


def related(table: str, key: str) -> Callable[..., Any]:
    """A field resolver answering the record of core table `table` named by `parent[key]`."""

    def resolve(call: Call, parent: Record, **args: Any) -> Any:
        found: dict[str, Record] = getattr(call.state, table)
        return found.get(str(parent.get(key) or ""))

    return resolve


def related_in(table: str, key: str) -> Callable[..., Any]:
    """The same for one of the `tables` of the store."""

    def resolve(call: Call, parent: Record, **args: Any) -> Any:
        return call.state.table(table).get(str(parent.get(key) or ""))

    return resolve


def number(value: Any) -> float:
    try:
        return float(value or 0.0)
    except (TypeError, ValueError):
        return 0.0
