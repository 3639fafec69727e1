"""The Order41 SDL generated from the API reference, and the reference's example operations.

Both are produced by tools/order41_from_doc.py; these tests read only committed files, so they
guard the schema the clients are generated from without needing the reference itself.
"""

from pathlib import Path

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
    Undefined,
    assert_valid_schema,
    build_schema,
    parse,
    validate,
)

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = build_schema((ROOT / "schemas/order41.graphql").read_text(encoding="utf-8"))
EXAMPLES = sorted((ROOT / "tests/data/order41_examples").glob("*.graphql"))
BUILTIN_SCALARS = {"Boolean", "Float", "ID", "Int", "String"}


def named_types(kind: type) -> set[str]:
    """Types of one kind, leaving out introspection, root and built-in types."""
    return {
        name
        for name, t in SCHEMA.type_map.items()
        if isinstance(t, kind)
        and not name.startswith("__")
        and name not in BUILTIN_SCALARS | {"Query", "Mutation"}
    }


def object_type(name: str) -> GraphQLObjectType:
    t = SCHEMA.get_type(name)
    assert isinstance(t, GraphQLObjectType)
    return t


def output_field(type_name: str, name: str) -> GraphQLField:
    field: GraphQLField = object_type(type_name).fields[name]
    return field


def input_field(type_name: str, name: str) -> GraphQLInputField:
    t = SCHEMA.get_type(type_name)
    assert isinstance(t, GraphQLInputObjectType)
    field: GraphQLInputField = t.fields[name]
    return field


def test_schema_is_valid() -> None:
    assert_valid_schema(SCHEMA)


@pytest.mark.parametrize(("root", "total", "deprecated"), [("Query", 84, 12), ("Mutation", 134, 3)])
def test_root_field_counts(root: str, total: int, deprecated: int) -> None:
    fields = object_type(root).fields.values()
    assert len(fields) == total
    assert sum(f.deprecation_reason is not None for f in fields) == deprecated


def test_type_counts() -> None:
    # 77 object types are documented; DropWithLink, returned by discoverDrops but never
    # documented, is the 78th (see the DECISION comment in the SDL).
    assert len(named_types(GraphQLObjectType)) == 78
    assert len(named_types(GraphQLInputObjectType)) == 66
    assert len(named_types(GraphQLEnumType)) == 27
    assert named_types(GraphQLUnionType) == {"NotificationObject"}
    assert named_types(GraphQLScalarType) == {"Date", "DateTime", "Json", "SmartBoolean"}


def test_field_arguments_of_object_types() -> None:
    contacts = output_field("User", "contacts")
    assert str(contacts.type) == "[Contact]"
    assert {name: str(arg.type) for name, arg in contacts.args.items()} == {
        "first": "Int",
        "offset": "Int",
    }
    # The reference mentions "defaults to 10" only in prose, so no default is declared.
    assert contacts.args["first"].default_value is Undefined
    products = output_field("Drop", "products")
    assert list(products.args) == [
        "filterBy",
        "filterValue",
        "first",
        "offset",
        "query",
        "typeValue",
    ]


@pytest.mark.parametrize(
    ("root", "field", "arg", "default"),
    [
        ("Query", "listDrops", "orderBy", ["UPDATED_AT_DESC"]),
        ("Query", "listDrops", "first", 25),
        ("Query", "listPlanChangeRequests", "filter", {"acceptedAt": {"exists": False}}),
        ("Query", "getDiscounts", "query", ""),
        # The prose says "defaults to 10"; the rendered Default = 100 wins.
        ("Query", "listExternalContacts", "first", 100),
        ("Mutation", "login", "options", {"countryCode": ""}),
        ("Mutation", "exportProducts", "type", "EXCEL"),
        ("Mutation", "createContact", "sellerUserIds", []),
        ("Mutation", "addTeamUser", "role", "ADMIN"),
    ],
)
def test_documented_defaults(root: str, field: str, arg: str, default: object) -> None:
    assert output_field(root, field).args[arg].default_value == default


