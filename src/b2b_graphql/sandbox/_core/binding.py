"""One way to give a schema behaviour: resolver registries bound onto graphql-core fields.

Adding a field's behaviour means one function in its domain module:

    resolvers = Resolvers()                      # one per domain module

    @resolvers.query("getDrop")
    def get_drop(call: Call[State], *, id: str | None = None) -> Record: ...

    @resolvers.field("Drop", "discounts")        # a non-root field gets its parent too
    def drop_discounts(call: Call[State], parent: Record, **args: Any) -> list[Record]: ...

`bind(schema, [catalog.resolvers, orders.resolvers], state=..., guard=...)` sets each field's
`resolve`. Arguments arrive as keyword arguments under their GraphQL names. A root field
without a resolver is an error (so the fake data can never answer one of our APIs silently),
unless a `fallback` is given: that is only for users' own schemas (`sandbox --schema`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from graphql import (
    GraphQLError,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    value_from_ast_untyped,
)

from .._fake import FakeData, FakeObject, install_fallback
from .app import RequestContext
from .guard import AnswerEmpty, Guard

__all__ = [
    "Call",
    "Resolvers",
    "UnboundFieldsError",
    "bind",
    "bind_scalars",
    "bound_fields",
]

S = TypeVar("S")
F = TypeVar("F", bound=Callable[..., Any])

# Registry keys for the root types, whatever a schema calls them.
QUERY, MUTATION = "Query", "Mutation"


@dataclass(slots=True)
class Call(Generic[S]):
    """What a resolver gets besides its arguments, built for each call."""

    state: S
    """The API's state object (the store)."""
    context: RequestContext
    """The HTTP request's headers, and the response's headers and status."""
    principal: Any
    """What the guard admitted for this request's root field (a user/session), or None."""
    info: GraphQLResolveInfo
    """graphql-core's view of the field being resolved."""


class Resolvers:
    """The resolvers of one domain module, by `(type name, field name)`."""

    def __init__(self) -> None:
        self._fields: dict[tuple[str, str], Callable[..., Any]] = {}

    def query(self, name: str) -> Callable[[F], F]:
        """Register `resolver(call, **args)` for the root query field `name`."""
        return self.field(QUERY, name)

    def mutation(self, name: str) -> Callable[[F], F]:
        """Register `resolver(call, **args)` for the root mutation field `name`."""
        return self.field(MUTATION, name)

    def field(self, type_name: str, field_name: str) -> Callable[[F], F]:
        """Register `resolver(call, parent, **args)` for `type_name.field_name`."""

        def register(resolver: F) -> F:
            key = (type_name, field_name)
            if key in self._fields:
                raise ValueError(f"{type_name}.{field_name} has two resolvers")
            self._fields[key] = resolver
            return resolver

        return register

    def __iter__(self) -> Iterator[tuple[tuple[str, str], Callable[..., Any]]]:
        return iter(self._fields.items())


class UnboundFieldsError(ValueError):
    """Root fields without a resolver, or resolvers for fields the schema does not have."""


