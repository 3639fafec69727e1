"""Orders: made from carts, edited, rated, costed (extra costs), reported (statistics), and
the documents generated from them (invoice, confirmation) as background jobs.

# DECISION: an order is between a buyer and a seller (B2B ordering): it is seen by the
# accounts it names (the seller it was placed with, the account that placed it, the buyer it is
# for, the sales rep) and by no one else, whose ids answer NOT_FOUND (`common.owned`'s rule);
# lists, counts and statistics hold the caller's orders only. Changing an order (editing it,
# its lines and extra costs, cancelling, deleting, sending the confirmation) is the selling
# side's (the seller, its rep): the buyer, also one who placed it, gets FORBIDDEN. The buyer
# may rate it, read its documents (invoice, confirmation) and reorder it (createCartFromOrder).
"""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .carts import cart_of, grouped_lines
from .common import ORDER_PARTIES, number, owner_of, party, related, side
from .filters import Record, fail, find, listing, matches, page, query_matches
from .jobs import export_file, extension, job_for
from .products import inherited, parent_id, product, unit_price
from .state import Order41Sandbox, apply, blank
from .visibility import drop_seen

__all__ = ["create_order", "recalculate", "resolvers"]

resolvers = Resolvers()
ORDER_TAGS = ["NEW", "PROGRESS", "HOLD", "COMPLETE", "GUEST", "SHIPPED", "APPROVED"]
COMPUTED = ("id", "urlkey", "qty", "sumOfProducts", "totalAmount")


PARTIES = ORDER_PARTIES
SELLING = ("sellerId", "repId")


def order(call: Call, id_: Any = None, urlkey: Any = None) -> Record:
    """The order named, if the caller is one of its parties (NOT_FOUND otherwise)."""
    record = find(call.state.orders, id_, urlkey, "order")
    return side(call, record, "order", (), PARTIES)


def order_to_change(call: Call, id_: Any = None, urlkey: Any = None) -> Record:
    """The order named, if the caller is on its selling side (FORBIDDEN for its buyer)."""
    record = find(call.state.orders, id_, urlkey, "order")
    return side(call, record, "order", PARTIES, SELLING)


def create_order(
    state: Order41Sandbox,
    owner: Record,
    cart: Record,
    *,
    note: str | None = None,
    rating: int | None = None,
) -> Record:
    lines = state.cart_lines[cart["id"]]
    if not lines:
        raise fail(f"cart {cart['id']} is empty: add products before ordering")
    record = state.stamp("order", blank("Order"))
    drop = state.drops.get(cart["dropId"] or "")
    record.update(
        buyerId=cart["buyerId"],
        dropId=cart["dropId"],
        ownerId=owner["id"],
        sellerId=drop["ownerId"] if drop else owner["id"],
        repId=cart["repId"],
        comment=note,
        rating=rating,
        currency=drop["currencySell"] if drop else "EUR",
        status=True,
        cancel=False,
        inform=False,
        isSeller=True,
        orderTag="NEW",
        shippingCosts=0.0,
        extraCosts=0.0,
        discountAmount=0.0,
        vat=0.0,
        invoiceNo=f"INV-{int(record['id']):05d}",
        invoiceDate=state.now_dt().date(),
    )
    state.orders[record["id"]] = record
    state.order_lines[record["id"]] = [
        {
            "orderId": record["id"],
            "productId": line["productId"],
            "quantity": line["quantity"],
            "price": unit_price(state, line["productId"]),
        }
        for line in lines
    ]
    state.extra_costs[record["id"]] = []
    recalculate(state, record)
    del state.carts[cart["id"]]
    del state.cart_lines[cart["id"]]
    return record


def recalculate(state: Order41Sandbox, record: Record) -> None:
    lines = state.order_lines[record["id"]]
    products = sum(line["price"] * line["quantity"] for line in lines)
    extra = sum(number(cost["amount"]) for cost in state.extra_costs[record["id"]])
    record.update(
        qty=sum(line["quantity"] for line in lines),
        sumOfProducts=round(products, 2),
        extraCosts=round(extra, 2),
        totalAmount=round(products + extra + number(record["shippingCosts"]), 2),
        updatedAt=state.now_dt(),
    )


