"""Integrations are an account's private data: every root field of the `integrations` domain,
called by another account (buyer 1) with the demo seller's ids, answers NOT_FOUND or shows
nothing of the seller's, and changes nothing of it. A field added to the domain without an
entry in `STRANGER` fails `test_every_integration_field_is_checked`."""

from __future__ import annotations

from typing import Any

import pytest

from b2b_graphql.sandbox.order41 import integrations

from .api import Api, ids

SELLER_TABLES = (
    "integrations",
    "integration_data",
    "partner_integrations",
    "integration_configurations",
    "external_products",
    "external_orders",
    "external_contacts",
    "webhooks",
    "webhook_events",
)
LINK = {"partnerIntegrationId": "1", "externalSystemId": "x", "externalSystemName": "x"}
NOT_FOUND = "NOT_FOUND"
EMPTY: list[Any] = []

#: root field -> (arguments naming the seller's records, NOT_FOUND or the stranger's answer)
STRANGER: dict[str, tuple[dict[str, Any], Any]] = {
    "getIntegration": ({"userId": "1"}, NOT_FOUND),
    "getIntegrationData": ({"userId": "1"}, NOT_FOUND),
    "putIntegrationData": ({"userId": "1", "keysValues": [{"fieldName": "a"}]}, NOT_FOUND),
    "integrationToken": ({"userId": "1"}, NOT_FOUND),
    "getIntegrationTokenByOrderId": ({"orderId": "1"}, NOT_FOUND),
    "deleteIntegration": ({"id": "4"}, NOT_FOUND),  # the seller's (seed)
    "putIntegration": ({"data": {"shopifyUrl": "https://x.test"}}, "Integration updated"),
    "getPartnerIntegration": ({"id": "1"}, NOT_FOUND),
    "listPartnerIntegrations": ({}, EMPTY),
    "createPartnerIntegration": ({"input": {"name": "Mine", "type": "COMMON"}}, None),
    "listIntegrationConfigurations": ({}, EMPTY),
    "createIntegrationConfiguration": (
        {"input": {"key": "k", "value": "v", "partnerIntegrationId": "1"}},
        NOT_FOUND,
    ),
    "updateIntegrationConfiguration": (
        {"integrationConfigurationId": "1", "input": {"value": "v"}},
        NOT_FOUND,
    ),
    "deleteIntegrationConfiguration": ({"integrationConfigurationId": "1"}, NOT_FOUND),
    "upsertIntegrationConfigurations": (
        {"partnerIntegrationId": "1", "keysValues": [{"key": "k", "value": "v"}]},
        NOT_FOUND,
    ),
    "listExternalProducts": ({}, EMPTY),
    "listExternalOrders": ({}, EMPTY),
    "listExternalContacts": ({}, EMPTY),
    "getExternalProducts": ({"productIds": ["1", "2"]}, EMPTY),
    "getExternalOrders": ({"orderIds": ["1", "2"]}, EMPTY),
    "getExternalContacts": ({"contactIds": ["1", "2"]}, EMPTY),
    "putExternalProducts": ({"externalProducts": [{**LINK, "productId": "1"}]}, NOT_FOUND),
    "putExternalOrders": ({"externalOrders": [{**LINK, "orderId": "1"}]}, NOT_FOUND),
    "putExternalContacts": ({"externalContacts": [{**LINK, "contactId": "1"}]}, NOT_FOUND),
    "deleteExternalProduct": ({"partnerIntegrationId": "1", "productId": "1"}, NOT_FOUND),
    "listWebhooks": ({}, EMPTY),
    "createWebhook": ({"data": {"url": "https://stranger.test/hook"}}, None),
    "updateWebhook": ({"id": "1", "data": {"url": "https://x.test"}}, NOT_FOUND),
    "deleteWebhook": ({"id": "1"}, NOT_FOUND),
    "addWebhookEvents": (
        {"webhookId": "1", "webhookEvents": [{"eventType": "created", "objectType": "order"}]},
        NOT_FOUND,
    ),
    "deleteWebhookEvent": ({"id": "1"}, NOT_FOUND),
}
ROOT_FIELDS = sorted(
    field for (type_name, field), _ in integrations.resolvers if type_name in ("Query", "Mutation")
)


