"""Carts and orders: lines, totals, the ways a cart becomes an order, order edits, extra
costs, statistics and order documents."""

from __future__ import annotations

import pytest

from .api import UNKNOWN, Api, behaviour

CART = "id dropId buyerId cartProducts { productId quantity } _cartProductsMeta { count quantity total }"  # noqa: E501
ORDER = "id totalAmount sumOfProducts extraCosts qty status comment rating inform cancel"


def first_member(api: Api, drop_id: str, n: int = 0) -> str:
    found = api.ok("getDrop", "dropProducts(first: 100) { productId }", id=drop_id)
    return str(found["dropProducts"][n]["productId"])


@behaviour("addToCart", "updateCartProduct", "removeFromCart")
def cart_lines(api: Api) -> None:
    product = first_member(api, "3")
    cart = api.ok(
        "addToCart",
        CART,
        input={"dropId": "3", "buyerId": "2", "productId": product, "quantity": 2},
    )
    assert cart["dropId"] == "3" and cart["cartProducts"] == [
        {"productId": product, "quantity": 2.0}
    ]
    again = api.ok("addToCart", CART, input={"dropId": "3", "buyerId": "2", "productId": product})
    assert (
        again["id"] == cart["id"] and again["_cartProductsMeta"]["quantity"] == 3.0
    )  # same open cart
    line = api.ok(
        "updateCartProduct", "productId quantity", cartId=cart["id"], productId=product, quantity=7
    )
    assert line == {"productId": product, "quantity": 7.0}
    assert api.ok("getCart", CART, id=cart["id"])["cartProducts"] == [
        {"productId": product, "quantity": 7.0}
    ]
    line = api.ok("removeFromCart", "quantity", cartId=cart["id"], productId=product, quantity=3)
    assert line == {"quantity": 4.0}
    assert api.ok("removeFromCart", "quantity", cartId=cart["id"], productId=product) == {
        "quantity": 0.0
    }
    assert api.ok("getCart", CART, id=cart["id"])["cartProducts"] == []
    members = api.ok("getDrop", "dropProducts { productId }", id="3")["dropProducts"]
    chosen = [m["productId"] for m in members[:3]]
    for member in reversed(chosen):  # added in descending id order
        api.ok("updateCartProduct", "id", cartId=cart["id"], productId=member, quantity=1)

    def parents(arguments: str) -> list[str]:
        found = api.ok("getCart", f"parentProducts({arguments}) {{ productId }}", id=cart["id"])
        return [p["productId"] for p in found["parentProducts"]]

    # DECISION (carts.cart_parent_products): orderBy by product id; else as added.
    assert parents("first: 100") == list(reversed(chosen))
    assert parents("orderBy: [ID_ASC]") == sorted(chosen, key=int)
    assert parents("orderBy: [ID_DESC], first: 2") == sorted(chosen, key=int, reverse=True)[:2]
    for member in chosen:
        api.ok("removeFromCart", "id", cartId=cart["id"], productId=member)
    code = api.error("removeFromCart", cartId=cart["id"], productId=product)
    assert code == "NOT_FOUND"
    outside = first_member(api, "1")
    bad = {"cartId": cart["id"], "productId": outside}
    assert api.error("addToCart", input=bad) == "BAD_USER_INPUT"  # not in the drop
    assert (
        api.error("updateCartProduct", cartId=UNKNOWN, productId=product, quantity=1) == "NOT_FOUND"
    )


@behaviour("updateCart", "deleteCart", "duplicateCart")
def cart_life(api: Api) -> None:
    product = first_member(api, "1", 1)
    changed = api.ok(
        "updateCart",
        CART,
        id="1",
        cartData={"buyerId": "5", "cartProducts": [{"productId": product, "quantity": 4}]},
    )
    assert changed["buyerId"] == "5" and changed["cartProducts"] == [
        {"productId": product, "quantity": 4.0}
    ]
    assert api.ok("getCart", "buyerId", id="1") == {"buyerId": "5"}
    copy = api.ok("duplicateCart", CART, id="1")
    assert copy["id"] != "1" and copy["cartProducts"] == changed["cartProducts"]
    before = api.ok("_listCartsMeta", "count")["count"]
    assert api.ok("deleteCart", "id", id=copy["id"]) == {"id": copy["id"]}
    assert api.error("getCart", id=copy["id"]) == "NOT_FOUND"
    assert api.ok("_listCartsMeta", "count")["count"] == before - 1
    assert api.error("updateCart", id=UNKNOWN, cartData={}) == "NOT_FOUND"


