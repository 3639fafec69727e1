"""Order41Client without a server: construction, headers, the id-or-urlkey rule, scalars,
and how server errors map to ours. A mock transport records what would have been sent."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphql import GraphQLNonNull, OperationDefinitionNode, parse
from order41_gql.input_types import DropInput, OrderInput, WebhookInput

import b2b_graphql
from b2b_graphql import (
    GraphQLErrorDetail,
    InputValidationError,
    InvalidTokenError,
    LoginError,
    MissingCredentialsError,
    Order41Client,
    TokenExpiredError,
)
from b2b_graphql.order41 import PRODUCTION_URL, SANDBOX_URL
from b2b_graphql.order41.auth import AUTH_FAILURE_RULE
from b2b_graphql.order41.client import ID_OR_URLKEY, LISTINGS
from b2b_graphql.order41.scalars import parse_json, serialize_json
from b2b_graphql.sandbox.order41 import schema

QUERIES = Path(__file__).resolve().parents[2] / "queries/order41"
SCHEMA = schema()
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A mock transport that answers `answer` and keeps every request."""

    def __init__(self, answer: dict[str, Any] | None = None, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer if answer is not None else {"data": {}}
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.answer)

    def client(self, **options: Any) -> Order41Client:
        options.setdefault("token", "tok-123")
        return Order41Client(
            url="https://o41.test/", transport=httpx.MockTransport(self), **options
        )

    def body(self, index: int = -1) -> dict[str, Any]:
        payload: dict[str, Any] = json.loads(self.requests[index].content)
        return payload


def operations() -> dict[str, OperationDefinitionNode]:
    found = {}
    for path in QUERIES.glob("*.graphql"):
        for definition in parse(path.read_text(encoding="utf-8")).definitions:
            if isinstance(definition, OperationDefinitionNode) and definition.name:
                found[definition.name.value] = definition
    return found


OPERATIONS = operations()


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# -- construction -------------------------------------------------------------------------------


def test_urls_and_lazy_export() -> None:
    assert SANDBOX_URL == "https://api.o41.io"
    assert PRODUCTION_URL == "https://api.order41.com"
    assert b2b_graphql.Order41Client is Order41Client
    assert "Order41Client" in b2b_graphql.__all__
    assert Order41Client.api_name == "order41"


def test_needs_a_token_or_credentials() -> None:
    with pytest.raises(MissingCredentialsError):
        Order41Client()
    with pytest.raises(MissingCredentialsError):
        Order41Client(email="a@example.com")


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ORDER41_TOKEN", "ORDER41_EMAIL", "ORDER41_PASSWORD", "ORDER41_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredentialsError, match="ORDER41_TOKEN"):
        Order41Client.from_env()

    monkeypatch.setenv("ORDER41_TOKEN", "env-token")
    client = Order41Client.from_env()
    assert client.url == SANDBOX_URL and client.auth.token() == "env-token"
    assert not client.auth.can_renew

    monkeypatch.delenv("ORDER41_TOKEN")
    monkeypatch.setenv("ORDER41_EMAIL", "me@example.com")
    monkeypatch.setenv("ORDER41_PASSWORD", "s3cret-pw")
    monkeypatch.setenv("ORDER41_URL", PRODUCTION_URL)
    client = Order41Client.from_env()
    assert client.url == PRODUCTION_URL and client.auth.token() is None
    assert client.auth.can_renew
    assert "s3cret-pw" not in repr(client) + repr(client.auth)


async def test_bare_token_header_and_no_auth_for_login() -> None:
    recorder = Recorder({"data": {"listDrops": []}})
    async with recorder.client(token="tok-123") as client:
        await client.list_drops()
        assert recorder.requests[-1].headers["authorization"] == "tok-123"
        recorder.answer = {"data": {"login": "fresh"}}
        assert await client._fetch_token("a@b.c", "pw") == "fresh"
        assert "authorization" not in recorder.requests[-1].headers


