"""Introspection: the success path runs graphql-core in-process; broken servers are mocked."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from graphql import GraphQLSchema, graphql_sync

from b2b_graphql._secrets import display_url
from b2b_graphql.schema import (
    IntrospectionConnectionError,
    IntrospectionDisabledError,
    IntrospectionHTTPError,
    IntrospectionResponseError,
    SchemaToolError,
    diff_schemas,
    introspect,
    print_sdl,
    schema_from_sdl,
)

URL = "https://api.example.test/graphql"
SECRET = "sk-live-0123456789abcdef"
HEADERS = {"Authorization": f"Bearer {SECRET}", "X-Api-Key": SECRET}

SDL = '''
"""A product."""
type Product {
  id: ID!
  name: String @deprecated(reason: "use title")
  title: String
  price(currency: Currency = EUR, rounded: Boolean @deprecated): Int
}
enum Currency { EUR USD @deprecated(reason: "no longer sold") }
input Filter { q: String, legacy: String @deprecated }
scalar Date @specifiedBy(url: "https://example.test/date")
directive @cached(ttl: Int = 60) repeatable on FIELD
type Query { products(filter: Filter, first: Int = 10): [Product!]! today: Date }
'''


def graphql_server(schema: GraphQLSchema, seen: list[dict[str, Any]]) -> httpx.MockTransport:
    """A GraphQL endpoint executing requests with graphql-core against ``schema``."""

    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append({"body": body, "headers": dict(request.headers)})
        result = graphql_sync(schema, body["query"], operation_name=body.get("operationName"))
        payload: dict[str, Any] = {"data": result.data}
        if result.errors:
            payload["errors"] = [error.formatted for error in result.errors]
        return httpx.Response(200, json=payload)

    return httpx.MockTransport(handle)


async def test_introspection_rebuilds_the_schema() -> None:
    schema = schema_from_sdl(SDL)
    seen: list[dict[str, Any]] = []
    result = await introspect(URL, HEADERS, transport=graphql_server(schema, seen))

    assert print_sdl(result) == print_sdl(schema)
    assert diff_schemas(schema, result).changes == ()  # incl. argument/input deprecations
    (request,) = seen
    assert request["headers"]["authorization"] == f"Bearer {SECRET}"
    assert request["body"]["operationName"] == "IntrospectionQuery"
    assert "specifiedByURL" in request["body"]["query"]


async def test_old_servers_get_the_baseline_query() -> None:
    schema = schema_from_sdl("type Query { a: Int }")
    queries: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        query = json.loads(request.content)["query"]
        queries.append(query)
        if "specifiedByURL" in query:
            message = "Cannot query field 'specifiedByURL' on type '__Type'."
            return httpx.Response(400, json={"errors": [{"message": message}]})
        return httpx.Response(200, json={"data": graphql_sync(schema, query).data})

    result = await introspect(URL, transport=httpx.MockTransport(handle))
    assert print_sdl(result) == print_sdl(schema)
    assert len(queries) == 2
    assert "isRepeatable" not in queries[1]


def respond(*args: Any, **kwargs: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(*args, **kwargs))


async def test_html_page_is_quoted() -> None:
    html = "<!DOCTYPE html><html><body>" + "Welcome to the login page. " * 20 + "</body></html>"
    transport = respond(200, text=html, headers={"content-type": "text/html"})
    with pytest.raises(IntrospectionResponseError) as caught:
        await introspect(URL, HEADERS, transport=transport)
    message = str(caught.value)
    assert "not a GraphQL JSON response (text/html)" in message
    assert repr(html[:200]) in message
    assert html[:201] not in message


async def test_server_error_reports_status_and_body_start() -> None:
    transport = respond(500, text="upstream exploded: stack trace follows" + "x" * 500)
    with pytest.raises(IntrospectionHTTPError) as caught:
        await introspect(URL, transport=transport)
    assert caught.value.status_code == 500
    assert caught.value.body_start.startswith("upstream exploded")
    assert len(caught.value.body_start) == 200
    assert str(caught.value).startswith(f"introspection of {URL} failed: HTTP 500;")


async def test_unauthorized_hints_at_headers_and_never_shows_them() -> None:
    # a (bad) server echoing the credentials back in its error page
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            401, text=f"invalid key {request.headers['x-api-key']} for this endpoint"
        )
    )
    with pytest.raises(IntrospectionHTTPError) as caught:
        await introspect(URL + f"?api_key={SECRET}", HEADERS, transport=transport)
    message = str(caught.value)
    assert "HTTP 401 (check the authentication headers)" in message
    assert "invalid key *** for this endpoint" in message
    assert SECRET not in message
    assert SECRET not in repr(caught.value.__dict__)
    assert "api_key=***" in message


@pytest.mark.parametrize(
    ("status", "payload"),
    [
        (200, {"errors": [{"message": "GraphQL introspection is not allowed by Apollo Server"}]}),
        (400, {"errors": [{"message": "GraphQL introspection is not allowed by Apollo Server"}]}),
        (200, {"errors": [{"message": "Cannot query '__schema': introspection is disabled."}]}),
        (200, {"data": {}}),
        (200, {"data": None}),
    ],
    ids=["apollo-200", "apollo-400", "ariadne", "no __schema", "null data"],
)
async def test_introspection_disabled(status: int, payload: dict[str, Any]) -> None:
    with pytest.raises(IntrospectionDisabledError):
        await introspect(URL, transport=respond(status, json=payload))


async def test_other_graphql_errors_are_quoted() -> None:
    payload = {"data": None, "errors": [{"message": f"token {SECRET} expired"}]}
    with pytest.raises(IntrospectionResponseError) as caught:
        await introspect(URL, HEADERS, transport=respond(200, json=payload))
    assert str(caught.value).endswith("the server answered with errors: token *** expired")


async def test_malformed_introspection_result() -> None:
    payload = {"data": {"__schema": {"types": "nope"}}}
    with pytest.raises(IntrospectionResponseError, match="malformed"):
        await introspect(URL, transport=respond(200, json=payload))


async def test_connection_failure() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(IntrospectionConnectionError) as caught:
        await introspect(URL, HEADERS, transport=httpx.MockTransport(refuse))
    assert "cannot connect (ConnectError: [Errno 111] Connection refused)" in str(caught.value)
    assert isinstance(caught.value, SchemaToolError)


async def test_timeout() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(IntrospectionConnectionError, match=r"no answer within 2\.5s"):
        await introspect(URL, timeout=2.5, transport=httpx.MockTransport(slow))


async def test_redirects_are_not_followed() -> None:
    transport = respond(302, headers={"location": "https://login.example.test/?next=x"})
    with pytest.raises(IntrospectionHTTPError, match=r"redirect to https://login\.example\.test"):
        await introspect(URL, HEADERS, transport=transport)


def test_shown_urls_lose_credentials() -> None:
    assert display_url("https://user:pw@h.test:8443/gql?key=s3cret&v=1#frag") == (
        "https://h.test:8443/gql?key=***&v=***"
    )


async def test_introspection_is_retried_like_any_query() -> None:
    schema = schema_from_sdl(SDL)
    seen: list[dict[str, Any]] = []
    server = graphql_server(schema, seen)
    answers = iter([httpx.Response(503, text="warming up")])

    def flaky(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or server.handler(request)

    result = await introspect(URL, transport=httpx.MockTransport(flaky))
    assert print_sdl(result) == print_sdl(schema)
    assert len(seen) == 1  # the 503 was answered first, then the retry reached the server
