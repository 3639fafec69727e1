"""`products` (with its filters, paging and BMEcat format), `categories`, `brands`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLError

from .._core import Call, Resolvers
from .bmecat import bmecat
from .paging import page_of
from .seed import CATEGORIES
from .state import AxroSandbox, Record

__all__ = ["filter_products", "resolvers"]

resolvers = Resolvers()
PRODUCTS_PER_PAGE = 100
FORMATS = ("json", "xml")


def _wanted(value: str | None) -> set[str] | None:
    """A comma-separated filter as a set of lower-case values (None: no filter)."""
    if value is None:
        return None
    return {v.strip().lower() for v in value.split(",") if v.strip()}


def filter_products(state: AxroSandbox, args: dict[str, Any]) -> list[Record]:
    """Every filter given must match (AND); within one filter any listed value (OR).
    Matching ignores case, as product numbers are printed in either (`c13s020692`)."""
    # DECISION: an empty filter (`brand: ""`) lists nothing rather than everything: it is a
    # filter for no value, and a client that builds the string from an empty list should
    # not silently get the whole catalogue.
    checks: list[tuple[set[str] | None, Callable[[Record], Any]]] = [
        (_wanted(args.get("product_number")), lambda p: p["productNumber"]),
        (_wanted(args.get("oem")), lambda p: p["oemNumber"]),
        (_wanted(args.get("ean")), lambda p: p["ean"]),
        (_wanted(args.get("brand")), lambda p: p["brand"]),
        (_wanted(args.get("category")), lambda p: str(p["category"]["id"])),
    ]
    active = [(values, key) for values, key in checks if values is not None]
    return [
        p for p in state.products if all(str(key(p)).lower() in values for values, key in active)
    ]


@resolvers.query("products")
def products(
    call: Call[AxroSandbox],
    *,
    format: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    **filters: str | None,
) -> Record:
    """DECISION: `format: "xml"` still answers `data.products` as JSON (the selection is the
    GraphQL contract, a typed client must keep working) and adds the same page as a BMEcat
    2005 document in the response's `extensions.bmecat.<field alias>`: a GraphQL response has
    no other place for a document outside the schema, and a String field would change the
    schema the document gives. An unknown format is an error, not silently JSON."""
    wanted = (format or "json").lower()
    if wanted not in FORMATS:
        raise GraphQLError(
            f"format must be one of {', '.join(FORMATS)}", extensions={"code": "BAD_USER_INPUT"}
        )
    items, total_pages = page_of(
        filter_products(call.state, filters), page, limit, PRODUCTS_PER_PAGE
    )
    if wanted == "xml":
        documents = call.context.extensions.setdefault("bmecat", {})
        documents[call.info.path.key] = bmecat(items, total_pages=total_pages)
    return {"totalPages": total_pages, "products": items}


@resolvers.query("categories")
def categories(call: Call[AxroSandbox], **_variant: Any) -> list[Record]:
    # `**_variant`: the drift tests serve this field with an argument the document lacks.
    return [{"id": cat_id, "de": de, "en": en} for cat_id, de, en in CATEGORIES]


@resolvers.query("brands")
def brands(call: Call[AxroSandbox]) -> Record:
    return {"brands": sorted({p["brand"] for p in call.state.products})}
