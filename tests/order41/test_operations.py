"""Every operation in queries/order41/ runs through the generated client against the sandbox,
over HTTP, and parses into its model.

Variables come from the schema (`sample_input`: every required variable and input field, and
the optional ones too, IDs "1" - the sandbox seeds an entity 1 of each kind). A few operations
need values the generic ones cannot know (a variant's id, the real password); `OVERRIDES`
gives those, each with its reason. Each operation runs against the seeded data and the test
puts it back afterwards, so they stay independent.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from graphql import (
    GraphQLInputObjectType,
    OperationDefinitionNode,
    get_named_type,
    parse,
    type_from_ast,
)
from order41_gql import input_types
from pydantic import BaseModel

from b2b_graphql.order41 import Order41Client
from b2b_graphql.order41.client import ID_OR_URLKEY
from b2b_graphql.sandbox._fake import sample_input
from b2b_graphql.sandbox.order41 import DEFAULT_EMAIL, DEFAULT_PASSWORD, Order41Sandbox, schema
from b2b_graphql.sandbox.order41.auth import confirmation_code, reset_token, start_signup

QUERIES = Path(__file__).resolve().parents[2] / "queries/order41"
SCHEMA = schema()


def operations() -> list[OperationDefinitionNode]:
    found = []
    for path in sorted(QUERIES.glob("*.graphql")):
        for definition in parse(path.read_text(encoding="utf-8")).definitions:
            if isinstance(definition, OperationDefinitionNode):
                found.append(definition)
    return found


OPERATIONS = operations()


def first_variant(state: Order41Sandbox) -> str:
    return str(state.variants_of("1")[0]["id"])


def pending_signup(state: Order41Sandbox) -> dict[str, Any]:
    user = start_signup(state, "new@example.com", "new-password")
    return {"urlkey": user["urlkey"], "code": confirmation_code(state, user["urlkey"])}


#: name -> (why, state -> variable overrides)
OVERRIDES: dict[str, tuple[str, Callable[[Order41Sandbox], dict[str, Any]]]] = {
    "loginWithPassword": (
        "the account's real credentials and a real country",
        lambda s: {
            "email": DEFAULT_EMAIL,
            "password": DEFAULT_PASSWORD,
            "options": {"countryCode": "DE"},  # an ISO 3166 code (DECISION in auth.login)
        },
    ),
    "loginAs": ("an existing account", lambda s: {"email": DEFAULT_EMAIL}),
    "updatePassword": ("the current password", lambda s: {"password": DEFAULT_PASSWORD}),
    "deleteProductVariants": ("a variant, not a product", lambda s: {"ids": [first_variant(s)]}),
    "updateProductVariants": (
        "a variant, without re-parenting it",
        lambda s: {"variants": [{"id": first_variant(s), "sku": "SKU-RENAMED", "price": 9.5}]},
    ),
    "updateProduct": (
        "product 1 cannot become its own variant",
        lambda s: {"product": {"name": "Renamed", "price": 12.5}},
    ),
    "updateProductInBackground": (
        "product 1 cannot become its own variant",
        lambda s: {"product": {"name": "Renamed", "price": 12.5}},
    ),
    "copyDemoAccount": (
        "an existing account to copy, and a new email",
        lambda s: {"urlkey": s.users["1"]["urlkey"], "email": "copy@example.com"},
    ),
    "copyDrop": (
        "an existing drop and account",
        lambda s: {
            "dropUrlkey": s.drops["1"]["urlkey"],
            "targetUserUrlkey": s.users["4"]["urlkey"],
        },
    ),
    "signupConfirm": (
        "a pending signup and its code",
        lambda s: {
            "input": {"urlkey": (p := pending_signup(s))["urlkey"], "confirmCode": p["code"]}
        },
    ),
    "resendSignupVerificationEmail": (
        "a pending signup",
        lambda s: {"urlkey": pending_signup(s)["urlkey"]},
    ),
    "resetPassword": (
        "a token from a reset email",
        lambda s: {"token": reset_token(s, "1"), "password": "new-password"},
    ),
    "createWebhook": (
        "an http(s) URL",
        lambda s: {"webhook": {"url": "https://example.com/hook", "webhookEvents": []}},
    ),
    "updateWebhook": (
        "an http(s) URL",
        lambda s: {"webhook": {"url": "https://example.com/hook"}},
    ),
    "sendConnectRequest": ("another user than the caller", lambda s: {"userId": "2"}),
    "deleteIntegration": (
        "the caller's own integration (another account's is not found)",
        lambda s: {
            "id": next(k for k, i in s.table("integrations").items() if i["ownerId"] == "1")
        },
    ),
    "duplicateProduct": (
        "the copy stays a product (parentId would make it a variant)",
        lambda s: {"product": {"name": "Copy"}},
    ),
}


def python_name(method: Callable[..., Any], variable: str) -> str:
    """The generated method's parameter for a GraphQL variable (`filter` -> `filter_`, ...)."""
    wanted = variable.replace("_", "").lower()
    for name in inspect.signature(method).parameters:
        if name.rstrip("_").replace("_", "").lower() == wanted:
            return name
    raise AssertionError(f"{method.__name__} has no parameter for ${variable}")


