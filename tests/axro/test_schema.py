"""The AXRO SDL against the document: every example request validates, decisions hold."""

from pathlib import Path

import pytest
from graphql import GraphQLSchema, build_schema, parse, validate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "tests/data/axro_examples").glob("*.graphql"))


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema((ROOT / "schemas/axro.graphql").read_text())


def test_every_documented_root_field_exists(schema: GraphQLSchema) -> None:
    assert set(schema.query_type.fields) == {
        "products", "categories", "brands", "userInfo", "billingAddress", "shippingAddresses",
        "orderList", "orderDetails", "shipmentList", "shipmentDetails", "trackingHistory",
    }  # fmt: skip
    assert set(schema.mutation_type.fields) == {"shippingCreate", "shippingUpdate", "orderCreate"}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_document_examples_validate(schema: GraphQLSchema, example: Path) -> None:
    assert validate(schema, parse(example.read_text())) == []


def test_examples_cover_every_root_field() -> None:
    text = "\n".join(p.read_text() for p in EXAMPLES)
    for field in ("products", "orderList", "trackingHistory", "orderCreate", "shippingUpdate"):
        assert f"{field}(" in text or f"{field} {{" in text


def test_page_and_limit_are_numbers_as_the_examples_send_them(schema: GraphQLSchema) -> None:
    # DECISION in the SDL: the table says string, the examples send numbers.
    assert validate(schema, parse("{ products(page: 1, limit: 5) { totalPages } }")) == []
    errors = validate(schema, parse('{ products(page: "1") { totalPages } }'))
    assert errors and "Int" in errors[0].message


def test_product_number_argument_keeps_the_tables_spelling(schema: GraphQLSchema) -> None:
    args = schema.query_type.fields["products"].args
    assert "product_number" in args and "productNumber" not in args


def test_mutations_and_history_return_json(schema: GraphQLSchema) -> None:
    for name in ("shippingCreate", "shippingUpdate", "orderCreate"):
        assert str(schema.mutation_type.fields[name].type) == "JSON"
    assert str(schema.type_map["TrackingHistory"].fields["history"].type) == "JSON"


def test_list_and_detail_payloads_have_error_fields(schema: GraphQLSchema) -> None:
    for type_name in (
        "OrderList",
        "OrderDetails",
        "ShipmentList",
        "ShipmentDetails",
        "TrackingHistory",
    ):
        assert "error" in schema.type_map[type_name].fields


def test_every_operation_validates() -> None:
    schema = build_schema((ROOT / "schemas/axro.graphql").read_text())
    for path in (ROOT / "queries/axro").glob("*.graphql"):
        assert validate(schema, parse(path.read_text())) == [], path.name
