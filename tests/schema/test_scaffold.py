"""Scaffolding operations: valid, readable, never touching existing files, idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import GraphQLSchema, parse, validate

from b2b_graphql.schema import (
    OperationFile,
    load_operations,
    scaffold_operations,
    schema_from_sdl,
    validate_operations,
)
from b2b_graphql.schema.scaffold import domain_of, operation_name

SDL = """
enum Status { ACTIVE RETIRED }
interface Node { id: ID! }
type Price { amount: Int! currency: String! }
type Product implements Node {
  id: ID!
  name: String!
  status: Status
  price: Price
  related: [Product!]!
  convertedPrice(currency: String!): Int
  legacyCode: String @deprecated
  category: Category
}
type Category implements Node { id: ID! title: String parent: Category products: [Product!]! }
union SearchResult = Product | Category
type Meta { count: Int! }
type CartLine { product: Product! quantity: Int! }
type Cart { id: ID! lines: [CartLine!]! }
input OrderInput { productIds: [ID!]!, note: String }
type Order { id: ID! status: Status! }
type Query {
  products(first: Int = 10, status: Status = ACTIVE): [Product!]!
  product(id: ID!): Product
  _listProductsMeta: Meta
  search(text: String!): [SearchResult!]!
  node(id: ID!): Node
  oldThing: Int @deprecated(reason: "gone")
  cart: Cart
  serverTime: String
}
type Mutation {
  createOrder(input: OrderInput!): Order
  addToCart(productId: ID!, quantity: Int = 1): Cart
  products(ids: [ID!]!): [Product!]!
}
"""


@pytest.fixture
def schema() -> GraphQLSchema:
    return schema_from_sdl(SDL)


def test_scaffolds_every_uncovered_root_field_into_domain_files(
    schema: GraphQLSchema, tmp_path: Path
) -> None:
    result = scaffold_operations(schema, tmp_path)

    layout = {f.path.name: [op.name for op in f.operations] for f in result.files}
    assert layout == {
        "cart.graphql": ["cart", "addToCart"],
        # no keyword: grouped by the returned type; a leaf-returning field goes to misc
        "misc.graphql": ["serverTime"],
        "node.graphql": ["node"],
        "search_result.graphql": ["search"],
        "orders.graphql": ["createOrder"],
        "products.graphql": ["listProductsMeta", "product", "products", "productsMutation"],
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(layout)
    assert ("Query.oldThing", "deprecated") in result.skipped


def test_every_written_file_validates(schema: GraphQLSchema, tmp_path: Path) -> None:
    scaffold_operations(schema, tmp_path)
    files = load_operations(tmp_path)
    assert len(files) == 6
    assert validate_operations(schema, files) == []
    for file in files:
        assert validate(schema, file.document) == []


def test_second_run_writes_nothing(schema: GraphQLSchema, tmp_path: Path) -> None:
    scaffold_operations(schema, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    again = scaffold_operations(schema, tmp_path)
    assert again.files == []
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_existing_files_are_never_touched(schema: GraphQLSchema, tmp_path: Path) -> None:
    mine = "# mine\nquery allProducts {\n  products { id }\n}\n"
    nested = tmp_path / "sub" / "cart.graphql"
    nested.parent.mkdir()
    nested.write_text("mutation add($id: ID!) { addToCart(productId: $id) { id } }\n")
    (tmp_path / "products.graphql").write_text(mine)

    result = scaffold_operations(schema, tmp_path)

    assert (tmp_path / "products.graphql").read_text() == mine
    layout = {f.path.name: [op.name for op in f.operations] for f in result.files}
    # products.graphql exists, so the rest of the domain goes to a new file
    assert layout["products_scaffold.graphql"] == [
        "listProductsMeta",
        "product",
        "products",  # the mutation: allProducts took no name, so no suffix is needed
    ]
    assert layout["cart.graphql"] == ["cart"]  # addToCart is covered in sub/cart.graphql
    assert ("Query.products", "already used by an operation") in result.skipped
    assert ("Mutation.addToCart", "already used by an operation") in result.skipped
    assert scaffold_operations(schema, tmp_path).files == []


def test_root_fields_used_through_fragments_count_as_covered(
    schema: GraphQLSchema, tmp_path: Path
) -> None:
    (tmp_path / "frag.graphql").write_text(
        "fragment Root on Query { serverTime }\nquery t { ...Root }\n"
    )
    result = scaffold_operations(schema, tmp_path, dry_run=True)
    assert ("Query.serverTime", "already used by an operation") in result.skipped


def test_dry_run_writes_nothing_and_is_deterministic(schema: GraphQLSchema, tmp_path: Path) -> None:
    first = scaffold_operations(schema, tmp_path, dry_run=True)
    second = scaffold_operations(schema, tmp_path, dry_run=True)
    assert list(tmp_path.iterdir()) == []
    assert [(f.path, f.text) for f in first.files] == [(f.path, f.text) for f in second.files]


def test_readable_output(schema: GraphQLSchema, tmp_path: Path) -> None:
    result = scaffold_operations(schema, tmp_path, depth=1, dry_run=True)
    products = next(f for f in result.files if f.path.name == "products.graphql")
    assert products.text.startswith("# Scaffolded by b2b-graphql")
    assert "query listProductsMeta {\n  _listProductsMeta {\n    count\n  }\n}" in products.text
    assert (
        "query products($first: Int = 10, $status: Status = ACTIVE) {\n"
        "  products(first: $first, status: $status) {\n"
        "    id\n"
        "    name\n"
        "    status\n"
        "    price {\n"
        "      amount\n"
        "      currency\n"
        "    }\n"
        "    category {\n"
        "      id\n"
        "      title\n"
        "    }\n"
        "  }\n"
        "}"
    ) in products.text
    # related: [Product] would re-enter Product; convertedPrice needs an argument;
    # legacyCode is deprecated
    assert "related" not in products.text
    assert "convertedPrice" not in products.text
    assert "legacyCode" not in products.text

    search = next(f for f in result.files if f.path.name == "search_result.graphql")
    node = next(f for f in result.files if f.path.name == "node.graphql")
    assert (
        "query search($text: String!) {\n"
        "  search(text: $text) {\n"
        "    __typename\n"
        "    ... on Category {\n"
        "      id\n"
        "      title\n"
        "    }\n"
        "    ... on Product {\n"
        "      id\n"
        "      name\n"
        "      status\n"
        "    }\n"
        "  }\n"
        "}"
    ) in search.text
    assert (
        "query node($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n"
        "    ... on Category {\n      title\n    }\n"
        "    ... on Product {\n      name\n      status\n    }\n  }\n}"
    ) in node.text


def test_depth_limits_nesting_and_cycles_are_cut(schema: GraphQLSchema, tmp_path: Path) -> None:
    result = scaffold_operations(schema, tmp_path, depth=3, dry_run=True)
    cart = next(f for f in result.files if f.path.name == "cart.graphql")
    document = parse(cart.text)
    assert validate(schema, document) == []
    # cart -> lines -> product -> price/category (3 levels below Cart)
    assert "        price {\n          amount" in cart.text
    # Category.parent would be a 4th level; Category.products/Product.related re-enter Product
    assert "parent" not in cart.text
    assert "related" not in cart.text
    assert "products" not in cart.text

    shallow = scaffold_operations(schema, tmp_path, depth=0, dry_run=True)
    cart0 = next(f for f in shallow.files if f.path.name == "cart.graphql")
    assert "query cart {\n  cart {\n    id\n  }\n}" in cart0.text


def test_custom_domains(schema: GraphQLSchema, tmp_path: Path) -> None:
    result = scaffold_operations(schema, tmp_path, domains={"search": "find"}, dry_run=True)
    assert sorted(f.path.name for f in result.files) == [
        "cart.graphql",
        "find.graphql",
        "meta.graphql",
        "misc.graphql",
        "node.graphql",
        "order.graphql",
        "product.graphql",
    ]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("_listProductsMeta", "listProductsMeta"),
        ("create_order", "createOrder"),
        ("SSHKey", "sshKey"),
        ("Database", "database"),
        ("products", "products"),
    ],
)
def test_operation_names(field: str, expected: str) -> None:
    assert operation_name(field) == expected


@pytest.mark.parametrize(
    ("field", "domain"),
    [
        ("listProductsMeta", "products"),
        ("createOrderFromCart", "orders"),
        ("getPriceList", "pricelists"),
        ("priceListItems", "pricelists"),
        ("border", "misc"),
        ("add_to_cart", "cart"),
        ("DatabaseUser", "account"),
    ],
)
def test_domain_heuristic(field: str, domain: str) -> None:
    assert domain_of(field) == domain


def test_operation_file_parse_keeps_the_path() -> None:
    op = OperationFile.parse("query q { a }", "x/y.graphql")
    assert op.path == "x/y.graphql"


CONFLICTING = """
type Book { id: ID! name: String }
type Author { id: ID! name: String! born: Int }
union Hit = Book | Author
interface Named { id: ID! }
type Shelf implements Named { id: ID! size: Int }
type Box implements Named { id: ID! size: String }
type Query {
  hits: [Hit!]!
  named: Named
  broken(where: String!): Int
}
"""


def test_conflicting_member_fields_get_aliases(tmp_path: Path) -> None:
    schema = schema_from_sdl(CONFLICTING)
    result = scaffold_operations(schema, tmp_path)
    text = "".join(f.text for f in result.files)
    assert "... on Author {\n      id\n      name\n      born\n    }" in text
    assert "... on Book {\n      id\n      bookName: name\n    }" in text
    assert "shelfSize: size" in text
    assert validate_operations(schema, load_operations(tmp_path)) == []


def test_an_invalid_operation_is_left_out_and_the_rest_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from b2b_graphql.schema import scaffold as module

    real = module._operation

    def broken_for_one(schema, kind, name, field_name, root_field, depth):  # type: ignore[no-untyped-def]
        node = real(schema, kind, name, field_name, root_field, depth)
        if field_name == "hits":  # simulate a selection the validator refuses
            return parse("query hits { hits { nope } }").definitions[0]
        return node

    monkeypatch.setattr(module, "_operation", broken_for_one)
    schema = schema_from_sdl(CONFLICTING)
    result = scaffold_operations(schema, tmp_path, group_by="root")
    (query,) = result.files
    assert [op.name for op in query.operations] == ["broken", "named"]
    assert "# Left out Query.hits: the scaffolded operation does not validate" in query.text
    assert any(c == "Query.hits" and "does not validate" in r for c, r in result.skipped)
    assert validate_operations(schema, load_operations(tmp_path)) == []


def test_group_by_root(schema: GraphQLSchema, tmp_path: Path) -> None:
    result = scaffold_operations(schema, tmp_path, group_by="root", dry_run=True)
    assert [f.path.name for f in result.files] == ["mutation.graphql", "query.graphql"]
