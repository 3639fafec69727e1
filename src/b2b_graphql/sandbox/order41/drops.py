"""Drops (a seller's collections): their products, sharing, discovery, ratings, and the
files generated from them (PDF, spreadsheets, archives) as background jobs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ._wiring import Call, Resolvers
from .common import ORDER_PARTIES, owner_of, party
from .filters import Record, fail, find, listing, matches, ordered, page, query_matches
from .jobs import FILES, export_file, extension, job_for
from .state import Order41Sandbox, blank
from .visibility import drop_seen, drop_to_change, shared_with

__all__ = ["add_products_to_drop", "create_drop", "resolvers"]

resolvers = Resolvers()
F = TypeVar("F", bound=Callable[..., Any])
DROP_STATUS = ["INACTIVE", "ACTIVE", "ARCHIVED"]
SITE = "https://order41.test"


def drop(state: Order41Sandbox, id_: Any = None, urlkey: Any = None) -> Record:
    return find(state.drops, id_, urlkey, "drop")


def create_drop(state: Order41Sandbox, owner: Record, data: Mapping[str, Any]) -> Record:
    record = state.stamp("drop", blank("Drop"))
    record.update(
        ownerId=owner["id"],
        status=0,
        currencyBuy="EUR",
        currencySell="EUR",
        assets=[],
        images=[],
        filters=[],
        discoverable=False,
        isPublic=False,
        deadlineStop=False,
        order=len(state.drops),
        access=0,
    )
    apply_drop(state, record, data)
    state.drops[record["id"]] = record
    state.drop_products[record["id"]] = []
    state.drop_shares[record["id"]] = []
    return record


def apply_drop(state: Order41Sandbox, record: Record, data: Mapping[str, Any]) -> None:
    computed = {"orderQty", "orderItemsQty", "orderTotal", "id", "urlkey", "createdAt"}
    for key, value in data.items():
        if (key in record or key == "supplierId") and key not in computed:
            record[key] = value
    if record.get("supplierId") is not None:
        supplier = find(state.contacts, record["supplierId"], None, "supplier")
        record["supplierName"] = supplier["name"]
    record["public"] = record["isPublic"]
    record["updatedAt"] = state.now_dt()


def add_products_to_drop(state: Order41Sandbox, drop_id: str, product_ids: Iterable[str]) -> int:
    from .products import product

    members = state.drop_products[drop(state, drop_id)["id"]]
    present = {m["productId"] for m in members}
    added = 0
    for product_id in product_ids:
        record = product(state, product_id)
        if record["id"] in present:
            continue
        members.append(
            {
                # DECISION: a drop product is always named with its drop (updateDropProduct
                # takes the dropId), so its id counts within the drop.
                "id": str(max((int(m["id"]) for m in members), default=0) + 1),
                "dropId": str(drop_id),
                "productId": record["id"],
                "rowOrder": len(members),
            }
        )
        present.add(record["id"])
        added += 1
    return added


def share_drop(state: Order41Sandbox, record: Record, share: Mapping[str, Any]) -> Record:
    if not str(share.get("message") or "").strip():
        raise fail("shareDrop: input.message must not be empty")
    state.drop_shares[record["id"]].append(dict(share))
    record.update(status=1, lastPromotion=state.now_dt(), updatedAt=state.now_dt())
    return record


def copy_drop(state: Order41Sandbox, source: Record, owner: Record, name: str) -> Record:
    data = {k: v for k, v in source.items() if k not in ("id", "urlkey", "createdAt", "ownerId")}
    copy = create_drop(state, owner, {**data, "name": name})
    add_products_to_drop(
        state, copy["id"], [m["productId"] for m in state.drop_products[source["id"]]]
    )
    return copy


def drop_orders(call: Call, drop_id: str) -> list[Record]:
    """The drop's orders the caller is a party to (its owner: those placed with it)."""
    found = call.state.orders.values()
    return [o for o in found if o["dropId"] == drop_id and party(call, o, ORDER_PARTIES)]


