"""Integrations: the Shopify connection and key/value data per user, partner integrations
with their configuration, links to records in external systems, integration tokens and
webhooks.

# DECISION: integrations are an account's private data (they hold its shop's secrets). Every
# record here belongs to one account: an integration, a webhook and a partner integration by
# `ownerId`; a configuration and a link to an external system by its partner integration. A
# record of another account is NOT_FOUND (`common.owned`, as for a foreign notification), lists
# hold the caller's records only, and a `userId` argument may name the caller or a workspace
# whose team the caller is an ADMIN of (a sales rep in a team does not see the team's shop
# secrets); any other user is NOT_FOUND too.
"""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .common import owned, owner_of, related
from .filters import Record, fail, find, page, select

__all__ = ["linked", "resolvers"]

resolvers = Resolvers()
EXTERNAL = {
    "Product": ("external_products", "productId", "products"),
    "Order": ("external_orders", "orderId", "orders"),
    "Contact": ("external_contacts", "contactId", "contacts"),
}


def administered(call: Call) -> set[str]:
    """The accounts whose integrations the caller may act for: its own, and those of the
    teams it is an ADMIN of."""
    me = str(owner_of(call)["id"])
    teams = call.state.table("team_users").values()
    return {me} | {t["userId"] for t in teams if t["credentialId"] == me and t["role"] == "ADMIN"}


def user_id(call: Call, given: Any) -> str:
    """The account a `userId` argument names: the caller without one (NOT_FOUND for a user
    the caller does not administer, known or not)."""
    if given in (None, ""):
        return str(owner_of(call)["id"])
    if str(given) not in administered(call):
        raise fail(f"user {given} not found", "NOT_FOUND")
    return str(given)


# -- the Shopify integration and integration data ----------------------------------------------


@resolvers.query("getIntegration")
def get_integration(call: Call, userId: Any = None) -> Record:
    owner = user_id(call, userId)
    found = [i for i in call.state.table("integrations").values() if i["ownerId"] == owner]
    if not found:
        raise fail(f"user {owner} has no integration", "NOT_FOUND")
    return found[0]


@resolvers.mutation("putIntegration")
def put_integration(call: Call, data: Any = None) -> str:
    """Creates the caller's integration, or updates the fields sent."""
    mine = owner_of(call)["id"]
    existing = next(
        (i for i in call.state.table("integrations").values() if i["ownerId"] == mine), None
    )
    if existing is None:
        call.state.insert("integrations", "Integration", data, ownerId=mine)
        return "Integration created"
    existing.update({k: v for k, v in (data or {}).items() if k in existing})
    return "Integration updated"


@resolvers.mutation("deleteIntegration")
def delete_integration(call: Call, id: Any = None) -> bool:
    record = owned(call, call.state.get("integrations", id, what="integration"), "integration")
    del call.state.table("integrations")[record["id"]]
    return True


def data_of(call: Call, owner: str) -> dict[str, str]:
    table = call.state.table("integration_data")
    table.setdefault(owner, {"id": owner, "values": {}})
    values: dict[str, str] = table[owner]["values"]
    return values


@resolvers.query("getIntegrationData")
def get_integration_data(call: Call, fieldNames: Any = None, userId: Any = None) -> list[Record]:
    """The values stored under the names asked (all of them without `fieldNames`); a name
    never written answers value null."""
    values = data_of(call, user_id(call, userId))
    names = list(fieldNames) if fieldNames else sorted(values)
    return [{"fieldName": name, "value": values.get(name)} for name in names]


@resolvers.mutation("putIntegrationData")
def put_integration_data(call: Call, keysValues: Any = None, userId: Any = None) -> str:
    values = data_of(call, user_id(call, userId))
    pairs = [kv for kv in keysValues or [] if kv]
    for pair in pairs:
        if not pair.get("fieldName"):
            raise fail("putIntegrationData: every entry needs a fieldName")
        values[pair["fieldName"]] = pair.get("value")
    return f"Stored {len(pairs)} values"


