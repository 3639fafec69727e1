"""Every root field of the Order41 schema has a behaviour check (`BEHAVIOUR`), run here over
HTTP against the sandbox: a field added to the schema without one fails
`test_every_root_field_has_a_behaviour_check` (tests/sandbox/test_no_fallback.py proves
none is answered by fake data). `test_resolver_uses_every_declared_argument` audits every
root field's resolver: each argument the schema declares is a named parameter it reads."""

from __future__ import annotations

import dis
import inspect
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from types import CodeType
from typing import Any

import pytest
from graphql import FieldNode, GraphQLObjectType, OperationDefinitionNode, parse

from b2b_graphql.sandbox.order41 import app, create_app
from b2b_graphql.sandbox.order41.app import DOMAINS

from . import (  # noqa: F401  (each registers its checks)
    checks_account,
    checks_drops,
    checks_integrations,
    checks_lists,
    checks_orders,
    checks_people,
    checks_products,
)
from .api import BEHAVIOUR, ROOTS, Api

FIELDS = sorted(name for root in ROOTS.values() for name in root.fields)


def test_every_root_field_has_a_behaviour_check() -> None:
    assert sorted(BEHAVIOUR) == FIELDS


def test_resolvers_live_in_the_domain_of_their_operations() -> None:
    """The resolver modules mirror queries/order41/: each operation's root field is answered
    by the module of the same name."""
    queries = Path(__file__).resolve().parents[3] / "queries/order41"
    files = {p.stem: p for p in queries.glob("*.graphql") if p.stem != "fragments"}
    assert sorted(files) == sorted(DOMAINS)
    for domain, path in files.items():
        registered = {
            field for _, field in dict(import_module(f"{app.__package__}.{domain}").resolvers)
        }
        for definition in parse(path.read_text()).definitions:
            if isinstance(definition, OperationDefinitionNode):
                root = definition.selection_set.selections[0]
                assert isinstance(root, FieldNode)
                assert root.name.value in registered, f"{root.name.value} is not in {domain}.py"


def test_every_paged_root_field_is_walked() -> None:
    """Every root field taking `first` is paged to its end by checks_lists (against its meta
    count where it has one), so a new paged list without a walk fails here."""
    from .checks_lists import COUNTED, UNCOUNTED

    paged = sorted(
        name for root in ROOTS.values() for name, f in root.fields.items() if "first" in f.args
    )
    assert paged == sorted({*COUNTED, *UNCOUNTED})


@pytest.mark.parametrize("field", FIELDS)
def test_root_field_behaves(field: str, api: Api) -> None:
    check = BEHAVIOUR.get(field)
    if check is None:
        pytest.fail(f"{field} has no behaviour check")
    check(api)


# -- the argument audit ------------------------------------------------------------------------

BOUND = create_app().schema


def resolver_of(field: str) -> Callable[..., Any]:
    for root in (BOUND.query_type, BOUND.mutation_type):
        if root is not None and field in root.fields:
            resolver: Callable[..., Any] = root.fields[field].resolve.resolver  # type: ignore[union-attr]
            return resolver
    raise KeyError(field)


def names_read(code: CodeType) -> set[str]:
    """The local names a function's body (its nested functions included) loads."""
    found: set[str] = set()
    for instruction in dis.get_instructions(code):
        if instruction.opname.startswith("LOAD_FAST") or instruction.opname in (
            "LOAD_DEREF",
            "LOAD_CLOSURE",
        ):
            value = instruction.argval
            found.update(value if isinstance(value, tuple) else [value])
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            found |= names_read(constant)
    return found


def unused_arguments(
    where: str, declared: set[str], resolver: Callable[..., Any], skip: int
) -> None:
    """The resolver names every argument the schema declares as a parameter (no catch-all
    `**kwargs` that could drop one), reads each, and takes no parameter the field does not
    declare (except private `_`-prefixed defaults); `skip` leading ones are (call, parent)."""
    parameters = list(inspect.signature(resolver).parameters.values())[skip:]
    catch_all = [p.name for p in parameters if p.kind is p.VAR_KEYWORD]
    assert not catch_all, f"{where}: takes **{catch_all[0]}; name each argument"
    named = {p.name for p in parameters if not p.name.startswith("_")}
    assert named == declared, f"{where}: parameters {sorted(named)}, schema {sorted(declared)}"
    unread = sorted(declared - names_read(resolver.__code__))
    assert unread == [], f"{where} ignores {unread}"


@pytest.mark.parametrize("field", FIELDS)
def test_resolver_uses_every_declared_argument(field: str) -> None:
    """A static audit, robust where executing cannot be (an argument that changes nothing on
    the seeded data still has to be read)."""
    kind, definition = next((k, r.fields[field]) for k, r in ROOTS.items() if field in r.fields)
    unused_arguments(f"{kind} {field}", set(definition.args), resolver_of(field), 1)


NESTED = sorted(
    (type_.name, name)
    for type_ in BOUND.type_map.values()
    if isinstance(type_, GraphQLObjectType)
    and type_ not in (BOUND.query_type, BOUND.mutation_type)
    and not type_.name.startswith("__")
    for name, field in type_.fields.items()
    if field.args
)


@pytest.mark.parametrize(("type_name", "field"), NESTED, ids=[f"{t}.{f}" for t, f in NESTED])
def test_nested_resolver_uses_every_declared_argument(type_name: str, field: str) -> None:
    """The same audit for every field below the roots that takes arguments (paged lists)."""
    type_ = BOUND.get_type(type_name)
    assert isinstance(type_, GraphQLObjectType)
    definition = type_.fields[field]
    resolver = getattr(definition.resolve, "resolver", None)
    assert resolver is not None, f"{type_name}.{field} takes arguments but has no resolver"
    unused_arguments(f"{type_name}.{field}", set(definition.args), resolver, 2)