async def test_login_with_credentials_before_the_first_call() -> None:
    recorder = Recorder({"data": {"login": "short-1"}})
    client = await Order41Client.login(
        email="me@example.com",
        password="pw",
        url="https://o41.test/",
        transport=httpx.MockTransport(recorder),
    )
    async with client:
        assert recorder.body()["operationName"] == "loginWithPassword"
        assert recorder.body()["variables"] == {"email": "me@example.com", "password": "pw"}
        recorder.answer = {"data": {"listCarts": []}}
        await client.list_carts()
        assert recorder.requests[-1].headers["authorization"] == "short-1"


# -- id or urlkey -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ID_OR_URLKEY))
def test_id_or_urlkey_table_matches_the_operations(name: str) -> None:
    operation = OPERATIONS[name]
    variables = {d.variable.name.value: d for d in operation.variable_definitions}
    for variable in ID_OR_URLKEY[name]:
        assert variable in variables, f"{name} has no ${variable}"
        assert not isinstance(variables[variable].type, GraphQLNonNull)


@pytest.mark.parametrize("name", sorted(ID_OR_URLKEY))
async def test_neither_id_nor_urlkey_is_refused_before_sending(name: str) -> None:
    operation = OPERATIONS[name]
    root = operation.selection_set.selections[0]
    recorder = Recorder({"data": {(root.alias or root.name).value: None}})
    id_name, urlkey_name = ID_OR_URLKEY[name]
    required = {
        snake(d.variable.name.value): {"message": "hi"} if name == "shareDrop" else "1"
        for d in operation.variable_definitions
        if d.type.kind == "non_null_type" and d.variable.name.value not in (id_name, urlkey_name)
    }
    if name == "updateDrop":
        required = {"drop_data": DropInput(name="x")}
    async with recorder.client() as client:
        method = getattr(client, snake(name))
        with pytest.raises(InputValidationError, match="nothing was sent") as info:
            await method(**required)
        assert info.value.field == f"{id_name}/{urlkey_name}"
        with pytest.raises(InputValidationError):
            await method(**required, **{snake(id_name): None, snake(urlkey_name): ""})
        assert recorder.requests == []
        await method(**required, **{snake(urlkey_name): "abc123"})
        assert recorder.body()["variables"][urlkey_name] == "abc123"


# -- scalars ------------------------------------------------------------------------------------


def test_json_scalar_functions() -> None:
    assert parse_json('{"a": [1, 2]}') == {"a": [1, 2]}
    assert parse_json("xyz789") == "xyz789"  # the reference's placeholder: kept as text
    assert parse_json(None) is None
    assert parse_json({"already": "decoded"}) == {"already": "decoded"}
    assert serialize_json({"X-Key": "v"}) == '{"X-Key":"v"}'
    assert serialize_json('{"raw": true}') == '{"raw": true}'
    assert serialize_json(None) is None


async def test_json_and_smart_boolean_on_the_wire() -> None:
    webhook = dict.fromkeys(["id", "owner", "ownerId", "password", "url", "userName"])
    webhook |= {"webhookEvents": [], "headers": '{"X-Key": "v"}'}
    recorder = Recorder({"data": {"createWebhook": webhook}})
    async with recorder.client() as client:
        result = await client.create_webhook(webhook=WebhookInput(headers={"X-Key": "v"}))
        assert recorder.body()["variables"]["webhook"]["headers"] == '{"X-Key":"v"}'
        assert result.create_webhook is not None
        assert result.create_webhook.headers == {"X-Key": "v"}

        recorder.answer = {"data": {"updateOrder": None}}
        await client.update_order(id="1", order=OrderInput(status=1, cancel="0", is_private=True))
        sent = recorder.body()["variables"]["order"]
        assert sent == {"status": True, "cancel": False, "isPrivate": True}


# -- errors -------------------------------------------------------------------------------------


