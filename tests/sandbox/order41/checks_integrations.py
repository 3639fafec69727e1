"""Integrations (Shopify, data, partner integrations and their configuration, links to
external systems, webhooks), the network (connect requests, partners, notifications, seller
search) and background jobs."""

from __future__ import annotations

import json

from .api import UNKNOWN, Api, behaviour, ids

SHOPIFY = "id ownerId shopifyUrl shopifyApiSecretKey"


@behaviour("getIntegration", "putIntegration", "deleteIntegration")
def shopify(api: Api) -> None:
    assert api.ok("getIntegration", SHOPIFY, userId="4")["ownerId"] == "4"
    mine = api.ok("getIntegration", SHOPIFY)
    assert mine["ownerId"] == "1"
    assert (
        api.ok("putIntegration", data={"shopifyUrl": "https://peer.myshopify.test"})
        == "Integration updated"
    )
    assert api.ok("getIntegration", "shopifyUrl") == {"shopifyUrl": "https://peer.myshopify.test"}
    assert api.ok("deleteIntegration", id=mine["id"]) is True
    assert api.error("getIntegration") == "NOT_FOUND"
    assert api.error("deleteIntegration", id=mine["id"]) == "NOT_FOUND"
    assert (
        api.ok("putIntegration", data={"shopifyUrl": "https://new.myshopify.test"})
        == "Integration created"
    )
    assert api.ok("getIntegration", "shopifyUrl") == {"shopifyUrl": "https://new.myshopify.test"}
    assert api.error("getIntegration", userId=UNKNOWN) == "NOT_FOUND"


@behaviour("getIntegrationData", "putIntegrationData")
def integration_data(api: Api) -> None:
    pairs = [
        {"fieldName": "warehouse", "value": "north"},
        {"fieldName": "syncStock", "value": "false"},
    ]
    assert api.ok("putIntegrationData", keysValues=pairs) == "Stored 2 values"
    found = api.ok(
        "getIntegrationData", "fieldName value", fieldNames=["warehouse", "syncStock", "never"]
    )
    assert found == [*pairs, {"fieldName": "never", "value": None}]
    everything = api.ok("getIntegrationData", "fieldName")
    assert [f["fieldName"] for f in everything] == ["shopifyLocation", "syncStock", "warehouse"]
    other = api.ok("getIntegrationData", "fieldName value", fieldNames=["warehouse"], userId="4")
    assert other == [{"fieldName": "warehouse", "value": None}]  # per user
    assert api.error("putIntegrationData", keysValues=[{"value": "x"}]) == "BAD_USER_INPUT"


@behaviour("getIntegrationTokenByOrderId")
def order_token(api: Api) -> None:
    first = api.ok("getIntegrationTokenByOrderId", "fieldName value", orderId="4")
    assert first["fieldName"] == "integrationToken"
    assert api.ok("getIntegrationTokenByOrderId", "value", orderId="5") == {"value": first["value"]}
    assert api.as_token(first["value"]).ok("getProfile", "id") == {"id": "1"}  # the seller's
    assert api.error("getIntegrationTokenByOrderId", orderId=UNKNOWN) == "NOT_FOUND"


@behaviour("createPartnerIntegration", "listPartnerIntegrations")
def partners(api: Api) -> None:
    created = api.ok(
        "createPartnerIntegration",
        "id name type owner { id }",
        input={"name": "Peer ERP", "type": "QUICKBOOKS"},
    )
    assert (
        created["name"] == "Peer ERP"
        and created["type"] == "QUICKBOOKS"
        and created["owner"] == {"id": "1"}
    )
    assert api.ok("getPartnerIntegration", "name", id=created["id"]) == {"name": "Peer ERP"}
    quickbooks = api.ok("listPartnerIntegrations", "id", filter={"type": {"eq": "QUICKBOOKS"}})
    assert ids(quickbooks) == ["2", created["id"]]
    assert len(api.ok("listPartnerIntegrations")) == 5
    common = api.ok("listPartnerIntegrations", "id", filter={"type": {"in": ["COMMON", "SHOPIFY"]}})
    assert ids(common) == ["1", "3", "4"]
    assert api.error("createPartnerIntegration", input={"name": "no type"}) == "BAD_USER_INPUT"


