"""One Order41 sandbox for these tests, its seeded data put back around every test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from b2b_graphql.sandbox.order41 import Order41Sandbox
from tests.sandbox.graphql_http import served

from .api import Api

Served = tuple[httpx.Client, str, Order41Sandbox, dict[str, str], dict[str, Any]]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Served]:
    with served("order41") as (server, app, credentials), httpx.Client(timeout=10) as http:
        state: Order41Sandbox = app.state
        yield http, server.url, state, credentials, state.snapshot()


@pytest.fixture
def api(sandbox: Served) -> Iterator[Api]:
    """The demo seller (long-lived token) on the seeded data; changes are undone after."""
    http, url, state, credentials, seeded = sandbox
    yield Api(http, url, credentials["token"], state)
    state.restore(seeded)
