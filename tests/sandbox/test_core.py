"""The shared sandbox core over real HTTP: binding, the guard, error locating, latency."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from graphql import GraphQLError, build_schema

from b2b_graphql.sandbox import SandboxServer
from b2b_graphql.sandbox._core import (
    AnswerEmpty,
    Call,
    GraphQLApp,
    Guard,
    Resolvers,
    UnboundFieldsError,
    bind,
    bound_fields,
)
from b2b_graphql.sandbox._fake import FakeData

SDL = """
type Query { item(id: ID!): Item  items: [Item!]!  open: String }
type Mutation { rename(id: ID!, name: String!): Item }
type Item { id: ID!  name: String!  label: String! }
"""


class Formatted(GraphQLError):
    """A subclass that formats itself: binding must keep it, not wrap it."""

    @property
    def formatted(self) -> Any:  # type: ignore[override]
        return {**super().formatted, "extra": "kept"}


def registry() -> Resolvers:
    resolvers = Resolvers()

    @resolvers.query("item")
    def item(call: Call[dict[str, Any]], *, id: str) -> dict[str, Any]:
        if id not in call.state:
            raise Formatted("no such item", extensions={"code": "NOT_FOUND"})
        return call.state[id]

    @resolvers.query("items")
    def items(call: Call[dict[str, Any]]) -> list[dict[str, Any]]:
        return list(call.state.values())

    @resolvers.query("open")
    def open_(call: Call[dict[str, Any]]) -> str:
        return f"principal={call.principal}"

    @resolvers.mutation("rename")
    def rename(call: Call[dict[str, Any]], *, id: str, name: str) -> dict[str, Any]:
        call.state[id]["name"] = name
        return call.state[id]

    @resolvers.field("Item", "label")
    def label(call: Call[dict[str, Any]], parent: dict[str, Any]) -> str:
        return f"{parent['name']} for {call.principal}"

    return resolvers


def rule(call: Call[Any], field: str, is_mutation: bool) -> str:
    user = call.context.headers.get("x-user")
    if user:
        return user
    if not is_mutation:
        raise AnswerEmpty
    call.context.status = 401
    raise GraphQLError("who are you?", extensions={"code": "UNAUTHENTICATED"})


@pytest.fixture
def served() -> Any:
    schema = build_schema(SDL)
    state = {"1": {"id": "1", "name": "one"}}
    bind(schema, [registry()], state=state, guard=Guard(rule, public=frozenset({"open"})))
    with SandboxServer(GraphQLApp(schema, state=state)) as server:
        yield server


def post(url: str, query: str, user: str | None = None) -> httpx.Response:
    headers = {"x-user": user} if user else {}
    return httpx.post(url, json={"query": query}, headers=headers, timeout=10)


def test_resolvers_get_arguments_state_and_principal(served: Any) -> None:
    answer = post(served.url, '{ item(id: "1") { id name label } }', user="ann").json()
    assert answer == {"data": {"item": {"id": "1", "name": "one", "label": "one for ann"}}}


def test_a_mutation_changes_state_seen_by_the_next_query(served: Any) -> None:
    post(served.url, 'mutation { rename(id: "1", name: "uno") { id } }', user="ann")
    assert post(served.url, "{ items { name } }", user="bob").json()["data"] == {
        "items": [{"name": "uno"}]
    }


def test_the_guard_answers_empty_or_refuses_and_skips_public_fields(served: Any) -> None:
    assert post(served.url, '{ items { id } item(id: "1") { id } }').json()["data"] == {
        "items": [],
        "item": None,
    }
    refused = post(served.url, 'mutation { rename(id: "1", name: "x") { id } }')
    assert refused.status_code == 401
    assert refused.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert post(served.url, "{ open }").json()["data"] == {"open": "principal=None"}


def test_an_error_subclass_reaches_the_response_located(served: Any) -> None:
    error = post(served.url, '{ item(id: "9") { id } }', user="ann").json()["errors"][0]
    assert error["extra"] == "kept"
    assert error["path"] == ["item"] and error["locations"] == [{"line": 1, "column": 3}]
    assert error["extensions"] == {"code": "NOT_FOUND"}


def test_bind_names_every_root_field_without_a_resolver() -> None:
    partial = Resolvers()
    partial.query("items")(lambda call: [])
    with pytest.raises(UnboundFieldsError) as caught:
        bind(build_schema(SDL), [partial], state=None)
    assert str(caught.value).endswith("Query.item, Query.open, Mutation.rename")


def test_bind_refuses_resolvers_for_fields_the_schema_lacks() -> None:
    extra = registry()
    extra.field("Item", "colour")(lambda call, parent: "red")
    with pytest.raises(UnboundFieldsError, match=r"Item\.colour"):
        bind(build_schema(SDL), [extra], state={})


def test_a_field_cannot_get_two_resolvers() -> None:
    resolvers = registry()
    with pytest.raises(ValueError, match="two resolvers"):
        resolvers.query("items")(lambda call: [])


def test_bound_fields_tells_real_resolvers_from_the_fallback() -> None:
    partial = Resolvers()
    partial.query("items")(lambda call: [])
    schema = build_schema(SDL)
    bind(schema, [partial], state=None, fallback=FakeData(schema))
    assert bound_fields(schema) == {"Query.items"}
    with SandboxServer(GraphQLApp(schema)) as server:
        answer = post(server.url, '{ item(id: "3") { id name } }').json()
    assert set(answer["data"]["item"]) == {"id", "name"}  # the fallback answered


def test_latency_holds_each_answer_back(served: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from b2b_graphql.sandbox._core import app as app_module

    slept: list[float] = []
    real_sleep = app_module.asyncio.sleep

    async def recording(seconds: float) -> None:
        slept.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(app_module.asyncio, "sleep", recording)
    served.app.app.latency = 0.25
    assert post(served.url, "{ open }").json()["data"] == {"open": "principal=None"}
    assert slept.count(0.25) == 1  # (uvicorn's own short sleeps are recorded too)