@resolvers.mutation("integrationToken")
def integration_token(call: Call, userId: Any = None) -> str:
    return call.state.issue_token(user_id(call, userId), "long").value


@resolvers.query("getIntegrationTokenByOrderId")
def get_integration_token_by_order_id(call: Call, orderId: Any = None) -> Record:
    # DECISION: the long-lived integration token of the order's seller (one is made the
    # first time it is asked for), as the field `integrationToken`. A credential, so only the
    # seller (or an ADMIN of the seller's team) gets it: other callers get NOT_FOUND.
    order = find(call.state.orders, orderId, None, "order")
    if order["sellerId"] not in administered(call):
        raise fail(f"order {orderId} not found", "NOT_FOUND")
    values = data_of(call, order["sellerId"])
    if "integrationToken" not in values:
        values["integrationToken"] = call.state.issue_token(order["sellerId"], "long").value
    return {"fieldName": "integrationToken", "value": values["integrationToken"]}


# -- partner integrations and their configuration ----------------------------------------------


@resolvers.query("getPartnerIntegration")
def get_partner_integration(call: Call, id: Any = None) -> Record:
    found = call.state.get("partner_integrations", id, what="partner integration")
    return owned(call, found, "partner integration")


def partner_ids(call: Call) -> set[str]:
    """The ids of the caller's partner integrations (what configurations and links hang on)."""
    me = owner_of(call)["id"]
    return {k for k, r in call.state.table("partner_integrations").items() if r["ownerId"] == me}


@resolvers.query("listPartnerIntegrations")
def list_partner_integrations(call: Call, filter: Any = None) -> list[Record]:
    me = owner_of(call)["id"]
    mine = [r for r in call.state.table("partner_integrations").values() if r["ownerId"] == me]
    return sorted(select(mine, filter), key=lambda r: int(r["id"]))


@resolvers.mutation("createPartnerIntegration")
def create_partner_integration(call: Call, input: Any = None) -> Record:
    data = input or {}
    if not data.get("name") or not data.get("type"):
        raise fail("createPartnerIntegration: input.name and input.type are required")
    return call.state.insert(
        "partner_integrations", "PartnerIntegration", data, ownerId=owner_of(call)["id"]
    )


def configurations(call: Call, f: Any) -> list[Record]:
    fields = {"partnerIntegrationIds": lambda r: r["partnerIntegrationId"]}
    partners = partner_ids(call)
    mine = [
        r
        for r in call.state.table("integration_configurations").values()
        if str(r["partnerIntegrationId"]) in partners
    ]
    return sorted(select(mine, f, fields=fields), key=lambda r: int(r["id"]))


@resolvers.query("listIntegrationConfigurations")
def list_integration_configurations(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None
) -> list[Record]:
    return page(configurations(call, filter), first, offset, 100)


def configuration(call: Call, id_: Any) -> Record:
    what = "integration configuration"
    record = call.state.get("integration_configurations", id_, what=what)
    if str(record["partnerIntegrationId"]) not in partner_ids(call):
        raise fail(f"{what} {id_} not found", "NOT_FOUND")
    return record


def checked(call: Call, data: Any) -> dict[str, Any]:
    fields: dict[str, Any] = dict(data or {})
    if fields.get("partnerIntegrationId") is not None:
        get_partner_integration(call, fields["partnerIntegrationId"])
    return fields


@resolvers.mutation("createIntegrationConfiguration")
def create_integration_configuration(call: Call, input: Any = None) -> Record:
    data = checked(call, input)
    if not data.get("key") or data.get("partnerIntegrationId") is None:
        raise fail(
            "createIntegrationConfiguration: input.key and input.partnerIntegrationId are required"
        )
    return call.state.insert("integration_configurations", "IntegrationConfiguration", data)


@resolvers.mutation("updateIntegrationConfiguration")
def update_integration_configuration(
    call: Call, integrationConfigurationId: Any, input: Any = None
) -> Record:
    record = configuration(call, integrationConfigurationId)
    record.update({k: v for k, v in checked(call, input).items() if k in record and k != "id"})
    return record