def edit(state: Order41Sandbox, record: Record, data: Any) -> Record:
    data = dict(data or {})
    if "vat" in data:
        data["vat"] = number(data["vat"])
    if isinstance(data.get("orderTag"), int):
        data["orderTag"] = ORDER_TAGS[data["orderTag"] % len(ORDER_TAGS)]
    apply(record, data, keep=COMPUTED)
    recalculate(state, record)
    return record


def filtered(call: Call, f: Any) -> list[Record]:
    f = f or {}
    found = []
    for record in call.state.orders.values():
        if not party(call, record, PARTIES):
            continue
        status = f.get("status")
        if status is not None and record["status"] != (status == "ENABLED"):
            continue
        if f.get("orderTag") is not None and record["orderTag"] != f["orderTag"]:
            continue
        if f.get("fromDate") is not None and record["createdAt"] < f["fromDate"]:
            continue
        if f.get("toDate") is not None and record["createdAt"] > f["toDate"]:
            continue
        if (
            matches(record["id"], f.get("id"))
            and matches(record["buyerId"], f.get("buyerId"))
            and matches(record["dropId"], f.get("dropId"))
            and query_matches(record, f.get("query"), ("comment", "invoiceNo", "urlkey"))
        ):
            found.append(record)
    return found


# -- lookups ------------------------------------------------------------------------------------


@resolvers.query("listOrders")
def list_orders(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter), first, offset, orderBy)


@resolvers.query("orders")
def orders(
    call: Call, first: int | None = None, offset: int | None = None, orderFilter: Any = None
) -> list[Record]:
    return listing(filtered(call, orderFilter), first, offset)


@resolvers.query("_listOrdersMeta")
def list_orders_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered(call, filter))}


