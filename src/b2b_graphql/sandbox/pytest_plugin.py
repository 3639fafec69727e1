"""pytest plugin (entry point `b2b_graphql`): sandbox servers as fixtures for users' tests.

    async def test_my_code(axro_sandbox):
        async with AxroClient(token=axro_sandbox.token, url=axro_sandbox.url) as axro: ...

Each fixture starts its server once per session on a free 127.0.0.1 port. The sandbox extras
(`pip install 'b2b-graphql[sandbox]'`) must be installed; they are imported only when used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from .faults import FaultPlan
from .runner import SandboxServer


@dataclass(frozen=True)
class RunningSandbox:
    """A started sandbox: where it listens and credentials that work on it; `.faults` injects
    faults into its responses (see `b2b_graphql.sandbox.faults`)."""

    url: str
    credentials: dict[str, str] = field(repr=False)
    app: Any = field(repr=False)
    faults: FaultPlan = field(default_factory=FaultPlan, repr=False)

    @property
    def token(self) -> str:
        return self.credentials["token"]


def _run(name: str) -> Iterator[RunningSandbox]:
    from . import build_app

    app, path, credentials = build_app(name)
    with SandboxServer(app, path=path) as server:
        yield RunningSandbox(url=server.url, credentials=credentials, app=app, faults=server.faults)


@pytest.fixture(scope="session")
def axro_sandbox() -> Iterator[RunningSandbox]:
    """A seeded AXRO sandbox: `.url`, `.token`, and `.app.state` (its in-memory data)."""
    yield from _run("axro")


@pytest.fixture(scope="session")
def order41_sandbox() -> Iterator[RunningSandbox]:
    """A seeded Order41 sandbox: `.url`, `.token` (long-lived), `.credentials` (`email`,
    `password` for `login`) and `.app.state` (its in-memory data, clock and login count)."""
    yield from _run("order41")


@pytest.fixture(scope="session")
def hipex_sandbox() -> Iterator[RunningSandbox]:
    """A seeded Hipex sandbox: `.url`, `.credentials` (`username`, `password`) and `.app.state`
    (its in-memory data, tokens and rotation settings)."""
    yield from _run("hipex")
