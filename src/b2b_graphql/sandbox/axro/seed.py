"""Deterministic seed data: every identifier the AXRO document's examples use, plus generated
products and orders (the same `seed` always gives the same data)."""

from __future__ import annotations

import random
from typing import Any

from .state import AxroSandbox, Record, tracking_state

__all__ = ["BRANDS", "CATEGORIES", "populate"]

BRANDS = ["HP", "Canon", "Epson", "Brother", "Kyocera", "Lexmark", "Samsung", "Xerox"]
# The brands example answers Acer, IBM and Utax: they carry a few products each.
MINOR_BRANDS = ["Acer", "IBM", "Utax"]
CATEGORIES = [
    (51158, "Kopiertoner", "Copy toner"),
    (50593, "Tintenpatronen", "Ink cartridges"),
    (50638, "Lasertoner", "Laser toner"),
    (83104, "SD-Karten", "SD cards"),
    (83170, "Autorennbahnen", "Car racetracks"),
]
COLOURS = ["Black", "Cyan", "Magenta", "Yellow"]

BILLING = {
    "company": "Example Corp",
    "department": "Accounting",
    "street": "456 Bill St",
    "zip": "10002",
    "city": "New York",
    "country": "US",
}
AXRO_HQ = {
    "company": "AXRO GmbH",
    "street": "Schnackenburgallee 183-201",
    "zip": "22525",
    "city": "Hamburg",
}

# The document's addresses: the one `shippingAddresses` lists (waiting for approval), the one
# its `shippingCreate` example answers and `shippingUpdate` changes, and the one its
# `orderCreate` example ships to (usable, or the example could not place the order).
DOCUMENT_ADDRESSES: list[Record] = [
    {
        "id": "6f0c76f6-5af3-4a47-9a58-6e3f0a361234",
        "company": "Acme Inc.",
        "department": "Office",
        "firstname": "John",
        "lastname": "Doe",
        "street": "123 Main St",
        "zip": "10001",
        "city": "New York",
        "country": "US",
        "email": "test@example.com",
        "phone": "+15551234",
        "status": "USABLE",
        "info": "Can be used for shipping.",
    },
    {
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
        "status": "WAITING_APPROVAL",
        "info": "Please wait for approval.",
    },
    {
        "id": "95867100-43d3-5416-8729-74722012aef1",
        "company": "Example Corp",
        "department": "Warehouse",
        "firstname": "John",
        "lastname": "Doe",
        "street": "123 Shipping St",
        "zip": "10001",
        "city": "New York",
        "country": "US",
        "phone": "+4940123456",
        "email": "test@example.com",
        "status": "WAITING_APPROVAL",
        "info": "Please wait for approval.",
    },
]


