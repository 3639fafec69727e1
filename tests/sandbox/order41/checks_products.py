"""Products, variants, option groups and product files: creates echo what was sent and show
up in get and list, updates are visible, deletes remove (with their variants)."""

from __future__ import annotations

import json

from .api import UNKNOWN, Api, behaviour, ids

FIELDS = "id name sku price cost color parentId"


@behaviour("createProduct")
def create_product(api: Api) -> None:
    sent = {"name": "Peer Parka", "sku": "PEER-1", "price": 149.5, "cost": 60.0, "color": "Red"}
    created = api.ok("createProduct", FIELDS, data=sent)
    assert {k: created[k] for k in sent} == sent and created["parentId"] is None
    assert api.ok("getProduct", FIELDS, id=created["id"]) == created
    found = api.ok("listProducts", "id", filter={"query": "Peer Parka"})
    assert ids(found) == [created["id"]]
    assert api.error("createProduct", data={"sku": "no-name"}) == "BAD_USER_INPUT"


@behaviour("createProductInBackground", "updateProductInBackground")
def products_in_background(api: Api) -> None:
    job = api.ok("createProductInBackground", "id type", data={"name": "Queued Coat"})
    assert job["type"] == "createProductInBackground"
    product_id = json.loads(api.finished(job)["result"])["productId"]
    assert api.ok("getProduct", "name", id=product_id) == {"name": "Queued Coat"}
    job = api.ok("updateProductInBackground", "id type", id=product_id, data={"price": 9.5})
    assert json.loads(api.finished(job)["result"]) == {"productId": product_id}
    assert api.ok("getProduct", "price", id=product_id) == {"price": 9.5}
    assert api.error("updateProductInBackground", id=UNKNOWN, data={}) == "NOT_FOUND"


@behaviour("updateProduct")
def update_product(api: Api) -> None:
    updated = api.ok(
        "updateProduct", "id name price", id="5", data={"name": "Renamed", "price": 1.5}
    )
    assert updated == {"id": "5", "name": "Renamed", "price": 1.5}
    assert api.ok("getProduct", "name price", id="5") == {"name": "Renamed", "price": 1.5}
    assert api.error("updateProduct", id=UNKNOWN, data={"name": "x"}) == "NOT_FOUND"
    assert api.error("updateProduct", id="5", data={"parentId": "5"}) == "BAD_USER_INPUT"


@behaviour("duplicateProduct")
def duplicate_product(api: Api) -> None:
    copy = api.ok(
        "duplicateProduct", "id name sku variantsV2 { sku }", id="1", data={"name": "Twin"}
    )
    original = api.ok("getProduct", "sku variantsV2 { sku }", id="1")
    assert copy["id"] != "1" and copy["name"] == "Twin" and copy["sku"] == original["sku"]
    assert copy["variantsV2"] == original["variantsV2"] and len(copy["variantsV2"]) == 3
    assert api.error("duplicateProduct", id=UNKNOWN, data={}) == "NOT_FOUND"


@behaviour("deleteProducts")
def delete_products(api: Api) -> None:
    variants = ids(api.ok("getProduct", "variantsV2 { id }", id="1")["variantsV2"])
    before = api.ok("_listProductsMeta", "count")["count"]
    deleted = api.ok("deleteProducts", "id", id={"in": ["1", "5"]})
    assert sorted(ids(deleted)) == sorted(["1", "5", *variants])
    assert api.ok("_listProductsMeta", "count")["count"] == before - 2
    for gone in ["1", *variants]:
        assert api.error("getProduct", id=gone) == "NOT_FOUND"
    drop_products = api.ok("getDrop", "dropProducts(first: 100) { productId }", id="1")
    assert "1" not in {m["productId"] for m in drop_products["dropProducts"]}
    assert api.ok("deleteProducts", "id", id={"eq": UNKNOWN}) == []


