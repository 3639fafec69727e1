"""The AXRO app: the committed SDL, the four domain modules, and the Bearer-token rule."""

from __future__ import annotations

import secrets

from graphql import GraphQLError, build_schema

from .._core import Call, GraphQLApp, Guard, bind, load_sdl
from . import account, catalog, orders, shipments
from .state import AxroSandbox

__all__ = ["PATH", "UNAUTHORIZED", "create_app"]

PATH = "/gql/v1"
UNAUTHORIZED = "Unauthorized: send Authorization: Bearer <token>"
DOMAINS = (account, catalog, orders, shipments)


def bearer_rule(call: Call[AxroSandbox], field_name: str, is_mutation: bool) -> str:
    """Every data field needs the Bearer token (introspection never reaches a guard)."""
    header = call.context.headers.get("authorization", "")
    expected = f"Bearer {call.state.token}"
    if secrets.compare_digest(header.encode(), expected.encode()):
        return call.state.email
    call.context.status = 401
    raise GraphQLError(UNAUTHORIZED, extensions={"code": "UNAUTHENTICATED"})


def create_app(sandbox: AxroSandbox | None = None, *, sdl: str | None = None) -> GraphQLApp:
    """The ASGI app; `app.state` is the `AxroSandbox`, for tests to inspect. `sdl` serves a
    variant of the schema (drift tests); it must keep the root fields the sandbox resolves."""
    state = sandbox or AxroSandbox.seeded()
    schema = build_schema(sdl or load_sdl("axro_gql", "axro.graphql"))
    bind(schema, [d.resolvers for d in DOMAINS], state=state, guard=Guard(bearer_rule))
    return GraphQLApp(schema, path=PATH, state=state)
