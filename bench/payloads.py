"""Canned GraphQL responses: AXRO pages built by hand, Order41 ones derived from the operation.

Every body is serialised once, up front, as compact JSON (what a production server sends).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    build_schema,
    parse,
    print_ast,
)

ROOT = Path(__file__).resolve().parents[1]

BRANDS = ["HP", "Canon", "Epson", "Brother", "Kyocera", "Lexmark", "Samsung", "Xerox"]
CATEGORIES = [
    (51158, "Toner", "Toner"),
    (50593, "Tinte", "Ink"),
    (50638, "Trommel", "Drum"),
    (83104, "Papier", "Paper"),
]
COLOURS = [("Black", "Schwarz"), ("Cyan", "Cyan"), ("Magenta", "Magenta"), ("Yellow", "Gelb")]


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


# -- AXRO ---------------------------------------------------------------------------------------

AXRO_BILLING_QUERY = """query billingAddress {
  billingAddress { company department street zip city country }
}"""

AXRO_PRODUCTS_QUERY = """query products($productNumber: String, $oem: String, $ean: String,
  $brand: String, $category: String, $page: Int, $limit: Int) {
  products(product_number: $productNumber, oem: $oem, ean: $ean, brand: $brand,
    category: $category, page: $page, limit: $limit) {
    totalPages
    products {
      productNumber ean brand oemNumber stock
      price { fromQuantity toQuantity price }
      title { enGb deDe }
      category { id en de }
      modifiedAt
    }
  }
}"""


def axro_billing() -> bytes:
    """The small response: one short object (`billingAddress`, six strings)."""
    return dumps(
        {
            "data": {
                "billingAddress": {
                    "company": "Example Corp",
                    "department": "Accounting",
                    "street": "456 Bill St",
                    "zip": "10002",
                    "city": "New York",
                    "country": "US",
                }
            }
        }
    )


def axro_product(index: int) -> dict[str, Any]:
    brand = BRANDS[index % len(BRANDS)]
    cat_id, de, en = CATEGORIES[(index // len(BRANDS)) % len(CATEGORIES)]
    colour_en, colour_de = COLOURS[(index // 3) % len(COLOURS)]
    base = 500 + (index * 7919) % 20000
    return {
        "productNumber": f"{brand[:2].upper()}{index:05d}",
        "ean": f"45{index:011d}",
        "brand": brand,
        "oemNumber": f"C{index % 10000:04d}",
        "stock": (0, 3, 12, 40, 250)[index % 5],
        "price": [{"fromQuantity": 1, "toQuantity": None, "price": base}]
        if index % 5
        else [
            {"fromQuantity": 1, "toQuantity": 9, "price": base},
            {"fromQuantity": 10, "toQuantity": None, "price": base * 95 // 100},
        ],
        "title": {"enGb": f"{brand} {colour_en}", "deDe": f"{brand} {colour_de}"},
        "category": {"id": cat_id, "en": en, "de": de},
        "modifiedAt": f"2025-09-{1 + index % 28:02d}T{index % 24:02d}:46Z",
    }


def axro_products_page(items: int, *, total_pages: int = 1, start: int = 0) -> bytes:
    """An AXRO `products` page (1,000 items is ~296 kB)."""
    products = [axro_product(start + i) for i in range(items)]
    return dumps({"data": {"products": {"totalPages": total_pages, "products": products}}})


# -- any operation, from the schema ---------------------------------------------------------------

#: How many items a list field gets, by field name; the operation's top list is given per call.
DEFAULT_LIST_SIZES = {"variantsV2": 3, "optionGroups": 1, "options": 3, "images": 2}

_SCALARS: dict[str, Any] = {
    "ID": "f3b5c0de-7a1e-4c55-9d1b-{index:012d}",
    "String": "{field} {index}",
    "Int": 42,
    "Float": 19.95,
    "Boolean": True,
    "DateTime": "2025-09-{day:02d}T12:34:56.000Z",
    "Date": "2025-09-{day:02d}",
    "Json": '{{"source":"bench","n":{index}}}',
    "SmartBoolean": True,
}


class FakeResponse:
    """`{"data": ...}` for one operation of a document, every selected field filled in."""

    def __init__(self, schema: GraphQLSchema, document: DocumentNode) -> None:
        self.schema = schema
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.operations = {
            d.name.value: d
            for d in document.definitions
            if isinstance(d, OperationDefinitionNode) and d.name is not None
        }

    def data(
        self, operation: str, top_list: int, list_sizes: Mapping[str, int] | None = None
    ) -> dict[str, Any]:
        sizes = {**DEFAULT_LIST_SIZES, **(list_sizes or {})}
        op = self.operations[operation]
        root = self.schema.query_type if op.operation.value == "query" else None
        if root is None:
            root = self.schema.mutation_type
        assert root is not None
        counter = iter(range(10**9))
        return self._object(root, op.selection_set, sizes, counter, top_list)

    def query_text(self, operation: str) -> str:
        """The operation plus the fragments it uses (what a client sends)."""
        op = self.operations[operation]
        used: list[str] = []
        self._collect(op.selection_set, used)
        parts = [print_ast(op)] + [print_ast(self.fragments[name]) for name in used]
        return "\n\n".join(parts)

    def _collect(self, selection_set: SelectionSetNode | None, used: list[str]) -> None:
        if selection_set is None:
            return
        for selection in selection_set.selections:
            if isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in used:
                    used.append(name)
                    self._collect(self.fragments[name].selection_set, used)
            else:
                self._collect(selection.selection_set, used)

    def _fields(self, selection_set: SelectionSetNode) -> list[FieldNode]:
        fields: list[FieldNode] = []
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                fields.append(selection)
            elif isinstance(selection, FragmentSpreadNode):
                fields.extend(self._fields(self.fragments[selection.name.value].selection_set))
            elif isinstance(selection, InlineFragmentNode):
                fields.extend(self._fields(selection.selection_set))
        return fields

    def _object(
        self,
        type_: GraphQLObjectType,
        selection_set: SelectionSetNode,
        sizes: Mapping[str, int],
        counter: Any,
        top_list: int | None = None,
    ) -> dict[str, Any]:
        index = next(counter)
        result: dict[str, Any] = {}
        for field in self._fields(selection_set):
            name = field.name.value
            key = field.alias.value if field.alias else name
            if name == "__typename":
                result[key] = type_.name
                continue
            field_type = type_.fields[name].type
            size = top_list if top_list is not None else sizes.get(name, 2)
            result[key] = self._value(field_type, field, name, index, size, sizes, counter)
        return result

    def _value(
        self,
        type_: Any,
        field: FieldNode,
        name: str,
        index: int,
        size: int,
        sizes: Mapping[str, int],
        counter: Any,
    ) -> Any:
        if isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        if isinstance(type_, GraphQLList):
            return [
                self._value(type_.of_type, field, name, index + i, 2, sizes, counter)
                for i in range(size)
            ]
        if isinstance(type_, GraphQLObjectType):
            assert field.selection_set is not None
            return self._object(type_, field.selection_set, sizes, counter)
        if isinstance(type_, GraphQLEnumType):
            return next(iter(type_.values))
        if isinstance(type_, GraphQLScalarType):
            template = _SCALARS.get(type_.name, "{field} {index}")
            if isinstance(template, str):
                return template.format(field=name, index=index, day=1 + index % 28)
            return template
        # Interfaces and unions: the first possible type.
        concrete = self.schema.get_possible_types(type_)[0]
        assert field.selection_set is not None
        return self._object(concrete, field.selection_set, sizes, counter)


def load_operations(schema_path: Path, queries_path: Path) -> FakeResponse:
    schema = build_schema(schema_path.read_text())
    text = "\n".join(p.read_text() for p in sorted(queries_path.glob("*.graphql")))
    return FakeResponse(schema, parse(text, no_location=True))


def order41_operations() -> FakeResponse:
    return load_operations(ROOT / "schemas/order41.graphql", ROOT / "queries/order41")


def order41_products_page(fake: FakeResponse, products: int) -> bytes:
    """An Order41 `listProducts` page: `products` products, each with variants."""
    return dumps({"data": fake.data("listProducts", products)})
