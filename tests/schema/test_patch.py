"""`patch_sdl`: the committed file changes only where the live schema differs."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from b2b_graphql.schema import print_sdl, schema_from_sdl
from b2b_graphql.schema.patch import patch_sdl

ROOT = Path(__file__).resolve().parents[2]

FILE = '''\
# The hand-written header comment.
"""A product."""
type Product {
  id: ID!
  # DECISION: names are never null
  name: String!
  sku: String
}

enum Status {
  ACTIVE
  # retired ones stay readable
  RETIRED
}

# a scalar
scalar Money

union Thing = Product

input Filter {
    status: Status
}

type Query {
  products(first: Int = 10): [Product!]!
  thing: Thing
}
'''


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _patch(new: str) -> str:
    result = patch_sdl(FILE, schema_from_sdl(new))
    assert result.exact
    assert print_sdl(schema_from_sdl(result.text)) == print_sdl(schema_from_sdl(new))
    return result.text


@pytest.mark.parametrize("api", ["axro", "hipex", "order41"])
def test_an_unchanged_schema_leaves_the_file_byte_for_byte(api: str) -> None:
    text = (ROOT / f"schemas/{api}.graphql").read_text()
    assert patch_sdl(text, schema_from_sdl(text)).text == text


def test_changes_rewrite_only_their_own_lines() -> None:
    new = (
        FILE.replace("  sku: String\n", "  sku: String\n  weight: Int\n")
        .replace("  RETIRED\n", "  RETIRED\n  DRAFT\n")
        .replace("first: Int = 10", "first: Int = 20")
        .replace("    status: Status\n", "    status: Status\n    text: String\n")
    )
    text = _patch(new)
    assert _changed_lines(FILE, text) == [
        "+  weight: Int",
        "+  DRAFT",
        "+    text: String",
        "-  products(first: Int = 10): [Product!]!",
        "+  products(first: Int = 20): [Product!]!",
    ]
    assert "# DECISION: names are never null" in text and "# a scalar" in text


def test_removals_take_their_comment_lines_along() -> None:
    new = FILE.replace("  # DECISION: names are never null\n  name: String!\n", "").replace(
        "  # retired ones stay readable\n  RETIRED\n", ""
    )
    text = _patch(new)
    assert "DECISION" not in text and "retired ones" not in text
    assert _changed_lines(FILE, text) == [
        "-  # DECISION: names are never null",
        "-  name: String!",
        "-  # retired ones stay readable",
        "-  RETIRED",
    ]


def test_types_added_removed_and_rewritten() -> None:
    new = (
        FILE.replace("# a scalar\nscalar Money\n\n", "")
        .replace("union Thing = Product", "union Thing = Product | Extra")
        .replace('"""A product."""', '"""A product on sale."""')
        + "\ntype Extra {\n  id: ID!\n}\n"
    )
    text = _patch(new)
    assert "Money" not in text and "# a scalar" not in text
    assert "union Thing = Product | Extra" in text
    assert text.rstrip().endswith("type Extra {\n  id: ID!\n}")
    assert text.startswith('# The hand-written header comment.\n"""A product on sale."""\ntype')


def test_a_file_it_cannot_patch_is_printed_afresh() -> None:
    extended = "type Query { a: Int }\nextend type Query { b: Int }\n"
    result = patch_sdl(extended, schema_from_sdl("type Query { a: Int b: Int c: Int }"))
    assert not result.exact
    assert result.text == print_sdl(schema_from_sdl("type Query { a: Int b: Int c: Int }"))


@pytest.mark.parametrize("source", ["axro", "hipex", "order41"])
@pytest.mark.parametrize("target", ["axro", "hipex", "order41"])
def test_any_schema_patches_into_any_file_exactly(source: str, target: str) -> None:
    """The worst case, every definition different: still exact, never a fallback."""
    text = (ROOT / f"schemas/{source}.graphql").read_text()
    live = schema_from_sdl((ROOT / f"schemas/{target}.graphql").read_text())
    result = patch_sdl(text, live)
    assert result.exact
    assert print_sdl(schema_from_sdl(result.text)) == print_sdl(live)
