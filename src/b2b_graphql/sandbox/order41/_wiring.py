"""The binding convention the Order41 resolvers are written against (`Call`, `Resolvers`,
`bind`, `Guard`): re-exported from the shared sandbox core once it exists, so the domain
modules import it from one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from graphql import GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema

if TYPE_CHECKING:
    from .._app import RequestContext
    from .state import Order41Sandbox

__all__ = ["Call", "Guard", "Resolvers", "bind"]

Resolver = Callable[..., Any]
F = TypeVar("F", bound=Resolver)


class Call(Protocol):
    """What an Order41 resolver gets (typed for this sandbox's state): the store, the
    request context, the guard's principal (the signed-in user record) and graphql's info."""

    @property
    def state(self) -> Order41Sandbox: ...
    @property
    def context(self) -> RequestContext: ...
    @property
    def principal(self) -> Any: ...
    @property
    def info(self) -> GraphQLResolveInfo: ...


@dataclass
class _Call:
    state: Any
    context: Any
    principal: Any
    info: GraphQLResolveInfo


class Resolvers:
    """One registry per domain module: `@resolvers.query("f")`, `.mutation`, `.field(T, f)`."""

    def __init__(self) -> None:
        self.fields: dict[tuple[str, str], Resolver] = {}

    def _register(self, type_name: str, field_name: str) -> Callable[[F], F]:
        def decorate(function: F) -> F:
            key = (type_name, field_name)
            if key in self.fields:
                raise ValueError(f"{type_name}.{field_name} is bound twice")
            self.fields[key] = function
            return function

        return decorate

    def query(self, field_name: str) -> Callable[[F], F]:
        return self._register("Query", field_name)

    def mutation(self, field_name: str) -> Callable[[F], F]:
        return self._register("Mutation", field_name)

    def field(self, type_name: str, field_name: str) -> Callable[[F], F]:
        return self._register(type_name, field_name)


class Guard:
    """`rule(call, field_name, is_mutation)` returns the principal or raises; `public` fields
    run without it (their principal is None)."""

    def __init__(
        self, rule: Callable[[Any, str, bool], Any], public: frozenset[str] = frozenset()
    ) -> None:
        self.rule = rule
        self.public = public


def bind(
    schema: GraphQLSchema,
    registries: list[Resolvers],
    *,
    state: Any,
    guard: Guard | None = None,
    fallback: Any = None,
) -> None:
    """Set every registered resolver on `schema`; every root field must have one."""
    merged: dict[tuple[str, str], Resolver] = {}
    for registry in registries:
        for key, function in registry.fields.items():
            if key in merged:
                raise ValueError(f"{key[0]}.{key[1]} is bound twice")
            merged[key] = function
    roots = {t.name for t in (schema.query_type, schema.mutation_type) if t is not None}
    for (type_name, field_name), function in merged.items():
        type_ = schema.get_type(type_name)
        if not isinstance(type_, GraphQLObjectType) or field_name not in type_.fields:
            raise ValueError(f"{type_name}.{field_name} is not in the schema")
        root = type_name in roots
        type_.fields[field_name].resolve = _resolver(
            function, state, guard if root else None, root, type_name == "Mutation"
        )
    missing = [
        f"{root.name}.{name}"
        for root in (schema.query_type, schema.mutation_type)
        if root is not None
        for name in root.fields
        if (root.name, name) not in merged
    ]
    if missing:
        raise ValueError("root fields without a resolver: " + ", ".join(missing))


def _resolver(
    function: Resolver, state: Any, guard: Guard | None, root: bool, is_mutation: bool
) -> Resolver:
    def resolve(parent: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        call = _Call(state=state, context=info.context, principal=None, info=info)
        if root:
            if guard is not None and info.field_name not in guard.public:
                call.principal = guard.rule(call, info.field_name, is_mutation)
            return function(call, **args)
        return function(call, parent, **args)

    return resolve