def filtered(call: Call, f: Mapping[str, Any] | None, **only: bool) -> list[Record]:
    """DropFilter over the caller's drops; `shared`: those shared at least once, and the
    drops shared with the caller; `discoverable`: every discoverable drop."""
    state = call.state
    f = f or {}
    status = f.get("status") or {}
    found = []
    for record in state.drops.values():
        own = record["ownerId"] == owner_of(call)["id"]
        reached = own or (only.get("shared") and shared_with(call, record))
        if not reached and not only.get("discoverable"):
            continue
        owner = state.users.get(record["ownerId"] or "") or {}
        name = DROP_STATUS[record["status"] or 0]
        if only.get("shared") and not state.drop_shares.get(record["id"]):
            continue
        if only.get("discoverable") and not record["discoverable"]:
            continue
        if (
            matches(record["ownerId"], f.get("ownerId"))
            and matches(owner.get("urlkey"), f.get("ownerUrlkey"))
            and (status.get("eq") is None or name == status["eq"])
            and (status.get("neq") is None or name != status["neq"])
            and query_matches(record, f.get("query"), ("name", "season", "info"))
        ):
            found.append(record)
    return found


# -- lists and lookups --------------------------------------------------------------------------


@resolvers.query("listDrops")
def list_drops(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter), first, offset, orderBy)


@resolvers.query("_listDropsMeta")
def list_drops_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered(call, filter))}


@resolvers.query("listSharedDrops")
def list_shared_drops(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter, shared=True), first, offset, orderBy)


@resolvers.query("_listSharedDropsMeta")
def list_shared_drops_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered(call, filter, shared=True))}


# DECISION: discoverDrops lists the drops their sellers made discoverable (any seller), each
# with its public link; discoverDropsMeta counts the same under the same filter.
@resolvers.query("discoverDrops")
def discover_drops(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None
) -> list[Record]:
    found = listing(filtered(call, filter, discoverable=True), first, offset)
    return [{**d, "dropLink": f"{SITE}/drops/{d['urlkey']}"} for d in found]


@resolvers.query("discoverDropsMeta")
def discover_drops_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered(call, filter, discoverable=True))}


# DECISION: exploreDrops shows public drops, newest change first; `drops` (deprecated) is
# listDrops unfiltered, by id (the caller's own drops); recentDrops ("from own network") the
# caller's own drops and those shared with it, newest change first.
@resolvers.query("exploreDrops")
def explore_drops(call: Call, first: int | None = None, offset: int | None = None) -> list[Record]:
    public = [d for d in call.state.drops.values() if d["isPublic"]]
    return page(ordered(public, ["UPDATED_AT_DESC"]), first, offset)


@resolvers.query("drops")
def drops(call: Call, first: int | None = None, offset: int | None = None) -> list[Record]:
    return page(ordered(filtered(call, None), None), first, offset)


@resolvers.query("recentDrops")
def recent_drops(call: Call, first: int | None = None, offset: int | None = None) -> list[Record]:
    network = filtered(call, None, shared=True)
    return page(ordered(network, ["UPDATED_AT_DESC"]), first, offset)


