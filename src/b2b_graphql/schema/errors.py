"""Errors raised by the schema tooling.

Every error derives from :class:`SchemaToolError` so a CLI can catch one type and print
``str(error)``: a short, single-paragraph message meant for a person reading CI output. The
messages never contain request headers (they carry API keys); URLs are shown without userinfo
and with query-string values masked.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphql import GraphQLError, Node

from .._errors import B2BGraphQLError


class SchemaToolError(B2BGraphQLError):
    """Base class of the schema tooling errors; ``str()`` is a short human-readable message."""


@dataclass(frozen=True, order=True)
class SourcePosition:
    """A ``file:line:column`` position in a GraphQL document (1-based line and column)."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


def node_position(node: Node | None) -> SourcePosition | None:
    """Where ``node`` starts in its source (the source's name is the file path)."""
    if node is None or node.loc is None:
        return None
    source = node.loc.source
    where = source.get_location(node.loc.start)
    return SourcePosition(source.name, where.line, where.column)


def error_positions(error: GraphQLError) -> list[SourcePosition]:
    """Positions of a graphql-core error, resolved per node so multi-file documents work."""
    found = [pos for pos in map(node_position, error.nodes or ()) if pos is not None]
    if found or error.source is None:
        return found
    return [
        SourcePosition(error.source.name, loc.line, loc.column)
        for loc in (error.source.get_location(p) for p in error.positions or ())
    ]


class SchemaLoadError(SchemaToolError):
    """An SDL file could not be read, parsed or built into a valid schema."""

    def __init__(self, path: str, problems: list[tuple[SourcePosition | None, str]]) -> None:
        self.path = path
        self.problems = problems
        lines = [f"{pos or path}: {message}" for pos, message in problems]
        super().__init__("\n".join(lines) or f"{path}: invalid schema")


class OperationLoadError(SchemaToolError):
    """An operation file could not be read or parsed."""

    def __init__(self, position: SourcePosition | str, message: str) -> None:
        self.position = position
        self.message = message
        super().__init__(f"{position}: {message}")


class IntrospectionError(SchemaToolError):
    """Base class of the errors of :func:`b2b_graphql.schema.introspect.introspect`."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(f"introspection of {url} failed: {message}")


class IntrospectionConnectionError(IntrospectionError):
    """The server could not be reached (DNS, refused connection, TLS, timeout)."""


class IntrospectionHTTPError(IntrospectionError):
    """The server answered with a non-success HTTP status."""

    def __init__(self, url: str, status_code: int, body_start: str) -> None:
        self.status_code = status_code
        self.body_start = body_start
        hint = " (check the authentication headers)" if status_code in (401, 403) else ""
        super().__init__(url, f"HTTP {status_code}{hint}; body starts with: {body_start!r}")


class IntrospectionResponseError(IntrospectionError):
    """The server answered, but not with a usable GraphQL introspection result."""

    def __init__(self, url: str, message: str, body_start: str | None = None) -> None:
        self.body_start = body_start
        if body_start is not None:
            message = f"{message}; body starts with: {body_start!r}"
        super().__init__(url, message)


class IntrospectionDisabledError(IntrospectionError):
    """The server refuses introspection (common in production); use a checked-in SDL instead."""


class ScaffoldError(SchemaToolError):
    """Scaffolding produced an operation that does not validate (a bug) or could not write."""
