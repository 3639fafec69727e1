"""Carts: lines of products (grouped by parent product, variants nested), totals, and the
ways a cart is made (add, duplicate, from an order, generated from a drop)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._wiring import Call, Resolvers
from .common import ORDER_PARTIES, number, owner_of, party, side
from .filters import Record, fail, find, listing, page, select
from .products import inherited, parent_id, product, unit_price
from .state import Order41Sandbox, blank
from .visibility import drop_seen

__all__ = ["add_line", "create_cart", "grouped_lines", "resolvers"]

resolvers = Resolvers()
CART_KEYS = ("buyerId", "dropId", "guestId", "isPrivate", "repId")


# DECISION: a cart belongs to the account that made it and to the buyer it is for (a seller
# or rep fills a cart for a buyer, the buyer orders it): both see and change it, with the
# seller and rep it names; anyone else's id answers NOT_FOUND (`common.owned`'s rule) and
# lists and counts hold the caller's carts only.
CART_PARTIES = ("ownerId", "sellerId", "buyerId", "repId")


def cart_of(call: Call, id_: Any = None, urlkey: Any = None) -> Record:
    """The cart named, if it is one of the caller's (NOT_FOUND otherwise)."""
    return side(call, find(call.state.carts, id_, urlkey, "cart"), "cart", (), CART_PARTIES)


def create_cart(state: Order41Sandbox, owner: Record, data: Mapping[str, Any]) -> Record:
    record = state.stamp("cart", blank("Cart"))
    record.update(ownerId=owner["id"], sellerId=owner["id"], creatorType="seller", isPrivate=False)
    for key in CART_KEYS:
        if data.get(key) is not None:
            record[key] = data[key]
    check_refs(state, record)
    state.carts[record["id"]] = record
    state.cart_lines[record["id"]] = []
    for line in data.get("cartProducts") or []:
        add_line(state, record, line["productId"], line.get("quantity"))
    return record


def check_refs(state: Order41Sandbox, record: Record) -> None:
    """A cart names a drop and a buyer that exist."""
    if record["dropId"] is not None:
        find(state.drops, record["dropId"], None, "drop")
    if record["buyerId"] is not None:
        find(state.users, record["buyerId"], None, "buyer")


def add_line(
    state: Order41Sandbox, record: Record, product_id: str, quantity: float | None
) -> Record:
    from .products import in_drop

    item = product(state, product_id)
    if record["dropId"] is not None and not in_drop(state, record["dropId"], item["id"]):
        raise fail(f"product {item['id']} is not in drop {record['dropId']}")
    amount = 1.0 if quantity is None else float(quantity)
    if amount <= 0:
        raise fail("quantity must be positive")
    lines = state.cart_lines[record["id"]]
    for line in lines:
        if line["productId"] == item["id"]:
            line["quantity"] += amount
            break
    else:
        line = {
            "id": state.new_id("cartProduct"),
            "cartId": record["id"],
            "productId": item["id"],
            "quantity": amount,
            "variants": [],
        }
        lines.append(line)
    record["updatedAt"] = state.now_dt()
    return line


def set_line(
    state: Order41Sandbox, record: Record, product_id: Any, quantity: float | None
) -> Record:
    """Set (0: remove) a line's quantity; the line as it is now (quantity 0: gone)."""
    lines = state.cart_lines[record["id"]]
    line = next((item for item in lines if item["productId"] == str(product_id)), None)
    if line is None:
        raise fail(f"product {product_id} is not in cart {record['id']}", "NOT_FOUND")
    line["quantity"] = max(0.0, float(quantity or 0.0))
    if line["quantity"] == 0:
        lines.remove(line)
    record["updatedAt"] = state.now_dt()
    return line


def grouped_lines(state: Order41Sandbox, lines: list[Record]) -> list[Record]:
    """Lines grouped by parent product, variants nested (CartProduct / OrderProduct)."""
    groups: dict[str, Record] = {}
    for line in lines:
        parent = parent_id(state, line["productId"])
        group = groups.get(parent)
        if group is None:
            group = groups[parent] = {
                "id": f"{line.get('cartId') or line.get('orderId')}-{parent}",
                "cartId": line.get("cartId"),
                "productId": parent,
                "quantity": 0.0,
                "price": unit_price(state, parent),
                "variants": [],
            }
        group["quantity"] += line["quantity"]
        if parent == line["productId"] and "price" in line:
            group["price"] = line["price"]
        if parent != line["productId"]:
            group["variants"].append({**line, "variants": [], "price": line.get("price", 0.0)})
    return list(groups.values())


