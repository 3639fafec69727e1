"""Products and their variants (variants are products with a `parentId`, shown as
`ProductVariant`), option groups, product files (export/import) and background edits.

# DECISION: a product is its owner's catalogue, published through its drops: the owner sees
# and changes it; anyone else sees it (getProduct, getProductsByIds) only while it, or its
# parent, is in a drop they may see (`visibility`), and gets FORBIDDEN for a change; a product
# they cannot see is NOT_FOUND. Lists and counts (listProducts, products, userProducts) are the
# caller's own catalogue (a drop's products are read through the drop). Option groups and their
# options are the owner's settings: another's are NOT_FOUND.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._wiring import Call, Resolvers
from .common import owned, owner_of, related
from .filters import Record, fail, find, listing, matches, page, query_matches
from .integrations import linked
from .jobs import export_file, extension, job_for, read_file
from .state import Order41Sandbox, blank
from .visibility import drop_to_change, visible

__all__ = ["create_product", "create_variants", "delete_products", "resolvers"]

resolvers = Resolvers()
PRODUCT_EXPORT_FIELDS = ("id", "sku", "name", "price", "cost", "rrp", "color", "inventoryStock")


# -- the store's product rules ------------------------------------------------------------------


def product(
    state: Order41Sandbox, id_: Any = None, urlkey: Any = None, what: str = "product"
) -> Record:
    return find(state.products, id_, urlkey, what)


def seen(call: Call, record: Record) -> bool:
    """Whether the caller may see the product: its own, or in a drop the caller may see."""
    if record["ownerId"] == owner_of(call)["id"]:
        return True
    state = call.state
    return any(in_drop(state, d, record["id"]) and visible(call, r) for d, r in state.drops.items())


def product_seen(call: Call, id_: Any = None, urlkey: Any = None, what: str = "product") -> Record:
    """The product named, if the caller may see it (NOT_FOUND otherwise)."""
    record = product(call.state, id_, urlkey, what)
    if not seen(call, record):
        raise fail(f"{what} {record['id']} not found", "NOT_FOUND")
    return record


def product_to_change(call: Call, id_: Any = None, what: str = "product") -> Record:
    """The caller's product named (FORBIDDEN for one it may only see)."""
    record = product_seen(call, id_, None, what)
    if record["ownerId"] != owner_of(call)["id"]:
        raise fail(f"{what} {record['id']}: only its owner may change it", "FORBIDDEN")
    return record


def create_product(state: Order41Sandbox, owner: Record, data: Mapping[str, Any]) -> Record:
    record = state.stamp("product", blank("Product", "ProductVariant"))
    record.update(
        ownerId=owner["id"],
        images=[],
        optionGroups=[],
        externalProducts=[],
        soldOut=False,
        parentOrChild="parent",
        rowOrder=0,
    )
    apply_product(state, record, data)
    if record["parentId"] is not None:
        parent = product(state, record["parentId"], what="parent product")
        record["parentOrChild"] = "child"
        record["rowOrder"] = len(state.variants_of(parent["id"]))
    state.products[record["id"]] = record
    return record


def apply_product(state: Order41Sandbox, record: Record, data: Mapping[str, Any]) -> None:
    for key, value in data.items():
        if key == "imgUrls" and value is not None:
            record["images"] = list(value)
        elif key == "options" and value:
            for index, option in enumerate(value[:5], start=1):
                record[f"optionValue{index}"] = option.get("value")
        elif key in record and key not in ("id", "createdAt", "urlkey"):
            record[key] = value
    if record["parentId"] is not None and (
        record["parentId"] == record["id"]
        or state.products.get(record["parentId"], {}).get("parentId") is not None
    ):
        raise fail("parentId must name a product that is not a variant (nor itself)")
    record["updatedAt"] = state.now_dt()


def create_variants(
    state: Order41Sandbox, owner: Record, parent_id: str, variants: Iterable[Mapping[str, Any]]
) -> list[Record]:
    parent = product(state, parent_id, what="parent product")
    created = []
    for variant in variants:
        data = {"price": parent["price"], "cost": parent["cost"], "rrp": parent["rrp"]}
        data |= {"name": parent["name"], "color": parent["color"]}
        data |= {k: v for k, v in variant.items() if v is not None}
        created.append(create_product(state, owner, {**data, "parentId": parent["id"]}))
    return created