@resolvers.query("getOrder")
def get_order(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    return order(call, id, urlkey)


@resolvers.query("ordersByIds")
def orders_by_ids(call: Call, orderIds: Any = None) -> list[Record]:
    # DECISION: like getProductsByIds: in the order asked, unknown ids left out.
    # Another account's orders are left out like unknown ones.
    found = [call.state.orders.get(str(i)) for i in orderIds or []]
    return [o for o in found if o is not None and party(call, o, PARTIES)]


@resolvers.query("orderStatistics")
def order_statistics(call: Call, filter: Any = None) -> Record:
    found = filtered(call, filter)
    by_supplier: dict[str, Record] = {}
    for record in found:
        for line in call.state.order_lines[record["id"]]:
            supplier = str(inherited(call.state, line["productId"], "supplierId") or "")
            contact = call.state.contacts.get(supplier)
            entry = by_supplier.setdefault(
                supplier,
                {
                    "id": supplier or None,
                    "name": contact["name"] if contact else None,
                    "totalAmount": 0.0,
                    "totalOrderedItems": 0.0,
                },
            )
            entry["totalAmount"] = round(entry["totalAmount"] + line["price"] * line["quantity"], 2)
            entry["totalOrderedItems"] += line["quantity"]
    return {
        "totalAmount": round(sum(number(o["totalAmount"]) for o in found), 2),
        "totalOrderedItems": float(sum(number(o["qty"]) for o in found)),
        "amountBySupplier": [by_supplier[k] for k in sorted(by_supplier)],
    }


@resolvers.query("getOrdersPricelistId")
def get_orders_pricelist_id(call: Call, orderId: Any = None) -> Record:
    record = order(call, orderId)
    pricelist = record["appliedPricelistId"]
    return {
        "pricelistId": pricelist,
        "valid": pricelist is None or str(pricelist) in call.state.pricelists,
    }


# -- changes ------------------------------------------------------------------------------------


@resolvers.mutation("createOrder")
def create_order_field(
    call: Call, id: Any = None, urlkey: Any = None, note: Any = None, rating: Any = None
) -> Record:
    cart = cart_of(call, id, urlkey)
    return create_order(call.state, owner_of(call), cart, note=note, rating=rating)


@resolvers.mutation("orderDrops")
def order_drops(call: Call, dropIds: Any = None) -> str:
    # DECISION: orders every non-empty cart of the caller in those drops; the answer names the
    # orders made.
    wanted = {drop_seen(call, d)["id"] for d in dropIds or []}
    user = owner_of(call)
    carts = [
        c
        for c in list(call.state.carts.values())
        if c["dropId"] in wanted
        and user["id"] in (c["ownerId"], c["buyerId"])
        and call.state.cart_lines[c["id"]]
    ]
    made = [create_order(call.state, user, c)["id"] for c in carts]
    return f"Ordered {len(made)} carts: orders {', '.join(made)}" if made else "No carts to order"


@resolvers.mutation("updateOrder2")
def update_order2(call: Call, data: Any = None, id: Any = None, urlkey: Any = None) -> Record:
    return edit(call.state, order_to_change(call, id, urlkey), data)


@resolvers.mutation("updateOrder")
def update_order(call: Call, data: Any = None, id: Any = None) -> str:
    record = edit(call.state, order_to_change(call, id), data)
    return f"Order {record['id']} updated"


@resolvers.mutation("deleteOrder")
def delete_order(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    record = order_to_change(call, id, urlkey)
    del call.state.orders[record["id"]]
    return record


@resolvers.mutation("rateOrder")
def rate_order(call: Call, id: Any, rating: Any = None) -> Record:
    record = order(call, id)
    record["rating"] = rating
    return call.state.touch(record)


@resolvers.mutation("returnOrderToStock")
def return_order_to_stock(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    record = order_to_change(call, id, urlkey)
    for line in call.state.order_lines[record["id"]]:
        item = call.state.products.get(line["productId"])
        if item is not None and str(item["inventoryStock"] or "").isdigit():
            item["inventoryStock"] = str(int(item["inventoryStock"]) + int(line["quantity"]))
    record.update(status=False, cancel=True, updatedAt=call.state.now_dt())
    return record


@resolvers.mutation("sendOrderConfirmation")
def send_order_confirmation(call: Call, id: Any = None) -> Record:
    record = order_to_change(call, id)
    record.update(inform=True, updatedAt=call.state.now_dt())
    return record


@resolvers.mutation("addProductToOrder")
def add_product_to_order(
    call: Call, id: Any = None, urlkey: Any = None, productId: Any = None, quantity: Any = None
) -> Record:
    # The same rule as getOrder (filters.find): the id wins when both are given.
    record = order_to_change(call, id, urlkey)
    item = product(call.state, productId)
    lines = call.state.order_lines[record["id"]]
    amount = float(quantity or 1.0)
    existing = next((li for li in lines if li["productId"] == item["id"]), None)
    if existing is not None:
        existing["quantity"] += amount
    else:
        lines.append(
            {
                "orderId": record["id"],
                "productId": item["id"],
                "quantity": amount,
                "price": unit_price(call.state, item["id"]),
            }
        )
    recalculate(call.state, record)
    return record


@resolvers.mutation("createOrderExtraCost")
def create_order_extra_cost(call: Call, orderId: Any, data: Any = None) -> Record:
    record = order_to_change(call, orderId)
    data = data or {}
    cost = {
        "id": call.state.new_id("extraCost"),
        "amount": data.get("amount") or 0.0,
        "name": data.get("name"),
        "taxRatio": data.get("taxRatio"),
    }
    call.state.extra_costs[record["id"]].append(cost)
    recalculate(call.state, record)
    return cost


def extra_cost(call: Call, cost_id: Any) -> tuple[Record, Record]:
    """An extra cost and its order, which the caller must be able to change."""
    for order_id, costs in call.state.extra_costs.items():
        for cost in costs:
            if cost["id"] == str(cost_id) and order_id in call.state.orders:
                if not party(call, call.state.orders[order_id], PARTIES):
                    break
                return order_to_change(call, order_id), cost
    raise fail(f"extra cost {cost_id} not found", "NOT_FOUND")


@resolvers.mutation("updateOrderExtraCost")
def update_order_extra_cost(call: Call, id: Any, data: Any = None) -> Record:
    record, cost = extra_cost(call, id)
    cost.update({k: v for k, v in (data or {}).items() if v is not None})
    recalculate(call.state, record)
    return cost


@resolvers.mutation("deleteOrderExtraCost")
def delete_order_extra_cost(call: Call, id: Any) -> Record:
    record, cost = extra_cost(call, id)
    call.state.extra_costs[record["id"]].remove(cost)
    recalculate(call.state, record)
    return cost


# -- documents ----------------------------------------------------------------------------------


def line_rows(state: Order41Sandbox, record: Record) -> list[Record]:
    return [dict(line) for line in state.order_lines[record["id"]]]


def order_file_job(call: Call, job: str, id_: Any, name: str, ext: str) -> Record:
    record = order(call, id_)
    url = export_file(
        call.state, "orders", f"order-{record['id']}-{name}", ext, line_rows(call.state, record)
    )
    return job_for(call, job, url, orderId=record["id"], dropId=record["dropId"])


@resolvers.mutation("generateInvoice")
def generate_invoice(call: Call, id: Any, type: Any = None) -> Record:
    name = "delivery-note" if type == "DELIVERY_NOTE" else "invoice"
    return order_file_job(call, "generateInvoice", id, name, "pdf")


@resolvers.mutation("generateOrderConfirmationPdf")
def generate_order_confirmation_pdf(call: Call, id: Any) -> Record:
    return order_file_job(call, "generateOrderConfirmationPdf", id, "confirmation", "pdf")


@resolvers.mutation("generateOrderConfirmationSpreadsheet")
def generate_order_confirmation_spreadsheet(call: Call, id: Any, type: Any = None) -> Record:
    return order_file_job(
        call, "generateOrderConfirmationSpreadsheet", id, "confirmation", extension(type)
    )


@resolvers.mutation("orderProductsImages")
def order_products_images(call: Call, id: Any) -> Record:
    return order_file_job(call, "orderProductsImages", id, "product-images", "zip")


# -- nested fields ------------------------------------------------------------------------------


@resolvers.field("Order", "parentProducts")
def order_parent_products(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    groups = grouped_lines(call.state, call.state.order_lines.get(parent["id"], []))
    return page(groups, first, offset, 100)


@resolvers.field("Order", "products")
def order_products(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    ids = dict.fromkeys(
        parent_id(call.state, li["productId"]) for li in call.state.order_lines[parent["id"]]
    )
    found = [call.state.products[i] for i in ids if i in call.state.products]
    return page(found, first, offset, 100)


@resolvers.field("Order", "rows")
def order_rows(call: Call, parent: Record, first: Any = None, offset: Any = None) -> list[Record]:
    rows = [
        {
            "id": f"{parent['id']}-{n}",
            "price": li["price"],
            "quantity": int(li["quantity"]),
            "productId": li["productId"],
        }
        for n, li in enumerate(call.state.order_lines.get(parent["id"], []), start=1)
    ]
    return page(rows, first, offset, 100)


@resolvers.field("Order", "orderMeta")
def order_meta(call: Call, parent: Record) -> Record:
    lines = call.state.order_lines[parent["id"]]
    rrp = sum(
        number(inherited(call.state, li["productId"], "rrp")) * li["quantity"] for li in lines
    )
    cost = sum(
        number(inherited(call.state, li["productId"], "cost")) * li["quantity"] for li in lines
    )
    total = number(parent["sumOfProducts"])
    return {
        "margin": round(total - cost, 2),
        "msrpMultiplier": round(rrp / total, 2) if total else 0.0,
        "profit": round(total - cost, 2),
        "totalRrp": round(rrp, 2),
    }


@resolvers.field("Order", "orderExtraCosts")
def order_extra_costs(call: Call, parent: Record) -> list[Record]:
    return call.state.extra_costs.get(parent["id"], [])


resolvers.field("Order", "drop")(related("drops", "dropId"))
resolvers.field("Order", "buyer")(related("users", "buyerId"))
resolvers.field("Order", "owner")(related("users", "ownerId"))
resolvers.field("Order", "rep")(related("users", "repId"))
resolvers.field("OrderProduct", "product")(related("products", "productId"))
resolvers.field("OrderRow", "product")(related("products", "productId"))