def cart_meta(state: Order41Sandbox, record: Record) -> Record:
    lines = state.cart_lines.get(record["id"], [])
    total = sum(unit_price(state, line["productId"]) * line["quantity"] for line in lines)
    rrp = sum(number(inherited(state, li["productId"], "rrp")) * li["quantity"] for li in lines)
    cost = sum(number(inherited(state, li["productId"], "cost")) * li["quantity"] for li in lines)
    quantity = sum(line["quantity"] for line in lines)
    currency = (
        state.drops[record["dropId"]]["currencySell"] if record["dropId"] in state.drops else "EUR"
    )
    return {
        "appliedDiscount": 0.0,
        "count": len(lines),
        "currency": currency,
        "discountAmount": 0.0,
        "margin": round(total - cost, 2),
        "msrpMultiplier": round(rrp / total, 2) if total else 0.0,
        "parentCount": len({parent_id(state, line["productId"]) for line in lines}),
        "profit": round(total - cost, 2),
        "quantity": quantity,
        "summary": f"{len(lines)} products, {quantity:g} items, {total:.2f} {currency}",
        "total": round(total, 2),
        "totalRrp": round(rrp, 2),
    }


def filtered(call: Call, f: Any) -> list[Record]:
    mine = [c for c in call.state.carts.values() if party(call, c, CART_PARTIES)]
    return select(mine, f)


@resolvers.query("listCarts")
def list_carts(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter), first, offset, orderBy)


@resolvers.query("_listCartsMeta")
def list_carts_meta(call: Call, filter: Any = None) -> Record:
    # DECISION: the count of carts under the filter (CartMeta's totals are per cart).
    return {"count": len(filtered(call, filter))}