def seller_records(api: Api) -> dict[str, Any]:
    """What the seller (user 1) holds in the integration tables."""
    return {
        name: {k: v for k, v in api.state.table(name).items() if owned_by_seller(api, name, v)}
        for name in SELLER_TABLES
    }


def owned_by_seller(api: Api, table: str, record: dict[str, Any]) -> bool:
    if table == "integration_data":
        return str(record["id"]) == "1"
    if table == "webhook_events":
        return api.state.table("webhooks").get(record["webhookId"], {}).get("ownerId") == "1"
    if "ownerId" in record:
        return bool(record["ownerId"] == "1")
    partner = api.state.table("partner_integrations").get(str(record["partnerIntegrationId"]))
    return bool(partner and partner["ownerId"] == "1")


def test_every_integration_field_is_checked() -> None:
    assert sorted(STRANGER) == ROOT_FIELDS


@pytest.mark.parametrize("field", ROOT_FIELDS)
def test_another_account_cannot_reach_the_sellers_integrations(field: str, api: Api) -> None:
    stranger = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    before = seller_records(api)
    args, expected = STRANGER[field]
    if expected == NOT_FOUND:
        assert stranger.error(field, **args) == NOT_FOUND
    elif expected is None:  # a create: the stranger's own, not the seller's
        assert stranger.ok(field, "id owner { id }", **args)["owner"] == {"id": "2"}
    else:
        assert stranger.ok(field, **args) == expected
    assert seller_records(api) == before


def test_user_ids_name_the_caller_or_a_team_it_administers(api: Api) -> None:
    """`userId` may name an account whose team the caller is an ADMIN of (the seller is one
    of the agency, 4; user 6 of the seller's), not a team it is a sales rep in (buyer 1 in
    the seller's), nor anyone else."""
    assert api.ok("getIntegration", "ownerId", userId="4") == {"ownerId": "4"}
    assert api.ok("getIntegrationData", "fieldName", userId="4", fieldNames=["syncStock"])
    assert api.ok("integrationToken", userId="4")
    assert api.error("getIntegration", userId="2") == NOT_FOUND
    assert api.error("putIntegrationData", userId="2", keysValues=[]) == NOT_FOUND
    assert api.error("integrationToken", userId="3") == NOT_FOUND
    admin = api.as_token(api.ok("loginAs", email="rep@order41.test"))
    assert admin.ok("getIntegration", "ownerId", userId="1") == {"ownerId": "1"}
    token = admin.ok("getIntegrationTokenByOrderId", "value", orderId="1")["value"]
    assert api.as_token(token).ok("getProfile", "id") == {"id": "1"}


def test_settings_and_links_of_another_account_stay_private(api: Api) -> None:
    stranger = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    seller_token = api.ok("generateLongLivedToken", "id")["id"]
    api.ok("updateSetting", settings={"integrationTokenId": seller_token})
    mine = api.ok("getSetting", "integrationToken { id }")
    assert mine == {"integrationToken": {"id": seller_token}}
    assert stranger.error("updateSetting", settings={"integrationTokenId": seller_token}) == (
        NOT_FOUND
    )
    assert stranger.ok("getProfile", "setting { addressCity }", id="1") == {"setting": None}
    assert api.ok("getProfile", "setting { addressCity }") == {
        "setting": {"addressCity": "Hamburg"}
    }
    links = "externalProducts { productId }"
    assert api.ok("getProduct", links, id="1") == {"externalProducts": [{"productId": "1"}]}
    assert stranger.ok("getProduct", links, id="1") == {"externalProducts": []}
    assert ids(stranger.ok("listPartnerIntegrations")) == []