@resolvers.mutation("deleteIntegrationConfiguration")
def delete_integration_configuration(call: Call, integrationConfigurationId: Any) -> Record:
    record = configuration(call, integrationConfigurationId)
    del call.state.table("integration_configurations")[record["id"]]
    return record


@resolvers.mutation("upsertIntegrationConfigurations")
def upsert_integration_configurations(
    call: Call, partnerIntegrationId: Any, keysValues: Any = None
) -> int:
    """Sets each key of the partner integration (created when new); answers how many."""
    partner = get_partner_integration(call, partnerIntegrationId)
    pairs = [kv for kv in keysValues or [] if kv]
    for pair in pairs:
        if not pair.get("key"):
            raise fail("upsertIntegrationConfigurations: every entry needs a key")
        existing = configurations(
            call, {"partnerIntegrationId": partner["id"], "key": [pair["key"]]}
        )
        if existing:
            existing[0]["value"] = pair.get("value")
        else:
            call.state.insert(
                "integration_configurations",
                "IntegrationConfiguration",
                {
                    "key": pair["key"],
                    "value": pair.get("value"),
                    "partnerIntegrationId": partner["id"],
                },
            )
    return len(pairs)


@resolvers.field("PartnerIntegration", "listConfigurations")
def partner_configurations(
    call: Call, parent: Record, filter: Any = None, first: Any = None, offset: Any = None
) -> list[Record]:
    return page(
        configurations(call, {**(filter or {}), "partnerIntegrationId": parent["id"]}),
        first,
        offset,
        100,
    )


resolvers.field("PartnerIntegration", "owner")(related("users", "ownerId"))


# -- links to external systems ------------------------------------------------------------------


def put_external(call: Call, kind: str, entries: Any) -> str:
    table_name, key, core = EXTERNAL[kind]
    table = call.state.table(table_name)
    entries = [e for e in entries or [] if e]
    for entry in entries:
        find(getattr(call.state, core), entry.get(key), None, kind.lower())
        get_partner_integration(call, entry.get("partnerIntegrationId"))
        link = f"{entry['partnerIntegrationId']}:{entry[key]}"
        table[link] = {**table.get(link, {}), **entry, "id": link}
        table[link][key] = str(entry[key])
        table[link]["partnerIntegrationId"] = str(entry["partnerIntegrationId"])
    return f"Stored {len(entries)} external {kind.lower()}s"


def linked(call: Call, kind: str) -> list[Record]:
    """The caller's links of `kind` ("Product", ...): those of its partner integrations."""
    partners = partner_ids(call)
    table = call.state.table(EXTERNAL[kind][0])
    return [r for r in table.values() if r["partnerIntegrationId"] in partners]


def externals(call: Call, kind: str, f: Any) -> list[Record]:
    return sorted(select(linked(call, kind), f), key=lambda r: r["id"])


def by_ids(call: Call, kind: str, ids: Any) -> list[Record]:
    key = EXTERNAL[kind][1]
    return externals(call, kind, {key: {"in": [str(i) for i in ids or []]}})


for _kind in EXTERNAL:

    def _list(
        call: Call, filter: Any = None, first: Any = None, offset: Any = None, _k: str = _kind
    ) -> list[Record]:
        return page(externals(call, _k, filter), first, offset, 100)

    resolvers.query(f"listExternal{_kind}s")(_list)


@resolvers.query("getExternalProducts")
def get_external_products(call: Call, productIds: Any = None) -> list[Record]:
    return by_ids(call, "Product", productIds)


@resolvers.query("getExternalOrders")
def get_external_orders(call: Call, orderIds: Any = None) -> list[Record]:
    return by_ids(call, "Order", orderIds)


@resolvers.query("getExternalContacts")
def get_external_contacts(call: Call, contactIds: Any = None) -> list[Record]:
    return by_ids(call, "Contact", contactIds)


@resolvers.mutation("putExternalProducts")
def put_external_products(call: Call, externalProducts: Any = None) -> str:
    return put_external(call, "Product", externalProducts)