CONFIG = "id key value partnerIntegrationId"


@behaviour(
    "createIntegrationConfiguration",
    "updateIntegrationConfiguration",
    "deleteIntegrationConfiguration",
    "upsertIntegrationConfigurations",
)
def configurations(api: Api) -> None:
    created = api.ok(
        "createIntegrationConfiguration",
        CONFIG,
        input={"key": "region", "value": "eu", "partnerIntegrationId": "3"},
    )
    assert {k: created[k] for k in ("key", "value", "partnerIntegrationId")} == {
        "key": "region",
        "value": "eu",
        "partnerIntegrationId": "3",
    }
    listed = api.ok("listIntegrationConfigurations", CONFIG, filter={"partnerIntegrationId": "3"})
    assert listed[-1] == created and len(listed) == 2
    changed = api.ok(
        "updateIntegrationConfiguration",
        "value",
        integrationConfigurationId=created["id"],
        input={"value": "us"},
    )
    assert changed == {"value": "us"}
    nested = api.ok("getPartnerIntegration", "listConfigurations { key value }", id="3")
    assert nested["listConfigurations"][-1] == {"key": "region", "value": "us"}
    upserted = api.ok(
        "upsertIntegrationConfigurations",
        partnerIntegrationId="3",
        keysValues=[{"key": "region", "value": "apac"}, {"key": "currency", "value": "EUR"}],
    )
    assert upserted == 2
    keys = api.ok(
        "listIntegrationConfigurations",
        "key value",
        filter={"partnerIntegrationIds": {"eq": "3"}, "key": ["region", "currency"]},
    )
    assert keys == [{"key": "region", "value": "apac"}, {"key": "currency", "value": "EUR"}]
    assert api.ok(
        "deleteIntegrationConfiguration", "id", integrationConfigurationId=created["id"]
    ) == {"id": created["id"]}
    assert (
        api.error("deleteIntegrationConfiguration", integrationConfigurationId=created["id"])
        == "NOT_FOUND"
    )
    bad = {"key": "k", "partnerIntegrationId": UNKNOWN}
    assert api.error("createIntegrationConfiguration", input=bad) == "NOT_FOUND"


EXTERNAL = {
    "Products": ("productId", "productIds"),
    "Orders": ("orderId", "orderIds"),
    "Contacts": ("contactId", "contactIds"),
}


@behaviour(
    *(f"{verb}External{kind}" for kind in EXTERNAL for verb in ("put", "get")),
    "deleteExternalProduct",
)
def external_links(api: Api) -> None:
    for kind, (key, plural) in EXTERNAL.items():
        select = f"{key} partnerIntegrationId externalSystemId externalSystemName extra"
        link = {
            key: "3",
            "partnerIntegrationId": "2",
            "externalSystemId": "qb-3",
            "externalSystemName": "quickbooks",
            "extra": "x",
        }
        assert (
            api.ok(f"putExternal{kind}", **{f"external{kind}": [link]})
            == f"Stored 1 external {kind.lower()[:-1]}s"
        )
        found = api.ok(f"getExternal{kind}", select, **{plural: ["3"]})
        assert link in found and all(f[key] == "3" for f in found)
        listed = api.ok(f"listExternal{kind}", select, filter={"partnerIntegrationId": {"eq": "2"}})
        assert listed == [link]
        assert api.ok(f"getExternal{kind}", select, **{plural: [UNKNOWN]}) == []
        unknown = {**link, key: UNKNOWN}
        assert api.error(f"putExternal{kind}", **{f"external{kind}": [unknown]}) == "NOT_FOUND"
    assert api.ok("deleteExternalProduct", partnerIntegrationId="2", productId="3") == 1
    assert api.ok("deleteExternalProduct", partnerIntegrationId="2", productId="3") == 0
    assert api.ok("getExternalProducts", "partnerIntegrationId", productIds=["3"]) == [
        {"partnerIntegrationId": "1"}
    ]


