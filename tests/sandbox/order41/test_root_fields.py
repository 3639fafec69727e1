"""Every root field of the Order41 schema has a behaviour check (`BEHAVIOUR`), run here over
HTTP against the sandbox: a field added to the schema without one fails
`test_every_root_field_has_a_behaviour_check` (tests/sandbox/test_no_fallback.py proves
none is answered by fake data)."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import pytest
from graphql import FieldNode, OperationDefinitionNode, parse

from b2b_graphql.sandbox.order41 import app
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


@pytest.mark.parametrize("field", FIELDS)
def test_root_field_behaves(field: str, api: Api) -> None:
    check = BEHAVIOUR.get(field)
    if check is None:
        pytest.fail(f"{field} has no behaviour check")
    check(api)
