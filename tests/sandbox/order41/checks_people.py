"""Contacts (access lists, invitations, files) and pricelists (values, access, files)."""

from __future__ import annotations

import json

from .api import UNKNOWN, Api, behaviour, ids

CONTACT = "id name email type phone ownerId"
ACCESS = "accessCustomers { accessContactId } accessSuppliers { accessContactId }"


@behaviour("createContactV2", "createContact", "updateContact", "deleteContact")
def contact_life(api: Api) -> None:
    sent = {"name": "Boutique Nord", "email": "nord@example.com", "type": 1}
    created = api.ok("createContactV2", CONTACT, data=sent)
    assert {k: created[k] for k in sent} == sent and created["ownerId"] == "1"
    assert api.ok("getContact", CONTACT, id=created["id"]) == created
    old = api.ok(
        "createContact",
        "id name email",
        name="Old Style",
        email="old@example.com",
        sellerUserIds=[6],
    )
    assert api.state.contacts[old["id"]]["sellerUserIds"] == ["6"]
    unknown_rep = {"name": "x", "sellerUserIds": [int(UNKNOWN)]}
    assert api.error("createContact", **unknown_rep) == "NOT_FOUND"
    assert api.ok("getContact", "type", id=created["id"]) == {"type": 1}
    assert api.ok("createContactV2", "type", data={"name": "Default"}) == {"type": 0}
    assert old["name"] == "Old Style" and old["email"] == "old@example.com"
    assert api.ok("getContact", "name", id=old["id"]) == {"name": "Old Style"}
    found = api.ok("listContacts", "id", filter={"query": "nord"})
    assert ids(found) == [created["id"]]
    assert (
        api.ok("updateContact", id=created["id"], data={"phone": "+4940123"}) == "Contact updated"
    )
    assert api.ok("getContact", "phone", id=created["id"]) == {"phone": "+4940123"}
    api.ok("addAccessCustomers", "id", id="1", customerIds=[created["id"]])
    assert api.ok("deleteContact", contactId=created["id"]) == "Contact deleted"
    assert api.error("getContact", id=created["id"]) == "NOT_FOUND"
    assert api.ok("getContact", ACCESS, id="1")["accessCustomers"] == []  # cascaded
    assert api.error("deleteContact", contactId=created["id"]) == "NOT_FOUND"
    assert api.error("createContactV2", data={"phone": "1"}) == "BAD_USER_INPUT"


@behaviour(
    "addAccessCustomers", "removeAccessCustomers", "addAccessSuppliers", "removeAccessSuppliers"
)
def access_lists(api: Api) -> None:
    for field, key, argument in (
        ("AccessCustomers", "accessCustomers", "customerIds"),
        ("AccessSuppliers", "accessSuppliers", "supplierIds"),
    ):
        added = api.ok(f"add{field}", ACCESS, id="2", **{argument: ["1", "3"]})
        assert [a["accessContactId"] for a in added[key]] == ["1", "3"]
        assert api.ok(f"add{field}", ACCESS, id="2", **{argument: ["1"]})[key] == added[key]
        kept = api.ok(f"remove{field}", ACCESS, id="2", **{argument: ["1"]})
        assert [a["accessContactId"] for a in kept[key]] == ["3"]
        assert api.ok("getContact", ACCESS, id="2")[key] == kept[key]
        assert api.error(f"add{field}", id="2", **{argument: [UNKNOWN]}) == "NOT_FOUND"
    # accessCount counts contacts with a user account, not access entries (test_list_meta)
    meta = api.ok("_listContactsMeta", "accessCount", filter={"query": "buyer 2"})
    assert meta == {"accessCount": 1}


@behaviour("inviteContact")
def invite(api: Api) -> None:
    assert api.ok("getContact", "invite lastInvite", id="4") == {
        "invite": False,
        "lastInvite": None,
    }
    invited = api.ok("inviteContact", "invite lastInvite", id="4")
    assert invited["invite"] is True and invited["lastInvite"]
    assert api.ok("getContact", "invite", id="4") == {"invite": True}
    assert api.error("inviteContact", id=UNKNOWN) == "NOT_FOUND"


@behaviour("generateContactsSpreadsheet", "importContacts", "downloadContacts")
def contact_files(api: Api) -> None:
    job = api.ok("generateContactsSpreadsheet", "id type", type="CSV")
    url = api.finished(job)["result"]
    assert url.endswith("contacts.csv")
    count = api.ok("_listContactsMeta", "count")["count"]
    api.ok("updateContact", id="2", data={"name": "Renamed Buyer"})
    imported = json.loads(api.finished(api.ok("importContacts", "id type", fileUrl=url))["result"])
    assert imported["imported"] == count
    assert api.ok("_listContactsMeta", "count")["count"] == count  # upserted by email
    assert api.ok("getContact", "name", id="2") == {"name": "Buyer 2"}  # the file's name back
    unknown = api.ok("importContacts", "id type", fileUrl="https://elsewhere.example/c.csv")
    assert json.loads(api.finished(unknown)["result"])["imported"] == 0
    assert api.ok("downloadContacts", type="csv").endswith(".csv")
    assert api.ok("downloadContacts", type="excel").endswith(".xlsx")


# -- pricelists ---------------------------------------------------------------------------------

PRICELIST = "id name currency dropId dropName values { productId price } _values { count } _access { count }"  # noqa: E501