@behaviour("createProductVariants", "updateProductVariants", "deleteProductVariants")
def variants(api: Api) -> None:
    created = api.ok(
        "createProductVariants",
        "id sku price parentId",
        parentId="5",
        variants=[{"sku": "V-S", "optionValue1": "S"}, {"sku": "V-M", "price": 3.5}],
    )
    assert [v["sku"] for v in created] == ["V-S", "V-M"] and {v["parentId"] for v in created} == {
        "5"
    }
    assert created[1]["price"] == 3.5
    listed = api.ok("getProduct", "variantsV2 { id sku }", id="5")["variantsV2"]
    assert [v["sku"] for v in listed] == ["V-S", "V-M"]
    changed = api.ok(
        "updateProductVariants", "id sku", variants=[{"id": created[0]["id"], "sku": "V-XS"}]
    )
    assert changed == [{"id": created[0]["id"], "sku": "V-XS"}]
    assert api.ok("getProduct", "sku", id=created[0]["id"]) == {"sku": "V-XS"}
    removed = api.ok("deleteProductVariants", "id", ids=[created[1]["id"]])
    assert ids(removed) == [created[1]["id"]]
    assert ids(api.ok("getProduct", "variantsV2 { id }", id="5")["variantsV2"]) == [
        created[0]["id"]
    ]
    assert api.error("deleteProductVariants", ids=["5"]) == "BAD_USER_INPUT"  # not a variant
    assert api.error("createProductVariants", parentId=UNKNOWN, variants=[{}]) == "NOT_FOUND"


@behaviour("updateVariantRowOrder")
def variant_row_order(api: Api) -> None:
    first, *_ = ids(api.ok("getProduct", "variantsV2 { id }", id="1")["variantsV2"])
    assert api.ok("updateVariantRowOrder", "id rowOrder", id=first, rowOrder=9) == {
        "id": first,
        "rowOrder": 9,
    }
    assert ids(api.ok("getProduct", "variantsV2 { id }", id="1")["variantsV2"])[-1] == first
    assert api.error("updateVariantRowOrder", id=UNKNOWN, rowOrder=1) == "NOT_FOUND"


OPTIONS = "optionGroups { id name options { id name order } }"


def group(api: Api, group_id: str) -> list[dict[str, object]]:
    groups = api.ok("getProduct", OPTIONS, id="1")["optionGroups"]
    return next(g["options"] for g in groups if g["id"] == group_id)


@behaviour(
    "createProductOptions", "updateProductOption", "removeProductOption", "removeProductOptions"
)
def options(api: Api) -> None:
    created = api.ok("createProductOptions", "id name order", groupId="3", names=["Wool", "Linen"])
    assert [(o["name"], o["order"]) for o in created] == [("Wool", 0), ("Linen", 1)]
    assert group(api, "3") == created
    renamed = api.ok("updateProductOption", "id name", id=created[0]["id"], name="Merino")
    assert renamed == {"id": created[0]["id"], "name": "Merino"}
    assert [o["name"] for o in group(api, "3")] == ["Merino", "Linen"]
    assert api.ok("removeProductOption", "id", id=created[1]["id"]) == {"id": created[1]["id"]}
    assert [o["name"] for o in group(api, "3")] == ["Merino"]
    assert len(api.ok("removeProductOptions", "id", groupId="1")) == 3
    assert group(api, "1") == []
    assert api.error("removeProductOption", id=created[1]["id"]) == "NOT_FOUND"
    assert api.error("createProductOptions", groupId=UNKNOWN, names=["x"]) == "NOT_FOUND"


@behaviour("exportProducts", "importProducts", "bulkProductImportSampleFile")
def product_files(api: Api) -> None:
    job = api.ok("exportProducts", "id type dropId", id="2", type="CSV")
    assert job["dropId"] == "2"
    url = api.finished(job)["result"]
    assert url.endswith(".csv")
    api.ok("updateProduct", "id", id="4", data={"name": "Changed after export"})
    imported = api.ok("importProducts", "id type", fileUrl=url, dropId="3")
    result = json.loads(api.finished(imported)["result"])
    in_drop_2 = api.ok("_listProductsMeta", "count", filter={"dropId": {"eq": "2"}})["count"]
    assert result["imported"] == in_drop_2 > 0
    sample = api.ok("bulkProductImportSampleFile", "url")["url"]
    job = api.ok("importProducts", "id type", fileUrl=sample)
    assert json.loads(api.finished(job)["result"])["imported"] == 1
    assert len(api.ok("listProducts", "id", filter={"query": "SKU-SAMPLE"})) == 1
    unknown = api.ok("importProducts", "id type", fileUrl="https://elsewhere.example/x.csv")
    assert json.loads(api.finished(unknown)["result"])["imported"] == 0
    assert api.error("exportProducts", id=UNKNOWN) == "NOT_FOUND"
