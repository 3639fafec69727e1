"""Load SDL files and print schemas as deterministic SDL snapshots.

Snapshots are committed and diffed in pull requests, so printing must not depend on the order a
server or a hand-written file happens to declare things in. graphql-core already does the work:
``lexicographic_sort_schema`` sorts types, fields, arguments, enum values, input fields, union
members, implemented interfaces, directive definitions, their arguments and locations, and
``print_schema`` keeps descriptions, default values, ``@deprecated(reason:)``,
``@specifiedBy(url:)``, custom directive definitions and the root types (with a ``schema {}``
block only when the root types are not named Query/Mutation/Subscription).

Not kept: custom directives *applied* to schema elements (``field: Int @auth``). graphql-core's
schema objects do not model them and introspection cannot expose them, so a snapshot taken from
a live server could never contain them either.
"""

from __future__ import annotations

from pathlib import Path

from graphql import (
    GraphQLError,
    GraphQLSchema,
    GraphQLSyntaxError,
    Source,
    build_ast_schema,
    lexicographic_sort_schema,
    parse,
    print_schema,
    validate_schema,
)
from graphql.validation.validate import validate_sdl

from .errors import SchemaLoadError, SourcePosition, error_positions

__all__ = ["load_schema", "print_sdl", "schema_from_sdl"]


def print_sdl(schema: GraphQLSchema) -> str:
    """Return ``schema`` as sorted SDL ending with a newline, stable across runs and servers."""
    return print_schema(lexicographic_sort_schema(schema)) + "\n"


def schema_from_sdl(sdl: str, *, source_name: str = "<sdl>") -> GraphQLSchema:
    """Build and validate a schema from SDL text; errors carry ``source_name:line:col``."""
    try:
        document = parse(Source(sdl, source_name))
    except GraphQLSyntaxError as error:
        raise _load_error(source_name, [error]) from None
    if errors := validate_sdl(document):
        raise _load_error(source_name, errors)
    try:
        schema = build_ast_schema(document, assume_valid_sdl=True)
    except (TypeError, GraphQLError) as error:  # graphql-core raises TypeError for some misuse
        raise SchemaLoadError(source_name, [(None, str(error))]) from None
    if errors := validate_schema(schema):
        raise _load_error(source_name, errors)
    return schema


def load_schema(path: str | Path) -> GraphQLSchema:
    """Read one SDL file; raise :class:`SchemaLoadError` with ``file:line:col`` on any problem."""
    path = Path(path)
    try:
        sdl = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SchemaLoadError(str(path), [(None, f"cannot read: {error}")]) from None
    return schema_from_sdl(sdl, source_name=str(path))


def _load_error(name: str, errors: list[GraphQLError]) -> SchemaLoadError:
    problems: list[tuple[SourcePosition | None, str]] = []
    for error in errors:
        positions = error_positions(error)
        problems.append((positions[0] if positions else None, error.message))
    return SchemaLoadError(name, problems)
