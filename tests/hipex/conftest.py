"""Fixtures for the Hipex tests: the shared seeded sandbox (read-only tests) and private
sandboxes with their own rotation, grace and delay settings (tests that change data)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from b2b_graphql.hipex import HipexClient
from b2b_graphql.sandbox import SandboxServer
from b2b_graphql.sandbox.hipex import PATH, HipexSandbox, create_app
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox


class Private:
    """A private sandbox: `url`, `state` (the `HipexSandbox`), `app` and its credentials."""

    def __init__(self, server: SandboxServer, app: Any) -> None:
        self.server = server
        self.app = app
        self.state: HipexSandbox = app.state
        self.url = server.url
        self.username = self.state.username
        self.password = self.state.password

    async def login(self, **options: Any) -> HipexClient:
        return await HipexClient.login(self.username, self.password, self.url, **options)


class DelayResponses:
    """ASGI wrapper: `X-Test-Delay: <seconds>` holds the response back after the app produced
    it (so a late response carries a token the server issued early); `X-Test-Status: <code>`
    sends the app's response with another status."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.state = app.state

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers") or [])
        delay = float(headers.get(b"x-test-delay", b"0"))
        status = headers.get(b"x-test-status")

        async def patched(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                if delay:
                    await asyncio.sleep(delay)
                if status:
                    message = {**message, "status": int(status)}
            await send(message)

        await self.app(scope, receive, patched)


async def raw_query(url: str, token: str | None, query: str = "{ Server { id } }") -> Any:
    """POST one query with `Authorization: <token>` (or none) outside our client: the
    `data` of the answer, and the response's `Authorization` header."""
    headers = {"Authorization": token} if token else {}
    async with httpx.AsyncClient() as http:
        response = await http.post(url, json={"query": query}, headers=headers)
    return response.json()["data"], response.headers.get("authorization")


@contextmanager
def private_sandbox(wrap: bool = False, **options: Any) -> Iterator[Private]:
    app = create_app(HipexSandbox.seeded(**options))
    served = DelayResponses(app) if wrap else app
    with SandboxServer(served, path=PATH) as server:
        yield Private(server, app)


@pytest.fixture
def sandbox_factory() -> Callable[..., Any]:
    """`with sandbox_factory(rotate_every=1, grace=0.3) as sandbox: ...`"""
    return private_sandbox


@pytest.fixture
def private() -> Iterator[Private]:
    """A fresh sandbox with the default settings, for tests that change data."""
    with private_sandbox(change_delay=0.1, checklist_delay=0.1) as sandbox:
        yield sandbox


@pytest.fixture
async def hipex(hipex_sandbox: RunningSandbox) -> AsyncIterator[HipexClient]:
    """A client logged in to the shared, seeded sandbox (do not change its data)."""
    client = await HipexClient.login(
        hipex_sandbox.credentials["username"],
        hipex_sandbox.credentials["password"],
        hipex_sandbox.url,
    )
    async with client:
        yield client
