"""Input that cannot be sent faithfully is refused with `InputValidationError` before anything
leaves: header values and tokens that are not printable ASCII strings, NaN/Infinity variables,
bad client settings. Nothing here may end as a claim that a request was sent."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Generator
from typing import Any

import httpx
import pytest

from b2b_graphql import (
    AxroClient,
    B2BGraphQLError,
    InputValidationError,
    OutcomeUnknownError,
    ResponseFormatError,
    TransportError,
)
from b2b_graphql._client import GraphQLBaseClient
from b2b_graphql.hipex import HipexClient
from b2b_graphql.order41 import Order41Client

from .rawhttp import RawServer, Reply, Request

BAD_VALUES: list[Any] = [
    "tok\r\nX-Injected: 1",
    "tok\nen",
    "tok\x00en",
    "t\u00f6ken",  # non-ASCII
    "tok\x7fen",
    b"bytes-token",
    ["list-token"],
    12345,
]

BUILDERS: dict[str, Callable[[Any], Any]] = {
    "axro": lambda token: AxroClient(token=token, url="http://127.0.0.1:9/gql"),
    "order41": lambda token: Order41Client(token=token, url="http://127.0.0.1:9/gql"),
    "hipex": lambda token: HipexClient(token=token, url="http://127.0.0.1:9/gql"),
}


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
@pytest.mark.parametrize("api", list(BUILDERS))
def test_a_token_that_cannot_be_a_header_is_refused_at_construction(api: str, value: Any) -> None:
    with pytest.raises(InputValidationError) as caught:
        BUILDERS[api](value)
    assert caught.value.field == "token"
    assert str(value) not in str(caught.value)  # the refused value is not quoted


def test_an_order41_password_may_be_any_string_but_must_be_a_string() -> None:
    Order41Client(email="me@example.com", password="p\u00e4ss w\u00f6rd", url="http://h/gql")
    with pytest.raises(InputValidationError) as caught:
        Order41Client(email="me@example.com", password=b"pw", url="http://h/gql")  # type: ignore[arg-type]
    assert caught.value.field == "password"


@pytest.fixture
async def server() -> Any:
    async with RawServer(lambda r: Reply(body=b'{"data": {"userInfo": null}}')) as running:
        yield running


@pytest.mark.parametrize("value", BAD_VALUES[:5], ids=repr)
async def test_bad_header_values_are_refused_unsent(server: RawServer, value: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        AxroClient(token="t", url=server.url, headers={"X-Mine": value})
    assert caught.value.field.startswith("headers")
    async with AxroClient(token="t", url=server.url) as client:
        with pytest.raises(InputValidationError):
            await client.user_info(headers={"X-Mine": value})
        with pytest.raises(InputValidationError):  # a mutation: never "outcome unknown"
            await client.shipping_update(id="1", input={}, headers={"X-Mine": value})  # type: ignore[arg-type]
    assert server.requests == []


class _BadAuth(httpx.Auth):
    """A foreign auth that writes a header value httpx or h11 cannot send."""

    def __init__(self, value: str) -> None:
        self.value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.value
        yield request


@pytest.mark.parametrize("value", ["a\r\nb", "a\nb", "a\x00b"], ids=repr)
async def test_an_unsendable_header_from_any_auth_is_never_called_sent(
    server: RawServer, value: str
) -> None:
    client = GraphQLBaseClient(url=server.url, auth=_BadAuth(value))
    async with client:
        for document in ("mutation m { a }", "query q { a }"):
            with pytest.raises(InputValidationError) as caught:
                await client.execute(document, None, {})
            assert not isinstance(caught.value, OutcomeUnknownError | TransportError)
            assert "nothing was sent" in str(caught.value) and value not in str(caught.value)
    assert server.requests == []


@pytest.mark.parametrize(
    ("variables", "path"),
    [
        ({"x": math.nan}, "variables.x"),
        ({"x": math.inf}, "variables.x"),
        ({"input": {"prices": [1.0, -math.inf]}}, "variables.input.prices[1]"),
    ],
)
async def test_non_finite_numbers_are_refused_naming_the_variable(
    server: RawServer, variables: dict[str, Any], path: str
) -> None:
    async with GraphQLBaseClient(url=server.url) as client:
        with pytest.raises(InputValidationError) as caught:
            await client.execute("query q($x: Float) { a }", "q", variables)
    assert caught.value.field == path
    assert server.requests == []


async def test_a_string_that_mentions_nan_is_sent(server: RawServer) -> None:
    async with GraphQLBaseClient(url=server.url) as client:
        await client.execute("query q($x: String) { a }", "q", {"x": "NaN and Infinity"})
    assert len(server.requests) == 1


@pytest.mark.parametrize("limit", [0, -1, 1.5, "10", True])
def test_max_response_bytes_must_be_a_positive_int(limit: Any) -> None:
    with pytest.raises(InputValidationError) as caught:
        GraphQLBaseClient(url="http://h/gql", max_response_bytes=limit)
    assert caught.value.field == "max_response_bytes"


def test_a_proxy_cannot_be_combined_with_a_client_of_your_own() -> None:
    with pytest.raises(InputValidationError) as caught:
        GraphQLBaseClient(url="http://h/gql", http_client=httpx.AsyncClient(), proxy="http://p:1")
    assert caught.value.field == "proxy"


async def test_deeply_nested_errors_never_raise_recursion_error() -> None:
    """Order41's auth reads every response for an expired token: a deep body once raised a bare
    `RecursionError` there (issue 16, defect 8)."""
    depth = 100_000
    body = b'{"errors": [' + b"[" * depth + b"]" * depth + b"]}"

    def deep(request: Request) -> Reply:
        return Reply(headers=[("Content-Type", "application/json")], body=body)

    async with RawServer(deep) as running:
        clients = [
            Order41Client(token="t-1234", email="me@x.io", password="pw", url=running.url),
            AxroClient(token="t-1234", url=running.url),
        ]
        for client in clients:
            with pytest.raises(B2BGraphQLError) as caught:
                async with asyncio.timeout(10):
                    await (
                        client.list_products_meta()
                        if isinstance(client, Order41Client)
                        else client.user_info()
                    )
            assert isinstance(caught.value, ResponseFormatError)
            await client.aclose()
