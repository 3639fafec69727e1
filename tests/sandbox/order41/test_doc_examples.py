"""Every example operation of the Order41 reference (tests/data/order41_examples) runs against
the sandbox without errors, with the reference's own variables (tests/data/.../variables.json).

Where the reference shows a type placeholder (`DropInput`, read as null) the variable is a
valid sample value of its type. `OVERRIDES` replaces what cannot work as printed, each with
its reason: credentials, codes and tokens only the sandbox knows, and the reference's typos.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from graphql import OperationDefinitionNode, parse, type_from_ast

from b2b_graphql.sandbox._fake import sample_input
from b2b_graphql.sandbox.order41 import DEFAULT_EMAIL, DEFAULT_PASSWORD, Order41Sandbox
from b2b_graphql.sandbox.order41.auth import confirmation_code, reset_token, start_signup

from .api import SCHEMA, Api

DATA = Path(__file__).resolve().parents[2] / "data/order41_examples"
EXAMPLES = {path.stem: path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.graphql"))}
VARIABLES: dict[str, dict[str, Any]] = json.loads((DATA / "variables.json").read_text())[
    "variables"
]


def pending(state: Order41Sandbox) -> dict[str, str]:
    user = start_signup(state, "example@example.com", "example-password")
    return {"urlkey": user["urlkey"], "confirmCode": confirmation_code(state, user["urlkey"])}


TEXT_BOOLEANS = "the reference writes these booleans as strings"
#: root field -> (why, state -> variables replacing the reference's)
OVERRIDES: dict[str, tuple[str, Callable[[Order41Sandbox], dict[str, Any]]]] = {
    "login": (
        "the account's real credentials",
        lambda s: {"email": DEFAULT_EMAIL, "password": DEFAULT_PASSWORD},
    ),
    "loginAs": ("an existing account", lambda s: {"email": DEFAULT_EMAIL}),
    "updatePassword": ("the current password", lambda s: {"password": DEFAULT_PASSWORD}),
    "resetPassword": ("a token a reset email carried", lambda s: {"token": reset_token(s, "1")}),
    "signupConfirm": ("a pending signup and its code", lambda s: {"input": pending(s)}),
    "resendSignupVerificationEmail": (
        "a pending signup",
        lambda s: {"urlkey": pending(s)["urlkey"]},
    ),
    "copyDemoAccount": (
        "a valid new email, and an account's urlkey (abc123 names none)",
        lambda s: {"email": "copy@example.com", "urlkey": s.users["1"]["urlkey"]},
    ),
    "copyDrop": (
        "urlkeys of a drop and an account (abc123/xyz789 name none)",
        lambda s: {
            "dropUrlkey": s.drops["4"]["urlkey"],
            "targetUserUrlkey": s.users["4"]["urlkey"],
        },
    ),
    "addTeamUser": ("a valid email (abc123 is none)", lambda s: {"email": "team@example.com"}),
    # DECISION (drops.rate_drop): ratings are 1 to 5; the reference's 987 is a placeholder.
    "rateDrop": ("a rating of 1 to 5", lambda s: {"rate": 5}),
    "updateOrder": ("an order that exists (987 is a placeholder Int)", lambda s: {"id": 4}),
    "createContact": ('seller user ids are Int ([""] is none)', lambda s: {"sellerUserIds": [1]}),
    "createContactV2": ("seller user ids are Int", lambda s: {"sellerUserIds": [1]}),
    "createProductVariants": ("a parent product (4 is a variant here)", lambda s: {"parentId": 1}),
    "updateProductVariants": ("a variant", lambda s: {"variants": [{"id": "4", "sku": "SKU-4"}]}),
    "createWebhook": ("an http(s) URL", lambda s: {"data": {"url": "https://example.com/hook"}}),
    "updateWebhook": ("an http(s) URL", lambda s: {"data": {"url": "https://example.com/hook"}}),
    "shareDrop": (
        f"the required message; {TEXT_BOOLEANS}",
        lambda s: {"input": {"message": "New season", "allContacts": False}},
    ),
    "listPlanChangeRequests": (
        TEXT_BOOLEANS,
        lambda s: {"filter": {"acceptedAt": {"exists": False}}},
    ),
}


def operation(text: str) -> OperationDefinitionNode:
    found = [d for d in parse(text).definitions if isinstance(d, OperationDefinitionNode)]
    assert len(found) == 1
    return found[0]


def filled(value: Any, type_: Any, name: str) -> Any:
    """The reference's value, with its null placeholders (also inside lists) sampled."""
    if value is None:
        return sample_input(type_, name, complete=True)
    if isinstance(value, list) and any(item is None for item in value):
        sample = sample_input(type_, name, complete=True)
        return [sample[0] if item is None else item for item in value]
    return value


def variables_for(name: str, state: Order41Sandbox) -> dict[str, Any]:
    given = VARIABLES[name]
    values = {}
    for definition in operation(EXAMPLES[name]).variable_definitions:
        variable = definition.variable.name.value
        type_ = type_from_ast(SCHEMA, definition.type)
        values[variable] = filled(given.get(variable), type_, variable)
    if name in OVERRIDES:
        values.update(OVERRIDES[name][1](state))
    return values


def test_every_example_has_the_references_variables() -> None:
    assert sorted(EXAMPLES) == sorted(VARIABLES)
    assert set(OVERRIDES) <= set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_runs(name: str, api: Api) -> None:
    answer = api.http.post(
        api.url,
        json={"query": EXAMPLES[name], "variables": variables_for(name, api.state)},
        headers=api.headers,
    ).json()
    assert "errors" not in answer, answer["errors"]
    assert answer["data"][name] is not None
