"""pytest plugin (entry point `b2b_graphql`): the sandbox servers as fixtures for your tests.

    async def test_my_code(axro_sandbox):
        async with AxroClient(token=axro_sandbox.token, url=axro_sandbox.url) as axro: ...

Needs the `[sandbox]` extra (`pip install 'b2b-graphql[sandbox]'`); async tests need
pytest-asyncio (`asyncio_mode = "auto"`, or `@pytest.mark.asyncio` on each test). pytest loads
this plugin for every project that has b2b-graphql installed, so it imports nothing of the extra
until a fixture is used, and a fixture used without the extra fails with a one-line hint.

Fixtures, one set per API (`axro`, `order41`, `hipex`), each a `RunningSandbox`:

- `<api>_sandbox` (session-scoped): one seeded server for the whole run, fast; tests share its
  data, so what one test writes the next one sees.
- `<api>_sandbox_fresh` (per test): freshly seeded data for this test alone, served on a
  second server of its own (the app is swapped, the port stays).

Faults queued on `.faults` during a test are cleared (and its counters zeroed) when the test
ends, for both kinds of fixture.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from .faults import FaultPlan
from .runner import SandboxServer

__all__ = ["APIS", "RunningSandbox"]

#: The APIs with a sandbox, and so with fixtures.
APIS = ("axro", "order41", "hipex")

#: The modules of the `[sandbox]` extra, and the hint shown when one is missing.
_EXTRA_MODULES = ("ariadne", "uvicorn")
_HINT = (
    "the b2b-graphql sandbox fixtures need the [sandbox] extra: pip install 'b2b-graphql[sandbox]'"
)

#: What each API's `from_env()` reads, by RunningSandbox attribute.
_ENV = {
    "axro": {"url": "AXRO_URL", "token": "AXRO_TOKEN"},
    "order41": {
        "url": "ORDER41_URL",
        "token": "ORDER41_TOKEN",
        "email": "ORDER41_EMAIL",
        "password": "ORDER41_PASSWORD",
    },
    "hipex": {"url": "HIPEX_URL", "username": "HIPEX_USERNAME", "password": "HIPEX_PASSWORD"},
}


@dataclass(frozen=True)
class RunningSandbox:
    """A started sandbox. The same attribute means the same thing for every API; one an API
    does not have is None.

    - `api`: `"axro"`, `"order41"` or `"hipex"` (empty if built without it).
    - `url`: the GraphQL endpoint, e.g. `http://127.0.0.1:PORT/gql/v1`; pass it as `url=`.
    - `token`: a static API token that works as is (`Client(token=..., url=...)`): AXRO's
      token, Order41's long-lived token; None for Hipex, which has only session tokens from
      logging in.
    - `email`: the login email (Order41; None elsewhere).
    - `username`: the login user name (Hipex; None elsewhere).
    - `password`: the login password (Order41, Hipex; None for AXRO).
    - `credentials`: all of the above that the API has, as a dict (`token`, `email`,
      `username`, `password`).
    - `env`: the environment variables the API's `from_env()` reads, pointing at this sandbox
      (for `monkeypatch.setenv` or a subprocess).
    - `app`: the ASGI app served; `app.state` is its in-memory data (and, Order41, clock).
    - `faults`: the `FaultPlan` of its server (`faults.inject("http_error", status=503)`;
      see `b2b_graphql.sandbox.faults`), cleared when the test ends.
    """

    url: str
    credentials: dict[str, str] = field(repr=False)
    app: Any = field(repr=False)
    faults: FaultPlan = field(default_factory=FaultPlan, repr=False)
    api: str = ""

    @property
    def token(self) -> str | None:
        return self.credentials.get("token")

    @property
    def email(self) -> str | None:
        return self.credentials.get("email")

    @property
    def username(self) -> str | None:
        return self.credentials.get("username")

    @property
    def password(self) -> str | None:
        return self.credentials.get("password")

    @property
    def env(self) -> dict[str, str]:
        values = {"url": self.url, **self.credentials}
        return {var: values[name] for name, var in _ENV.get(self.api, {}).items()}


def _require_extra() -> None:
    missing = [name for name in _EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        pytest.fail(f"{_HINT} (missing: {', '.join(missing)})", pytrace=False)


def _build(api: str) -> tuple[Any, str, dict[str, str]]:
    _require_extra()
    from . import build_app

    return build_app(api)


def _running(
    api: str, server: SandboxServer, app: Any, credentials: dict[str, str]
) -> RunningSandbox:
    return RunningSandbox(
        api=api, url=server.url, credentials=credentials, app=app, faults=server.faults
    )


#: The fault plans of the servers this session started: cleared after every test.
_PLANS = pytest.StashKey[list[FaultPlan]]()


def _start(config: pytest.Config, api: str) -> tuple[SandboxServer, Any, dict[str, str]]:
    app, path, credentials = _build(api)
    server = SandboxServer(app, path=path).start()
    config.stash.setdefault(_PLANS, []).append(server.faults)
    return server, app, credentials


@pytest.fixture(autouse=True)
def _b2b_graphql_clear_sandbox_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test, drop the faults it queued on any sandbox (and zero their counters)."""
    yield
    for plan in request.config.stash.get(_PLANS, []):
        plan.reset()


