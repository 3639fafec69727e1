"""Schema-driven data: type-correct, deterministic values for any output or input type.

A sandbox implements the behaviour it cares about and lets `install_fallback` answer the rest:
every field without a resolver then returns the parent's value when the parent (a dict) has
one, and otherwise a value generated from the field's type and its path in the response. The
same query always gets the same answer. Lists hold `FAKE_LIST_LENGTH` items, and a generated
`count` is that length too, so a fake list and its fake `_list*Meta` count agree.

`sample_input` is the other direction: a valid value for an argument or input type (every
required input field, and the optional ones too with `complete=True`), used to build variables
for any operation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLUnionType,
    is_leaf_type,
)

__all__ = [
    "FAKE_LIST_LENGTH",
    "FakeData",
    "FakeObject",
    "install_fallback",
    "isoformat",
    "number",
    "sample_input",
]

FAKE_LIST_LENGTH = 2
_EPOCH = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)

ScalarFaker = Callable[[int, str], Any]


def number(seed: str) -> int:
    """A stable non-negative integer for `seed` (the same in every process)."""
    return int.from_bytes(hashlib.blake2b(seed.encode(), digest_size=6).digest(), "big")


class FakeObject(dict[str, Any]):
    """A generated object: its fields are generated on demand from `seed` (see `FakeData`)."""

    def __init__(self, type_name: str, seed: str) -> None:
        super().__init__(__typename=type_name)
        self.seed = seed


def _fake_string(n: int, name: str) -> str:
    if "email" in name.lower():
        return f"user{n % 1000}@example.com"
    if name.lower().endswith("url") or name.lower() in {"image", "img", "images"}:
        return f"https://files.example.com/{name}/{n % 10000}.jpg"
    return f"{name or 'text'}-{n % 10000}"


DEFAULT_SCALARS: dict[str, ScalarFaker] = {
    "ID": lambda n, name: str(1 + n % 9999),
    "String": _fake_string,
    "Int": lambda n, name: n % 100,
    "Float": lambda n, name: round((n % 100000) / 100, 2),
    "Boolean": lambda n, name: n % 2 == 0,
    "DateTime": lambda n, name: _EPOCH + timedelta(minutes=n % 500000),
    "Date": lambda n, name: (_EPOCH + timedelta(days=n % 700)).date(),
}


class FakeData:
    """Deterministic values for a schema's output types. `scalars` adds or overrides the
    generator of a scalar by name (`(number, field_name) -> value`); unknown custom scalars
    get strings."""

    def __init__(
        self, schema: GraphQLSchema, scalars: Mapping[str, ScalarFaker] | None = None
    ) -> None:
        self.schema = schema
        self.scalars = {**DEFAULT_SCALARS, **(scalars or {})}

    def value(self, type_: GraphQLOutputType, seed: str, name: str = "") -> Any:
        if isinstance(type_, GraphQLNonNull):
            return self.value(type_.of_type, seed, name)
        if isinstance(type_, GraphQLList):
            return [
                self.value(type_.of_type, f"{seed}[{index}]", name)
                for index in range(FAKE_LIST_LENGTH)
            ]
        n = number(seed)
        if isinstance(type_, GraphQLScalarType):
            if name == "count" and type_.name == "Int":
                return FAKE_LIST_LENGTH
            return self.scalars.get(type_.name, _fake_string)(n, name)
        if isinstance(type_, GraphQLEnumType):
            values = list(type_.values)
            return values[n % len(values)]
        if isinstance(type_, GraphQLObjectType):
            return FakeObject(type_.name, seed)
        if isinstance(type_, GraphQLInterfaceType | GraphQLUnionType):
            members = sorted(self.schema.get_possible_types(type_), key=lambda t: t.name)
            return FakeObject(members[n % len(members)].name, seed) if members else None
        raise TypeError(f"cannot fake {type_}")  # pragma: no cover - no other output types

    def resolve(self, parent: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        """The fallback resolver: the parent's own value, else a generated one."""
        name = info.field_name
        if isinstance(parent, Mapping) and name in parent:
            return parent[name]
        if isinstance(parent, FakeObject):
            seed = f"{parent.seed}.{name}"
        else:
            parent_key = parent.get("id") if isinstance(parent, Mapping) else None
            seed = f"{info.parent_type.name}:{parent_key}.{name}"
            if parent_key is None:
                seed = f"{info.parent_type.name}.{name}:{sorted(args.items())!r}"
        return self.value(info.return_type, seed, name)


def install_fallback(schema: GraphQLSchema, fake: FakeData) -> None:
    """Give every object field without a resolver `fake.resolve` (root fields included)."""
    for type_ in schema.type_map.values():
        if isinstance(type_, GraphQLObjectType) and not type_.name.startswith("__"):
            for field in type_.fields.values():
                if field.resolve is None:
                    field.resolve = fake.resolve


def sample_input(
    type_: GraphQLInputType,
    name: str = "value",
    *,
    complete: bool = False,
    scalars: Mapping[str, Callable[[str], Any]] | None = None,
    _depth: int = 0,
) -> Any:
    """A valid JSON value (as sent in `variables`) for an input type: every required input
    field, plus the optional ones when `complete`. IDs are "1" (sandboxes seed an entity 1)."""
    if isinstance(type_, GraphQLNonNull):
        return sample_input(type_.of_type, name, complete=complete, scalars=scalars, _depth=_depth)
    if isinstance(type_, GraphQLList):
        return [
            sample_input(type_.of_type, name, complete=complete, scalars=scalars, _depth=_depth)
        ]
    if isinstance(type_, GraphQLScalarType):
        custom = (scalars or {}).get(type_.name)
        if custom is not None:
            return custom(name)
        return _SAMPLE_SCALARS.get(type_.name, _sample_text)(name)
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        result: dict[str, Any] = {}
        for field_name, field in type_.fields.items():
            required = isinstance(field.type, GraphQLNonNull)
            # Optional nested input objects stay out past the first level: filters nest deep.
            nested = not is_leaf_type(_named(field.type))
            if required or (complete and (not nested or _depth == 0)):
                result[field_name] = sample_input(
                    field.type, field_name, complete=complete, scalars=scalars, _depth=_depth + 1
                )
        return result
    raise TypeError(f"cannot sample {type_}")  # pragma: no cover - no other input types


def _sample_text(name: str) -> str:
    return f"{name}-sample"


def _named(type_: Any) -> Any:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    return type_


_SAMPLE_SCALARS: dict[str, Callable[[str], Any]] = {
    "ID": lambda name: "1",
    "String": lambda name: "sample@example.com" if "email" in name.lower() else f"{name}-sample",
    "Int": lambda name: 1,
    "Float": lambda name: 1.5,
    "Boolean": lambda name: True,
    "DateTime": lambda name: "2025-01-06T09:00:00Z",
    "Date": lambda name: "2025-01-06",
    # Order41's: a boolean that may be sent as 1/0, and JSON carried as a string.
    "SmartBoolean": lambda name: 1,
    "Json": lambda name: '{"sample": true}',
}


def isoformat(value: datetime | date) -> str:
    """DateTime/Date wire form: UTC with `Z`, or a plain date."""
    if isinstance(value, datetime):
        value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()
