"""The AXRO sandbox's store: products, addresses, orders and their shipments, and the rules
that keep them consistent (an order's details, shipment and tracking are written together;
numbers are never reused)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["DEFAULT_TOKEN", "AxroSandbox", "Line", "Record"]

DEFAULT_TOKEN = "axro-sandbox-token"
Record = dict[str, Any]
#: An order line: (product record, quantity, line total in cents).
Line = tuple[Record, int, int]

_ADDRESS_NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")  # NAMESPACE_URL


@dataclass
class AxroSandbox:
    """The server's state; `create_app` wraps it in an ASGI app. Tests may read and change it.

    `orders` maps an order number to its list entry plus `details` (what `orderDetails`
    answers); `shipments` maps a shipment number to its list entry plus `details` and
    `history` (what `shipmentDetails` and `trackingHistory` answer).
    """

    token: str = DEFAULT_TOKEN
    email: str = "user@example.com"
    products: list[Record] = field(default_factory=list)
    addresses: dict[str, Record] = field(default_factory=dict)
    billing: Record = field(default_factory=dict)
    orders: dict[str, Record] = field(default_factory=dict)
    shipments: dict[str, Record] = field(default_factory=dict)
    today: str = "2025-09-30"
    _next_order: Iterator[int] = field(default_factory=lambda: itertools.count(522200))
    _next_shipment: Iterator[int] = field(default_factory=lambda: itertools.count(654300))
    _next_invoice: Iterator[int] = field(default_factory=lambda: itertools.count(654000))
    _next_address: Iterator[int] = field(default_factory=itertools.count)

    @classmethod
    def seeded(
        cls, *, token: str = DEFAULT_TOKEN, products: int = 480, seed: int = 41
    ) -> AxroSandbox:
        """The document's own identifiers plus `products` generated products and 24 orders,
        all derived from `seed`."""
        from .seed import populate

        sandbox = cls(token=token)
        populate(sandbox, products=products, seed=seed)
        return sandbox

    # -- lookups --------------------------------------------------------------------------------

    def product(self, number: str) -> Record | None:
        return next((p for p in self.products if p["productNumber"] == number), None)

    def order_list(self) -> list[Record]:
        """Orders newest first (date, then number), without their details."""
        ordered = sorted(
            self.orders.values(), key=lambda o: (o["date"], int(o["orderNumber"])), reverse=True
        )
        return [{k: v for k, v in o.items() if k != "details"} for o in ordered]

    def shipment_list(self, order_number: str | None = None) -> list[Record]:
        """Shipments newest first, optionally of one order, without their details."""
        found = [s for s in self.shipments.values() if order_number in (None, s["orderNumber"])]
        found.sort(key=lambda s: (s["sortDate"], int(s["shipmentNumber"])), reverse=True)
        hidden = ("details", "history", "orderNumber", "sortDate")
        return [{k: v for k, v in s.items() if k not in hidden} for s in found]

    # -- writes ---------------------------------------------------------------------------------

    def new_address_id(self) -> str:
        """AXRO's address ids are name-based (version 5) UUIDs; ours come from a counter."""
        while True:
            candidate = str(
                uuid.uuid5(_ADDRESS_NAMESPACE, f"axro-address-{next(self._next_address)}")
            )
            if candidate not in self.addresses:
                return candidate

    def add_address(self, address: Record) -> Record:
        address.setdefault("id", self.new_address_id())
        self.addresses[address["id"]] = address
        return address

    def record_order(
        self,
        lines: Iterable[Line],
        *,
        address: Record,
        reference: str,
        date: str | None = None,
        number: str | None = None,
        invoice: str | None = None,
        source: str = "Webshop",
        carrier: str = "UPS",
    ) -> Record:
        """Write an order with its details; returns the order record."""
        date = date or self.today
        number = number or _fresh(self._next_order, self.orders)
        items = [
            {
                "productNumber": product["productNumber"],
                "orderNumber": number,
                "oemNumber": product["oemNumber"],
                "quantity": quantity,
                "total": total,
            }
            for product, quantity, total in lines
        ]
        order = {
            "orderNumber": number,
            "date": date,
            "commission": reference,
            "currency": "EUR",
            "orderTotal": sum(item["total"] for item in items),
            "orderSource": source,
        }
        order["details"] = {
            **{k: v for k, v in order.items() if k != "orderNumber"},
            "invoiceNumber": invoice or str(next(self._next_invoice)),
            "carrier": carrier,
            "shippingAddress": _short(address),
            "billingAddress": _short(self.billing),
            "items": items,
        }
        self.orders[number] = order
        return order

    def record_shipment(
        self,
        order: Record,
        *,
        number: str | None = None,
        tracking_code: str | None = None,
        company: str | None = None,
        status: str = "OnTheWay",
        date: str | None = None,
        shipping_date: str | None = None,
        history: Record | None = None,
        invoice: str | None = None,
    ) -> Record:
        """Ship an order (all of its items): the shipment, its details and its tracking."""
        number = number or _fresh(self._next_shipment, self.shipments)
        details = order["details"]
        code = tracking_code or f"1Z{number}"
        iso = shipping_date or details["date"]
        shipment = {
            "shipmentNumber": number,
            "orderNumber": order["orderNumber"],
            "company": company or details["shippingAddress"]["company"],
            "commission": order["commission"],
            "status": status,
            "date": _dotted(date or iso),
            "shippingDate": _dotted(iso),
            "trackingUrl": f"https://www.ups.com/track?loc=en_GB&tracknum={code}",
            "trackingCode": code,
            "carrier": details["carrier"],
            "sortDate": iso,
        }
        shipment["details"] = {
            "orderNumbers": [order["orderNumber"]],
            "invoiceNumber": invoice or details["invoiceNumber"],
            "shipmentNumber": number,
            "shippingDate": iso,
            "items": [{**item, "commission": order["commission"]} for item in details["items"]],
        }
        shipment["history"] = history or {code: _in_transit(iso, details["carrier"])}
        self.shipments[number] = shipment
        return shipment


def _fresh(counter: Iterator[int], taken: dict[str, Any]) -> str:
    """The next number of `counter` not already taken (the document's numbers are seeded)."""
    return next(str(n) for n in counter if str(n) not in taken)


def _short(address: Record) -> Record:
    return {k: address.get(k) for k in ("company", "street", "zip", "city")}


def _dotted(iso: str) -> str:
    """ "2025-08-19" -> "19.08.2025", the list's date format."""
    year, month, day = iso[:10].split("-")
    return f"{day}.{month}.{year}"


def tracking_state(time: str, event: str, phase: str, key: str, carrier: str) -> Record:
    return {
        "time": time,
        "event": event,
        "phase": phase,
        "location": {"place": "Hamburg"},
        "timezone": "Etc/GMT-2",
        "event_key": key,
        "phase_key": key[0],
        "carrier_name": carrier,
        "additional_info": [],
    }


def _in_transit(date: str, carrier: str) -> Record:
    return {
        "states": {
            "0": tracking_state(f"{date}T08:10:00+02:00", "Picked up", "Pickup", "P10", carrier),
            "1": tracking_state(
                f"{date}T13:34:00+02:00", "In transit", "Transport", "T20", carrier
            ),
        },
        "estimatedDeliveryDate": {
            "date": f"{date} 14:35:00.000000",
            "timezone_type": 3,
            "timezone": "Europe/Berlin",
        },
        "delivered": False,
    }
