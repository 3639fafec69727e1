"""Fixtures for the Order41 tests: the shared seeded sandbox (the plugin's `order41_sandbox`,
restored to its seeded data around tests that change it) and private sandboxes with their own
token lifetime (auth tests that expire tokens)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from b2b_graphql.order41 import Order41Client
from b2b_graphql.sandbox import SandboxServer, build_app
from b2b_graphql.sandbox.order41 import Order41Sandbox
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox


class Private:
    """A private sandbox: `url`, `state` (the `Order41Sandbox`), `app` and its credentials."""

    def __init__(self, server: SandboxServer, app: Any, credentials: dict[str, str]) -> None:
        self.server = server
        self.app = app
        self.state: Order41Sandbox = app.state
        self.url = server.url
        self.email = credentials["email"]
        self.password = credentials["password"]
        self.token = credentials["token"]

    async def login(self, **options: Any) -> Order41Client:
        return await Order41Client.login(
            email=self.email, password=self.password, url=self.url, **options
        )


@contextmanager
def private_sandbox(**options: Any) -> Iterator[Private]:
    app, path, credentials = build_app("order41", products=12, orders=4, **options)
    with SandboxServer(app, path=path) as server:
        yield Private(server, app, credentials)


@pytest.fixture(scope="module")
def private() -> Iterator[Private]:
    """A small sandbox for this module alone (tests may expire its tokens)."""
    with private_sandbox() as sandbox:
        yield sandbox


@pytest.fixture(scope="session")
def seeded_data(order41_sandbox: RunningSandbox) -> dict[str, Any]:
    state: Order41Sandbox = order41_sandbox.app.state
    return state.snapshot()


@pytest.fixture
def fresh(order41_sandbox: RunningSandbox, seeded_data: dict[str, Any]) -> Iterator[Order41Sandbox]:
    """The shared sandbox's state, as seeded; whatever the test changes is undone after."""
    state: Order41Sandbox = order41_sandbox.app.state
    state.restore(seeded_data)
    yield state
    state.restore(seeded_data)


@pytest.fixture(scope="session")
async def client(order41_sandbox: RunningSandbox) -> AsyncIterator[Order41Client]:
    """A client with the sandbox's long-lived token (shared: tests must not change its auth)."""
    async with Order41Client(token=order41_sandbox.token, url=order41_sandbox.url) as order41:
        yield order41
