"""Building Hipex entity-query filters: `where("server.id") == 3`, `any_of(...)`, `all_of(...)`.

    flt = all_of(where("server.id") == 3, where("domain").like("%shop%"))
    await client.domains(filter_=flt.to_input())        # or: client.iter_domains(filter=flt)

Hipex filters are a tree of `FilterInput {field, value, operator, children}` with Sequelize-style
operators (`$eq`, `$ne`, `$gt`, ..., `$and`, `$or`). `field` may be a dotted path to a related
model (`server.id`, `host.name`, `domain.id`). Every `value` is a **string**:

- numbers as their decimal text (`3` -> `"3"`), booleans as `"true"`/`"false"`, datetimes and
  dates as ISO-8601, enums as their value, `None` as a JSON null (no `value` sent);
- the list operators (`in_`, `not_in`) and the range operators (`between`, `not_between`)
  send one JSON array as that string: `in_([1, 2])` -> `"[1,2]"`, `between(6, 10)` ->
  `"[6,10]"`, `in_(["a", "b"])` -> `'["a","b"]'`. The API does not document how these operators
  take several values through one string; a JSON array is unambiguous (a value may contain a
  comma) and is what the sandbox reads. Change `encode_values` if the real server wants another
  form.

Combinations always carry an explicit `$and`/`$or` (never the empty operator). Conditions are
immutable and hashable; `&` and `|` combine them like `all_of` and `any_of`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._errors import InputValidationError

if TYPE_CHECKING:
    from hipex_gql.input_types import FilterInput

__all__ = [
    "Combination",
    "Condition",
    "Field",
    "Filter",
    "all_of",
    "any_of",
    "encode_value",
    "encode_values",
    "where",
]

Scalar: TypeAlias = str | int | float | bool | Decimal | dt.date | dt.datetime | enum.Enum | None
Operator: TypeAlias = Literal[
    "$eq",
    "$ne",
    "$gt",
    "$gte",
    "$lt",
    "$lte",
    "$like",
    "$notLike",
    "$in",
    "$notIn",
    "$between",
    "$notBetween",
]


@dataclass(frozen=True, slots=True)
class Condition:
    """One comparison: `field operator value`, with `value` already encoded as the API's string."""

    field: str
    operator: Operator
    value: str | None

    def to_input(self) -> FilterInput:
        from hipex_gql.input_types import FilterInput

        return FilterInput(field=self.field, operator=self.operator, value=self.value)

    def __and__(self, other: Filter) -> Combination:
        return all_of(self, other)

    def __or__(self, other: Filter) -> Combination:
        return any_of(self, other)


@dataclass(frozen=True, slots=True)
class Combination:
    """`$and` / `$or` over child filters."""

    operator: Literal["$and", "$or"]
    children: tuple[Filter, ...]

    def to_input(self) -> FilterInput:
        from hipex_gql.input_types import FilterInput

        return FilterInput(
            operator=self.operator, children=[child.to_input() for child in self.children]
        )

    def __and__(self, other: Filter) -> Combination:
        return all_of(self, other)

    def __or__(self, other: Filter) -> Combination:
        return any_of(self, other)


Filter: TypeAlias = Condition | Combination


class Field:
    """A field (or dotted path) to compare; made by `where(...)`."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        if not isinstance(name, str) or not name.strip():
            raise InputValidationError("filter", "a filter field needs a non-empty name")
        self.name = name

    def __repr__(self) -> str:
        return f"where({self.name!r})"

    def _compare(self, operator: Operator, value: str | None) -> Condition:
        return Condition(self.name, operator, value)

    # Comparisons build conditions instead of answering True/False (like SQLAlchemy columns).
    def __eq__(self, value: Scalar) -> Condition:  # type: ignore[override]
        return self._compare("$eq", encode_value(value))

    def __ne__(self, value: Scalar) -> Condition:  # type: ignore[override]
        return self._compare("$ne", encode_value(value))

    __hash__ = None  # type: ignore[assignment]

    def __gt__(self, value: Scalar) -> Condition:
        return self._compare("$gt", encode_value(value))

    def __ge__(self, value: Scalar) -> Condition:
        return self._compare("$gte", encode_value(value))

    def __lt__(self, value: Scalar) -> Condition:
        return self._compare("$lt", encode_value(value))

    def __le__(self, value: Scalar) -> Condition:
        return self._compare("$lte", encode_value(value))

    def eq(self, value: Scalar) -> Condition:
        return self._compare("$eq", encode_value(value))

    def ne(self, value: Scalar) -> Condition:
        return self._compare("$ne", encode_value(value))

    def like(self, pattern: str) -> Condition:
        """SQL LIKE: `%` matches any run of characters, `_` one character."""
        return self._compare("$like", _text(pattern))

    def not_like(self, pattern: str) -> Condition:
        return self._compare("$notLike", _text(pattern))

    def in_(self, values: Iterable[Scalar]) -> Condition:
        return self._compare("$in", encode_values(_non_empty(values)))

    def not_in(self, values: Iterable[Scalar]) -> Condition:
        return self._compare("$notIn", encode_values(_non_empty(values)))

    def between(self, low: Scalar, high: Scalar) -> Condition:
        """Inclusive range, `low <= field <= high`."""
        return self._compare("$between", encode_values([low, high]))

    def not_between(self, low: Scalar, high: Scalar) -> Condition:
        return self._compare("$notBetween", encode_values([low, high]))


def where(field: str) -> Field:
    """Start a condition on `field` (a model attribute or a dotted path such as `server.id`)."""
    return Field(field)


def all_of(*filters: Filter) -> Combination:
    """Every filter must match (`$and`)."""
    return Combination("$and", _children(filters))


def any_of(*filters: Filter) -> Combination:
    """At least one filter must match (`$or`)."""
    return Combination("$or", _children(filters))


def encode_value(value: Scalar) -> str | None:
    """One value as the API's string (see the module docstring); None stays None."""
    plain = _plain(value)
    if plain is None or isinstance(plain, str):
        return plain
    return json.dumps(plain)


def encode_values(values: Iterable[Scalar]) -> str:
    """Several values as one JSON array string, for `$in`/`$notIn`/`$between`/`$notBetween`."""
    return json.dumps([_plain(value) for value in values], separators=(",", ":"))


def _plain(value: Scalar) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise InputValidationError("filter", "a filter value must be a finite number")
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, dt.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, dt.date):
        return value.isoformat()
    raise InputValidationError("filter", f"cannot use a {type(value).__name__} as a filter value")


def _text(pattern: str) -> str:
    if not isinstance(pattern, str):
        raise InputValidationError("filter", "a LIKE pattern must be a string")
    return pattern


def _non_empty(values: Iterable[Scalar]) -> list[Scalar]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InputValidationError("filter", "in_/not_in take a list of values")
    items = list(values)
    if not items:
        raise InputValidationError("filter", "in_/not_in need at least one value")
    return items


def _children(filters: tuple[Filter, ...]) -> tuple[Filter, ...]:
    if not filters:
        raise InputValidationError("filter", "all_of/any_of need at least one filter")
    for item in filters:
        if not isinstance(item, Condition | Combination):
            raise InputValidationError(
                "filter", f"expected a filter (e.g. where('id') == 1), got {type(item).__name__}"
            )
    return filters
