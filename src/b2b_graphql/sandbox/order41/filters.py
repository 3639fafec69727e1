"""Finding, filtering, ordering and paging records: one implementation for every list field,
so a list and its `_list*Meta` count apply the same filter and every list pages the same way.

Filter inputs are read generically: a key whose value is an `IdFilter`/`StringFilter`/
`IntegerFilter`/`UrlkeyFilter` (`eq`, `neq`, `in`) compares the record's field of that name;
a `DatetimeFilter` (`eq`, `gt`, `lt`, `exists`) compares a datetime; a plain value must equal
the field; `query` is a case-insensitive substring search over the list's text fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from graphql import GraphQLError

__all__ = [
    "DEFAULT_PAGE",
    "Record",
    "fail",
    "find",
    "listing",
    "matches",
    "matches_filter",
    "ordered",
    "page",
    "query_matches",
    "select",
]

Record = dict[str, Any]
DEFAULT_PAGE = 25


def fail(message: str, code: str = "BAD_USER_INPUT") -> GraphQLError:
    """Order41's error answer: a message and `extensions.code` (BAD_USER_INPUT, NOT_FOUND)."""
    return GraphQLError(message, extensions={"code": code})


def _given(value: Any) -> bool:
    return value not in (None, "")


def find(table: Mapping[str, Record], id_: Any, urlkey: Any = None, what: str = "entity") -> Record:
    """The record named by `id_` or `urlkey`.

    # DECISION: when both are given the id wins and the urlkey is not consulted (the
    # reference's own examples send an id with a placeholder urlkey, e.g. getOrder(id: 4,
    # urlkey: "xyz789")); every "id or urlkey" field resolves this way, getOrder and
    # addProductToOrder included. Neither is BAD_USER_INPUT, an unknown one NOT_FOUND.
    """
    if not _given(id_) and not _given(urlkey):
        raise fail(f"{what}: give an id or a urlkey")
    if _given(id_):
        record = table.get(str(id_))
    else:
        record = next((r for r in table.values() if r.get("urlkey") == str(urlkey)), None)
    if record is None:
        raise fail(f"{what} {id_ if _given(id_) else urlkey} not found", "NOT_FOUND")
    return record


def matches(value: Any, condition: Mapping[str, Any] | None) -> bool:
    """IdFilter / StringFilter / UrlkeyFilter / IntegerFilter: eq, neq, in."""
    if not condition:
        return True
    text = None if value is None else str(value)
    if condition.get("eq") is not None and text != str(condition["eq"]):
        return False
    if condition.get("neq") is not None and text == str(condition["neq"]):
        return False
    return condition.get("in") is None or text in {str(v) for v in condition["in"]}


def _datetime_matches(value: Any, condition: Mapping[str, Any]) -> bool:
    exists = condition.get("exists")
    if exists is not None and (value is not None) != _truthy(exists):
        return False
    eq, gt, lt = condition.get("eq"), condition.get("gt"), condition.get("lt")
    if eq is not None and value != eq:
        return False
    if gt is not None and (value is None or not value > gt):
        return False
    return lt is None or (value is not None and value < lt)


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1")


def query_matches(record: Record, query: str | None, keys: Iterable[str]) -> bool:
    if not query:
        return True
    needle = query.lower()
    return any(needle in str(record.get(key) or "").lower() for key in keys)


def matches_filter(
    record: Record,
    filter_: Mapping[str, Any] | None,
    *,
    text: Iterable[str] = ("name",),
    fields: Mapping[str, Callable[[Record], Any]] | None = None,
) -> bool:
    """Whether `record` passes every condition of a filter input. `fields` maps a filter key
    to how the record's value is found when it is not the record's field of that name."""
    for key, condition in (filter_ or {}).items():
        if condition is None:
            continue
        value = (fields or {}).get(key, lambda r, k=key: r.get(k))(record)
        if key == "query":
            if not query_matches(record, condition, text):
                return False
        elif isinstance(condition, Mapping):
            if {"gt", "lt", "exists"} & set(condition) or isinstance(value, datetime):
                if not _datetime_matches(value, condition):
                    return False
            elif not matches(value, condition):
                return False
        elif isinstance(condition, list):
            if str(value) not in {str(c) for c in condition}:
                return False
        elif str(value) != str(condition) and value != condition:
            return False
    return True


def select(
    records: Iterable[Record],
    filter_: Mapping[str, Any] | None,
    *,
    text: Iterable[str] = ("name",),
    fields: Mapping[str, Callable[[Record], Any]] | None = None,
) -> list[Record]:
    keys = tuple(text)
    return [r for r in records if matches_filter(r, filter_, text=keys, fields=fields)]


def _sort_key(name: str) -> tuple[str, bool]:
    field_name, _, direction = name.rpartition("_")
    words = field_name.lower().split("_")
    return words[0] + "".join(w.capitalize() for w in words[1:]), direction == "DESC"


def _id_key(record: Record) -> Any:
    value = str(record.get("id"))
    return (0, int(value)) if value.isdigit() else (1, value)


def ordered(records: Iterable[Record], order_by: Any) -> list[Record]:
    """Sorted by id, then by each `orderBy` value (`NAME_ASC`, `UPDATED_AT_DESC`, ...), the
    first value deciding; ties keep id order, so paging walks a stable sequence."""
    items = sorted(records, key=_id_key)
    for name in reversed(list(order_by or [])):
        key, descending = _sort_key(str(name))
        items.sort(key=_by(key), reverse=descending)
    return items


def _by(key: str) -> Callable[[Record], Any]:
    return lambda record: _comparable(record.get(key))


def _comparable(value: Any) -> Any:
    if value is None:
        return (0, "")
    if isinstance(value, str) and value.isdigit():
        return (1, int(value))
    if isinstance(value, datetime | date):
        return (1, value.isoformat())
    if isinstance(value, bool):
        return (1, int(value))
    return (1, value)


def page(records: list[Any], first: Any, offset: Any, default: int = DEFAULT_PAGE) -> list[Any]:
    """`first` items from `offset` (defaults: the reference's 25 and 0); negatives refused."""
    size = default if first is None else int(first)
    start = 0 if offset is None else int(offset)
    if size < 0 or start < 0:
        raise fail("first and offset must not be negative")
    return records[start : start + size]


def listing(
    records: Iterable[Record],
    first: Any = None,
    offset: Any = None,
    orderBy: Any = None,  # the GraphQL argument's name: nested fields pass **args
    *,
    default: int = DEFAULT_PAGE,
) -> list[Record]:
    """Order then page: what every `list*` field does after filtering (resolvers name each
    argument they take, so the argument audit sees them used)."""
    return page(ordered(records, orderBy), first, offset, default)