def test_share_drop_input_default_is_dropped() -> None:
    # The documented default omits the required ShareDropInput.message.
    arg = output_field("Mutation", "shareDrop").args["input"]
    assert str(arg.type) == "ShareDropInput!"
    assert arg.default_value is Undefined


@pytest.mark.parametrize(
    ("type_name", "field", "type_str"),
    [
        ("Query", "listSystemCurrencyCodes", "[String]"),
        ("Query", "getPlan", "Plan"),
        ("Pricelist", "values", "[PricelistValue]"),
        ("Drop", "filters", "[Int]"),
        ("Notification", "object", "NotificationObject"),
    ],
)
def test_output_field_types(type_name: str, field: str, type_str: str) -> None:
    assert str(output_field(type_name, field).type) == type_str


@pytest.mark.parametrize(
    ("type_name", "field", "type_str"),
    [
        ("SignupInput", "password", "String!"),
        ("CartProductInput", "productId", "ID!"),
        ("ShareDropInput", "individuals", "[ID]"),
    ],
)
def test_input_field_types(type_name: str, field: str, type_str: str) -> None:
    assert str(input_field(type_name, field).type) == type_str


@pytest.mark.parametrize(
    ("root", "field", "arg", "type_str"),
    [
        ("Mutation", "updatePricelistValues", "values", "[UpdatePricelistValueInput]!"),
        ("Mutation", "refreshSearch", "type", "SearchItem!"),
        ("Mutation", "orderDrops", "dropIds", "[ID]"),
        ("Query", "getPlan", "id", "ID!"),
    ],
)
def test_argument_types(root: str, field: str, arg: str, type_str: str) -> None:
    assert str(output_field(root, field).args[arg].type) == type_str


@pytest.mark.parametrize(
    ("type_name", "field", "reason"),
    [
        ("Query", "products", "Use listProducts instead"),
        ("Query", "getPricelists", "listPricelists instead"),
        ("Mutation", "updateOrder", "use updateOrder2"),
        ("Cart", "cartProducts", "Use parentProducts instead"),
        ("Discount", "status", "Use active instead!"),
        ("Drop", "openrate", "Will be removed without replacement"),
        ("Product", "ean", "Add EAN number via custom fields."),
        ("User", "imgMood", "use image_mood instead"),
        ("Drop", "access", None),  # "Field has never been used" stays a description
        ("Setting", "customPreorder", None),
    ],
)
def test_deprecations(type_name: str, field: str, reason: str | None) -> None:
    assert output_field(type_name, field).deprecation_reason == reason


def test_deprecation_reason_is_split_from_description() -> None:
    ean = output_field("Product", "ean")
    assert ean.description == "International (European) Article Number of the product"


def test_drop_with_link_is_drop_without_products_plus_link() -> None:
    assert str(output_field("Query", "discoverDrops").type) == "[DropWithLink]"
    drop, with_link = object_type("Drop"), object_type("DropWithLink")
    assert set(with_link.fields) == set(drop.fields) - {"products"} | {"dropLink"}
    assert str(with_link.fields["dropLink"].type) == "String"


def test_enums_and_union() -> None:
    account_type = SCHEMA.get_type("AccountType")
    assert isinstance(account_type, GraphQLEnumType)
    assert list(account_type.values) == ["BUYER", "SELLER", "GUEST"]
    union = SCHEMA.get_type("NotificationObject")
    assert isinstance(union, GraphQLUnionType)
    assert [t.name for t in union.types] == ["ConnectRequest"]


def test_every_root_field_has_an_example() -> None:
    roots = {*object_type("Query").fields, *object_type("Mutation").fields}
    assert {path.stem for path in EXAMPLES} == roots


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_validates(path: Path) -> None:
    assert validate(SCHEMA, parse(path.read_text(encoding="utf-8"))) == []
