"""Schema diff: a table of graphql-level classifications, then client-aware verdicts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from textwrap import dedent

import pytest
from graphql import find_breaking_changes, find_dangerous_changes

from b2b_graphql.schema import (
    Change,
    ChangeKind,
    DiffReport,
    IgnoreRule,
    Leniency,
    OperationFile,
    SourcePosition,
    diff_schemas,
    render_github,
    render_gitlab,
    render_json,
    render_markdown,
    render_text,
    schema_from_sdl,
    validate_operations,
)
from b2b_graphql.schema.report import escape_data, escape_property

# --- graphql-level table ------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    id: str
    old: str
    new: str
    severity: str
    coordinate: str
    kind: ChangeKind
    # graphql-core reports this change the same way (checked against find_*_changes)
    graphql_core_agrees: bool = True


K = ChangeKind
ROWS = [
    Row("field removed", "type Query { a: Int b: Int }", "type Query { a: Int }",
        "breaking", "Query.b", K.FIELD_REMOVED),
    Row("field added", "type Query { a: Int }", "type Query { a: Int b: Int }",
        "safe", "Query.b", K.FIELD_ADDED),
    Row("field type changed", "type Query { a: Int }", "type Query { a: String }",
        "breaking", "Query.a", K.FIELD_TYPE_CHANGED),
    Row("output list to single", "type Query { a: [Int] }", "type Query { a: Int }",
        "breaking", "Query.a", K.FIELD_TYPE_CHANGED),
    Row("output nullability tightened", "type Query { a: Int }", "type Query { a: Int! }",
        "safe", "Query.a", K.FIELD_TYPE_CHANGED),
    Row("output nullability tightened in list", "type Query { a: [Int] }",
        "type Query { a: [Int!]! }", "safe", "Query.a", K.FIELD_TYPE_CHANGED),
    Row("output nullability loosened", "type Query { a: Int! }", "type Query { a: Int }",
        "breaking", "Query.a", K.FIELD_TYPE_CHANGED),
    Row("argument added required", "type Query { a(x: Int): Int }",
        "type Query { a(x: Int, y: Int!): Int }", "breaking", "Query.a(y:)", K.ARG_ADDED),
    Row("argument added optional", "type Query { a(x: Int): Int }",
        "type Query { a(x: Int, y: Int): Int }", "safe", "Query.a(y:)", K.ARG_ADDED,
        graphql_core_agrees=False),  # graphql-core: dangerous
    Row("argument added with default", "type Query { a(x: Int): Int }",
        "type Query { a(x: Int, y: Int! = 1): Int }", "safe", "Query.a(y:)", K.ARG_ADDED,
        graphql_core_agrees=False),  # graphql-core: dangerous
    Row("argument removed", "type Query { a(x: Int): Int }", "type Query { a: Int }",
        "breaking", "Query.a(x:)", K.ARG_REMOVED),
    Row("argument type changed", "type Query { a(x: Int): Int }",
        "type Query { a(x: String): Int }", "breaking", "Query.a(x:)", K.ARG_TYPE_CHANGED),
    Row("argument made required", "type Query { a(x: Int): Int }",
        "type Query { a(x: Int!): Int }", "breaking", "Query.a(x:)", K.ARG_TYPE_CHANGED),
    Row("argument made optional", "type Query { a(x: Int!): Int }",
        "type Query { a(x: Int): Int }", "safe", "Query.a(x:)", K.ARG_TYPE_CHANGED),
    Row("argument default changed", "type Query { a(x: Int = 1): Int }",
        "type Query { a(x: Int = 2): Int }", "dangerous", "Query.a(x:)", K.ARG_DEFAULT_CHANGED),
    Row("input field added required",
        "input In { a: Int } type Query { q(i: In): Int }",
        "input In { a: Int b: Int! } type Query { q(i: In): Int }",
        "breaking", "In.b", K.INPUT_FIELD_ADDED),
    Row("input field added optional",
        "input In { a: Int } type Query { q(i: In): Int }",
        "input In { a: Int b: Int } type Query { q(i: In): Int }",
        "safe", "In.b", K.INPUT_FIELD_ADDED, graphql_core_agrees=False),  # core: dangerous
    Row("input field removed",
        "input In { a: Int b: Int } type Query { q(i: In): Int }",
        "input In { a: Int } type Query { q(i: In): Int }",
        "breaking", "In.b", K.INPUT_FIELD_REMOVED),
    Row("input field type changed",
        "input In { a: Int } type Query { q(i: In): Int }",
        "input In { a: [Int] } type Query { q(i: In): Int }",
        "breaking", "In.a", K.INPUT_FIELD_TYPE_CHANGED),
    Row("input field default changed",
        "input In { a: Int = 1 } type Query { q(i: In): Int }",
        "input In { a: Int = 5 } type Query { q(i: In): Int }",
        "dangerous", "In.a", K.INPUT_FIELD_DEFAULT_CHANGED,
        graphql_core_agrees=False),  # graphql-core does not compare input field defaults
    Row("enum value added", "enum E { A } type Query { e: E }",
        "enum E { A B } type Query { e: E }", "dangerous", "E.B", K.ENUM_VALUE_ADDED),
    Row("enum value removed", "enum E { A B } type Query { e: E }",
        "enum E { A } type Query { e: E }", "breaking", "E.B", K.ENUM_VALUE_REMOVED),
    Row("union member added",
        "type A { a: Int } type B { b: Int } union U = A type Query { u: U b: B }",
        "type A { a: Int } type B { b: Int } union U = A | B type Query { u: U b: B }",
        "dangerous", "U", K.UNION_MEMBER_ADDED),
    Row("union member removed",
        "type A { a: Int } type B { b: Int } union U = A | B type Query { u: U b: B }",
        "type A { a: Int } type B { b: Int } union U = A type Query { u: U b: B }",
        "breaking", "U", K.UNION_MEMBER_REMOVED),
    Row("type added", "type Query { a: Int }", "type T { a: Int } type Query { a: Int t: T }",
        "safe", "T", K.TYPE_ADDED),
    Row("type removed", "type T { a: Int } type Query { a: Int }", "type Query { a: Int }",
        "breaking", "T", K.TYPE_REMOVED),
    Row("type kind changed", "scalar T type Query { t: T }", "enum T { X } type Query { t: T }",
        "breaking", "T", K.TYPE_KIND_CHANGED),
    Row("interface removed",
        "interface N { id: ID } type P implements N { id: ID } type Query { n: N p: P }",
        "interface N { id: ID } type P { id: ID } type Query { n: N p: P }",
        "breaking", "P", K.INTERFACE_REMOVED),
    Row("interface added",
        "interface N { id: ID } type P { id: ID } type Query { n: N p: P }",
        "interface N { id: ID } type P implements N { id: ID } type Query { n: N p: P }",
        "dangerous", "P", K.INTERFACE_ADDED),
    Row("new type implements interface",
        "interface N { id: ID } type Query { n: N }",
        "interface N { id: ID } type P implements N { id: ID } type Query { n: N }",
        "dangerous", "P", K.INTERFACE_ADDED, graphql_core_agrees=False),
    Row("deprecation added", "type Query { a: Int }",
        'type Query { a: Int @deprecated(reason: "use b") }',
        "safe", "Query.a", K.DEPRECATION_ADDED),
    Row("deprecation removed", "type Query { a: Int @deprecated }", "type Query { a: Int }",
        "safe", "Query.a", K.DEPRECATION_REMOVED),
    Row("enum value deprecated", "enum E { A B } type Query { e: E }",
        "enum E { A B @deprecated } type Query { e: E }", "safe", "E.B", K.DEPRECATION_ADDED),
    Row("argument deprecated", "type Query { a(x: Int): Int }",
        "type Query { a(x: Int @deprecated): Int }", "safe", "Query.a(x:)", K.DEPRECATION_ADDED),
    Row("description changed", '"""old""" type Query { a: Int }', '"""new""" type Query { a: Int }',
        "safe", "Query", K.DESCRIPTION_CHANGED),
    Row("field description added", "type Query { a: Int }", 'type Query { "doc" a: Int }',
        "safe", "Query.a", K.DESCRIPTION_CHANGED),
    Row("directive added", "type Query { a: Int }",
        "directive @d on FIELD type Query { a: Int }", "safe", "@d", K.DIRECTIVE_ADDED),
    Row("directive removed", "directive @d on FIELD type Query { a: Int }",
        "type Query { a: Int }", "breaking", "@d", K.DIRECTIVE_REMOVED),
    Row("directive required arg added", "directive @d on FIELD type Query { a: Int }",
        "directive @d(b: Int!) on FIELD type Query { a: Int }",
        "breaking", "@d(b:)", K.DIRECTIVE_ARG_ADDED),
    Row("directive optional arg added", "directive @d on FIELD type Query { a: Int }",
        "directive @d(b: Int) on FIELD type Query { a: Int }",
        "safe", "@d(b:)", K.DIRECTIVE_ARG_ADDED),
    Row("directive arg removed", "directive @d(b: Int) on FIELD type Query { a: Int }",
        "directive @d on FIELD type Query { a: Int }",
        "breaking", "@d(b:)", K.DIRECTIVE_ARG_REMOVED),
    Row("directive arg type changed", "directive @d(b: Int) on FIELD type Query { a: Int }",
        "directive @d(b: String) on FIELD type Query { a: Int }",
        "breaking", "@d(b:)", K.DIRECTIVE_ARG_TYPE_CHANGED, graphql_core_agrees=False),
    Row("directive arg default changed",
        "directive @d(b: Int = 1) on FIELD type Query { a: Int }",
        "directive @d(b: Int = 2) on FIELD type Query { a: Int }",
        "dangerous", "@d(b:)", K.DIRECTIVE_ARG_DEFAULT_CHANGED, graphql_core_agrees=False),
    Row("directive location removed", "directive @d on FIELD | QUERY type Query { a: Int }",
        "directive @d on FIELD type Query { a: Int }",
        "breaking", "@d", K.DIRECTIVE_LOCATION_REMOVED),
    Row("directive location added", "directive @d on FIELD type Query { a: Int }",
        "directive @d on FIELD | QUERY type Query { a: Int }",
        "safe", "@d", K.DIRECTIVE_LOCATION_ADDED),
    Row("directive no longer repeatable", "directive @d repeatable on FIELD type Query { a: Int }",
        "directive @d on FIELD type Query { a: Int }",
        "breaking", "@d", K.DIRECTIVE_CHANGED, graphql_core_agrees=False),
    Row("root type changed", "type Query { a: Int } type M { x: Int } schema { query: Query }",
        "type Query { a: Int } type M { x: Int } schema { query: M }",
        "breaking", "Query", K.ROOT_TYPE_CHANGED, graphql_core_agrees=False),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_graphql_level_classification(row: Row) -> None:
    old, new = schema_from_sdl(row.old), schema_from_sdl(row.new)
    report = diff_schemas(old, new)

    found = [(c.severity, c.coordinate, c.kind) for c in report.changes]
    assert (row.severity, row.coordinate, row.kind) in found
    # nothing else is worse than the expected change
    worst = min(({"breaking": 0, "dangerous": 1, "safe": 2}[s] for s, _, _ in found))
    assert worst == {"breaking": 0, "dangerous": 1, "safe": 2}[row.severity]
    assert all(c.affects_client and not c.locations for c in report.changes)
    assert all(c.reason and "\n" not in c.reason for c in report.changes)
    assert not report.operations_checked


@pytest.mark.parametrize("row", [r for r in ROWS if r.graphql_core_agrees], ids=lambda r: r.id)
def test_agrees_with_graphql_core(row: Row) -> None:
    old, new = schema_from_sdl(row.old), schema_from_sdl(row.new)
    report = diff_schemas(old, new)
    assert bool(find_breaking_changes(old, new)) == bool(report.by_severity("breaking"))
    assert bool(find_dangerous_changes(old, new)) == bool(report.by_severity("dangerous"))


def test_identical_schemas_have_no_changes() -> None:
    sdl = "enum E { A } input I { e: E = A } type Query { q(i: I = {e: A}): E }"
    assert diff_schemas(schema_from_sdl(sdl), schema_from_sdl(sdl)).changes == ()


def test_default_values_compare_by_value_not_field_order() -> None:
    old = "input I { a: Int b: Int } type Query { q(i: I = {a: 1, b: 2}): Int }"
    new = "input I { b: Int a: Int } type Query { q(i: I = {b: 2, a: 1}): Int }"
    assert diff_schemas(schema_from_sdl(old), schema_from_sdl(new)).changes == ()


def test_removed_deprecated_field_says_so() -> None:
    old = 'type Query { a: Int @deprecated(reason: "gone soon") b: Int }'
    report = diff_schemas(schema_from_sdl(old), schema_from_sdl("type Query { b: Int }"))
    (change,) = report.changes
    assert change.reason == "field removed (deprecated before: gone soon)"


def test_changes_are_sorted_by_severity_then_coordinate() -> None:
    old = "enum E { A } type Query { z: Int a: Int e: E c(x: Int = 1): Int }"
    new = "enum E { A B } type Query { y: Int e: E c(x: Int = 2): Int }"
    report = diff_schemas(schema_from_sdl(old), schema_from_sdl(new))
    assert [(c.severity, c.coordinate) for c in report.changes] == [
        ("breaking", "Query.a"),
        ("breaking", "Query.z"),
        ("dangerous", "E.B"),
        ("dangerous", "Query.c(x:)"),
        ("safe", "Query.y"),
    ]


# --- operation-aware verdicts -------------------------------------------------------------------

OLD = """
enum Status { ACTIVE RETIRED }
interface Node { id: ID! }
type Product implements Node { id: ID! name: String! sku: String status: Status }
type Category implements Node { id: ID! title: String }
union SearchResult = Product | Category
input ItemInput { sku: String! quantity: Int! }
input OrderInput { items: [ItemInput!]! note: String }
type Order { id: ID! status: Status }
type Query {
  product(id: ID!): Product
  products(first: Int, status: Status): [Product!]!
  search(text: String!): [SearchResult!]!
}
type Mutation { createOrder(input: OrderInput!): Order }
"""

SELECTING = OperationFile.parse(
    dedent(
        """\
        query product($id: ID!) {
          product(id: $id) {
            id
            sku
            status
          }
        }

        query products($first: Int) {
          products(first: $first) {
            id
          }
        }

        query search {
          search(text: "x") {
            __typename
            ... on Product {
              id
            }
          }
        }

        mutation createOrder($input: OrderInput!) {
          createOrder(input: $input) {
            id
          }
        }
        """
    ),
    "queries/shop.graphql",
)

NOT_SELECTING = OperationFile.parse(
    "query productName($id: ID!) {\n  product(id: $id) {\n    name\n  }\n}\n",
    "queries/other.graphql",
)


def _diff(new_sdl: str, *files: OperationFile) -> DiffReport:
    return diff_schemas(schema_from_sdl(OLD), schema_from_sdl(new_sdl), list(files))


def _only(report: DiffReport, coordinate: str) -> tuple[str, bool, list[str]]:
    (change,) = [c for c in report.changes if c.coordinate == coordinate]
    return change.severity, change.affects_client, [str(loc) for loc in change.locations]


def test_old_schema_operations_are_valid() -> None:
    assert validate_operations(schema_from_sdl(OLD), [SELECTING, NOT_SELECTING]) == []


def test_field_removed_selected_vs_not() -> None:
    new = OLD.replace(" sku: String status", " status")
    assert _only(_diff(new, SELECTING), "Product.sku") == (
        "breaking",
        True,
        ["queries/shop.graphql:4:5"],
    )
    assert _only(_diff(new, NOT_SELECTING), "Product.sku") == ("breaking", False, [])


def test_enum_value_added_selected_vs_not() -> None:
    new = OLD.replace("{ ACTIVE RETIRED }", "{ ACTIVE RETIRED DRAFT }")
    report = _diff(new, SELECTING)
    assert _only(report, "Status.DRAFT") == ("breaking", True, ["queries/shop.graphql:5:5"])
    assert "rejects unknown values" in report.changes[0].reason
    assert report.exit_code("breaking") == 1

    report = _diff(new, NOT_SELECTING)
    assert _only(report, "Status.DRAFT") == ("dangerous", False, [])
    assert report.exit_code("breaking") == 0
    assert report.exit_code("dangerous") == 1


def test_enum_value_added_to_an_input_only_enum_stays_dangerous() -> None:
    op = OperationFile.parse(
        "query q($s: Status) {\n  products(status: $s) {\n    id\n  }\n}\n", "in.graphql"
    )
    new = OLD.replace("{ ACTIVE RETIRED }", "{ ACTIVE RETIRED DRAFT }")
    assert _only(_diff(new, op), "Status.DRAFT") == ("dangerous", False, [])


def test_enum_value_removed_hits_variables_and_literals() -> None:
    op = OperationFile.parse(
        "query q($s: Status) {\n  a: products(status: $s) { id }\n"
        "  b: products(status: RETIRED) { id }\n}\n",
        "enum.graphql",
    )
    new = OLD.replace("{ ACTIVE RETIRED }", "{ ACTIVE }")
    assert _only(_diff(new, op), "Status.RETIRED") == (
        "breaking",
        True,
        ["enum.graphql:1:9", "enum.graphql:3:23"],
    )


def test_union_member_added_selected_vs_not() -> None:
    new = OLD.replace("Product | Category", "Product | Category | Order")
    assert _only(_diff(new, SELECTING), "SearchResult") == (
        "breaking",
        True,
        ["queries/shop.graphql:16:3"],
    )
    assert _only(_diff(new, NOT_SELECTING), "SearchResult") == ("dangerous", False, [])


def test_union_member_removed_hits_fragments_on_it() -> None:
    new = OLD.replace("Product | Category", "Category")
    report = _diff(new, SELECTING)
    assert _only(report, "SearchResult") == ("breaking", True, ["queries/shop.graphql:18:12"])
    # the validator sees the same break; it is not reported twice
    assert [c for c in report.changes if c.kind == ChangeKind.OPERATION_INVALID] == []


def test_argument_type_changed_passed_vs_not() -> None:
    new = OLD.replace("products(first: Int,", "products(first: String,")
    assert _only(_diff(new, SELECTING), "Query.products(first:)") == (
        "breaking",
        True,
        ["queries/shop.graphql:10:12"],
    )
    assert _only(_diff(new, NOT_SELECTING), "Query.products(first:)") == ("breaking", False, [])


def test_argument_made_required_hits_selections_that_omit_it() -> None:
    op = OperationFile.parse("query q {\n  products {\n    id\n  }\n}\n", "omit.graphql")
    new = OLD.replace("products(first: Int,", "products(first: Int!,")
    assert _only(_diff(new, op), "Query.products(first:)") == (
        "breaking",
        True,
        ["omit.graphql:2:3"],
    )


def test_argument_default_changed_hits_selections_that_omit_it() -> None:
    old = OLD.replace("products(first: Int,", "products(first: Int = 10,")
    new = OLD.replace("products(first: Int,", "products(first: Int = 20,")
    op = OperationFile.parse("query q {\n  products {\n    id\n  }\n}\n", "omit.graphql")
    report = diff_schemas(schema_from_sdl(old), schema_from_sdl(new), [op, SELECTING])
    assert _only(report, "Query.products(first:)") == ("dangerous", True, ["omit.graphql:2:3"])


def test_input_field_added_required_used_vs_not() -> None:
    new = OLD.replace("note: String }", "note: String currency: String! }")
    assert _only(_diff(new, SELECTING), "OrderInput.currency") == (
        "breaking",
        True,
        ["queries/shop.graphql:24:22"],
    )
    assert _only(_diff(new, NOT_SELECTING), "OrderInput.currency") == ("breaking", False, [])


def test_nested_input_field_removed_is_found_through_the_variable_type() -> None:
    new = OLD.replace("{ sku: String! quantity: Int! }", "{ x: Int }")
    report = _diff(new, SELECTING)
    assert _only(report, "ItemInput.sku")[2] == ["queries/shop.graphql:24:22"]


def test_input_field_in_literal_points_at_the_literal() -> None:
    op = OperationFile.parse(
        'mutation m {\n  createOrder(input: {items: [], note: "hi"}) {\n    id\n  }\n}\n',
        "lit.graphql",
    )
    new = OLD.replace("note: String }", "}")
    assert _only(_diff(new, op), "OrderInput.note") == ("breaking", True, ["lit.graphql:2:34"])


def test_fields_selected_through_an_interface_count_for_implementations() -> None:
    old = OLD.replace("type Query {", "type Query { node(id: ID!): Node")
    new = old.replace("interface Node { id: ID! }", "interface Node { id: ID }").replace(
        "Product implements Node { id: ID!", "Product implements Node { id: ID"
    )
    op = OperationFile.parse("query n {\n  node(id: 1) {\n    id\n  }\n}\n", "node.graphql")
    report = diff_schemas(schema_from_sdl(old), schema_from_sdl(new), [op])
    assert _only(report, "Product.id") == ("breaking", True, ["node.graphql:3:5"])
    assert _only(report, "Node.id") == ("breaking", True, ["node.graphql:3:5"])


def test_fragments_in_other_files_are_attributed_to_their_own_file() -> None:
    fragment = OperationFile.parse("fragment P on Product {\n  sku\n}\n", "frag.graphql")
    op = OperationFile.parse("query q {\n  product(id: 1) {\n    ...P\n  }\n}\n", "q.graphql")
    new = OLD.replace(" sku: String status", " status")
    report = _diff(new, fragment, op)
    assert _only(report, "Product.sku") == ("breaking", True, ["frag.graphql:2:3"])
    assert report.exit_code() == 1


def test_operation_that_no_longer_validates_is_breaking() -> None:
    # Product and Category stop implementing Node: `... on Node` inside SearchResult can never
    # match any more. No coordinate-level lookup points at that spread; the validator does.
    op = OperationFile.parse(
        'query s {\n  search(text: "x") {\n    ... on Node {\n      id\n    }\n  }\n}\n',
        "s.graphql",
    )
    new = OLD.replace("Product implements Node", "Product").replace(
        "Category implements Node", "Category"
    )
    report = _diff(new, op)
    invalid = [c for c in report.changes if c.kind == ChangeKind.OPERATION_INVALID]
    assert [(c.severity, c.coordinate, [str(p) for p in c.locations]) for c in invalid] == [
        ("breaking", "query s", ["s.graphql:3:5"])
    ]
    assert "can never be of type" in invalid[0].reason
    assert report.changes[0] == invalid[0]  # affecting breaking changes sort first


def test_operations_already_invalid_against_the_old_schema_are_reported_not_passed() -> None:
    op = OperationFile.parse("query q {\n  nope\n}\n", "bad.graphql")
    report = _diff(OLD, op)
    (change,) = report.changes
    assert (change.code, change.coordinate, [str(p) for p in change.locations]) == (
        "OPERATION_ALREADY_INVALID",
        "query q",
        ["bad.graphql:2:3"],
    )
    assert "old schema either" in change.reason and report.exit_code() == 1


def test_lenient_enum_keeps_an_added_value_dangerous() -> None:
    new = OLD.replace("{ ACTIVE RETIRED }", "{ ACTIVE RETIRED DRAFT }")
    for lenient in (Leniency(enums=True), Leniency(enums=frozenset({"Status"}))):
        report = diff_schemas(
            schema_from_sdl(OLD), schema_from_sdl(new), [SELECTING], lenient=lenient
        )
        assert _only(report, "Status.DRAFT")[0] == "dangerous"
        assert "accepts unknown values" in report.changes[0].reason
        assert report.exit_code() == 0
    other = Leniency(enums=frozenset({"Other"}))
    report = diff_schemas(schema_from_sdl(OLD), schema_from_sdl(new), [SELECTING], lenient=other)
    assert _only(report, "Status.DRAFT")[0] == "breaking"


def test_lenient_unions_keep_an_added_member_dangerous() -> None:
    new = OLD.replace("= Product | Category", "= Product | Category | Order")
    strict = _diff(new, SELECTING)
    assert _only(strict, "SearchResult")[0] == "breaking"
    report = diff_schemas(
        schema_from_sdl(OLD), schema_from_sdl(new), [SELECTING], lenient=Leniency(unions=True)
    )
    assert _only(report, "SearchResult")[0] == "dangerous"


def test_ignore_rules_accept_matching_changes_with_their_reason() -> None:
    new = OLD.replace(" sku: String status", " status")
    rules = [IgnoreRule("sku is going away", coordinate="Product.*", code="FIELD_REMOVED")]
    report = diff_schemas(schema_from_sdl(OLD), schema_from_sdl(new), [SELECTING], ignore=rules)
    (change,) = [c for c in report.changes if c.coordinate == "Product.sku"]
    assert change.ignored == "sku is going away" and change.severity == "breaking"
    assert report.exit_code() == 0 and report.exit_code("dangerous") == 0
    wrong_code = [IgnoreRule("no", coordinate="Product.*", code="FIELD_ADDED")]
    report = diff_schemas(
        schema_from_sdl(OLD), schema_from_sdl(new), [SELECTING], ignore=wrong_code
    )
    assert report.exit_code() == 1


def test_no_operations_means_graphql_level_only() -> None:
    new = OLD.replace("{ ACTIVE RETIRED }", "{ ACTIVE RETIRED DRAFT }")
    report = diff_schemas(schema_from_sdl(OLD), schema_from_sdl(new))
    assert _only(report, "Status.DRAFT") == ("dangerous", True, [])
    assert report.exit_code("breaking") == 0
    assert report.exit_code("dangerous") == 1


def test_empty_operation_list_means_nothing_is_used() -> None:
    new = OLD.replace(" sku: String status", " status")
    report = _diff(new)
    assert report.operations_checked
    assert _only(report, "Product.sku") == ("breaking", False, [])
    assert report.exit_code("breaking") == 0
    assert report.exit_code("dangerous") == 1
    assert report.exit_code("never") == 0


def test_deprecation_lists_where_the_client_uses_it() -> None:
    new = OLD.replace("sku: String status", 'sku: String @deprecated(reason: "use id") status')
    report = _diff(new, SELECTING, NOT_SELECTING)
    assert _only(report, "Product.sku") == ("safe", True, ["queries/shop.graphql:4:5"])
    assert report.exit_code("dangerous") == 0


def test_validate_operations_reports_file_line_column() -> None:
    new = schema_from_sdl(OLD.replace(" sku: String status", " status"))
    problems = validate_operations(new, [NOT_SELECTING, SELECTING])
    assert [(str(p.position), p.definition) for p in problems] == [
        ("queries/shop.graphql:4:5", "query product")
    ]
    assert problems[0].message == "Cannot query field 'sku' on type 'Product'."
    assert str(problems[0]) == (
        "queries/shop.graphql:4:5: Cannot query field 'sku' on type 'Product'."
    )


def test_real_positions_are_one_based() -> None:
    assert SourcePosition("a", 1, 1) < SourcePosition("a", 1, 2) < SourcePosition("b", 1, 1)


# --- renderers ----------------------------------------------------------------------------------


def _sample_report() -> DiffReport:
    new = (
        OLD.replace(" sku: String status", " status")
        .replace("{ ACTIVE RETIRED }", "{ ACTIVE RETIRED DRAFT }")
        .replace("type Order { id: ID! status: Status }", "type Order { id: ID! }")
        .replace("products(first: Int,", "products(first: Int = 50,")
        .replace("type Query {", '"""100% typed, the root"""\ntype Query {')
    )
    return _diff(new, SELECTING)


def test_render_json_shape() -> None:
    document = json.loads(render_json(_sample_report()))
    assert document["version"] == 2
    assert document["operations_checked"] is True
    assert document["changes"][0] == {
        "severity": "breaking",
        "coordinate": "Product.sku",
        "kind": "field_removed",
        "code": "FIELD_REMOVED",
        "reason": "field removed",
        "affects_client": True,
        "ignored": None,
        "locations": [{"file": "queries/shop.graphql", "line": 4, "column": 5}],
    }
    assert [(c["severity"], c["coordinate"], c["affects_client"]) for c in document["changes"]] == [
        ("breaking", "Product.sku", True),
        ("breaking", "Status.DRAFT", True),
        ("breaking", "Order.status", False),
        ("dangerous", "Query.products(first:)", False),
        ("safe", "Query", False),
    ]
    assert document["summary"] == {
        "text": "Schema changes: 3 breaking, 1 dangerous, 1 safe "
        "(2 breaking changes affect this client).",
        "total": 5,
        "breaking": 3,
        "dangerous": 1,
        "safe": 1,
        "affecting_client": 2,
        "ignored": 0,
        # Each severity counted once: 2 breaking changes fail by default, the 1 dangerous one
        # fails too with --fail-on dangerous (version 1 said 4 here, counting breaking twice).
        "failing": {"breaking": 2, "dangerous": 1},
    }


def test_every_format_says_when_nothing_changed() -> None:
    empty = DiffReport(())
    assert render_text(empty) == "No schema changes.\n"
    assert json.loads(render_json(empty))["summary"]["text"] == "No schema changes."
    assert render_github(empty) == "::notice title=schema drift::No schema changes.\n"
    assert json.loads(render_gitlab(empty)) == []
    assert "No schema changes." in render_markdown(empty)


def test_every_change_kind_has_a_stable_upper_case_code() -> None:
    for kind in ChangeKind:
        assert kind.code == kind.value.upper() == kind.name


def test_render_gitlab_code_quality() -> None:
    issues = json.loads(render_gitlab(_sample_report(), "schemas/shop.graphql"))
    first = issues[0]
    assert first["check_name"] == "FIELD_REMOVED" and first["severity"] == "critical"
    assert first["location"] == {"path": "queries/shop.graphql", "lines": {"begin": 4}}
    assert first["description"].startswith("FIELD_REMOVED Product.sku: field removed")
    unplaced = next(i for i in issues if i["check_name"] == "DESCRIPTION_CHANGED")
    assert unplaced["location"]["path"] == "schemas/shop.graphql"
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert render_gitlab(_sample_report()) == render_gitlab(_sample_report())


def test_render_markdown_table() -> None:
    text = render_markdown(_sample_report(), "Drift: shop")
    assert text.startswith("### Drift: shop\n\nSchema changes: 3 breaking")
    assert (
        "| :x: | `FIELD_REMOVED` | `Product.sku` | field removed | `queries/shop.graphql:4:5` |"
        in text
    )


def test_render_text_groups_by_severity() -> None:
    text = render_text(_sample_report())
    assert text.splitlines()[:6] == [
        "Schema changes: 3 breaking, 1 dangerous, 1 safe (2 breaking changes affect this client).",
        "",
        "BREAKING (3)",
        "  FIELD_REMOVED Product.sku: field removed",
        "      queries/shop.graphql:4:5",
        "  ENUM_VALUE_ADDED Status.DRAFT: enum value added and Status is selected: the "
        "generated enum rejects unknown values, so the whole response fails to parse",
    ]
    assert (
        "  FIELD_REMOVED Order.status: field removed "
        "[breaking for the API, harmless for this client]" in text
    )
    assert "\nDANGEROUS (1)\n" in text
    assert "\nSAFE (1)\n  DESCRIPTION_CHANGED Query: description added\n" in text
    assert render_text(DiffReport(())) == "No schema changes.\n"


def test_render_github_commands_and_escaping() -> None:
    lines = render_github(_sample_report()).splitlines()
    assert lines[0] == (
        "::error file=queries/shop.graphql,line=4,col=5,"
        "title=breaking schema change%3A Product.sku::FIELD_REMOVED Product.sku: field removed"
    )
    assert lines[1].startswith(
        "::error file=queries/shop.graphql,line=5,col=5,title=breaking schema change%3A "
        "Status.DRAFT::ENUM_VALUE_ADDED Status.DRAFT: enum value added"
    )
    assert lines[2] == (
        "::notice title=breaking schema change%3A Order.status::FIELD_REMOVED Order.status: "
        "field removed "
        "[breaking for the API, harmless for this client]"
    )
    assert lines[3].startswith(
        "::warning title=dangerous schema change%3A Query.products(first%3A)::"
    )
    assert lines[4] == (
        "::notice title=safe schema change%3A Query::DESCRIPTION_CHANGED Query: description added"
    )
    assert len(lines) == 5


def test_github_escaping_rules() -> None:
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    change = Change(
        ChangeKind.FIELD_REMOVED,
        "breaking",
        "T.f",
        "50% gone\nreally",
        True,
        (SourcePosition("dir,with:odd.graphql", 1, 2),),
    )
    assert render_github(DiffReport((change,), operations_checked=True)) == (
        "::error file=dir%2Cwith%3Aodd.graphql,line=1,col=2,title=breaking schema change%3A T.f"
        "::FIELD_REMOVED T.f: 50%25 gone%0Areally\n"
    )


def test_breaking_without_operations_is_an_error_without_file() -> None:
    new = OLD.replace(" sku: String status", " status")
    report = diff_schemas(schema_from_sdl(OLD), schema_from_sdl(new))
    assert render_github(report) == (
        "::error title=breaking schema change%3A Product.sku::FIELD_REMOVED Product.sku: "
        "field removed\n"
    )


@pytest.mark.parametrize("kind", list(ChangeKind), ids=lambda k: k.code)
def test_every_change_code_is_documented(kind: ChangeKind) -> None:
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs/drift.md").read_text()
    assert f"`{kind.code}`" in docs