def to_python(value: Any, type_node: Any) -> Any:
    """Input-object values as the generated input models (so their serialisers run)."""
    named = get_named_type(type_from_ast(SCHEMA, type_node))
    if not isinstance(named, GraphQLInputObjectType) or value is None:
        return value
    model: type[BaseModel] = getattr(input_types, named.name)
    if isinstance(value, list):
        return [model.model_validate(item) for item in value]
    return model.model_validate(value)


def variables_for(operation: OperationDefinitionNode, state: Order41Sandbox) -> dict[str, Any]:
    name = operation.name.value if operation.name else ""
    id_or_urlkey = ID_OR_URLKEY.get(name, ())
    values: dict[str, Any] = {}
    for definition in operation.variable_definitions:
        variable = definition.variable.name.value
        # An operation that takes "id or urlkey" gets the id; the generic urlkey names nothing.
        if variable.lower().endswith("urlkey") and (id_or_urlkey or name == "addProductToOrder"):
            continue
        type_ = type_from_ast(SCHEMA, definition.type)
        values[variable] = sample_input(
            type_, variable, complete=True, scalars={"Json": lambda field: {"field": field}}
        )
    if name in OVERRIDES:
        values.update(OVERRIDES[name][1](state))
    return values


def test_every_non_deprecated_root_field_has_one_operation() -> None:
    used = {}
    for operation in OPERATIONS:
        root = operation.selection_set.selections[0]
        used[(operation.operation.value, root.name.value)] = operation.name
    for kind, root_type in (("query", SCHEMA.query_type), ("mutation", SCHEMA.mutation_type)):
        assert root_type is not None
        for field_name, field in root_type.fields.items():
            if field.deprecation_reason is None:
                assert (kind, field_name) in used, f"{kind} {field_name} has no operation"
            else:
                assert (kind, field_name) not in used, f"{kind} {field_name} is deprecated"
    assert len(OPERATIONS) == 72 + 131


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.name.value)
async def test_operation_runs_and_parses(
    operation: OperationDefinitionNode, client: Order41Client, fresh: Order41Sandbox
) -> None:
    from ariadne_codegen.utils import str_to_snake_case

    method = getattr(client, str_to_snake_case(operation.name.value))
    types = {d.variable.name.value: d.type for d in operation.variable_definitions}
    kwargs = {
        python_name(method, variable): to_python(value, types[variable])
        for variable, value in variables_for(operation, fresh).items()
    }
    result = await method(**kwargs)
    assert isinstance(result, BaseModel)
    assert type(result).__module__.startswith("order41_gql.")
    root = operation.selection_set.selections[0]
    response_key = (root.alias or root.name).value
    field_name = str_to_snake_case(response_key.lstrip("_"))
    assert field_name in type(result).model_fields
