"""Fixtures for the transport tests: one private sandbox per API (behind the fault injector, so
faults and mutations here never disturb other tests), the `api` row, and a clean fault plan
around every test."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from b2b_graphql.sandbox import SandboxServer, build_app
from b2b_graphql.sandbox.faults import FaultPlan
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .apis import CASES, ApiCase, Conn


class Sandboxes:
    """Private sandbox servers, started on first use and stopped at the end of the session."""

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._running: dict[str, RunningSandbox] = {}

    def get(self, name: str) -> RunningSandbox:
        if name not in self._running:
            app, path, credentials = build_app(name)
            server = self._stack.enter_context(SandboxServer(app, path=path))
            self._running[name] = RunningSandbox(
                url=server.url, credentials=credentials, app=app, faults=server.faults
            )
        return self._running[name]

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def sandboxes() -> Iterator[Sandboxes]:
    registry = Sandboxes()
    yield registry
    registry.close()


@pytest.fixture(params=[case.name for case in CASES])
def api(request: pytest.FixtureRequest) -> ApiCase:
    """Each available API in turn."""
    return next(case for case in CASES if case.name == request.param)


@pytest.fixture
def sandbox(api: ApiCase, sandboxes: Sandboxes) -> Iterator[RunningSandbox]:
    """The private sandbox of `api`, with no faults planned before or after the test."""
    running = sandboxes.get(api.name)
    running.faults.reset()
    yield running
    running.faults.reset()


@pytest.fixture
def faults(sandbox: RunningSandbox) -> FaultPlan:
    return sandbox.faults


@pytest.fixture
async def conn(api: ApiCase, sandbox: RunningSandbox) -> AsyncIterator[Conn]:
    """A client of `api` on its sandbox with short timeouts and backoff for quick tests."""
    async with await api.open(sandbox.url, sandbox.credentials, **quick()) as opened:
        sandbox.faults.reset()  # opening sent requests of its own; count from here
        yield opened


@pytest.fixture
def unused_port() -> Iterator[int]:
    """A loopback port that refuses connections (bound, never listening)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def quick(**overrides: Any) -> dict[str, Any]:
    """Client options for tests: backoff in milliseconds, a deadline that a hung test hits."""
    from b2b_graphql import RetryPolicy

    options: dict[str, Any] = {
        "retry": RetryPolicy(max_attempts=4, backoff_base=0.01, backoff_cap=0.05),
        "deadline": 20.0,
    }
    options.update(overrides)
    return options


def mutation_count(sandbox: RunningSandbox, api: ApiCase) -> int:
    return int(sandbox.app.mutation_counts[api.mutation_field])