@behaviour("createCartFromOrder", "autoGenerateCart")
def carts_made(api: Api) -> None:
    order = api.ok("getOrder", "dropId buyerId rows { product { id } quantity }", id="4")
    cart = api.ok("createCartFromOrder", CART, id="4")
    assert cart["dropId"] == order["dropId"] and cart["buyerId"] == order["buyerId"]
    assert sorted((line["productId"], line["quantity"]) for line in cart["cartProducts"]) == sorted(
        (row["product"]["id"], float(row["quantity"])) for row in order["rows"]
    )
    generated = api.ok("autoGenerateCart", CART, dropId="2", buyerId="3")
    members = api.ok("getDrop", "_dropProductsMeta { count }", id="2")["_dropProductsMeta"]["count"]
    assert generated["buyerId"] == "3" and len(generated["cartProducts"]) == members
    assert {line["quantity"] for line in generated["cartProducts"]} == {1.0}
    assert api.error("autoGenerateCart", dropId=UNKNOWN) == "NOT_FOUND"
    assert api.error("createCartFromOrder", id=UNKNOWN) == "NOT_FOUND"


@behaviour("createOrder", "deleteOrder", "orderDrops")
def orders_made(api: Api) -> None:
    cart = api.ok("getCart", CART, id="2")
    before = api.ok("_listOrdersMeta", "count")["count"]
    order = api.ok("createOrder", ORDER + " dropId", id="2", note="Peer order", rating=4)
    assert (
        order["comment"] == "Peer order"
        and order["rating"] == 4
        and order["dropId"] == cart["dropId"]
    )
    assert order["qty"] == cart["_cartProductsMeta"]["quantity"]
    assert order["totalAmount"] == pytest.approx(cart["_cartProductsMeta"]["total"])
    assert api.error("getCart", id="2") == "NOT_FOUND"  # the cart became the order
    assert api.ok("_listOrdersMeta", "count")["count"] == before + 1
    assert api.ok("getOrder", "comment", id=order["id"]) == {"comment": "Peer order"}
    assert api.ok("deleteOrder", "id", id=order["id"]) == {"id": order["id"]}
    assert api.error("getOrder", id=order["id"]) == "NOT_FOUND"
    empty = api.ok("updateCart", "id", id="4", cartData={"cartProducts": []})
    assert api.error("createOrder", id=empty["id"]) == "BAD_USER_INPUT"
    answer = api.ok("orderDrops", dropIds=["1"])  # carts 1 and 3 are the seller's in drop 1
    assert answer.startswith("Ordered 2 carts")
    assert api.error("getCart", id="1") == "NOT_FOUND" == api.error("getCart", id="3")
    assert api.ok("_listOrdersMeta", "count")["count"] == before + 2
    assert api.ok("orderDrops", dropIds=["1"]) == "No carts to order"


@behaviour(
    "updateOrder2", "updateOrder", "rateOrder", "sendOrderConfirmation", "returnOrderToStock"
)
def order_edits(api: Api) -> None:
    changed = api.ok("updateOrder2", ORDER, id="6", data={"comment": "Gift", "shippingCosts": 5.0})
    assert changed["comment"] == "Gift"
    assert changed["totalAmount"] == pytest.approx(changed["sumOfProducts"] + 5.0)
    assert api.ok("updateOrder", id=6, data={"comment": "Gift wrap"}) == "Order 6 updated"
    assert api.ok("getOrder", "comment", id="6") == {"comment": "Gift wrap"}
    assert api.ok("rateOrder", "rating", id="6", rating=3) == {"rating": 3}
    assert api.ok("getOrder", "rating", id="6") == {"rating": 3}
    assert api.ok("sendOrderConfirmation", "inform", id="6") == {"inform": True}
    row = api.ok("getOrder", "rows { product { id } quantity }", id="6")["rows"][0]
    product = row["product"]["id"]
    stock = int(api.ok("getProduct", "inventoryStock", id=product)["inventoryStock"])
    returned = api.ok("returnOrderToStock", "status cancel", id="6")
    assert returned == {"status": False, "cancel": True}
    after = int(api.ok("getProduct", "inventoryStock", id=product)["inventoryStock"])
    assert after >= stock + row["quantity"]
    assert api.ok("_listOrdersMeta", "count", filter={"status": "DISABLED"}) == {"count": 1}
    for field in ("updateOrder2", "rateOrder", "sendOrderConfirmation", "returnOrderToStock"):
        assert api.error(field, id=UNKNOWN) == "NOT_FOUND"
    assert api.error("updateOrder", id=int(UNKNOWN)) == "NOT_FOUND"