@resolvers.query("getCart")
def get_cart(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    return cart_of(call, id, urlkey)


@resolvers.mutation("addToCart")
def add_to_cart(call: Call, input: Any = None, cartProduct: Any = None) -> Record:
    data = input or cartProduct or {}
    user = owner_of(call)
    if data.get("cartId") or data.get("cartUrlkey"):
        record = cart_of(call, data.get("cartId"), data.get("cartUrlkey"))
    else:
        if data.get("dropId") is not None:
            drop_seen(call, data["dropId"])  # a cart in a drop the caller cannot see: NOT_FOUND
        buyer = data.get("buyerId") or user["id"]
        open_cart = next(
            (
                c
                for c in call.state.carts.values()
                if c["dropId"] == data.get("dropId")
                and c["buyerId"] == buyer
                and party(call, c, CART_PARTIES)
            ),
            None,
        )
        record = open_cart or create_cart(
            call.state, user, {"dropId": data.get("dropId"), "buyerId": buyer}
        )
    items = list(data.get("items") or [])
    if data.get("productId"):
        items.append({"productId": data["productId"], "quantity": data.get("quantity")})
    if not items:
        raise fail("addToCart: give a productId or items")
    for item in items:
        add_line(call.state, record, str(item["productId"]), item.get("quantity"))
    return record


@resolvers.mutation("updateCartProduct")
def update_cart_product(
    call: Call, productId: Any, quantity: float, cartId: Any = None, cartUrlkey: Any = None
) -> Record:
    record = cart_of(call, cartId, cartUrlkey)
    lines = call.state.cart_lines[record["id"]]
    if quantity > 0 and not any(line["productId"] == str(productId) for line in lines):
        return add_line(call.state, record, str(productId), quantity)
    return set_line(call.state, record, productId, quantity)


@resolvers.mutation("removeFromCart")
def remove_from_cart(
    call: Call,
    productId: Any,
    quantity: float | None = None,
    cartId: Any = None,
    cartUrlkey: Any = None,
) -> Record:
    record = cart_of(call, cartId, cartUrlkey)
    lines = call.state.cart_lines[record["id"]]
    line = next((li for li in lines if li["productId"] == str(productId)), None)
    if line is None:
        raise fail(f"product {productId} is not in cart {record['id']}", "NOT_FOUND")
    remaining = 0.0 if quantity is None else line["quantity"] - float(quantity)
    return set_line(call.state, record, productId, remaining)


@resolvers.mutation("updateCart")
def update_cart(call: Call, cartData: Any = None, id: Any = None, urlkey: Any = None) -> Record:
    record = cart_of(call, id, urlkey)
    data = cartData or {}
    if data.get("dropId") is not None:
        drop_seen(call, data["dropId"])
    for key in CART_KEYS:
        if key in data:
            record[key] = data[key]
    check_refs(call.state, record)
    if data.get("cartProducts") is not None:
        call.state.cart_lines[record["id"]] = []
        for line in data["cartProducts"]:
            add_line(call.state, record, str(line["productId"]), line.get("quantity"))
    record["updatedAt"] = call.state.now_dt()
    return record


@resolvers.mutation("deleteCart")
def delete_cart(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    record = cart_of(call, id, urlkey)
    del call.state.carts[record["id"]]  # its lines stay, so the answer can show them
    return record


@resolvers.mutation("duplicateCart")
def duplicate_cart(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    source = cart_of(call, id, urlkey)
    lines = [
        {"productId": li["productId"], "quantity": li["quantity"]}
        for li in call.state.cart_lines[source["id"]]
    ]
    return create_cart(call.state, owner_of(call), {**source, "cartProducts": lines})


@resolvers.mutation("createCartFromOrder")
def create_cart_from_order(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    order = side(call, find(call.state.orders, id, urlkey, "order"), "order", (), ORDER_PARTIES)
    lines = [
        {"productId": li["productId"], "quantity": li["quantity"]}
        for li in call.state.order_lines[order["id"]]
        if li["productId"] in call.state.products
    ]
    data = {"dropId": order["dropId"], "buyerId": order["buyerId"], "cartProducts": lines}
    if order["dropId"] not in call.state.drops:
        data["dropId"] = None
    return create_cart(call.state, owner_of(call), data)


@resolvers.mutation("autoGenerateCart")
def auto_generate_cart(call: Call, dropId: Any, buyerId: Any = None) -> Record:
    drop = drop_seen(call, dropId)
    lines = [
        {"productId": m["productId"], "quantity": 1} for m in call.state.drop_products[drop["id"]]
    ]
    data = {"dropId": drop["id"], "buyerId": buyerId, "cartProducts": lines}
    return create_cart(call.state, owner_of(call), data)


@resolvers.field("Cart", "parentProducts")
def cart_parent_products(
    call: Call, parent: Record, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    groups = grouped_lines(call.state, call.state.cart_lines.get(parent["id"], []))
    # DECISION: ID_ASC/ID_DESC order by the product's id (a CartProduct's id is cart and
    # product); without orderBy the products come in the order they were added.
    if orderBy:
        descending = str(orderBy[0]) == "ID_DESC"
        groups.sort(key=lambda g: int(g["productId"]), reverse=descending)
    return page(groups, first, offset, 100)


@resolvers.field("Cart", "cartProducts")
def cart_cart_products(
    call: Call, parent: Record, first: Any = None, offset: Any = None
) -> list[Record]:
    return page(call.state.cart_lines.get(parent["id"], []), first, offset, 100)


@resolvers.field("Cart", "_parentProductsMeta")
def cart_parent_products_meta(call: Call, parent: Record) -> Record:
    return cart_meta(call.state, parent)


@resolvers.field("Cart", "_cartProductsMeta")
def cart_cart_products_meta(call: Call, parent: Record) -> Record:
    return cart_meta(call.state, parent)


@resolvers.field("Cart", "drop")
def cart_drop(call: Call, parent: Record) -> Any:
    return call.state.drops.get(parent["dropId"] or "")


@resolvers.field("Cart", "buyer")
def cart_buyer(call: Call, parent: Record) -> Any:
    return call.state.users.get(parent["buyerId"] or "")


@resolvers.field("Cart", "seller")
def cart_seller(call: Call, parent: Record) -> Any:
    return call.state.users.get(parent["sellerId"] or "")


@resolvers.field("CartProduct", "product")
def cart_product_product(call: Call, parent: Record) -> Any:
    return call.state.products.get(parent["productId"])


@resolvers.field("CartProduct", "cart")
def cart_product_cart(call: Call, parent: Record) -> Any:
    return call.state.carts.get(parent.get("cartId") or "")
