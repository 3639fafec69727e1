"""A page of products as a BMEcat 2005 catalogue (what `products(format: "xml")` returns)."""

from __future__ import annotations

from decimal import Decimal
from xml.etree import ElementTree as ET

from .state import Record

__all__ = ["NAMESPACE", "bmecat"]

NAMESPACE = "http://www.bmecat.org/bmecat/2005"


def _add(parent: ET.Element, tag: str, text: object = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = str(text)
    return element


def bmecat(products: list[Record], *, total_pages: int) -> str:
    """`T_NEW_CATALOG` with one `PRODUCT` per product: AXRO number as `SUPPLIER_PID`, EAN as
    a GTIN, OEM number as `MANUFACTURER_PID`, titles in both languages, price tiers (cents
    become EUR amounts), stock, and the category as a catalogue-group mapping."""
    root = ET.Element("BMECAT", {"version": "2005", "xmlns": NAMESPACE})
    header = _add(root, "HEADER")
    _add(header, "GENERATOR_INFO", f"AXRO sandbox (pages: {total_pages})")
    catalog = _add(header, "CATALOG")
    _add(catalog, "LANGUAGE", "deu", default="true")
    _add(catalog, "LANGUAGE", "eng")
    _add(catalog, "CATALOG_ID", "AXRO")
    _add(catalog, "CATALOG_VERSION", "1.0")
    _add(catalog, "CATALOG_NAME", "AXRO products")
    _add(catalog, "CURRENCY", "EUR")
    supplier = _add(header, "SUPPLIER")
    _add(supplier, "SUPPLIER_ID", "AXRO", type="supplier_specific")
    _add(supplier, "SUPPLIER_NAME", "AXRO GmbH")
    body = _add(root, "T_NEW_CATALOG")
    groups = _add(body, "CATALOG_GROUP_SYSTEM")
    _add(groups, "GROUP_SYSTEM_ID", "AXRO")
    seen: set[int] = set()
    for product in products:
        category = product["category"]
        if category["id"] not in seen:
            seen.add(category["id"])
            group = _add(groups, "CATALOG_STRUCTURE", type="leaf")
            _add(group, "GROUP_ID", category["id"])
            _add(group, "GROUP_NAME", category["de"], lang="deu")
            _add(group, "GROUP_NAME", category["en"], lang="eng")
            _add(group, "PARENT_ID", 0)
    for product in products:
        _product(body, product)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _product(body: ET.Element, product: Record) -> None:
    element = _add(body, "PRODUCT", mode="new")
    _add(element, "SUPPLIER_PID", product["productNumber"], type="supplier_specific")
    details = _add(element, "PRODUCT_DETAILS")
    _add(details, "DESCRIPTION_SHORT", product["title"]["deDe"], lang="deu")
    _add(details, "DESCRIPTION_SHORT", product["title"]["enGb"], lang="eng")
    if product["ean"]:
        _add(details, "INTERNATIONAL_PID", product["ean"], type="gtin")
    _add(details, "MANUFACTURER_PID", product["oemNumber"])
    _add(details, "MANUFACTURER_NAME", product["brand"])
    features = _add(element, "PRODUCT_FEATURES")
    _add(features, "REFERENCE_FEATURE_SYSTEM_NAME", "AXRO")
    feature = _add(features, "FEATURE")
    _add(feature, "FNAME", "stock")
    _add(feature, "FVALUE", product["stock"])
    order = _add(element, "PRODUCT_ORDER_DETAILS")
    _add(order, "ORDER_UNIT", "C62")
    _add(order, "CONTENT_UNIT", "C62")
    prices = _add(element, "PRODUCT_PRICE_DETAILS")
    for tier in product["price"]:
        price = _add(prices, "PRODUCT_PRICE", price_type="net_customer")
        _add(price, "PRICE_AMOUNT", f"{Decimal(tier['price']) / 100:.2f}")
        _add(price, "PRICE_CURRENCY", "EUR")
        _add(price, "LOWER_BOUND", tier["fromQuantity"])
    mapping = _add(element, "PRODUCT_TO_CATALOGGROUP_MAP")
    _add(mapping, "CATALOG_GROUP_ID", product["category"]["id"])
