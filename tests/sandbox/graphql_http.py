"""A peer GraphQL client for the sandbox tests: plain httpx posts, none of our client code, so
what the tests see is what any client would see on the wire."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from b2b_graphql.sandbox import SandboxServer, build_app


class Peer:
    """`peer.run(query, **variables)` -> the whole JSON answer; `peer.data(...)` -> its data,
    asserting there were no errors."""

    def __init__(self, url: str, headers: dict[str, str] | None = None) -> None:
        self.url = url
        self.headers = dict(headers or {})
        self.last: httpx.Response | None = None

    def run(self, query: str, **variables: Any) -> Any:
        self.last = httpx.post(
            self.url,
            json={"query": query, "variables": variables},
            headers=self.headers,
            timeout=10,
        )
        return self.last.json()

    def data(self, query: str, **variables: Any) -> Any:
        answer = self.run(query, **variables)
        assert "errors" not in answer, answer["errors"]
        return answer["data"]


@contextmanager
def served(name: str, **options: Any) -> Iterator[tuple[SandboxServer, Any, dict[str, str]]]:
    """A private sandbox of `name` (fresh data): the server, its app and its credentials."""
    app, path, credentials = build_app(name, **options)
    with SandboxServer(app, path=path) as server:
        yield server, app, credentials