class _Bound:
    """A registered resolver set on one schema field; `bound_fields` recognises these."""

    __slots__ = (
        "empty",
        "fallback",
        "guard",
        "is_mutation",
        "is_root",
        "name",
        "resolver",
        "state",
    )

    def __init__(
        self,
        resolver: Callable[..., Any],
        field: GraphQLField,
        name: str,
        *,
        state: Any,
        root: str | None,
        guard: Guard | None,
        fallback: FakeData | None,
    ) -> None:
        self.resolver = resolver
        self.name = name
        self.state = state
        self.is_root = root is not None
        self.is_mutation = root == MUTATION
        self.guard = guard
        self.fallback = fallback
        self.empty: list[Any] | None = [] if _is_list(field) else None

    def __call__(self, parent: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        context: RequestContext = info.context
        try:
            if self.is_root:
                call: Call[Any] = Call(self.state, context, None, info)
                if self.guard is not None:
                    try:
                        call.principal = self.guard.admit(call, self.name, self.is_mutation)
                    except AnswerEmpty:
                        return [] if self.empty is not None else None
                context.principal = call.principal
                return self.resolver(call, **args)
            if self.fallback is not None and isinstance(parent, FakeObject):
                return self.fallback.resolve(parent, info, **args)
            return self.resolver(Call(self.state, context, context.principal, info), parent, **args)
        except GraphQLError as error:
            if error.path is None:  # locate it ourselves: graphql-core would wrap it in a plain
                _locate(error, info)  # GraphQLError and lose what a subclass formats
            raise


class _Fallback(_Bound):
    """The fake data answering a root field of a user's schema (still behind the guard)."""

    __slots__ = ()


def _locate(error: GraphQLError, info: GraphQLResolveInfo) -> None:
    error.path = info.path.as_list()
    error.nodes = list(info.field_nodes)
    error.locations = [
        node.loc.source.get_location(node.loc.start) for node in info.field_nodes if node.loc
    ]


def _is_list(field: GraphQLField) -> bool:
    type_ = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    return isinstance(type_, GraphQLList)


def bind(
    schema: GraphQLSchema,
    registries: Iterable[Resolvers],
    *,
    state: Any,
    guard: Guard | None = None,
    fallback: FakeData | None = None,
) -> None:
    """Set `resolve` on every field the registries name; refuse to leave a root field to
    graphql-core's default (or to `fallback`, if given: then it answers the rest)."""
    roots = {QUERY: schema.query_type, MUTATION: schema.mutation_type}
    seen: set[tuple[str, str]] = set()
    unknown: list[str] = []
    for registry in registries:
        for (type_name, field_name), resolver in registry:
            type_ = roots[type_name] if type_name in roots else schema.get_type(type_name)
            if not isinstance(type_, GraphQLObjectType) or field_name not in type_.fields:
                unknown.append(f"{type_name}.{field_name}")
                continue
            field = type_.fields[field_name]
            if (type_.name, field_name) in seen:
                raise ValueError(f"{type_.name}.{field_name} is bound twice")
            seen.add((type_.name, field_name))
            root = type_name if type_name in roots else _root_kind(schema, type_)
            field.resolve = _Bound(
                resolver,
                field,
                field_name,
                state=state,
                root=root,
                guard=guard,
                fallback=fallback,
            )
    if unknown:
        raise UnboundFieldsError(f"resolvers for fields the schema lacks: {', '.join(unknown)}")
    unbound = [
        (kind, root_type, name, field)
        for kind, root_type in roots.items()
        if root_type is not None
        for name, field in root_type.fields.items()
        if not isinstance(field.resolve, _Bound)
    ]
    if unbound and fallback is None:
        names = ", ".join(f"{root_type.name}.{name}" for _, root_type, name, _ in unbound)
        raise UnboundFieldsError(f"root fields without a resolver: {names}")
    if fallback is not None:
        for kind, _, name, field in unbound:
            field.resolve = _Fallback(
                _fallback_root(fallback),
                field,
                name,
                state=state,
                root=kind,
                guard=guard,
                fallback=fallback,
            )
        install_fallback(schema, fallback)


def _root_kind(schema: GraphQLSchema, type_: GraphQLObjectType) -> str | None:
    if type_ is schema.query_type:
        return QUERY
    if type_ is schema.mutation_type:
        return MUTATION
    return None


def _fallback_root(fallback: FakeData) -> Callable[..., Any]:
    def resolve(call: Call[Any], **args: Any) -> Any:
        return fallback.resolve(None, call.info, **args)

    return resolve


def bound_fields(schema: GraphQLSchema) -> frozenset[str]:
    """`Type.field` of every field a registered resolver answers (not the fallback)."""
    return frozenset(
        f"{type_.name}.{name}"
        for type_ in schema.type_map.values()
        if isinstance(type_, GraphQLObjectType)
        for name, field in type_.fields.items()
        if isinstance(field.resolve, _Bound) and not isinstance(field.resolve, _Fallback)
    )


def bind_scalars(
    schema: GraphQLSchema,
    behaviours: Mapping[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]],
) -> None:
    """Give custom scalars their `(serialize, parse)`; a literal in a query is parsed like a
    variable's value."""
    for name, (serialize, parse) in behaviours.items():
        scalar = schema.get_type(name)
        if not isinstance(scalar, GraphQLScalarType):
            raise UnboundFieldsError(f"no scalar {name} in the schema")
        scalar.serialize = serialize  # type: ignore[method-assign,assignment]
        scalar.parse_value = parse  # type: ignore[method-assign,assignment]
        scalar.parse_literal = _literal(parse)  # type: ignore[method-assign]


def _literal(parse: Callable[[Any], Any]) -> Callable[..., Any]:
    def parse_literal(node: Any, variables: Any = None) -> Any:
        return parse(value_from_ast_untyped(node, variables))

    return parse_literal