def detail(message: str, **extensions: Any) -> GraphQLErrorDetail:
    return GraphQLErrorDetail.from_dict({"message": message, "extensions": extensions})


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (detail("Unauthenticated: the token has expired", code="UNAUTHENTICATED"), "expired"),
        (detail("x", code="UNAUTHENTICATED", reason="TOKEN_EXPIRED"), "expired"),
        (detail("Token expired"), "expired"),
        (detail("Unauthenticated: invalid token", code="UNAUTHENTICATED"), "invalid"),
        (detail("unauthorized"), "invalid"),
        (detail("Invalid token"), "invalid"),
        (detail("The drop deadline has expired"), None),
        (detail("product 3 not found", code="NOT_FOUND"), None),
    ],
)
def test_auth_failure_classification(error: GraphQLErrorDetail, expected: str | None) -> None:
    assert AUTH_FAILURE_RULE.classify([error]) == expected


@pytest.mark.parametrize(
    ("answer", "status", "error"),
    [
        (
            {"errors": [{"message": "Unauthenticated: the token has expired"}]},
            200,
            TokenExpiredError,
        ),
        ({"errors": [{"message": "x", "extensions": {"code": "UNAUTHENTICATED"}}]}, 200, None),
        ({"errors": [{"message": "nope"}]}, 401, None),
        ({"message": "Unauthorized"}, 401, None),
    ],
)
async def test_server_answers_map_to_auth_errors(
    answer: dict[str, Any], status: int, error: type[Exception] | None
) -> None:
    recorder = Recorder(answer, status)
    async with recorder.client() as client:
        with pytest.raises(error or InvalidTokenError):
            await client.list_drops()


async def test_a_failed_login_is_a_login_error() -> None:
    recorder = Recorder({"errors": [{"message": "Invalid email or password"}], "data": None})
    with pytest.raises(LoginError, match="Invalid email or password"):
        await Order41Client.login(
            email="a@b.c",
            password="pw",
            url="https://o41.test/",
            transport=httpx.MockTransport(recorder),
        )


def test_listings_name_generated_methods() -> None:
    for kind, listing in LISTINGS.items():
        assert getattr(Order41Client, listing.list.__name__) is listing.list, kind
        assert getattr(Order41Client, listing.meta.__name__) is listing.meta, kind
        assert hasattr(__import__("order41_gql.input_types").input_types, listing.filter_type)


async def test_unknown_listing() -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        with pytest.raises(InputValidationError, match="must be one of carts") as info:
            await client.count("widgets")
        assert info.value.field == "kind"
        with pytest.raises(InputValidationError, match="products"):
            await anext(aiter(client.iterate("product")))
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.count_products(filter={"query": 123}), "filter.query"),
        (lambda c: c.count_products(filter=[1, 2]), "filter"),
        (lambda c: c.count_orders(filter={"query": ["x"]}), "filter.query"),
        (lambda c: anext(aiter(c.iter_products(order_by="CREATED_AT_ASC"))), "order_by"),
        (lambda c: c.generate_long_lived_token(use="yes"), "use"),
        (lambda c: c.logout(deadlin=3), "deadlin"),
    ],
)
async def test_bad_input_is_refused_naming_it_before_sending(
    call: Callable[[Order41Client], Any], field: str
) -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        with pytest.raises(InputValidationError) as info:
            await call(client)
        assert info.value.field == field
    assert recorder.requests == []


@pytest.mark.parametrize(
    "options",
    [
        {"token": b"bytes-token"},
        {"token": ["a"]},
        {"token": "line\nbreak"},
        {"token": None, "email": "me@example.com", "password": b"pw"},
        {"token": None, "email": 5, "password": "pw"},
        {"tiemout": 3},
    ],
)
def test_wrong_typed_credentials_and_options_are_refused(options: dict[str, Any]) -> None:
    recorder = Recorder()
    with pytest.raises(InputValidationError) as info:
        recorder.client(**options)
    assert "bytes-token" not in str(info.value)
    assert recorder.requests == []