@resolvers.query("getDrop")
def get_drop(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    return drop_seen(call, id, urlkey)


@resolvers.query("_getDropMeta")
def get_drop_meta(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    record = drop_seen(call, id, urlkey)
    return {
        "orderItemsQty": drop_order_items_qty(call, record),
        "orderQty": drop_order_qty(call, record),
        "orderTotal": drop_order_total(call, record),
        "orderTotalArray": drop_order_total_array(call, record),
        "productFilters": product_filters(call.state, record),
    }


def product_filters(state: Order41Sandbox, record: Record) -> list[Record]:
    """The filters the drop's page offers: one per field the drop names in `filters` (or
    `filter`), "(1-8) custom_field_(1-8), 9 - supplier_name".

    # DECISION: each filter's options are the distinct values of that field among the drop's
    # products (sorted; `id` is the value to send in ProductModelFilter's StringFilter, so
    # `dropProducts(filter: {field: {eq: id}})` narrows to them); a custom field is described
    # by its name in the drop owner's settings (`customFieldNName`), else "Custom field N".
    """
    from .account import setting_of

    wanted = list(record["filters"] or []) or ([record["filter"]] if record["filter"] else [])
    settings = setting_of(state, record["ownerId"])
    products = [state.products[m["productId"]] for m in members_under(state, record["id"], None)]
    found = []
    for number_ in dict.fromkeys(int(n) for n in wanted if n is not None):
        if number_ == 9:
            field, description = "supplierName", "Supplier name"
            values = [
                (state.contacts.get(p["supplierId"] or "") or {}).get("name") for p in products
            ]
        elif 1 <= number_ <= 8:
            field = f"customField{number_}"
            description = settings.get(f"{field}Name") or f"Custom field {number_}"
            values = [p.get(field) for p in products]
        else:
            continue
        options = sorted({str(v) for v in values if v not in (None, "")})
        found.append(
            {
                "field": field,
                "fieldDescription": description,
                "options": [{"id": v, "name": v} for v in options],
            }
        )
    return found


@resolvers.query("getDropProfile")
def get_drop_profile(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    return call.state.users[drop_seen(call, id, urlkey)["ownerId"]]


# DECISION: a rating is the caller's, 1 to 5, one per user and drop (a new one replaces it);
# getDropRate answers the caller's rating (rate null before they rated).
@resolvers.query("getDropRate")
def get_drop_rate(call: Call, id: Any) -> Record:
    record = drop_seen(call, id)
    key = f"{record['id']}:{owner_of(call)['id']}"
    return call.state.table("drop_rates").get(key) or {"dropId": record["id"], "rate": None}


@resolvers.mutation("rateDrop")
def rate_drop(call: Call, id: Any, rate: int | None = None) -> Record:
    record = drop_seen(call, id)
    if rate is None or not 1 <= rate <= 5:
        raise fail("rateDrop: rate must be between 1 and 5")
    key = f"{record['id']}:{owner_of(call)['id']}"
    rating = {"id": key, "dropId": record["id"], "rate": rate, "userId": owner_of(call)["id"]}
    call.state.table("drop_rates")[key] = rating
    return rating


# -- changes ------------------------------------------------------------------------------------


@resolvers.mutation("createDrop")
def create_drop_field(call: Call, input: Any) -> Record:
    if not input.get("name"):
        raise fail("createDrop: input.name is required")
    return create_drop(call.state, owner_of(call), input)


@resolvers.mutation("updateDrop")
def update_drop(call: Call, dropData: Any, id: Any = None, urlkey: Any = None) -> Record:
    record = drop_to_change(call, id, urlkey)
    apply_drop(call.state, record, dropData)
    return record


@resolvers.mutation("deleteDrop")
def delete_drop(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    """Removes the drop with its product places, shares, discounts and ratings; its orders
    and carts stay (they name a drop that is gone)."""
    record = drop_to_change(call, id, urlkey)
    del call.state.drops[record["id"]]
    call.state.drop_products.pop(record["id"], None)
    call.state.drop_shares.pop(record["id"], None)
    for name in ("drop_discounts", "drop_rates"):
        table = call.state.table(name)
        for key in [k for k, v in table.items() if v["dropId"] == record["id"]]:
            del table[key]
    return record


@resolvers.mutation("duplicateDrop")
def duplicate_drop(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    source = drop_to_change(call, id, urlkey)
    return copy_drop(call.state, source, owner_of(call), f"{source['name']} (copy)")


@resolvers.mutation("copyDrop")
def copy_drop_field(call: Call, dropUrlkey: str, targetUserUrlkey: str) -> Record:
    source = drop_to_change(call, urlkey=dropUrlkey)
    target = call.state.user(urlkey=targetUserUrlkey)
    copy = copy_drop(call.state, source, target, source["name"])
    return job_for(call, "copyDrop", {"dropId": copy["id"]}, dropId=copy["id"])


@resolvers.mutation("addProductsToDrop")
def add_products_to_drop_field(call: Call, dropId: Any = None, productIds: Any = None) -> int:
    record = drop_to_change(call, dropId)
    return add_products_to_drop(call.state, record["id"], [str(i) for i in productIds or []])


@resolvers.mutation("removeProductsFromDrop")
def remove_products_from_drop(call: Call, dropId: Any = None, productIds: Any = None) -> int:
    record = drop_to_change(call, dropId)
    ids = {str(i) for i in productIds or []}
    members = call.state.drop_products[record["id"]]
    before = len(members)
    members[:] = [m for m in members if m["productId"] not in ids]
    return before - len(members)


@resolvers.mutation("shareDrop")
def share_drop_field(call: Call, input: Any, id: Any = None, urlkey: Any = None) -> Record:
    return share_drop(call.state, drop_to_change(call, id, urlkey), input)


@resolvers.mutation("updateDropProduct")
def update_drop_product(
    call: Call, rowOrder: int, dropId: Any = None, id: Any = None, productId: Any = None
) -> Record:
    record = drop_to_change(call, dropId)
    # DECISION: the drop product's id wins when given; otherwise its product's id.
    key, wanted = ("id", id) if id else ("productId", productId)
    for member in call.state.drop_products[record["id"]]:
        if member[key] == str(wanted):
            member["rowOrder"] = rowOrder
            return member
    raise fail("drop product not found", "NOT_FOUND")


# -- generated files ----------------------------------------------------------------------------


def drop_file_job(
    call: Call, job: str, id_: Any, name: str, ext: str, rows: list[Record] | None = None
) -> Record:
    record = drop_to_change(call, id_)
    url = export_file(call.state, "drops", f"drop-{record['id']}-{name}", ext, rows or [])
    return job_for(call, job, url, dropId=record["id"])


def order_rows(call: Call, drop_id: str) -> list[Record]:
    return [
        {"orderId": o["id"], "buyerId": o["buyerId"], "qty": o["qty"], "total": o["totalAmount"]}
        for o in drop_orders(call, drop_id)
    ]


@resolvers.mutation("generateDropPdf")
def generate_drop_pdf(call: Call, dropId: Any = None) -> Record:
    job = drop_file_job(call, "generateDropPdf", dropId, "catalogue", "pdf")
    record = call.state.drops[job["dropId"]]
    record.update(pdfUrl=job["pending_result"], pdfGeneratedAt=call.state.now_dt())
    return job


@resolvers.mutation("generateAssetArchive")
def generate_asset_archive(call: Call, dropId: Any = None) -> Record:
    job = drop_file_job(call, "generateAssetArchive", dropId, "assets", "zip")
    record = call.state.drops[job["dropId"]]
    record.update(
        assetsArchiveUrl=job["pending_result"], assetsArchiveGeneratedAt=call.state.now_dt()
    )
    return job


@resolvers.mutation("generateDropProductsImagesZip")
def generate_drop_products_images_zip(call: Call, id: Any) -> Record:
    return drop_file_job(call, "generateDropProductsImagesZip", id, "product-images", "zip")


@resolvers.mutation("generateDropProductsSpreadsheet")
def generate_drop_products_spreadsheet(call: Call, id: Any, type: Any = None) -> Record:
    from .products import product_rows

    record = drop_to_change(call, id)
    members = [call.state.products[m["productId"]] for m in call.state.drop_products[record["id"]]]
    rows = product_rows(call.state, members)
    return drop_file_job(
        call, "generateDropProductsSpreadsheet", id, "products", extension(type), rows
    )


@resolvers.mutation("generateDropOrdersSpreadsheet")
def generate_drop_orders_spreadsheet(call: Call, id: Any, type: Any = None) -> Record:
    rows = order_rows(call, drop_to_change(call, id)["id"])
    return drop_file_job(call, "generateDropOrdersSpreadsheet", id, "orders", extension(type), rows)


@resolvers.mutation("generateDropOrdersOverviewSpreadsheet")
def generate_drop_orders_overview_spreadsheet(
    call: Call, id: Any = None, type: Any = None
) -> Record:
    rows = order_rows(call, drop_to_change(call, id)["id"])
    job = "generateDropOrdersOverviewSpreadsheet"
    return drop_file_job(call, job, id, "orders-overview", extension(type), rows)


@resolvers.mutation("generateDropSupplierOrderSpreadsheet")
def generate_drop_supplier_order_spreadsheet(call: Call, id: Any, type: Any = None) -> Record:
    rows = order_rows(call, drop_to_change(call, id)["id"])
    job = "generateDropSupplierOrderSpreadsheet"
    return drop_file_job(call, job, id, "supplier-orders", extension(type), rows)


# -- nested fields ------------------------------------------------------------------------------


def _both(field_name: str) -> Callable[[F], F]:
    def register(function: F) -> F:
        resolvers.field("Drop", field_name)(function)
        resolvers.field("DropWithLink", field_name)(function)
        return function

    return register


def members_under(state: Order41Sandbox, drop_id: str, f: Any) -> list[Record]:
    """The drop's products whose product passes the ProductModelFilter `f`."""
    from .products import passing

    members = state.drop_products.get(drop_id, [])
    if not f:
        return list(members)
    wanted = {p["id"] for p in passing(state, state.products.values(), f)}
    return [m for m in members if m["productId"] in wanted]


@_both("dropProducts")
def drop_drop_products(
    call: Call,
    parent: Record,
    filter: Any = None,
    first: Any = None,
    offset: Any = None,
    orderBy: Any = None,
) -> list[Record]:
    found = members_under(call.state, parent["id"], filter)
    return listing(found, first, offset, orderBy, default=100)


@_both("_dropProductsMeta")
def drop_products_meta(call: Call, parent: Record, filter: Any = None) -> Record:
    return {"count": len(members_under(call.state, parent["id"], filter))}


@_both("_products")
def drop_products_count(call: Call, parent: Record) -> Record:
    return drop_products_meta(call, parent)


@resolvers.field("Drop", "products")
def drop_product_list(
    call: Call,
    parent: Record,
    filterBy: Any = None,
    filterValue: Any = None,
    first: Any = None,
    offset: Any = None,
    query: Any = None,
    typeValue: Any = None,
) -> list[Record]:
    """The drop's products in their drop order, narrowed like `dropProducts`.

    # DECISION: `filterBy` names the field as Drop.filter does (1-8 customField1-8, 9 the
    # supplier's name; anything else BAD_USER_INPUT) and `filterValue` the value it must
    # equal (no value: no narrowing); `typeValue` must equal the product's `type`; `query`
    # searches name, sku and info. Pages 100 by default, as documented.
    """
    f: dict[str, Any] = {"query": query}
    if filterBy is not None:
        if not 1 <= int(filterBy) <= 9:
            raise fail("filterBy must be 1 to 8 (a custom field) or 9 (supplier name)")
        field = "supplierName" if int(filterBy) == 9 else f"customField{filterBy}"
        if filterValue is not None:
            f[field] = {"eq": filterValue}
    if typeValue is not None:
        f["type"] = {"eq": typeValue}
    ids = [m["productId"] for m in members_under(call.state, parent["id"], f)]
    found = [call.state.products[i] for i in ids if i in call.state.products]
    return page(found, first, offset, 100)


@resolvers.field("DropProduct", "product")
def drop_product_product(call: Call, parent: Record) -> Any:
    return call.state.products.get(parent["productId"])


@_both("orderQty")
def drop_order_qty(call: Call, parent: Record) -> int:
    return len(drop_orders(call, parent["id"]))


@_both("orderItemsQty")
def drop_order_items_qty(call: Call, parent: Record) -> float:
    return float(sum(float(o["qty"] or 0) for o in drop_orders(call, parent["id"])))


@_both("orderTotal")
def drop_order_total(call: Call, parent: Record) -> float:
    return round(sum(float(o["totalAmount"] or 0) for o in drop_orders(call, parent["id"])), 2)


@_both("orderTotalArray")
def drop_order_total_array(call: Call, parent: Record) -> list[Record]:
    total = drop_order_total(call, parent)
    return [{"amount": f"{total:.2f}", "currency": parent["currencySell"] or "EUR"}]


@_both("owner")
def drop_owner(call: Call, parent: Record) -> Any:
    return call.state.users.get(parent["ownerId"] or "")


@_both("supplier")
def drop_supplier(call: Call, parent: Record) -> Any:
    return call.state.contacts.get(parent.get("supplierId") or "")


@_both("discounts")
def drop_discounts(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    links = [
        link
        for link in call.state.table("drop_discounts").values()
        if link["dropId"] == parent["id"]
    ]
    found = [call.state.table("discounts").get(link["discountId"]) for link in links]
    return page([d for d in found if d is not None], first, offset)


__all__ += ["DROP_STATUS", "FILES"]
