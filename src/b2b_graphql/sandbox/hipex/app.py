"""The Hipex app: the shipped SDL (plus drifted enum values), the domain modules, the session
rule (queries without a session answer empty, mutations fail), and token rotation."""

from __future__ import annotations

import re

from graphql import GraphQLError, build_schema

from .._core import (
    AnswerEmpty,
    Call,
    GraphQLApp,
    Guard,
    RequestContext,
    bind,
    bind_scalars,
    load_sdl,
)
from . import auth, checks, databases, domains, files, monitoring, servers, ssh, ssl
from .errors import UNAUTHORIZED
from .filters import parse_datetime
from .state import HipexSandbox, Session

__all__ = ["PATH", "create_app"]

PATH = "/hipex-pack-api"
DOMAINS = (auth, checks, databases, domains, files, monitoring, servers, ssh, ssl)


def session_rule(call: Call[HipexSandbox], field_name: str, is_mutation: bool) -> Session:
    """The request's session; without one a query answers empty (as the notes say the real
    API does) and a mutation fails with `UNAUTHENTICATED`."""
    session: Session | None = call.context.state.get("session")
    if session is not None:
        return session
    if not is_mutation:
        raise AnswerEmpty
    raise GraphQLError(UNAUTHORIZED, extensions={"code": "UNAUTHENTICATED"})


def _serialize_datetime(value: object) -> str:
    from datetime import UTC, datetime

    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return str(value)


def _parse_datetime(value: object) -> object:
    if not isinstance(value, str):
        raise ValueError("DateTime must be an ISO-8601 string")
    return parse_datetime(value)


def _sdl(state: HipexSandbox) -> str:
    sdl = load_sdl("hipex_gql", "hipex.graphql")
    for enum_name, values in state.extra_enum_values.items():
        sdl, found = re.subn(
            rf"^(enum {re.escape(enum_name)} {{)$", rf"\1\n  {' '.join(values)}", sdl, flags=re.M
        )
        if not found:
            raise ValueError(f"no enum {enum_name} in the Hipex SDL")
    return sdl


def create_app(sandbox: HipexSandbox | None = None) -> GraphQLApp:
    """The ASGI app (serving `PATH`); `app.state` is the `HipexSandbox`, for tests to inspect."""
    state = sandbox or HipexSandbox.seeded()
    schema = build_schema(_sdl(state))
    bind_scalars(schema, {"DateTime": (_serialize_datetime, _parse_datetime)})
    guard = Guard(session_rule, public=auth.PUBLIC)
    bind(schema, [d.resolvers for d in DOMAINS], state=state, guard=guard)

    def on_request(context: RequestContext) -> None:
        with state.lock:
            state.tick()
        context.state["session"] = state.session_for(context.headers.get("authorization"))

    def on_response(context: RequestContext) -> None:
        session = context.state.get("session")
        if session is not None and not context.state.get("logged_in"):
            token = state.after_response(session)
            if token is not None:
                context.response_headers["Authorization"] = token

    return GraphQLApp(
        schema, on_request=on_request, on_response=on_response, path=PATH, state=state
    )