def _shared(request: pytest.FixtureRequest, api: str) -> Iterator[RunningSandbox]:
    server, app, credentials = _start(request.config, api)
    try:
        yield _running(api, server, app, credentials)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _b2b_graphql_fresh_servers() -> Iterator[dict[str, SandboxServer]]:
    """One server per API for the `*_fresh` fixtures, started on first use."""
    servers: dict[str, SandboxServer] = {}
    try:
        yield servers
    finally:
        for server in servers.values():
            server.stop()


def _fresh(
    request: pytest.FixtureRequest, api: str, servers: dict[str, SandboxServer]
) -> RunningSandbox:
    if api not in servers:
        servers[api], app, credentials = _start(request.config, api)
    else:
        app, _, credentials = _build(api)
        servers[api].swap_app(app)
    return _running(api, servers[api], app, credentials)


@pytest.fixture(scope="session")
def axro_sandbox(request: pytest.FixtureRequest) -> Iterator[RunningSandbox]:
    """The seeded AXRO sandbox, shared by the session: `.url`, `.token`, `.env`
    (`AXRO_URL`, `AXRO_TOKEN`), `.app.state`, `.faults` (see `RunningSandbox`)."""
    yield from _shared(request, "axro")


@pytest.fixture(scope="session")
def order41_sandbox(request: pytest.FixtureRequest) -> Iterator[RunningSandbox]:
    """The seeded Order41 sandbox, shared by the session: `.url`, `.token` (long-lived),
    `.email`, `.password`, `.env` (`ORDER41_URL`, `ORDER41_TOKEN`, `ORDER41_EMAIL`,
    `ORDER41_PASSWORD`), `.app.state`, `.faults` (see `RunningSandbox`)."""
    yield from _shared(request, "order41")


@pytest.fixture(scope="session")
def hipex_sandbox(request: pytest.FixtureRequest) -> Iterator[RunningSandbox]:
    """The seeded Hipex sandbox, shared by the session: `.url`, `.username`, `.password`,
    `.env` (`HIPEX_URL`, `HIPEX_USERNAME`, `HIPEX_PASSWORD`), `.app.state`, `.faults`;
    `.token` is None (Hipex tokens come from logging in; see `RunningSandbox`)."""
    yield from _shared(request, "hipex")


@pytest.fixture
def axro_sandbox_fresh(
    request: pytest.FixtureRequest, _b2b_graphql_fresh_servers: dict[str, SandboxServer]
) -> RunningSandbox:
    """Like `axro_sandbox`, with freshly seeded data for this test alone."""
    return _fresh(request, "axro", _b2b_graphql_fresh_servers)


@pytest.fixture
def order41_sandbox_fresh(
    request: pytest.FixtureRequest, _b2b_graphql_fresh_servers: dict[str, SandboxServer]
) -> RunningSandbox:
    """Like `order41_sandbox`, with freshly seeded data for this test alone."""
    return _fresh(request, "order41", _b2b_graphql_fresh_servers)


@pytest.fixture
def hipex_sandbox_fresh(
    request: pytest.FixtureRequest, _b2b_graphql_fresh_servers: dict[str, SandboxServer]
) -> RunningSandbox:
    """Like `hipex_sandbox`, with freshly seeded data for this test alone."""
    return _fresh(request, "hipex", _b2b_graphql_fresh_servers)