@behaviour("addProductToOrder")
def add_product_to_order(api: Api) -> None:
    before = api.ok("getOrder", ORDER + " urlkey", id="7")
    other = api.ok("getOrder", "urlkey", id="8")["urlkey"]
    # DECISION (filters.find): the id wins over the urlkey, as in getOrder.
    added = api.ok("addProductToOrder", "id qty", id="7", urlkey=other, productId="5", quantity=2)
    assert added == {"id": "7", "qty": before["qty"] + 2}
    by_urlkey = api.ok(
        "addProductToOrder", "id qty", urlkey=before["urlkey"], productId="5", quantity=1
    )
    assert by_urlkey == {"id": "7", "qty": before["qty"] + 3}
    assert api.error("addProductToOrder", id="7", productId=UNKNOWN) == "NOT_FOUND"


@behaviour("createOrderExtraCost", "updateOrderExtraCost", "deleteOrderExtraCost")
def extra_costs(api: Api) -> None:
    total = api.ok("getOrder", "totalAmount", id="9")["totalAmount"]
    cost = api.ok(
        "createOrderExtraCost",
        "id amount name taxRatio",
        orderId="9",
        data={"amount": 10.0, "name": "SHIPPING_COST_VAT", "taxRatio": 0.19},
    )
    assert (
        cost["amount"] == 10.0 and cost["name"] == "SHIPPING_COST_VAT" and cost["taxRatio"] == 0.19
    )
    assert api.ok("getOrder", "totalAmount", id="9")["totalAmount"] == pytest.approx(total + 10)
    assert api.ok("updateOrderExtraCost", "amount", id=cost["id"], data={"amount": 4.0}) == {
        "amount": 4.0
    }
    costs = api.ok("getOrder", "orderExtraCosts { id amount } totalAmount", id="9")
    assert costs["orderExtraCosts"] == [{"id": cost["id"], "amount": 4.0}]
    assert costs["totalAmount"] == pytest.approx(total + 4)
    assert api.ok("deleteOrderExtraCost", "id", id=cost["id"]) == {"id": cost["id"]}
    assert api.ok("getOrder", "totalAmount", id="9")["totalAmount"] == pytest.approx(total)
    assert api.error("deleteOrderExtraCost", id=cost["id"]) == "NOT_FOUND"
    assert api.error("createOrderExtraCost", orderId=UNKNOWN, data={}) == "NOT_FOUND"


@behaviour("orderStatistics")
def statistics(api: Api) -> None:
    for filter_ in ({}, {"buyerId": {"eq": "3"}}, {"dropId": {"eq": "2"}}):
        stats = api.ok(
            "orderStatistics",
            "totalAmount totalOrderedItems amountBySupplier { totalAmount }",
            filter=filter_,
        )
        orders = api.ok("listOrders", "totalAmount qty sumOfProducts", filter=filter_, first=1000)
        assert stats["totalAmount"] == pytest.approx(sum(o["totalAmount"] for o in orders))
        assert stats["totalOrderedItems"] == sum(o["qty"] for o in orders)
        by_supplier = sum(s["totalAmount"] for s in stats["amountBySupplier"])
        assert by_supplier == pytest.approx(sum(o["sumOfProducts"] for o in orders))


@behaviour("getOrdersPricelistId")
def orders_pricelist(api: Api) -> None:
    assert api.ok("getOrdersPricelistId", "pricelistId valid", orderId="4") == {
        "pricelistId": None,
        "valid": True,
    }
    api.ok("updateOrder2", "id", id="4", data={"appliedPricelistId": "2"})
    assert api.ok("getOrdersPricelistId", "pricelistId valid", orderId="4") == {
        "pricelistId": "2",
        "valid": True,
    }
    api.ok("deletePricelist", pricelistId="2")
    assert api.ok("getOrdersPricelistId", "valid", orderId="4") == {"valid": False}
    assert api.error("getOrdersPricelistId", orderId=UNKNOWN) == "NOT_FOUND"


ORDER_FILES = {
    "generateInvoice": ({"type": "DELIVERY_NOTE"}, "delivery-note.pdf"),
    "generateOrderConfirmationPdf": ({}, "confirmation.pdf"),
    "generateOrderConfirmationSpreadsheet": ({"type": "CSV"}, "confirmation.csv"),
    "orderProductsImages": ({}, "product-images.zip"),
}


@behaviour(*ORDER_FILES)
def order_files(api: Api) -> None:
    for field, (options, name) in ORDER_FILES.items():
        job = api.ok(field, "id type orderId", id="4", **options)
        assert job["type"] == field and job["orderId"] == "4"
        assert api.finished(job)["result"].endswith(f"order-4-{name}")
        assert api.error(field, id=UNKNOWN) == "NOT_FOUND"
