"""Secret-typed inputs, enumerated from the SDL: never logged, scrubbed when a server echoes them.

For every input field and argument of the three schemas that carries a secret (by the naming
rule in `b2b_graphql._secret_inputs`, plus each API's `secret_fields` config), every operation
in `queries/` that can carry it is called with a unique marker in that place, with every logger
at DEBUG, against the API's sandbox, whose fault plan answers with a GraphQL error quoting the
marker back. The marker must appear in no log record and in no part of the error.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from graphql import (
    GraphQLInputObjectType,
    GraphQLSchema,
    OperationDefinitionNode,
    build_schema,
    get_named_type,
    parse,
    print_ast,
    type_from_ast,
)

from b2b_graphql import B2BGraphQLError
from b2b_graphql._secret_inputs import is_secret_field
from b2b_graphql.config import load_api

from .apis import CASES, ApiCase
from .conftest import Sandboxes, quick
from .test_secrets import Capture

ROOT = Path(__file__).resolve().parents[2]
DEPTH = 8


@dataclass(frozen=True)
class Carrier:
    """An operation that can carry one secret input: its variables with `marker` in place."""

    api: str
    operation: str
    query: str
    where: str  # "Type.field" or "Root.field(argument)"
    path: tuple[str, ...]  # variable, then input fields

    def variables(self, marker: str) -> dict[str, Any]:
        value: Any = marker
        for name in reversed(self.path[1:]):
            value = {name: value}
        return {self.path[0]: value}


def schema_of(api: str) -> GraphQLSchema:
    return build_schema((ROOT / "schemas" / f"{api}.graphql").read_text())


def secret_inputs(api: str) -> set[str]:
    """Every secret `Type.field` of the SDL's input types, and `Root.field(argument)`."""
    schema, listed = schema_of(api), set(load_api(api, ROOT).secret_fields)
    found = {
        f"{t.name}.{name}"
        for t in schema.type_map.values()
        if isinstance(t, GraphQLInputObjectType) and not t.name.startswith("__")
        for name in t.fields
        if is_secret_field(name) or f"{t.name}.{name}" in listed
    }
    for root in (schema.query_type, schema.mutation_type):
        for field_name, field in (root.fields if root else {}).items():
            found |= {f"{root.name}.{field_name}({a})" for a in field.args if is_secret_field(a)}
    return found


def carriers(api: str) -> Iterator[Carrier]:
    schema = schema_of(api)
    secrets = secret_inputs(api)
    for path in sorted((ROOT / "queries" / api).glob("*.graphql")):
        for op in parse(path.read_text()).definitions:
            if not isinstance(op, OperationDefinitionNode) or op.name is None:
                continue
            root = schema.mutation_type if op.operation.value == "mutation" else schema.query_type
            assert root is not None
            query = print_ast(op)
            by_variable = {d.variable.name.value: d for d in op.variable_definitions}
            for selection in op.selection_set.selections:
                field_name = selection.name.value
                for argument in getattr(selection, "arguments", ()):
                    variable = getattr(argument.value, "name", None)
                    where = f"{root.name}.{field_name}({argument.name.value})"
                    if variable is not None and where in secrets:
                        yield Carrier(api, op.name.value, query, where, (variable.value,))
            for variable, definition in by_variable.items():
                input_type = type_from_ast(schema, definition.type)  # type: ignore[arg-type]
                for where, fields in walk(input_type, secrets, DEPTH):
                    yield Carrier(api, op.name.value, query, where, (variable, *fields))


def walk(input_type: Any, secrets: set[str], depth: int) -> Iterator[tuple[str, tuple[str, ...]]]:
    named = get_named_type(input_type)
    if not isinstance(named, GraphQLInputObjectType) or depth == 0:
        return
    for name, field in named.fields.items():
        if f"{named.name}.{name}" in secrets:
            yield f"{named.name}.{name}", (name,)
        else:
            for where, rest in walk(field.type, secrets, depth - 1):
                yield where, (name, *rest)


CARRIERS = [c for case in CASES for c in carriers(case.name)]


def test_the_naming_rule_finds_the_secrets_the_apis_document() -> None:
    hipex, order41 = secret_inputs("hipex"), secret_inputs("order41")
    assert {"SslCertificateInput.key", "DomainInput.newRelicKey", "UserInput.password"} <= hipex
    assert {"SignupConfirmInput.confirmCode", "KeyValueInput.value"} <= order41
    assert "Mutation.login(password)" in order41 and "Mutation.Login(password)" in hipex
    assert not {"LoginOptions.countryCode", "ContactInput.paymentTaxCode"} & order41
    assert not {"DropFilter.ownerUrlkey", "UserInput.urlkey"} & order41


def test_every_secret_input_an_operation_can_carry_is_covered() -> None:
    reachable = {c.where for c in CARRIERS if c.api == "hipex"}
    assert {"SslCertificateInput.key", "DomainInput.newRelicKey"} <= reachable
    assert "KeyValueInput.value" in {c.where for c in CARRIERS if c.api == "order41"}


@pytest.fixture
def every_logger_at_debug() -> Iterator[Capture]:
    root, capture = logging.getLogger(), Capture()
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    levels = [(log, log.level) for log in [root, *loggers]]
    root.addHandler(capture)
    for log, _ in levels:
        log.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for log, level in levels:
            log.setLevel(level)


def case(name: str) -> ApiCase:
    return next(c for c in CASES if c.name == name)


@pytest.mark.parametrize(
    "carrier", CARRIERS, ids=lambda c: f"{c.api}-{c.operation}-{'.'.join(c.path)}"
)
async def test_a_secret_input_is_neither_logged_nor_echoed(
    carrier: Carrier, sandboxes: Sandboxes, every_logger_at_debug: Capture
) -> None:
    sandbox = sandboxes.get(carrier.api)
    marker = f"secret-{uuid.uuid4().hex}"
    conn = await case(carrier.api).open(sandbox.url, sandbox.credentials, **quick())
    async with conn:
        sandbox.faults.reset()
        sandbox.faults.inject(
            "graphql_error", status=200, message=f"value {marker} is wrong", code="BAD_INPUT"
        )
        try:
            response = await conn.client.execute(
                carrier.query, carrier.operation, carrier.variables(marker)
            )
            conn.client.get_data(response)
        except B2BGraphQLError as error:
            shown = [str(error), repr(error), repr(error.args), repr(vars(error))]
        else:
            pytest.fail("the injected error did not arrive")
        finally:
            sandbox.faults.reset()
    assert any(carrier.operation in text for text in every_logger_at_debug.texts)  # it did log
    leaks = [text for text in every_logger_at_debug.texts + shown if marker in text]
    assert not leaks, leaks[0][:300]