@resolvers.mutation("putExternalOrders")
def put_external_orders(call: Call, externalOrders: Any = None) -> str:
    return put_external(call, "Order", externalOrders)


@resolvers.mutation("putExternalContacts")
def put_external_contacts(call: Call, externalContacts: Any = None) -> str:
    return put_external(call, "Contact", externalContacts)


@resolvers.mutation("deleteExternalProduct")
def delete_external_product(
    call: Call, partnerIntegrationId: Any = None, productId: Any = None
) -> int:
    get_partner_integration(call, partnerIntegrationId)
    find(call.state.products, productId, None, "product")
    table = call.state.table("external_products")
    gone = [
        k
        for k, v in table.items()
        if v["partnerIntegrationId"] == str(partnerIntegrationId)
        and v["productId"] == str(productId)
    ]
    for key in gone:
        del table[key]
    return len(gone)


# -- webhooks -----------------------------------------------------------------------------------


def webhook(call: Call, id_: Any) -> Record:
    return owned(call, call.state.get("webhooks", id_, what="webhook"), "webhook")


def add_events(call: Call, record: Record, events: Any) -> int:
    added = 0
    for event in events or []:
        if not event:
            continue
        if not event.get("eventType") or not event.get("objectType"):
            raise fail("a webhook event needs an eventType and an objectType")
        call.state.insert("webhook_events", "WebhookEvent", event, webhookId=record["id"])
        added += 1
    return added


@resolvers.query("listWebhooks")
def list_webhooks(call: Call) -> list[Record]:
    mine = [
        w for w in call.state.table("webhooks").values() if w["ownerId"] == owner_of(call)["id"]
    ]
    return sorted(mine, key=lambda w: int(w["id"]))


@resolvers.mutation("createWebhook")
def create_webhook(call: Call, data: Any = None) -> Record:
    data = dict(data or {})
    if not str(data.get("url") or "").startswith(("http://", "https://")):
        raise fail("createWebhook: data.url must be an http(s) URL")
    events = data.pop("webhookEvents", None)
    record = call.state.insert("webhooks", "Webhook", data, ownerId=owner_of(call)["id"])
    add_events(call, record, events)
    return record


@resolvers.mutation("updateWebhook")
def update_webhook(call: Call, id: Any, data: Any = None) -> Record:
    """Changes the fields sent; `webhookEvents`, when sent, replace the webhook's events."""
    record = webhook(call, id)
    data = dict(data or {})
    if "url" in data and not str(data["url"] or "").startswith(("http://", "https://")):
        raise fail("updateWebhook: data.url must be an http(s) URL")
    events = data.pop("webhookEvents", None)
    record.update({k: v for k, v in data.items() if k in record and k != "id"})
    if events is not None:
        table = call.state.table("webhook_events")
        for key in [k for k, v in table.items() if v["webhookId"] == record["id"]]:
            del table[key]
        add_events(call, record, events)
    return record


@resolvers.mutation("deleteWebhook")
def delete_webhook(call: Call, id: Any) -> Record:
    record = webhook(call, id)
    del call.state.table("webhooks")[record["id"]]
    table = call.state.table("webhook_events")
    for key in [k for k, v in table.items() if v["webhookId"] == record["id"]]:
        del table[key]
    return record


@resolvers.mutation("addWebhookEvents")
def add_webhook_events(call: Call, webhookId: Any, webhookEvents: Any = None) -> int:
    return add_events(call, webhook(call, webhookId), webhookEvents)


@resolvers.mutation("deleteWebhookEvent")
def delete_webhook_event(call: Call, id: Any) -> Record:
    record = call.state.get("webhook_events", id, what="webhook event")
    webhook(call, record["webhookId"])
    del call.state.table("webhook_events")[record["id"]]
    return record


@resolvers.field("Webhook", "webhookEvents")
def webhook_events(call: Call, parent: Record) -> list[Record]:
    found = [
        e for e in call.state.table("webhook_events").values() if e["webhookId"] == parent["id"]
    ]
    return sorted(found, key=lambda e: int(e["id"]))


resolvers.field("Webhook", "owner")(related("users", "ownerId"))
