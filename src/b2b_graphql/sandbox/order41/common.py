"""Small helpers every domain module uses: the caller, related records, numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._wiring import Call
from .filters import Record, fail

__all__ = ["ORDER_PARTIES", "number", "owned", "owner_of", "party", "related", "side"]

#: The accounts an order names, who alone see it (the seller, the placing account, the buyer,
#: the rep); carts reorder orders, so the rule is shared.
ORDER_PARTIES = ("sellerId", "ownerId", "buyerId", "repId")


def owner_of(call: Call) -> Record:
    """The signed-in user (the guard's principal) a root field acts for."""
    user: Record = call.principal
    return user


def owned(call: Call, record: Record, what: str, key: str = "ownerId") -> Record:
    """`record` if the signed-in user owns it (`record[key]`), else NOT_FOUND.

    # DECISION: another account's record is refused as if it did not exist (NOT_FOUND, the
    # same answer as an unknown id), so ids do not tell a stranger what exists; FORBIDDEN is
    # for a record the caller may see but not change (answering another's connect request).
    """
    if record.get(key) != owner_of(call)["id"]:
        raise fail(f"{what} {record.get('id')} not found", "NOT_FOUND")
    return record


def party(call: Call, record: Record, keys: tuple[str, ...]) -> bool:
    """Whether the signed-in user is one of the accounts `record[key]` names, for any key."""
    me = owner_of(call)["id"]
    return any(record.get(key) == me for key in keys)


def side(
    call: Call, record: Record, what: str, see: tuple[str, ...], change: tuple[str, ...]
) -> Record:
    """`record` if the caller may change it (named by a `change` key); FORBIDDEN if it may
    only see it (a `see` key); NOT_FOUND otherwise, as `owned`."""
    if party(call, record, change):
        return record
    if party(call, record, see):
        raise fail(f"{what} {record.get('id')}: not yours to change", "FORBIDDEN")
    raise fail(f"{what} {record.get('id')} not found", "NOT_FOUND")


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
