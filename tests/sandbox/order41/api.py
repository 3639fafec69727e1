"""A peer's view of the Order41 sandbox for the behaviour tests: root fields called by name
over plain HTTP (httpx, none of our client code; queries built from the schema's argument
types), paging walks, job polling, and the registry `BEHAVIOUR` (root field -> the check
that proves it behaves)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from graphql import GraphQLObjectType, get_named_type, is_leaf_type

from b2b_graphql.sandbox.order41 import Order41Sandbox, schema

SCHEMA = schema()
ROOTS: dict[str, GraphQLObjectType] = {
    "query": SCHEMA.query_type,  # type: ignore[dict-item]
    "mutation": SCHEMA.mutation_type,  # type: ignore[dict-item]
}
UNKNOWN = "999999"

Check = Callable[["Api"], None]
BEHAVIOUR: dict[str, Check] = {}


def behaviour(*fields: str) -> Callable[[Check], Check]:
    """Register `check` as the behaviour test of root `fields` (each named once)."""

    def register(check: Check) -> Check:
        for name in fields:
            assert name not in BEHAVIOUR, f"{name} has two behaviour checks"
            BEHAVIOUR[name] = check
        return check

    return register


def root_of(field: str) -> tuple[str, Any]:
    for kind, root in ROOTS.items():
        if field in root.fields:
            return kind, root.fields[field]
    raise KeyError(field)


class Api:
    """Root fields of the sandbox by name: `ok` (asserts no errors), `error` (its code)."""

    def __init__(
        self, http: httpx.Client, url: str, token: str | None, state: Order41Sandbox
    ) -> None:
        self.http = http
        self.url = url
        self.state = state
        self.headers = {"Authorization": token} if token else {}

    def as_token(self, token: str | None) -> Api:
        return Api(self.http, self.url, token, self.state)

    def run(self, field: str, select: str = "", **args: Any) -> Any:
        kind, definition = root_of(field)
        declared = ", ".join(f"${name}: {definition.args[name].type}" for name in args)
        passed = ", ".join(f"{name}: ${name}" for name in args)
        named = get_named_type(definition.type)
        selection = "" if is_leaf_type(named) else f" {{ {select or default_selection(named)} }}"
        query = f"{kind}{f'({declared})' if declared else ''} {{ {field}{f'({passed})' if passed else ''}{selection} }}"  # noqa: E501
        # Not Peer.run: a variable may be called `query` (getDiscounts, searchSellerProfiles).
        body = {"query": query, "variables": args}
        return self.http.post(self.url, json=body, headers=self.headers).json()

    def ok(self, field: str, select: str = "", **args: Any) -> Any:
        answer = self.run(field, select, **args)
        assert "errors" not in answer, answer["errors"]
        return answer["data"][field]

    def error(self, field: str, select: str = "", **args: Any) -> str:
        """The answer's error code (there must be an error, and no data for the field)."""
        answer = self.run(field, select, **args)
        assert answer.get("errors"), f"{field} answered {answer.get('data')}"
        assert "path" in answer["errors"][0], answer["errors"]  # the resolver's, not invalid
        assert (answer.get("data") or {}).get(field) is None
        return str(answer["errors"][0].get("extensions", {}).get("code"))

    def walk(self, field: str, select: str = "id", page: int = 3, **args: Any) -> list[Any]:
        """Every item of a list field, `page` at a time by first/offset, until a short page;
        the sequence must be finite (bounded) and free of duplicates."""
        items: list[Any] = []
        for number in range(1000):
            chunk = self.ok(field, select, first=page, offset=number * page, **args)
            assert len(chunk) <= page, f"{field}: first={page} returned {len(chunk)}"
            items += chunk
            if len(chunk) < page:
                break
        else:  # pragma: no cover - the failure this guards against
            raise AssertionError(f"{field}: paging never ended")
        keys = [repr(sorted(item.items())) if isinstance(item, dict) else item for item in items]
        assert len(set(keys)) == len(keys), f"{field}: duplicates while paging"
        return items

    def finished(self, job: dict[str, Any]) -> dict[str, Any]:
        """Look the job up until it finished (queued -> running -> finished); the same job
        every time, with its result."""
        select = "id type result completedAt dropId orderId"
        seen = []
        for _ in range(5):
            found = self.ok("getBackgroundJob", select, id=job["id"])
            assert found["id"] == job["id"] and found["type"] == job["type"]
            seen.append(found["completedAt"] is not None)
            if found["completedAt"] is not None:
                assert found["result"]
                assert seen == [False, True]  # running after one lookup, done after two
                return dict(found)
        raise AssertionError(f"job {job['id']} never finished")


def default_selection(type_: Any) -> str:
    """`id`, or the type's first leaf field when it has no id."""
    fields = type_.fields
    if "id" in fields:
        return "id"
    return next(name for name, f in fields.items() if is_leaf_type(get_named_type(f.type)))


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [str(item["id"]) for item in items]
