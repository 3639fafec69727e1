"""Deterministic SDL printing and SDL loading errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from b2b_graphql.schema import (
    SchemaLoadError,
    SchemaToolError,
    SourcePosition,
    load_schema,
    print_sdl,
    schema_from_sdl,
)

SCRAMBLED = '''
"""The root."""
type Query {
  zebra(z: Int = 1, a: Kind = B): Kind @deprecated(reason: "use apple")
  apple(filter: Filter): [Thing!]!
}

input Filter { z: Int, a: [String!] = ["x"] }

enum Kind {
  """second"""
  B
  A @deprecated(reason: "gone")
}

union Thing = Widget | Gadget

interface Named { name: String }
interface Identified { id: ID! }

type Widget implements Named & Identified { name: String id: ID! }
type Gadget implements Identified & Named { id: ID! name: String }

directive @tag(name: String!, color: String) repeatable on OBJECT | FIELD_DEFINITION

"""Dates as ISO strings."""
scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
'''

SORTED = '''\
directive @tag(color: String, name: String!) repeatable on FIELD_DEFINITION | OBJECT

"""Dates as ISO strings."""
scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

input Filter {
  a: [String!] = ["x"]
  z: Int
}

type Gadget implements Identified & Named {
  id: ID!
  name: String
}

interface Identified {
  id: ID!
}

enum Kind {
  A @deprecated(reason: "gone")

  """second"""
  B
}

interface Named {
  name: String
}

"""The root."""
type Query {
  apple(filter: Filter): [Thing!]!
  zebra(a: Kind = B, z: Int = 1): Kind @deprecated(reason: "use apple")
}

union Thing = Gadget | Widget

type Widget implements Identified & Named {
  id: ID!
  name: String
}
'''


def test_print_sdl_sorts_everything_and_keeps_descriptions_and_directives() -> None:
    assert print_sdl(schema_from_sdl(SCRAMBLED)) == SORTED


def test_print_sdl_is_a_fixed_point() -> None:
    assert print_sdl(schema_from_sdl(SORTED)) == SORTED


def test_declaration_order_does_not_matter() -> None:
    a = "type Query { b: Int a(y: Int, x: Int): String } enum E { Y X } type T { e: E }"
    b = "type T { e: E } enum E { X Y } type Query { a(x: Int, y: Int): String b: Int }"
    assert print_sdl(schema_from_sdl(a)) == print_sdl(schema_from_sdl(b))


def test_custom_root_type_names_print_a_schema_block() -> None:
    sdl = print_sdl(schema_from_sdl("schema { query: Root } type Root { a: Int }"))
    assert sdl.startswith("schema {\n  query: Root\n}\n")


def test_load_schema_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "api.graphql"
    path.write_text(SCRAMBLED, encoding="utf-8")
    assert print_sdl(load_schema(path)) == SORTED


def test_syntax_error_has_file_line_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.graphql"
    path.write_text("type Query {\n  a: Int\n  b:\n}\n", encoding="utf-8")
    with pytest.raises(SchemaLoadError) as caught:
        load_schema(path)
    (problem,) = caught.value.problems
    assert problem[0] == SourcePosition(str(path), 4, 1)
    assert str(caught.value) == f"{path}:4:1: Syntax Error: Expected Name, found '}}'."


def test_unknown_type_has_file_line_column() -> None:
    with pytest.raises(SchemaLoadError) as caught:
        schema_from_sdl("type Query {\n  a: Missing\n}\n", source_name="api.graphql")
    assert str(caught.value) == "api.graphql:2:6: Unknown type 'Missing'."


def test_invalid_schema_lists_every_problem() -> None:
    sdl = "interface I { x: Int }\ntype T implements I { y: Int }\ntype Query { t: T u: T }\n"
    with pytest.raises(SchemaLoadError) as caught:
        schema_from_sdl(sdl, source_name="api.graphql")
    assert [str(pos) for pos, _ in caught.value.problems] == ["api.graphql:1:15"]
    assert "Interface field I.x expected but T does not provide it." in str(caught.value)


def test_missing_file_is_a_schema_tool_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaToolError, match="cannot read"):
        load_schema(tmp_path / "nope.graphql")


def test_real_schemas_round_trip() -> None:
    root = Path(__file__).resolve().parents[2] / "schemas"
    for path in sorted(root.glob("*.graphql")):
        printed = print_sdl(load_schema(path))
        assert print_sdl(schema_from_sdl(printed)) == printed