def _product(
    number: str,
    brand: str,
    oem: str,
    ean: str,
    title: str,
    category: tuple[int, str, str],
    *,
    price: int | None,
    stock: int,
    modified: str = "2025-09-29 20:46:01+00:00",
) -> Record:
    tiers = (
        [
            {"fromQuantity": 1, "toQuantity": 9, "price": price},
            {"fromQuantity": 10, "toQuantity": None, "price": price * 95 // 100},
        ]
        if price is not None
        else []
    )
    cat_id, de, en = category
    return {
        "productNumber": number,
        "ean": ean,
        "brand": brand,
        "oemNumber": oem,
        "stock": stock,
        "price": tiers,
        "title": {"enGb": title, "deDe": title},
        "category": {"id": cat_id, "de": de, "en": en},
        "modifiedAt": modified,
    }


def _document_products() -> list[Record]:
    laser, ink, copy = CATEGORIES[2], CATEGORIES[1], CATEGORIES[0]
    return [
        _product("CANL055BK", "Canon", "3016C002", "4549292124699",
                 "Canon Toner 055 / 3016C002 Black", laser, price=1000, stock=40),
        _product("CANL056WH", "Canon", "3007C002", "4549292124706",
                 "Canon Toner 056 / 3007C002 White", laser, price=1250, stock=12),
        _product("HP303A", "HP", "T6N02AE", "0190780571220",
                 "HP 303 Ink Black (T6N02AE)", ink, price=1000, stock=250),
        _product("HPCF540A", "HP", "CF540A", "0889894853563",
                 "HP Toner 203A / CF540A Black", laser, price=5890, stock=3),
        _product("CANT7260C", "Canon", "6944B002", "4960999974385",
                 "Canon Toner C-EXV45 / 6944B002 Cyan (6944B002/6944B002AA)", copy,
                 price=None, stock=0),
        _product("EPSET20692", "Epson", "c13s020692", "8715946609474",
                 "Epson Ink S020692 Black", ink, price=2785, stock=12),
        _product("FR_AUTO_MD", "AXRO", "FR_AUTO_MD", "",
                 "Freight flat rate", copy, price=295, stock=9999),
    ]  # fmt: skip


def populate(sandbox: AxroSandbox, *, products: int, seed: int) -> None:
    rng = random.Random(seed)
    sandbox.billing = dict(BILLING)
    sandbox.products.extend(_document_products())
    brands = BRANDS + MINOR_BRANDS
    for index in range(products):
        brand = BRANDS[index % len(BRANDS)] if index % 40 else brands[8 + index // 40 % 3]
        category = CATEGORIES[(index // len(BRANDS)) % len(CATEGORIES)]
        colour = COLOURS[(index // len(BRANDS)) % len(COLOURS)]
        sandbox.products.append(
            _product(
                f"{brand[:3].upper()}T{index:04d}{colour[0]}",
                brand,
                f"{rng.randrange(1000, 9999)}C{index:03d}",
                f"45{index:011d}",
                f"{brand} Toner {index:04d} {colour}",
                category,
                price=500 + rng.randrange(0, 20000),
                stock=rng.choice([0, 0, 3, 12, 40, 250]),
                modified=f"2025-09-{1 + index % 28:02d} {index % 24:02d}:46:01+00:00",
            )
        )
    for address in DOCUMENT_ADDRESSES:
        sandbox.add_address(dict(address))
    _document_orders(sandbox)
    usable = sandbox.addresses[DOCUMENT_ADDRESSES[0]["id"]]
    generated = [p for p in sandbox.products if p["price"]][7:]
    for index in range(24):
        lines = [
            (product, 1 + k, product["price"][0]["price"] * (1 + k))
            for k, product in enumerate(generated[(index * 7) % len(generated) :][: 1 + index % 3])
        ]
        order = sandbox.record_order(
            lines,
            address=usable,
            reference=f"2531{index:04d}",
            date=f"2025-08-{1 + index % 28:02d}",
        )
        sandbox.record_shipment(order)


def _document_orders(sandbox: AxroSandbox) -> None:
    """The orders, shipments and tracking the examples name: order 522214 (`orderList`), 123456
    (its details and `shipmentList(orderNumber: "123456")`), 1234567 (`orderDetails`), 111111
    (shipped as 654321, `shipmentDetails`) and shipment 567517 (`trackingHistory`)."""
    product = {p["productNumber"]: p for p in sandbox.products}
    epson, freight = product["EPSET20692"], product["FR_AUTO_MD"]
    small: list[tuple[Record, int, int]] = [(epson, 1, 2785), (freight, 1, 295)]

    def order(number: str, lines: Any, invoice: str, source: str = "online") -> Record:
        return sandbox.record_order(
            lines, address=AXRO_HQ, reference="25310133", date="2025-08-19",
            number=number, invoice=invoice, source=source,
        )  # fmt: skip

    big = [(product["CANL055BK"], 120, 120000), (product["HPCF540A"], 21, 127326)]
    order("522214", big, "654214", source="Webshop")
    sandbox.record_shipment(sandbox.orders["522214"], shipping_date="2025-08-20")
    shipped = order("123456", small, "654321")
    sandbox.record_shipment(
        shipped, number="123456", tracking_code="1234567890", company="AXRO GmbH",
        date="2025-08-20", shipping_date="2025-08-19",
    )  # fmt: skip
    order("111111", small, "123456")
    sandbox.record_shipment(sandbox.orders["111111"], number="654321", shipping_date="2025-08-19")
    delivered = order("1234567", small, "654999")
    code = "00340434111111199160"
    history = {
        code: {
            "states": {
                "0": {
                    **tracking_state(
                        "2025-08-18T13:34:00+02:00",
                        "Delivered successfully",
                        "Delivery",
                        "H10",
                        "DHL",
                    ),
                    "location": {"place": ""},
                }
            },
            "estimatedDeliveryDate": {
                "date": "2025-08-18 14:35:00.000000",
                "timezone_type": 3,
                "timezone": "Europe/Berlin",
            },
            "delivered": True,
        }
    }
    sandbox.record_shipment(
        delivered, number="567517", tracking_code=code, status="Delivered",
        shipping_date="2025-08-18", history=history,
    )  # fmt: skip
