"""Entity queries: the Sequelize-style filter tree, `sort`, and `skip`/`limit`.

`$eq` ... `$notBetween`, `$and`/`$or` (a node with children and no operator is `$and`), dotted
paths through relations (`server.id`; `host` is an alias of `server`, as in the client's
filters); a list along a path means "any of them".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from graphql import GraphQLError

from .errors import FilterError

__all__ = ["list_values", "matches", "select"]

Row = dict[str, Any]


def select(
    rows: Iterable[Row],
    filter: Row | None = None,
    sort: Row | None = None,
    skip: int | None = None,
    limit: int | None = None,
) -> list[Row]:
    """The rows an entity query answers: filtered, sorted (ties by id), then one page.
    Without `sort` rows come in id order, so skip/limit walk a stable sequence."""
    if (skip is not None and skip < 0) or (limit is not None and limit < 0):
        raise GraphQLError(
            "skip and limit must not be negative", extensions={"code": "BAD_USER_INPUT"}
        )
    found = [row for row in rows if filter is None or matches(row, filter)]
    found.sort(key=lambda row: row.get("id") or 0)
    if sort:
        found = _sorted(found, sort["field"], sort.get("direction") == "desc")
    start = skip or 0
    return found[start : None if limit is None else start + limit]


def matches(row: Row, node: Row) -> bool:
    operator = node.get("operator") or ""
    children = node.get("children")
    if children is not None or operator in ("$and", "$or"):
        results = [matches(row, child) for child in children or [] if child is not None]
        if operator == "$or":
            return any(results)
        if operator in ("", "$and"):
            return all(results)
        raise FilterError(f"operator {operator!r} cannot combine children")
    path = node.get("field")
    if not path:
        raise FilterError("a condition needs a field")
    operator = operator or "$eq"
    negated = {"$ne": "$eq", "$notLike": "$like", "$notIn": "$in", "$notBetween": "$between"}
    if operator in negated:
        return not _test(_values(row, path.split(".")), negated[operator], node.get("value"))
    return _test(_values(row, path.split(".")), operator, node.get("value"))


def list_values(raw: str | None, operator: str) -> list[Any]:
    """The values of `$in`/`$notIn`/`$between`/`$notBetween`, from the one string `value`.

    DECISION: the notes say `value` is always a String and leave open how several values
    travel. The sandbox accepts a JSON array (`'[1,2]'`, `'["a","b"]'`: what our client
    sends, and what a Sequelize server gets by JSON-decoding), and, for callers writing
    filters by hand, a comma-separated list (`'1,2'`; spaces around items are dropped); a
    single value (`'1'`) is a list of one. A JSON value that is not an array (`'{"a":1}'`) is
    refused, as is an empty list.
    """
    text = (raw or "").strip()
    if text.startswith(("[", "{")):
        try:
            items = json.loads(text)
        except ValueError:
            raise FilterError(f"{operator}: {text!r} is not a JSON array") from None
        if not isinstance(items, list):
            raise FilterError(f"{operator} takes a JSON array string, e.g. '[1,2]'")
    else:
        items = [item.strip() for item in text.split(",")] if text else []
    if not items:
        raise FilterError(f"{operator} needs at least one value")
    return items


def _test(values: list[Any], operator: str, raw: str | None) -> bool:
    if operator in ("$in", "$between"):
        items = list_values(raw, operator)
        if operator == "$between" and len(items) != 2:
            raise FilterError("$between takes two values, e.g. '[6,10]'")
    for actual in values:
        if operator == "$eq":
            if _coerce(actual, raw) == actual:
                return True
        elif operator == "$like":
            if actual is not None and _like(raw or "").fullmatch(str(actual)):
                return True
        elif operator == "$in":
            if any(_coerce(actual, item) == actual for item in items):
                return True
        elif operator == "$between":
            low, high = (_coerce(actual, item) for item in items)
            if actual is not None and low <= actual <= high:
                return True
        elif operator in ("$gt", "$gte", "$lt", "$lte"):
            if actual is None:
                continue
            other = _coerce(actual, raw)
            if other is None:
                continue
            if {
                "$gt": actual > other,
                "$gte": actual >= other,
                "$lt": actual < other,
                "$lte": actual <= other,
            }[operator]:
                return True
        else:
            raise FilterError(f"unknown operator {operator!r}")
    return False


def _values(row: Any, parts: list[str]) -> list[Any]:
    """Every value at a dotted path (a list along the way means "any of them")."""
    if isinstance(row, list):
        return [value for item in row for value in _values(item, parts)]
    if not parts:
        return [row["id"] if isinstance(row, dict) and "id" in row else row]
    if not isinstance(row, dict):
        return [None]
    key = parts[0] if parts[0] in row or parts[0] != "host" else "server"
    return _values(row.get(key), parts[1:])


def _coerce(actual: Any, raw: Any) -> Any:
    """The filter's text as the type of the value it is compared with."""
    if raw is None:
        return None
    text = raw if isinstance(raw, str) else json.dumps(raw)
    try:
        if isinstance(actual, bool):
            return text.strip().lower() in ("1", "true", "yes")
        if isinstance(actual, int | float):
            number = float(text)
            return int(number) if isinstance(actual, int) and number.is_integer() else number
        if isinstance(actual, datetime):
            return parse_datetime(text)
    except ValueError:
        raise FilterError(f"{text!r} is not comparable with {actual!r}") from None
    return text


def _like(pattern: str) -> re.Pattern[str]:
    parts = (".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def _sorted(rows: list[Row], path: str, descending: bool) -> list[Row]:
    def key(row: Row) -> Any:
        values = _values(row, path.split("."))
        return values[0] if values else None

    present = [row for row in rows if key(row) is not None]
    missing = [row for row in rows if key(row) is None]
    present.sort(key=lambda row: (key(row), row["id"]), reverse=descending)
    return present + missing


def parse_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)