@behaviour("createPricelist", "updatePricelist", "deletePricelist")
def pricelist_life(api: Api) -> None:
    product = api.ok("getDrop", "dropProducts(first: 1) { productId }", id="3")["dropProducts"][0][
        "productId"
    ]
    created = api.ok(
        "createPricelist",
        PRICELIST,
        pricelist={
            "name": "Peer USD",
            "currency": "USD",
            "dropId": "3",
            "values": [{"productId": product, "price": 7.0}],
            "access": [{"contactId": "2"}],
        },
    )
    assert (created["name"], created["currency"], created["dropName"]) == (
        "Peer USD",
        "USD",
        "Outlet",
    )
    assert created["values"] == [{"productId": product, "price": 7.0}] and created["_access"] == {
        "count": 1
    }
    assert api.ok("getPricelist", PRICELIST, id=created["id"]) == created
    assert ids(api.ok("listPricelists", "id", filter={"query": "peer"})) == [created["id"]]
    changed = api.ok(
        "updatePricelist",
        "name currency",
        id=created["id"],
        pricelist={"name": "Peer EUR", "currency": "EUR"},
    )
    assert changed == {"name": "Peer EUR", "currency": "EUR"}
    assert api.ok("getPricelist", "name", id=created["id"]) == {"name": "Peer EUR"}
    assert api.ok("deletePricelist", pricelistId=created["id"]) == "Pricelist deleted"
    assert api.error("getPricelist", id=created["id"]) == "NOT_FOUND"
    assert api.error("getPricelistValuesByPricelistId", pricelistId=created["id"]) == "NOT_FOUND"
    assert api.error("createPricelist", pricelist={"currency": "EUR"}) == "BAD_USER_INPUT"


@behaviour(
    "createPricelistValue",
    "updatePricelistValue",
    "updatePricelistValues",
    "deletePricelistValue",
    "getPricelistValuesByPricelistId",
)
def pricelist_values(api: Api) -> None:
    def values() -> list[tuple[str, float]]:
        found = api.ok("getPricelistValuesByPricelistId", "productId price", pricelistId="2")
        return [(v["productId"], v["price"]) for v in found]

    before = values()
    assert len(before) == 5
    value = api.ok(
        "createPricelistValue",
        "id productId price rrp",
        pricelistValue={"pricelistId": "2", "productId": "7", "price": 3.5, "rrp": "9"},
    )
    assert (value["productId"], value["price"], value["rrp"]) == ("7", 3.5, "9")
    assert values() == [*before, ("7", 3.5)]
    assert api.ok(
        "updatePricelistValue",
        "price",
        id=value["id"],
        pricelistValue={"productId": "7", "price": 4.0},
    ) == {"price": 4.0}
    many = api.ok(
        "updatePricelistValues",
        "productId price",
        pricelistId="2",
        values=[{"productId": "7", "price": 5.0}, {"productId": "8", "price": 6.0}],
    )
    assert many == [{"productId": "7", "price": 5.0}, {"productId": "8", "price": 6.0}]
    assert values() == [*before, ("7", 5.0), ("8", 6.0)]
    assert api.ok("deletePricelistValue", "id", id=value["id"]) == {"id": value["id"]}
    assert values() == [*before, ("8", 6.0)]
    assert api.error("deletePricelistValue", id=value["id"]) == "NOT_FOUND"
    assert (
        api.error(
            "createPricelistValue",
            pricelistValue={"pricelistId": "2", "productId": UNKNOWN, "price": 1.0},
        )
        == "NOT_FOUND"
    )


@behaviour("createPricelistAccess", "deletePricelistAccess")
def pricelist_access(api: Api) -> None:
    entry = api.ok(
        "createPricelistAccess",
        "id contactId pricelistId accessType",
        pricelistAccess={"pricelistId": "3", "contactId": "1", "accessType": 2},
    )
    assert (entry["contactId"], entry["pricelistId"], entry["accessType"]) == ("1", "3", 2)
    assert api.ok("getPricelist", "_access { count }", id="3") == {"_access": {"count": 2}}
    by_contact = api.ok("deletePricelistAccess", "id", pricelistId="3", contactId="1")
    assert by_contact == {"id": entry["id"]}
    seeded = api.ok("getPricelist", "access { id }", id="3")["access"][0]["id"]
    assert api.ok("deletePricelistAccess", "id", id=seeded) == {"id": seeded}
    assert api.ok("getPricelist", "_access { count }", id="3") == {"_access": {"count": 0}}
    assert api.error("deletePricelistAccess", id=seeded) == "NOT_FOUND"


@behaviour("generatePricelistSpreadsheet", "importPricelist")
def pricelist_files(api: Api) -> None:
    job = api.ok("generatePricelistSpreadsheet", "id type dropId", id="1", type="EXCEL")
    assert job["dropId"] == "1"
    url = api.finished(job)["result"]
    assert url.endswith("pricelist-1.xlsx")
    imported = api.ok("importPricelist", "id type", fileUrl=url, id="4")
    assert json.loads(api.finished(imported)["result"])["imported"] == 5
    values = api.ok("getPricelistValuesByPricelistId", "productId", pricelistId="4")
    first = api.ok("getPricelistValuesByPricelistId", "productId", pricelistId="1")
    assert {v["productId"] for v in first} <= {v["productId"] for v in values}
    assert api.error("importPricelist", fileUrl=url, id=UNKNOWN) == "NOT_FOUND"
    assert api.error("generatePricelistSpreadsheet", id=UNKNOWN) == "NOT_FOUND"
