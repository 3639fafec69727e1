"""Drops (and their discounts, ratings and files), events."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .api import UNKNOWN, Api, behaviour, ids

MEMBERS = "_dropProductsMeta { count } dropProducts(first: 1000) { id productId rowOrder }"


def members(api: Api, drop_id: str) -> list[str]:
    found = api.ok("getDrop", MEMBERS, id=drop_id)
    assert found["_dropProductsMeta"]["count"] == len(found["dropProducts"])
    return [m["productId"] for m in found["dropProducts"]]


@behaviour("createDrop", "updateDrop", "deleteDrop")
def drop_life(api: Api) -> None:
    sent = {"name": "Peer Drop", "season": "FW30", "currencySell": "USD", "discoverable": True}
    created = api.ok("createDrop", "id name season currencySell discoverable status", input=sent)
    assert {k: created[k] for k in sent} == sent and created["status"] == 0
    assert api.ok("getDrop", "name", id=created["id"]) == {"name": "Peer Drop"}
    assert ids(api.ok("listDrops", "id", filter={"query": "Peer Drop"})) == [created["id"]]
    assert created["id"] in ids(api.ok("discoverDrops", "id", first=100))
    changed = api.ok(
        "updateDrop", "id name info", id=created["id"], dropData={"name": "Renamed", "info": "i"}
    )
    assert changed == {"id": created["id"], "name": "Renamed", "info": "i"}
    assert api.ok("getDrop", "name", id=created["id"]) == {"name": "Renamed"}
    assert api.ok("deleteDrop", "id", id=created["id"]) == {"id": created["id"]}
    assert api.error("getDrop", id=created["id"]) == "NOT_FOUND"
    assert api.error("deleteDrop", id=created["id"]) == "NOT_FOUND"
    assert api.error("createDrop", input={"season": "no name"}) == "BAD_USER_INPUT"
    supplied = api.ok(
        "createDrop", "supplierName supplier { id }", input={"name": "S", "supplierId": "4"}
    )
    assert supplied == {"supplierName": "Supplier 1", "supplier": {"id": "4"}}
    assert api.error("createDrop", input={"name": "S", "supplierId": UNKNOWN}) == "NOT_FOUND"


@behaviour("duplicateDrop", "copyDrop")
def drop_copies(api: Api) -> None:
    copy = api.ok("duplicateDrop", "id name ownerId", id="2")
    assert copy["name"] == "Summer Basics (copy)" and copy["id"] != "2"
    assert members(api, copy["id"]) == members(api, "2")
    urlkeys = (
        api.ok("getDrop", "urlkey", id="3")["urlkey"],
        api.ok("getProfile", "urlkey", id="4")["urlkey"],
    )
    job = api.ok("copyDrop", "id type dropId", dropUrlkey=urlkeys[0], targetUserUrlkey=urlkeys[1])
    copied = json.loads(api.finished(job)["result"])["dropId"]
    assert copied == job["dropId"]
    assert api.ok("getDrop", "name ownerId", id=copied) == {"name": "Outlet", "ownerId": "4"}
    assert members(api, copied) == members(api, "3")
    assert api.error("copyDrop", dropUrlkey="nope", targetUserUrlkey=urlkeys[1]) == "NOT_FOUND"


@behaviour("addProductsToDrop", "removeProductsFromDrop", "updateDropProduct")
def drop_products(api: Api) -> None:
    outside = [
        p for p in ids(api.ok("listProducts", "id", first=1000)) if p not in members(api, "1")
    ]
    assert api.ok("addProductsToDrop", dropId="1", productIds=outside[:2]) == 2
    assert api.ok("addProductsToDrop", dropId="1", productIds=outside[:2]) == 0  # present
    assert members(api, "1")[-2:] == outside[:2]
    counted = api.ok("_listProductsMeta", "count", filter={"dropId": {"eq": "1"}})["count"]
    assert counted == len(members(api, "1"))
    assert api.ok("removeProductsFromDrop", dropId="1", productIds=[outside[0], UNKNOWN]) == 1
    assert outside[0] not in members(api, "1")
    moved = api.ok(
        "updateDropProduct", "productId rowOrder", dropId="1", productId=outside[1], rowOrder=-1
    )
    assert moved == {"productId": outside[1], "rowOrder": -1}
    ordered = api.ok(
        "getDrop", "dropProducts(first: 1, orderBy: [ROW_ORDER_ASC]) { productId }", id="1"
    )
    assert ordered["dropProducts"] == [{"productId": outside[1]}]
    assert api.error("addProductsToDrop", dropId=UNKNOWN, productIds=["1"]) == "NOT_FOUND"
    assert api.error("updateDropProduct", dropId="1", productId=UNKNOWN, rowOrder=1) == "NOT_FOUND"


@behaviour("shareDrop")
def share_drop(api: Api) -> None:
    assert "2" not in ids(api.ok("listSharedDrops", "id"))
    shared = api.ok(
        "shareDrop",
        "id status lastPromotion",
        id="2",
        input={"message": "Look", "allContacts": True},
    )
    assert shared["id"] == "2" and shared["status"] == 1 and shared["lastPromotion"]
    assert "2" in ids(api.ok("listSharedDrops", "id"))
    assert api.ok("_listSharedDropsMeta", "count")["count"] == 2
    assert api.error("shareDrop", id="2", input={"message": " "}) == "BAD_USER_INPUT"


@behaviour("rateDrop", "getDropRate")
def ratings(api: Api) -> None:
    assert api.ok("getDropRate", "dropId rate", id="4") == {"dropId": "4", "rate": None}
    assert api.ok("rateDrop", "dropId rate", id="4", rate=5) == {"dropId": "4", "rate": 5}
    assert api.ok("getDropRate", "rate", id="4") == {"rate": 5}
    assert api.ok("rateDrop", "rate", id="4", rate=2) == {"rate": 2}  # a new rating replaces
    assert api.ok("getDropRate", "rate", id="4") == {"rate": 2}
    assert api.error("rateDrop", id="4", rate=47) == "BAD_USER_INPUT"  # DECISION: 1 to 5
    assert api.error("getDropRate", id=UNKNOWN) == "NOT_FOUND"


@behaviour("_getDropMeta")
def drop_meta(api: Api) -> None:
    meta = api.ok("_getDropMeta", "orderQty orderTotal orderItemsQty", id="1")
    orders = api.ok("listOrders", "totalAmount qty", filter={"dropId": {"eq": "1"}}, first=1000)
    assert meta["orderQty"] == len(orders) > 0
    assert meta["orderTotal"] == pytest.approx(sum(o["totalAmount"] for o in orders))
    assert meta["orderItemsQty"] == sum(o["qty"] for o in orders)
    assert api.error("_getDropMeta", id=UNKNOWN) == "NOT_FOUND"
    assert api.ok("_getDropMeta", "productFilters { field }", id="1")["productFilters"] == []
    _product_filters(api)


def _product_filters(api: Api) -> None:
    """DECISION (drops.product_filters): a filter per field the drop names, with the values
    its products have; each option narrows dropProducts and _dropProductsMeta alike."""
    first = api.ok("getDrop", "dropProducts { product { id } }", id="1")["dropProducts"][0]
    api.ok("updateProduct", "id", id=first["product"]["id"], data={"customField1": "Wool"})
    api.ok("updateSetting", settings={"customField1Name": "Material"})
    api.ok("updateDrop", "id", id="1", dropData={"filters": [9, 1]})
    shown = api.ok(
        "_getDropMeta", "productFilters { field fieldDescription options { id name } }", id="1"
    )
    suppliers, material = shown["productFilters"]
    assert (suppliers["field"], suppliers["fieldDescription"]) == ("supplierName", "Supplier name")
    assert [o["id"] for o in suppliers["options"]] == ["Supplier 1", "Supplier 2", "Supplier 3"]
    assert material == {
        "field": "customField1",
        "fieldDescription": "Material",
        "options": [{"id": "Wool", "name": "Wool"}],
    }
    everything = api.ok("getDrop", "_dropProductsMeta { count }", id="1")["_dropProductsMeta"]
    for filter_ in ({"customField1": {"eq": "Wool"}}, {"supplierName": {"eq": "Supplier 2"}}):
        select = (
            "dropProducts(filter: $f, first: 1000) { productId }"
            " _dropProductsMeta(filter: $f) { count }"
        )
        answer = api.http.post(
            api.url,
            json={
                "query": f"query($f: ProductModelFilter) {{ getDrop(id: 1) {{ {select} }} }}",
                "variables": {"f": filter_},
            },
            headers=api.headers,
        ).json()["data"]["getDrop"]
        assert 0 < len(answer["dropProducts"]) == answer["_dropProductsMeta"]["count"]
        assert answer["_dropProductsMeta"]["count"] < everything["count"]
    wool = api.ok(
        "getDrop", 'dropProducts(filter: {customField1: {eq: "Wool"}}) { productId }', id="1"
    )
    assert wool["dropProducts"] == [{"productId": first["product"]["id"]}]

    # DECISION (drops.drop_product_list): Drop.products narrows by filterBy/filterValue,
    # typeValue and query the same way.
    def products(arguments: str) -> Any:
        answer = api.ok("getDrop", f"products({arguments}) {{ id }}", id="1")
        return [p["id"] for p in answer["products"]]

    every = products("first: 1000")
    assert products('filterBy: 1, filterValue: "Wool"') == [first["product"]["id"]]
    assert products("filterBy: 1") == every  # a field without a value does not narrow
    by_supplier = products('filterBy: 9, filterValue: "Supplier 2"')
    assert 0 < len(by_supplier) < len(every) and set(by_supplier) < set(every)
    api.ok("updateProduct", "id", id=first["product"]["id"], data={"type": "T-Shirt"})
    assert products('typeValue: "T-Shirt"') == [first["product"]["id"]]
    name = api.ok("getProduct", "name", id=every[1])["name"]
    assert every[1] in products(f'query: "{name}"')
    assert products("first: 2, offset: 1") == every[1:3]
    bad = api.run("getDrop", "products(filterBy: 10) { id }", id="1")
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


DROP_FILES = {
    "generateAssetArchive": ("dropId", {}, ".zip"),
    "generateDropPdf": ("dropId", {}, ".pdf"),
    "generateDropProductsImagesZip": ("id", {}, ".zip"),
    "generateDropProductsSpreadsheet": ("id", {"type": "CSV"}, ".csv"),
    "generateDropOrdersSpreadsheet": ("id", {"type": "EXCEL"}, ".xlsx"),
    "generateDropOrdersOverviewSpreadsheet": ("id", {"type": "CSV"}, ".csv"),
    "generateDropSupplierOrderSpreadsheet": ("id", {}, ".xlsx"),
}


@behaviour(*DROP_FILES)
def drop_files(api: Api) -> None:
    for field, (argument, options, extension) in DROP_FILES.items():
        job = api.ok(field, "id type dropId completedAt", **{argument: "3"}, **options)
        assert job["type"] == field and job["dropId"] == "3" and job["completedAt"] is None
        url = api.finished(job)["result"]
        assert "drop-3-" in url and url.endswith(extension)
        assert api.error(field, **{argument: UNKNOWN}) == "NOT_FOUND"
    drop = api.ok("getDrop", "pdfUrl assetsArchiveUrl", id="3")
    assert drop["pdfUrl"].endswith(".pdf") and drop["assetsArchiveUrl"].endswith(".zip")


# -- discounts ----------------------------------------------------------------------------------

DISCOUNT = "id name percentageValue active ownerId"


@behaviour("createDiscount", "updateDiscount", "deleteDiscounts")
def discount_life(api: Api) -> None:
    created = api.ok(
        "createDiscount", DISCOUNT, discount={"name": "Peer 12", "percentageValue": 12.0}
    )
    assert (
        created["name"] == "Peer 12"
        and created["percentageValue"] == 12.0
        and created["ownerId"] == "1"
    )
    assert api.ok("getDiscount", DISCOUNT, id=created["id"]) == created
    assert ids(api.ok("listDiscounts", "id", filter={"query": "peer"})) == [created["id"]]
    changed = api.ok(
        "updateDiscount",
        "percentageValue active",
        id=created["id"],
        discount={"percentageValue": 7.5, "active": False},
    )
    assert changed == {"percentageValue": 7.5, "active": False}
    assert api.ok("getDiscount", "percentageValue", id=created["id"]) == {"percentageValue": 7.5}
    api.ok("addDiscount", "id", discountId=created["id"], dropId="2")
    removed = api.ok("deleteDiscounts", "id", id={"in": [created["id"], UNKNOWN]})
    assert ids(removed) == [created["id"]]
    assert api.error("getDiscount", id=created["id"]) == "NOT_FOUND"
    on_drop = ids(api.ok("getDrop", "discounts { id }", id="2")["discounts"])
    assert created["id"] not in on_drop and on_drop == ["2"]  # cascaded
    assert api.error("updateDiscount", id=UNKNOWN, discount={}) == "NOT_FOUND"


@behaviour("addDiscount", "removeDiscount")
def drop_discounts(api: Api) -> None:
    link = api.ok("addDiscount", "id discount { id } drop { id }", discountId="4", dropId="1")
    assert link["discount"] == {"id": "4"} and link["drop"] == {"id": "1"}
    assert ids(api.ok("getDrop", "discounts { id }", id="1")["discounts"]) == ["1", "4"]
    assert api.ok("addDiscount", "id", discountId="4", dropId="1")["id"] == link["id"]
    gone = api.ok("removeDiscount", "id", discountId="4", dropId="1")
    assert gone["id"] == link["id"]
    assert ids(api.ok("getDrop", "discounts { id }", id="1")["discounts"]) == ["1"]
    assert api.error("removeDiscount", discountId="4", dropId="1") == "NOT_FOUND"
    assert api.error("addDiscount", discountId=UNKNOWN, dropId="1") == "NOT_FOUND"


@behaviour("createEvent")
def create_event(api: Api) -> None:
    created = api.ok(
        "createEvent", "id type payload", input={"type": "peer.tested", "payload": '{"ok": true}'}
    )
    assert created["type"] == "peer.tested" and json.loads(created["payload"]) == {"ok": True}
    assert api.ok("getEvent", "type", id=created["id"]) == {"type": "peer.tested"}
    assert ids(api.ok("listEvents", "id", filters={"type": "peer.tested"})) == [created["id"]]
    assert api.ok("_listEventsMeta", "count", filters={"type": "peer.tested"}) == {"count": 1}
    assert api.error("createEvent", input={"payload": "{}"}) == "BAD_USER_INPUT"
