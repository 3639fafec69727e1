"""The canned server process and the clients that race against it.

Every contender sends the same operation with the same variables and the same Bearer header to
the same canned response, over its own keep-alive connection pool with the same limits:

- `raw httpx`: `httpx.AsyncClient.post` + `json.loads` (the baseline: no validation at all);
- `b2b_graphql`: our client (the AXRO facade, or the generated Order41 client with our base
  client and Bearer auth), fully validated pydantic models;
- `gql`: `gql.Client` over `HTTPXAsyncTransport` (no schema: no validation, plain dicts);
- `ariadne default`: ariadne-codegen's client with default settings, pydantic models.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .measure import Call
from .payloads import ROOT

TOKEN = "bench-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
#: The same pool limits for everyone: ours (`b2b_graphql._transport.DEFAULT_LIMITS`).
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

RAW = "raw httpx"
OURS = "b2b_graphql"
GQL = "gql"
DEFAULT = "ariadne default"


class CannedServer:
    """`python -m bench._server` in a child process, serving `bodies` at `/<name>` (and
    `<name>.paging` specs from `paging`), each answer held back `latency_ms`."""

    def __init__(
        self,
        bodies: dict[str, bytes],
        *,
        latency_ms: float = 0.0,
        paging: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.bodies = bodies
        self.latency_ms = latency_ms
        self.paging = paging or {}
        self.port = 0
        self._process: subprocess.Popen[str] | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def __enter__(self) -> CannedServer:
        self._folder = tempfile.TemporaryDirectory(prefix="b2b-bench-")
        folder = Path(self._folder.name)
        for name, body in self.bodies.items():
            (folder / f"{name}.json").write_bytes(body)
        for name, spec in self.paging.items():
            (folder / f"{name}.paging").write_text(json.dumps(spec))
        command = [sys.executable, "-m", "bench._server", str(folder)]
        if self.latency_ms:
            command += ["--latency", str(self.latency_ms)]
        self._process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.startswith("PORT "):
            self.__exit__(None, None, None)
            raise RuntimeError(f"canned server did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


@dataclass
class Operation:
    """One GraphQL call as each kind of client makes it."""

    name: str
    query: str
    variables: dict[str, Any]
    #: how our client and the default-config client call it: `lambda client: client.method(...)`
    method: Callable[[Any], Awaitable[Any]]
    extra: dict[str, Any] = field(default_factory=dict)


@contextlib.asynccontextmanager
async def raw_httpx(url: str, op: Operation) -> AsyncIterator[Call]:
    headers = {"Content-Type": "application/json", **AUTH}
    payload = {"query": op.query, "operationName": op.name, "variables": op.variables}
    async with httpx.AsyncClient(limits=LIMITS) as client:

        async def call() -> Any:
            response = await client.post(url, content=json.dumps(payload), headers=headers)
            return json.loads(response.content)["data"]

        yield call


@contextlib.asynccontextmanager
async def gql_client(url: str, op: Operation) -> AsyncIterator[Call]:
    from gql import Client, GraphQLRequest
    from gql.transport.httpx import HTTPXAsyncTransport
    from graphql import parse

    document = parse(op.query)
    transport = HTTPXAsyncTransport(url=url, headers=AUTH, limits=LIMITS)
    client = Client(transport=transport, fetch_schema_from_transport=False)
    session = await client.connect_async()
    try:

        async def call() -> Any:
            request = GraphQLRequest(
                document, variable_values=op.variables or None, operation_name=op.name
            )
            return await session.execute(request)

        yield call
    finally:
        await client.close_async()


@contextlib.asynccontextmanager
async def client_calls(client: Any, op: Operation) -> AsyncIterator[Call]:
    """A generated client (ours or the default-config one): `op.method(client)`."""
    try:

        async def call() -> Any:
            return await op.method(client)

        yield call
    finally:
        await client.__aexit__(None, None, None)


def axro_client(url: str, **options: Any) -> Any:
    from b2b_graphql import AxroClient

    return AxroClient(token=TOKEN, url=url, limits=LIMITS, **options)


def size_limit_supported() -> bool:
    """Whether this build's clients take `max_response_bytes` (the response size limit)."""
    import inspect

    from b2b_graphql._client import GraphQLBaseClient

    return "max_response_bytes" in inspect.signature(GraphQLBaseClient.__init__).parameters


def order41_client(url: str) -> Any:
    from order41_gql import Order41GeneratedClient

    from b2b_graphql._auth import StaticTokenAuth

    return Order41GeneratedClient(
        url=url, auth=StaticTokenAuth(TOKEN, scheme="Bearer"), limits=LIMITS
    )


def default_client(package: str, url: str) -> Any:
    """ariadne-codegen's default client, as its docs build it: `Client(url, headers)` (its own
    `httpx.AsyncClient`, whose default pool limits are the same as ours)."""
    module = __import__(package)
    return module.Client(url=url, headers=AUTH)


@contextlib.contextmanager
def on_path(folder: Path) -> Iterator[None]:
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.path.remove(str(folder))
