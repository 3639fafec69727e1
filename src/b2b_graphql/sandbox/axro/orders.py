"""Orders: `orderList`, `orderDetails` and `orderCreate` (prepare, or place with a shipment)."""

from __future__ import annotations

from .._core import Call, Resolvers
from .account import error_payload
from .paging import PageError, list_error, page_of
from .state import AxroSandbox, Line, Record

__all__ = ["FOREIGN_ORDER", "resolvers"]

resolvers = Resolvers()
FOREIGN_ORDER = "orderNumber does not belong to customerNumber"
ORDERS_PER_PAGE = 10
TOLL, FREIGHT, UHG_PER_UNIT = 295, 490, 12


@resolvers.query("orderList")
def order_list(call: Call[AxroSandbox], *, page: int | None = None) -> Record:
    try:
        items, total_pages = page_of(call.state.order_list(), page, None, ORDERS_PER_PAGE)
    except PageError as error:
        return list_error("orders", error)
    return {"orders": items, "totalPages": total_pages, "error": None}


@resolvers.query("orderDetails")
def order_details(call: Call[AxroSandbox], *, orderNumber: str) -> Record:
    """An order of another customer and one that does not exist answer alike: the service
    cannot tell them apart for the caller (the document's one error text)."""
    order = call.state.orders.get(orderNumber)
    return {
        "orderNumber": orderNumber,
        "order": order["details"] if order else None,
        "error": None if order else FOREIGN_ORDER,
    }


def _unit_price(product: Record, quantity: int) -> int:
    """The price of the tier the quantity falls in."""
    tiers = [t for t in product["price"] if t["fromQuantity"] <= quantity]
    return int(max(tiers, key=lambda t: t["fromQuantity"])["price"])


@resolvers.mutation("orderCreate")
def order_create(call: Call[AxroSandbox], *, order: Record, place: bool = False) -> Record:
    """The confirmation (prices per line with the copyright levy, toll, freight); with
    `place` the order is recorded, shipped, and shows up in `orderList` and `shipmentList`."""
    state = call.state
    address = state.addresses.get(order["shippingAddressId"])
    if address is None:
        return error_payload(
            404, {"message": f"shipping address {order['shippingAddressId']} not found"}
        )
    cart = order["cart"]
    found = {line["productNumber"]: state.product(line["productNumber"]) for line in cart}
    unknown = [number for number, product in found.items() if product is None]
    # DECISION: a product without a price (the document lists one, `price: []`) cannot be
    # ordered, and a quantity must be at least 1: both make the cart invalid, like an unknown
    # product, with the offending lines named.
    unpriced = [number for number, product in found.items() if product and not product["price"]]
    bad_quantity = [line["productNumber"] for line in cart if line["quantity"] < 1]
    if unknown or unpriced or bad_quantity or not cart:
        return error_payload(
            400,
            {
                "message": "invalid cart",
                "unknownProducts": unknown,
                "unpricedProducts": unpriced,
                "invalidQuantities": bad_quantity,
            },
        )
    # DECISION: an order may be prepared (priced) for an address that waits for approval,
    # but not placed: AXRO ships only to approved addresses, and placing is what ships. The
    # answer is the REST layer's 403 with the address status, so the client can tell why.
    if place and address["status"] != "USABLE":
        return error_payload(
            403,
            {
                "message": f"shipping address {address['id']} cannot be used for shipping yet",
                "status": address["status"],
            },
        )
    lines: list[Line] = []
    confirmation_cart = []
    for line in cart:
        product = found[line["productNumber"]]
        assert product is not None  # checked above
        quantity = line["quantity"]
        unit = _unit_price(product, quantity)
        sub_total = (unit + UHG_PER_UNIT) * quantity
        lines.append((product, quantity, sub_total))
        confirmation_cart.append(
            {
                "product_number": product["productNumber"],
                "quantity": quantity,
                "difference": 0,
                "unit_price": unit,
                "uhg_unit": UHG_PER_UNIT,
                "uhg_total": UHG_PER_UNIT * quantity,
                "sub_total": sub_total,
            }
        )
    confirmation = {
        "shipping_address": {k: v for k, v in address.items() if k not in ("status", "info")},
        "billing_address": dict(state.billing),
        "cart": confirmation_cart,
        "toll": TOLL,
        "freight_costs": FREIGHT,
        "grand_total": sum(line["sub_total"] for line in confirmation_cart) + TOLL + FREIGHT,
        "custom_reference": order.get("customReference"),
        "additional_information": order.get("additionalInformation"),
        "order_placed": place,
        "place_order_url": "Order placed" if place else "/gql/v1?place=1",
    }
    if place:
        placed = state.record_order(
            lines, address=address, reference=order.get("customReference") or ""
        )
        state.record_shipment(placed)
        confirmation["order_number"] = placed["orderNumber"]
    return confirmation