def delete_products(state: Order41Sandbox, ids: Iterable[str]) -> list[Record]:
    """Remove products, their variants, and their places in drops, carts and pricelists."""
    deleted = []
    for id_ in list(ids):
        record = state.products.pop(id_, None)
        if record is None:
            continue
        deleted.append(record)
        deleted += delete_products(state, [v["id"] for v in state.variants_of(id_)])
        for members in state.drop_products.values():
            members[:] = [m for m in members if m["productId"] != id_]
        for lines in state.cart_lines.values():
            lines[:] = [line for line in lines if line["productId"] != id_]
        for values in state.pricelist_values.values():
            values[:] = [v for v in values if v["productId"] != id_]
    return deleted


def unit_price(state: Order41Sandbox, product_id: str) -> float:
    record = state.products.get(product_id)
    if record is None:
        return 0.0
    if record["price"] is None and record["parentId"]:
        return unit_price(state, record["parentId"])
    return float(record["price"] or 0.0)


def parent_id(state: Order41Sandbox, product_id: str) -> str:
    record = state.products.get(product_id)
    return str(record["parentId"]) if record and record["parentId"] else product_id


def inherited(state: Order41Sandbox, product_id: str, name: str) -> Any:
    """A product's field, or its parent's when the variant leaves it unset."""
    record = state.products.get(product_id)
    if record is None:
        return None
    if record[name] is None and record["parentId"]:
        return inherited(state, record["parentId"], name)
    return record[name]


def in_drop(state: Order41Sandbox, drop_id: str, product_id: str) -> bool:
    parent = parent_id(state, product_id)
    members = state.drop_products.get(drop_id, [])
    return any(m["productId"] in (product_id, parent) for m in members)


#: ProductModelFilter keys compared with the product's field of the same name.
PLAIN_KEYS = (*(f"customField{n}" for n in range(1, 9)), "type")


def filtered(call: Call, f: Mapping[str, Any] | None) -> list[Record]:
    """The caller's products under the filter `f` (see `passing`)."""
    me = owner_of(call)["id"]
    return passing(call.state, [p for p in call.state.products.values() if p["ownerId"] == me], f)


def passing(
    state: Order41Sandbox, records: Iterable[Record], f: Mapping[str, Any] | None
) -> list[Record]:
    """ProductFilter (and ProductModelFilter, which adds `customField1..8` and `type`):
    parents only unless `parentId` is filtered; `dropId` by membership."""
    f = f or {}
    found = []
    for record in records:
        if f.get("parentId") is None and record["parentId"] is not None:
            continue
        drop_filter = f.get("dropId")
        if drop_filter and not any(
            in_drop(state, d, record["id"]) for d in state.drops if matches(d, drop_filter)
        ):
            continue
        supplier = state.contacts.get(record["supplierId"] or "")
        if (
            matches(record["id"], f.get("id"))
            and matches(record["parentId"], f.get("parentId"))
            and matches(record["supplierId"], f.get("supplierId"))
            and matches(supplier["name"] if supplier else None, f.get("supplierName"))
            and query_matches(record, f.get("query"), ("name", "sku", "info"))
            and all(matches(record.get(key), f.get(key)) for key in PLAIN_KEYS)
        ):
            found.append(record)
    return found


# -- root fields --------------------------------------------------------------------------------


@resolvers.query("listProducts")
def list_products(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter), first, offset, orderBy)


@resolvers.query("_listProductsMeta")
def list_products_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered(call, filter))}


@resolvers.query("products")
def products(call: Call, first: int | None = None, offset: int | None = None) -> list[Record]:
    # DECISION: the deprecated `products` is listProducts without filter or order.
    return listing(filtered(call, None), first, offset)


@resolvers.query("userProducts")
def user_products(call: Call, first: int | None = None, offset: int | None = None) -> list[Record]:
    # DECISION: "the user's products": the parents the caller owns.
    owned = [p for p in filtered(call, None) if p["ownerId"] == owner_of(call)["id"]]
    return listing(owned, first, offset)