HOOK = "id url userName ownerId webhookEvents { id eventType objectType webhookId }"


@behaviour(
    "createWebhook",
    "updateWebhook",
    "deleteWebhook",
    "listWebhooks",
    "addWebhookEvents",
    "deleteWebhookEvent",
)
def webhooks(api: Api) -> None:
    sent = {
        "url": "https://example.com/hook",
        "userName": "peer",
        "password": "s3cret",
        "webhookEvents": [{"eventType": "created", "objectType": "order"}],
    }
    hook = api.ok("createWebhook", HOOK, data=sent)
    assert (
        hook["url"] == "https://example.com/hook"
        and hook["userName"] == "peer"
        and hook["ownerId"] == "1"
    )
    assert [(e["eventType"], e["objectType"]) for e in hook["webhookEvents"]] == [
        ("created", "order")
    ]
    assert hook in api.ok("listWebhooks", HOOK)
    assert len(api.ok("listWebhooks")) == 5
    added = api.ok(
        "addWebhookEvents",
        webhookId=hook["id"],
        webhookEvents=[{"eventType": "updated", "objectType": "drop"}],
    )
    assert added == 1
    events = api.ok("updateWebhook", HOOK, id=hook["id"], data={"url": "https://example.com/v2"})
    assert events["url"] == "https://example.com/v2" and len(events["webhookEvents"]) == 2
    replaced = api.ok(
        "updateWebhook",
        HOOK,
        id=hook["id"],
        data={"webhookEvents": [{"eventType": "deleted", "objectType": "cart"}]},
    )
    assert [e["eventType"] for e in replaced["webhookEvents"]] == ["deleted"]
    event_id = replaced["webhookEvents"][0]["id"]
    assert api.ok("deleteWebhookEvent", "id webhookId", id=event_id) == {
        "id": event_id,
        "webhookId": hook["id"],
    }
    assert api.error("deleteWebhookEvent", id=event_id) == "NOT_FOUND"
    assert api.error("createWebhook", data={"url": "not a url"}) == "BAD_USER_INPUT"
    assert api.ok("deleteWebhook", "id", id=hook["id"]) == {"id": hook["id"]}
    assert hook["id"] not in ids(api.ok("listWebhooks"))
    assert api.error("updateWebhook", id=hook["id"], data={}) == "NOT_FOUND"
    assert api.error("addWebhookEvents", webhookId=hook["id"], webhookEvents=[]) == "NOT_FOUND"


# -- the network --------------------------------------------------------------------------------

REQUEST = "id source term acceptedAt rejectedAt requesterUser { id } targetUser { id }"


