"""A local AXRO server: executes the committed `schemas/axro.graphql` over seeded, in-memory data.

It behaves as the AXRO document says: Bearer token for data, introspection without one,
comma-separated product filters, page/limit/totalPages, the documented error strings, the
`{error: true, status, body}` payload for rejected mutations, `shippingCreate(check: true)`
normalising without saving, and orders placed with `orderCreate(place: true)` appearing in
`orderList` (with a shipment that has a tracking history).
"""

from __future__ import annotations

import math
import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLResolveInfo

from ._app import GraphQLApp, RequestContext, load_sdl, require

__all__ = ["DEFAULT_TOKEN", "AxroSandbox", "create_app"]

DEFAULT_TOKEN = "axro-sandbox-token"
FOREIGN_SHIPMENT = "shipmentNumber does not belong to customerNumber"
FOREIGN_ORDER = "orderNumber does not belong to customerNumber"
ORDERS_PER_PAGE = 10
SHIPMENTS_PER_PAGE = 10

BRANDS = ["HP", "Canon", "Epson", "Brother", "Kyocera", "Lexmark", "Samsung", "Xerox"]
CATEGORIES = [
    (51158, "Kopiertoner", "Copy toner"),
    (50593, "Tintenpatronen", "Ink cartridges"),
    (50638, "Lasertoner", "Laser toner"),
    (83104, "SD-Karten", "SD cards"),
    (83170, "Autorennbahnen", "Car racetracks"),
]
COLOURS = ["Black", "Cyan", "Magenta", "Yellow"]
_NAME_RULES = {"company": 35, "department": 35, "street": 35, "city": 35}
_PHONE = re.compile(r"^\+\d{5,20}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# What the address checker "knows": street -> (zip, city), for check=true normalisation.
_KNOWN_STREETS = {
    "ballindamm 40": ("20095", "Hamburg"),
    "schnackenburgallee 183": ("22525", "Hamburg"),
}


@dataclass
class AxroSandbox:
    """The server's state; `create_app` wraps it in an ASGI app."""

    token: str = DEFAULT_TOKEN
    products: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)
    order_details: dict[str, dict[str, Any]] = field(default_factory=dict)
    shipments: list[dict[str, Any]] = field(default_factory=list)
    shipment_details: dict[str, dict[str, Any]] = field(default_factory=dict)
    tracking: dict[str, dict[str, Any]] = field(default_factory=dict)
    addresses: dict[str, dict[str, Any]] = field(default_factory=dict)
    billing: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def seeded(
        cls, *, token: str = DEFAULT_TOKEN, products: int = 480, seed: int = 41
    ) -> AxroSandbox:
        rng = random.Random(seed)
        sandbox = cls(token=token)
        sandbox.billing = {
            "company": "Example Corp",
            "department": "Accounting",
            "street": "456 Bill St",
            "zip": "10002",
            "city": "New York",
            "country": "US",
        }
        for index in range(products):
            brand = BRANDS[index % len(BRANDS)]
            cat_id, de, en = CATEGORIES[(index // len(BRANDS)) % len(CATEGORIES)]
            colour = COLOURS[(index // len(BRANDS)) % len(COLOURS)]
            base = 500 + rng.randrange(0, 20000)
            sandbox.products.append(
                {
                    "productNumber": f"{brand[:3].upper()}T{index:04d}{colour[0]}",
                    "ean": f"45{index:011d}",
                    "brand": brand,
                    "oemNumber": f"{rng.randrange(1000, 9999)}C{index:03d}",
                    "stock": rng.choice([0, 0, 3, 12, 40, 250]),
                    "price": [
                        {"fromQuantity": 1, "toQuantity": 9, "price": base},
                        {"fromQuantity": 10, "toQuantity": None, "price": base * 95 // 100},
                    ],
                    "title": {
                        "enGb": f"{brand} Toner {index:04d} {colour}",
                        "deDe": f"{brand} Toner {index:04d} {colour}",
                    },
                    "category": {"id": cat_id, "de": de, "en": en},
                    "modifiedAt": f"2025-09-{1 + index % 28:02d} {index % 24:02d}:46:01+00:00",
                }
            )
        sandbox.addresses["7284adc6-db5f-55c1-9511-4d12b3a356f1"] = {
            "id": "7284adc6-db5f-55c1-9511-4d12b3a356f1",
            "company": "Example Corp",
            "department": "Logistics",
            "firstname": None,
            "lastname": None,
            "street": "123 Shipping Ln",
            "zip": "10001",
            "city": "New York",
            "country": "US",
            "email": "logistics@example.com",
            "phone": "+15551234",
            "status": "USABLE",
            "info": "Can be used for shipping.",
        }
        for index in range(24):
            lines = [
                (sandbox.products[(index * 7 + k) % len(sandbox.products)], 1 + k)
                for k in range(1 + index % 3)
            ]
            sandbox._record_order(
                lines,
                address=next(iter(sandbox.addresses.values())),
                reference=f"2531{index:04d}",
                date=f"2025-08-{1 + index % 28:02d}",
            )
        return sandbox

    # -- behaviour ------------------------------------------------------------------------------

    def _record_order(
        self,
        lines: list[tuple[dict[str, Any], int]],
        *,
        address: dict[str, Any],
        reference: str,
        date: str,
    ) -> str:
        order_number = str(522200 + len(self.orders))
        shipment_number = str(654300 + len(self.shipments))
        items = [
            {
                "productNumber": product["productNumber"],
                "orderNumber": order_number,
                "oemNumber": product["oemNumber"],
                "quantity": quantity,
                "total": product["price"][0]["price"] * quantity,
            }
            for product, quantity in lines
        ]
        total = sum(item["total"] for item in items)
        order = {
            "orderNumber": order_number,
            "date": date,
            "commission": reference,
            "currency": "EUR",
            "orderTotal": total,
            "orderSource": "Webshop",
        }
        self.orders.insert(0, order)
        short_address = {k: address.get(k) for k in ("company", "street", "zip", "city")}
        self.order_details[order_number] = {
            **{k: v for k, v in order.items() if k != "orderNumber"},
            "invoiceNumber": str(654000 + len(self.orders)),
            "carrier": "UPS",
            "shippingAddress": short_address,
            "billingAddress": {k: self.billing.get(k) for k in short_address},
            "items": items,
        }
        day, month, year = date[8:10], date[5:7], date[0:4]
        self.shipments.insert(
            0,
            {
                "shipmentNumber": shipment_number,
                "orderNumber": order_number,
                "company": address.get("company"),
                "commission": reference,
                "status": "OnTheWay",
                "date": f"{day}.{month}.{year}",
                "shippingDate": f"{day}.{month}.{year}",
                "trackingUrl": f"https://www.ups.com/track?loc=en_GB&tracknum=1Z{shipment_number}",
                "trackingCode": f"1Z{shipment_number}",
                "carrier": "UPS",
            },
        )
        self.shipment_details[shipment_number] = {
            "orderNumbers": [order_number],
            "invoiceNumber": self.order_details[order_number]["invoiceNumber"],
            "shipmentNumber": shipment_number,
            "shippingDate": date,
            "items": [{**item, "commission": reference} for item in items],
        }
        self.tracking[shipment_number] = {
            f"1Z{shipment_number}": {
                "states": {
                    "0": _state(f"{date}T08:10:00+02:00", "Picked up", "Pickup", "P10"),
                    "1": _state(f"{date}T13:34:00+02:00", "In transit", "Transport", "T20"),
                },
                "estimatedDeliveryDate": {
                    "date": f"{date} 14:35:00.000000",
                    "timezone_type": 3,
                    "timezone": "Europe/Berlin",
                },
                "delivered": False,
            }
        }
        return order_number

    def filter_products(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        def wanted(name: str) -> set[str] | None:
            value = args.get(name)
            return {v.strip().lower() for v in value.split(",") if v.strip()} if value else None

        numbers, oems, eans, brands, categories = (
            wanted(n) for n in ("product_number", "oem", "ean", "brand", "category")
        )
        return [
            p
            for p in self.products
            if (numbers is None or p["productNumber"].lower() in numbers)
            and (oems is None or p["oemNumber"].lower() in oems)
            and (eans is None or p["ean"] in eans)
            and (brands is None or p["brand"].lower() in brands)
            and (categories is None or str(p["category"]["id"]) in categories)
        ]

    def create_address(self, data: dict[str, Any], check: bool) -> dict[str, Any]:
        problems = _address_problems(data, check=check)
        if problems:
            return _error_payload(422, {"message": "validation failed", "errors": problems})
        address = {key: data.get(key) for key in _ADDRESS_KEYS}
        address["country"] = str(address["country"]).upper()
        if check:
            known = _KNOWN_STREETS.get(str(address["street"]).strip().lower())
            if known and not (address["zip"] and address["city"]):
                address["zip"], address["city"] = known
            return {
                **{k: v for k, v in address.items() if k != "id"},
                "status": "CHECK_ONLY",
                "info": "Suggested validated/normalized address. Not saved.",
            }
        address_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"axro-address-{len(self.addresses)}"))
        address.update(id=address_id, status="WAITING_APPROVAL", info="Please wait for approval.")
        self.addresses[address_id] = address
        return dict(address)

    def update_address(self, address_id: str, data: dict[str, Any]) -> dict[str, Any]:
        address = self.addresses.get(address_id)
        if address is None:
            return _error_payload(404, {"message": f"shipping address {address_id} not found"})
        problems = _address_problems(data, partial=True)
        if problems:
            return _error_payload(422, {"message": "validation failed", "errors": problems})
        address.update({k: v for k, v in data.items() if v is not None})
        address.update(status="USABLE", info="Can be used for shipping.")
        return dict(address)

    def create_order(self, order: dict[str, Any], place: bool) -> dict[str, Any]:
        address = self.addresses.get(order["shippingAddressId"])
        if address is None:
            return _error_payload(
                404, {"message": f"shipping address {order['shippingAddressId']} not found"}
            )
        by_number = {p["productNumber"]: p for p in self.products}
        unknown = [
            line["productNumber"]
            for line in order["cart"]
            if line["productNumber"] not in by_number
        ]
        if unknown or not order["cart"]:
            return _error_payload(400, {"message": "invalid cart", "unknownProducts": unknown})
        cart = []
        for line in order["cart"]:
            unit = by_number[line["productNumber"]]["price"][0]["price"]
            quantity = line["quantity"]
            cart.append(
                {
                    "product_number": line["productNumber"],
                    "quantity": quantity,
                    "difference": 0,
                    "unit_price": unit,
                    "uhg_unit": 12,
                    "uhg_total": 12 * quantity,
                    "sub_total": (unit + 12) * quantity,
                }
            )
        toll, freight = 295, 490
        confirmation = {
            "shipping_address": {k: v for k, v in address.items() if k not in ("status", "info")},
            "billing_address": dict(self.billing),
            "cart": cart,
            "toll": toll,
            "freight_costs": freight,
            "grand_total": sum(line["sub_total"] for line in cart) + toll + freight,
            "custom_reference": order.get("customReference"),
            "additional_information": order.get("additionalInformation"),
            "order_placed": place,
            "place_order_url": "Order placed" if place else "/gql/v1?place=1",
        }
        if place:
            self._record_order(
                [(by_number[line["productNumber"]], line["quantity"]) for line in order["cart"]],
                address=address,
                reference=order.get("customReference") or "",
                date="2025-09-30",
            )
        return confirmation


_ADDRESS_KEYS = (
    "company",
    "department",
    "firstname",
    "lastname",
    "street",
    "zip",
    "city",
    "country",
    "phone",
    "email",
)


def _state(time: str, event: str, phase: str, key: str) -> dict[str, Any]:
    return {
        "time": time,
        "event": event,
        "phase": phase,
        "location": {"place": "Hamburg"},
        "timezone": "Etc/GMT-2",
        "event_key": key,
        "phase_key": key[0],
        "carrier_name": "UPS",
        "additional_info": [],
    }


def _error_payload(status: int, body: dict[str, Any]) -> dict[str, Any]:
    return {"error": True, "status": status, "body": body}


def _address_problems(
    data: dict[str, Any], *, partial: bool = False, check: bool = False
) -> dict[str, str]:
    """AXRO's documented rules; in check mode zip and city may be empty (they get filled in)."""
    problems: dict[str, str] = {}
    if not partial:
        for name in ("zip", "city") if not check else ():
            if not str(data.get(name) or "").strip():
                problems[name] = "is required"
        for name, limit in _NAME_RULES.items():
            value = data.get(name) or ""
            if not value.strip() and name != "city":
                problems[name] = "is required"
            elif len(value) > limit:
                problems[name] = f"must be at most {limit} characters"
        if not _COUNTRY.match(str(data.get("country") or "").upper()):
            problems["country"] = "must be an ISO 3166-1 alpha-2 code"
    phone = data.get("phone")
    if phone and not _PHONE.match(phone):
        problems["phone"] = "must be + and 5-20 digits"
    return problems


def _page(
    items: list[dict[str, Any]], page: int | None, size: int
) -> tuple[list[dict[str, Any]], int]:
    page = max(1, page or 1)
    total_pages = max(1, math.ceil(len(items) / size))
    return items[(page - 1) * size : page * size], total_pages


def create_app(sandbox: AxroSandbox | None = None, *, sdl: str | None = None) -> GraphQLApp:
    """The ASGI app; `app.state` is the `AxroSandbox`, for tests to inspect. `sdl` serves a
    variant of the schema (drift tests); it must keep the root fields this module resolves."""
    from ariadne import MutationType, QueryType, ScalarType, make_executable_schema

    state = sandbox or AxroSandbox.seeded()
    query, mutation = QueryType(), MutationType()
    json_scalar = ScalarType("JSON")

    @query.field("products")
    def _products(_: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
        found = state.filter_products(args)
        items, total_pages = _page(found, args.get("page"), max(1, args.get("limit") or 100))
        return {"totalPages": total_pages, "products": items}

    query.set_field(
        "categories", lambda *_: [{"id": c, "de": d, "en": e} for c, d, e in CATEGORIES]
    )
    query.set_field("brands", lambda *_: {"brands": sorted({p["brand"] for p in state.products})})
    query.set_field(
        "userInfo",
        lambda *_: {
            "email": "user@example.com",
            "customer": {"company": state.billing["company"]},
            "billingAddress": state.billing,
        },
    )
    query.set_field("billingAddress", lambda *_: state.billing)
    query.set_field("shippingAddresses", lambda *_: list(state.addresses.values()))

    @query.field("orderList")
    def _orders(_: Any, info: GraphQLResolveInfo, page: int | None = None) -> dict[str, Any]:
        if page is not None and page < 1:
            return {"orders": [], "totalPages": 0, "error": "page must be at least 1"}
        items, total_pages = _page(state.orders, page, ORDERS_PER_PAGE)
        return {"orders": items, "totalPages": total_pages, "error": None}

    @query.field("orderDetails")
    def _order(_: Any, info: GraphQLResolveInfo, orderNumber: str) -> dict[str, Any]:
        order = state.order_details.get(orderNumber)
        return {
            "orderNumber": orderNumber,
            "order": order,
            "error": None if order else FOREIGN_ORDER,
        }

    @query.field("shipmentList")
    def _shipments(
        _: Any,
        info: GraphQLResolveInfo,
        page: int | None = None,
        orderNumber: str | None = None,
    ) -> dict[str, Any]:
        found = [s for s in state.shipments if orderNumber in (None, s["orderNumber"])]
        items, total_pages = _page(found, page, SHIPMENTS_PER_PAGE)
        return {"shipments": items, "totalPages": total_pages, "error": None}

    @query.field("shipmentDetails")
    def _shipment(_: Any, info: GraphQLResolveInfo, shipmentNumber: str) -> dict[str, Any]:
        shipment = state.shipment_details.get(shipmentNumber)
        return {
            "shipmentNumber": shipmentNumber,
            "shipment": shipment,
            "error": None if shipment else FOREIGN_SHIPMENT,
        }

    @query.field("trackingHistory")
    def _tracking(_: Any, info: GraphQLResolveInfo, shipmentNumber: str) -> dict[str, Any]:
        history = state.tracking.get(shipmentNumber)
        return {
            "shipmentNumber": shipmentNumber,
            "history": history or {},
            "error": None if history is not None else FOREIGN_SHIPMENT,
        }

    mutation.set_field(
        "shippingCreate", lambda _, info, input, check=False: state.create_address(input, check)
    )
    mutation.set_field("shippingUpdate", lambda _, info, id, input: state.update_address(id, input))
    mutation.set_field(
        "orderCreate", lambda _, info, order, place=False: state.create_order(order, place)
    )

    sdl = sdl or load_sdl("axro_gql", "axro.graphql")
    schema = make_executable_schema(sdl, query, mutation, json_scalar)

    def authenticate(context: RequestContext) -> None:
        context.state["authorized"] = (
            context.headers.get("authorization") == f"Bearer {state.token}"
        )

    app = GraphQLApp(schema, on_request=authenticate, path="/gql/v1", state=state)
    _guard_root_fields(schema)
    return app


def _guard_root_fields(schema: Any) -> None:
    """Every data field needs the Bearer token; introspection (`__schema`...) does not."""
    for root in (schema.query_type, schema.mutation_type):
        for field_def in root.fields.values():
            field_def.resolve = _authorized(field_def.resolve)


def _authorized(resolve: Any) -> Any:
    def guarded(obj: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        if not info.context.state.get("authorized"):
            info.context.status = 401
        require(
            info.context.state.get("authorized"),
            "Unauthorized: send Authorization: Bearer <token>",
            "UNAUTHENTICATED",
        )
        return resolve(obj, info, **args)

    return guarded
