"""A sandbox for any schema: your own API gets a local server for its tests.

    b2b-graphql sandbox --schema schemas/shop.graphql

Every field answers with deterministic, type-correct data from the schema alone (`_fake`):
the same query always gets the same answer, lists hold `FAKE_LIST_LENGTH` items, abstract
types resolve to one of their members, mutations answer like queries. Custom scalars get
strings, except `DateTime` and `Date`, which get ISO-8601 text. No authentication: any
headers are accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._core.app import GraphQLApp
from ._fake import DEFAULT_SCALARS, FakeData, install_fallback, isoformat

__all__ = ["DEFAULT_PATH", "create_app", "create_app_from_file"]

DEFAULT_PATH = "/graphql"

# JSON-ready forms: a custom scalar without a serializer is sent as the value it resolves to.
_WIRE_SCALARS = {
    "DateTime": lambda n, name: isoformat(DEFAULT_SCALARS["DateTime"](n, name)),
    "Date": lambda n, name: isoformat(DEFAULT_SCALARS["Date"](n, name)),
}


def create_app(sdl: str, *, path: str = DEFAULT_PATH) -> GraphQLApp:
    """The ASGI app serving schema-driven data for `sdl` at `path`."""
    from ariadne import make_executable_schema

    schema = make_executable_schema(sdl)
    install_fallback(schema, FakeData(schema, scalars=_WIRE_SCALARS))
    return GraphQLApp(schema, path=path, state=None)


def create_app_from_file(path: str | Path, *, serve_at: str = DEFAULT_PATH) -> Any:
    """`create_app` for an SDL file (validated first: errors name `file:line:col`)."""
    from ..schema import load_schema

    load_schema(path)
    return create_app(Path(path).read_text("utf-8"), path=serve_at)