@resolvers.query("getProduct")
def get_product(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    return product_seen(call, id, urlkey)


@resolvers.query("getProductsByIds")
def get_products_by_ids(call: Call, productIds: list[Any] | None = None) -> list[Record]:
    # DECISION: in the order asked, unknown ids (and those the caller cannot see) left out
    # (a batch lookup, not an error).
    found = [call.state.products.get(str(i)) for i in productIds or []]
    return [p for p in found if p is not None and seen(call, p)]


@resolvers.mutation("createProduct")
def create_product_field(call: Call, data: Any = None) -> Record:
    data = data or {}
    if not data.get("name"):
        raise fail("createProduct: data.name is required")
    return create_product(call.state, owner_of(call), data)


@resolvers.mutation("createProductInBackground")
def create_product_in_background(call: Call, data: Any = None) -> Record:
    created = create_product_field(call, data)
    return job_for(call, "createProductInBackground", {"productId": created["id"]})


@resolvers.mutation("updateProduct")
def update_product(call: Call, data: Any, id: Any = None) -> Record:
    record = product_to_change(call, id)
    apply_product(call.state, record, data)
    return record


@resolvers.mutation("updateProductInBackground")
def update_product_in_background(call: Call, data: Any = None, id: Any = None) -> Record:
    record = update_product(call, data or {}, id)
    return job_for(call, "updateProductInBackground", {"productId": record["id"]})


@resolvers.mutation("duplicateProduct")
def duplicate_product(call: Call, data: Any, id: Any = None) -> Record:
    source = product_to_change(call, id)
    fields = {k: v for k, v in source.items() if k not in ("id", "urlkey", "createdAt")}
    copy = create_product(call.state, owner_of(call), {**fields, **(data or {})})
    variants = [
        {k: v for k, v in variant.items() if k not in ("id", "urlkey", "parentId")}
        for variant in call.state.variants_of(source["id"])
    ]
    create_variants(call.state, owner_of(call), copy["id"], variants)
    return copy


@resolvers.mutation("deleteProducts")
def delete_products_field(call: Call, id: Any = None) -> list[Record]:
    if not id:
        raise fail("deleteProducts: give an id filter (eq or in)")
    # DECISION: the id filter picks among the caller's products (others' are left alone).
    me = owner_of(call)["id"]
    found = [k for k, p in call.state.products.items() if p["ownerId"] == me and matches(k, id)]
    return delete_products(call.state, found)


@resolvers.mutation("createProductVariants")
def create_product_variants(call: Call, parentId: Any, variants: Any = None) -> list[Record]:
    parent = product_to_change(call, parentId, "parent product")
    return create_variants(call.state, owner_of(call), parent["id"], variants or [])


@resolvers.mutation("updateProductVariants")
def update_product_variants(call: Call, variants: Any = None) -> list[Record]:
    updated = []
    for change in variants or []:
        variant = product_to_change(call, change.get("id"), "variant")
        apply_product(call.state, variant, {k: v for k, v in change.items() if k != "id"})
        updated.append(variant)
    return updated


@resolvers.mutation("deleteProductVariants")
def delete_product_variants(call: Call, ids: Any = None) -> list[Record]:
    wanted = [str(i) for i in ids or []]
    for id_ in wanted:
        if product_to_change(call, id_, "variant")["parentId"] is None:
            raise fail(f"product {id_} is not a variant")
    return delete_products(call.state, wanted)


@resolvers.mutation("updateVariantRowOrder")
def update_variant_row_order(call: Call, id: Any, rowOrder: int | None = None) -> Record:
    variant = product_to_change(call, id, "variant")
    variant["rowOrder"] = rowOrder or 0
    return variant


# -- option groups ------------------------------------------------------------------------------


def option_group(call: Call, group_id: Any) -> Record:
    """The caller's option group (another account's is NOT_FOUND)."""
    what = "product option group"
    return owned(call, call.state.get("product_option_groups", group_id, what=what), what)


def option_of(call: Call, option_id: Any) -> Record:
    """An option of one of the caller's groups."""
    found = call.state.get("product_options", option_id, what="product option")
    group = call.state.table("product_option_groups").get(found["groupId"]) or {}
    if group.get("ownerId") != owner_of(call)["id"]:
        raise fail(f"product option {found['id']} not found", "NOT_FOUND")
    return found


def options_of(state: Order41Sandbox, group_id: str) -> list[Record]:
    found = [o for o in state.table("product_options").values() if o["groupId"] == group_id]
    return sorted(found, key=lambda o: (o["order"], int(o["id"])))


@resolvers.mutation("createProductOptions")
def create_product_options(call: Call, groupId: Any, names: Any = None) -> list[Record]:
    group = option_group(call, groupId)
    start = len(options_of(call.state, group["id"]))
    return [
        call.state.insert(
            "product_options", "ProductOption", {"name": name}, order=start + n, groupId=group["id"]
        )
        for n, name in enumerate(names or [])
    ]


@resolvers.mutation("updateProductOption")
def update_product_option(call: Call, id: Any, name: str | None = None) -> Record:
    option = option_of(call, id)
    if name is not None:
        option["name"] = name
    return option


@resolvers.mutation("removeProductOption")
def remove_product_option(call: Call, id: Any) -> Record:
    option = option_of(call, id)
    del call.state.table("product_options")[option["id"]]
    return option


@resolvers.mutation("removeProductOptions")
def remove_product_options(call: Call, groupId: Any) -> list[Record]:
    group = option_group(call, groupId)
    removed = options_of(call.state, group["id"])
    for option in removed:
        del call.state.table("product_options")[option["id"]]
    return removed


# -- files --------------------------------------------------------------------------------------


def product_rows(state: Order41Sandbox, records: Iterable[Record]) -> list[Record]:
    return [{key: r[key] for key in PRODUCT_EXPORT_FIELDS} for r in records]


@resolvers.mutation("bulkProductImportSampleFile")
def bulk_product_import_sample_file(call: Call) -> Record:
    sample = [{"sku": "SKU-SAMPLE", "name": "Sample product", "price": 10.0}]
    return {"url": export_file(call.state, "products", "product-import-sample", "csv", sample)}


@resolvers.mutation("exportProducts")
def export_products(call: Call, id: Any, type: str | None = None) -> Record:
    # DECISION: `id` names the drop whose products are exported (the reference says "id").
    drop = drop_to_change(call, id)
    members = [call.state.products[m["productId"]] for m in call.state.drop_products[drop["id"]]]
    rows = product_rows(call.state, members)
    url = export_file(call.state, "products", f"drop-{drop['id']}-products", extension(type), rows)
    return job_for(call, "exportProducts", url, dropId=drop["id"])


def import_product_rows(call: Call, rows: list[Record], drop_id: str | None) -> list[str]:
    """Upsert the caller's products by sku (new ones created); their ids, added to the drop
    if given."""
    me = owner_of(call)["id"]
    ids = []
    for row in rows:
        data = {k: v for k, v in row.items() if k != "id"}
        existing = next(
            (
                p
                for p in call.state.products.values()
                if row.get("sku") and p["sku"] == row["sku"] and p["ownerId"] == me
            ),
            None,
        )
        if existing is None:
            existing = create_product(call.state, owner_of(call), data)
        else:
            apply_product(call.state, existing, data)
        ids.append(existing["id"])
    if drop_id is not None:
        from .drops import add_products_to_drop

        add_products_to_drop(call.state, drop_id, ids)
    return ids


@resolvers.mutation("importProducts")
def import_products(call: Call, fileUrl: str, dropId: Any = None) -> Record:
    drop_id = drop_to_change(call, dropId)["id"] if dropId else None
    rows = read_file(call.state, fileUrl, "products")
    if rows is None:
        result: dict[str, Any] = {"error": f"cannot read {fileUrl}", "imported": 0}
    else:
        result = {"imported": len(import_product_rows(call, rows, drop_id))}
    return job_for(call, "importProducts", {**result, "fileUrl": fileUrl}, dropId=drop_id)


# -- nested fields ------------------------------------------------------------------------------


@resolvers.field("UserProduct", "variants")
@resolvers.field("UserProduct", "variantsV2")
@resolvers.field("Product", "variants")
@resolvers.field("Product", "variantsV2")
def product_variants(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    return page(call.state.variants_of(parent["id"]), first, offset, 100)


for _type in ("Product", "ProductVariant", "UserProduct"):
    resolvers.field(_type, "parent")(related("products", "parentId"))
for _type in ("Product", "UserProduct"):
    resolvers.field(_type, "supplier")(related("contacts", "supplierId"))
    resolvers.field(_type, "owner")(related("users", "ownerId"))


@resolvers.field("UserProduct", "optionGroups")
@resolvers.field("Product", "optionGroups")
def product_option_groups(call: Call, parent: Record) -> list[Record]:
    groups = call.state.table("product_option_groups").values()
    return [
        {**g, "options": options_of(call.state, g["id"])}
        for g in groups
        if g["ownerId"] == parent["ownerId"]
    ]


@resolvers.field("UserProduct", "externalProducts")
@resolvers.field("Product", "externalProducts")
def product_external_products(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    """The caller's links of the product (those of its own partner integrations)."""
    links = [e for e in linked(call, "Product") if e["productId"] == parent["id"]]
    return page(sorted(links, key=lambda e: e["id"]), first, offset, 100)