@behaviour("sendConnectRequest", "acceptConnectRequest", "rejectConnectRequest")
def connect_requests(api: Api) -> None:
    sent = api.ok("sendConnectRequest", REQUEST, userId="5", source="search", term="boots")
    assert (sent["source"], sent["term"], sent["requesterUser"], sent["targetUser"]) == (
        "search",
        "boots",
        {"id": "1"},
        {"id": "5"},
    )
    assert api.ok("getConnectRequest", REQUEST, id=sent["id"]) == sent
    assert api.error("acceptConnectRequest", id=sent["id"]) == "FORBIDDEN"  # only the one asked
    buyer = api.as_token(api.ok("loginAs", email="buyer3@order41.test"))
    note = buyer.ok("listNotifications", "type object { ... on ConnectRequest { id } }")
    assert {"type": "CONNECT_REQUEST", "object": {"id": sent["id"]}} in note
    accepted = buyer.ok("acceptConnectRequest", "id acceptedAt", id=sent["id"])
    assert accepted["id"] == sent["id"] and accepted["acceptedAt"]
    assert "1" in ids(buyer.ok("listPartners"))
    assert "5" in ids(api.ok("listPartners"))
    assert buyer.error("rejectConnectRequest", id=sent["id"]) == "BAD_USER_INPUT"  # answered
    rejected = api.ok("rejectConnectRequest", "rejectedAt acceptedAt", id="4")
    assert rejected["rejectedAt"] and rejected["acceptedAt"] is None
    assert api.ok("_listConnectRequestsMeta", "count", filter={"rejectedAt": {"exists": True}}) == {
        "count": 1
    }
    assert "2" not in ids(api.ok("listPartners"))  # request 4 (from user 5) was rejected
    assert api.error("sendConnectRequest", userId="1") == "BAD_USER_INPUT"
    assert api.error("sendConnectRequest", userId=UNKNOWN) == "NOT_FOUND"
    stranger = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    assert stranger.error("getConnectRequest", id=sent["id"]) == "NOT_FOUND"  # not theirs


@behaviour("readNotification", "unreadNotification")
def notifications(api: Api) -> None:
    unseen = {"seenAt": {"exists": False}}
    before = api.ok("_listNotificationsMeta", "count", filter=unseen)["count"]
    read = api.ok("readNotification", "id seenAt", id="2")
    assert read["id"] == "2" and read["seenAt"]
    assert api.ok("_listNotificationsMeta", "count", filter=unseen)["count"] == before - 1
    assert "2" not in ids(api.ok("listNotifications", filter=unseen))
    assert api.ok("unreadNotification", "seenAt", id="2") == {"seenAt": None}
    assert api.ok("_listNotificationsMeta", "count", filter=unseen)["count"] == before
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    assert buyer.error("readNotification", id="2") == "NOT_FOUND"  # the seller's
    assert api.error("readNotification", id=UNKNOWN) == "NOT_FOUND"


@behaviour("searchSellerProfiles")
def seller_search(api: Api) -> None:
    assert ids(api.ok("searchSellerProfiles", query="agency")) == ["4"]
    assert ids(api.ok("searchSellerProfiles", query="")) == ["1", "4", "6"]
    assert api.ok("searchSellerProfiles", query="buyer") == []  # buyers are not sellers
    api.ok("updateProfile", "id", user={"canSearch": False})
    assert ids(api.ok("searchSellerProfiles", query="demo")) == []


# -- jobs ---------------------------------------------------------------------------------------


@behaviour("getBackgroundJob", "refreshSearch", "generatePresignedPut")
def jobs(api: Api) -> None:
    seeded = api.ok("getBackgroundJob", "id type completedAt result", id="4")
    assert seeded["type"] == "generateInvoice" and seeded["completedAt"] and seeded["result"]
    assert api.error("getBackgroundJob", id=UNKNOWN) == "NOT_FOUND"
    job = api.ok("refreshSearch", "id type completedAt result", type="PRODUCTS")
    assert job["type"] == "refreshSearch" and job["completedAt"] is None and job["result"] is None
    result = json.loads(api.finished(job)["result"])
    assert result == {"type": "PRODUCTS", "indexed": len(api.state.products)}
    again = api.ok("getBackgroundJob", "id completedAt", id=job["id"])
    assert again["id"] == job["id"] and again["completedAt"]  # finished stays finished
    url = api.ok("generatePresignedPut", "url", fileName="stock.csv")["url"]
    assert url.endswith("/stock.csv")
    imported = api.ok("importProducts", "id type", fileUrl=url)
    assert json.loads(api.finished(imported)["result"])["imported"] == 0  # an empty upload
    assert api.error("generatePresignedPut", "url", fileName="") == "BAD_USER_INPUT"
