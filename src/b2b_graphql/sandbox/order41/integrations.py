"""Integrations: the Shopify connection and key/value data per user, partner integrations
with their configuration, links to records in external systems, integration tokens and
webhooks."""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .common import owner_of, related
from .filters import Record, fail, find, page, select

__all__ = ["resolvers"]

resolvers = Resolvers()
EXTERNAL = {
    "Product": ("external_products", "productId", "products"),
    "Order": ("external_orders", "orderId", "orders"),
    "Contact": ("external_contacts", "contactId", "contacts"),
}


def user_id(call: Call, given: Any) -> str:
    return str(call.state.user(given)["id"] if given else owner_of(call)["id"])


# -- the Shopify integration and integration data ----------------------------------------------


@resolvers.query("getIntegration")
def get_integration(call: Call, userId: Any = None) -> Record:
    found = [
        i
        for i in call.state.table("integrations").values()
        if i["ownerId"] == user_id(call, userId)
    ]
    if not found:
        raise fail(f"user {user_id(call, userId)} has no integration", "NOT_FOUND")
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
    record = call.state.get("integrations", id, what="integration")
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
    # first time it is asked for), as the field `integrationToken`.
    order = find(call.state.orders, orderId, None, "order")
    values = data_of(call, order["sellerId"])
    if "integrationToken" not in values:
        values["integrationToken"] = call.state.issue_token(order["sellerId"], "long").value
    return {"fieldName": "integrationToken", "value": values["integrationToken"]}


# -- partner integrations and their configuration ----------------------------------------------


@resolvers.query("getPartnerIntegration")
def get_partner_integration(call: Call, id: Any = None) -> Record:
    return call.state.get("partner_integrations", id, what="partner integration")


@resolvers.query("listPartnerIntegrations")
def list_partner_integrations(call: Call, filter: Any = None) -> list[Record]:
    return sorted(
        select(call.state.table("partner_integrations").values(), filter),
        key=lambda r: int(r["id"]),
    )


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
    found = select(call.state.table("integration_configurations").values(), f, fields=fields)
    return sorted(found, key=lambda r: int(r["id"]))


@resolvers.query("listIntegrationConfigurations")
def list_integration_configurations(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None
) -> list[Record]:
    return page(configurations(call, filter), first, offset, 100)


def configuration(call: Call, id_: Any) -> Record:
    return call.state.get("integration_configurations", id_, what="integration configuration")


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


def externals(call: Call, kind: str, f: Any) -> list[Record]:
    table_name, _key, _core = EXTERNAL[kind]
    return sorted(select(call.state.table(table_name).values(), f), key=lambda r: r["id"])


def by_ids(call: Call, kind: str, ids: Any) -> list[Record]:
    key = EXTERNAL[kind][1]
    return externals(call, kind, {key: {"in": [str(i) for i in ids or []]}})


for _kind in EXTERNAL:
    _plural = f"External{_kind}s"

    def _list(
        call: Call, filter: Any = None, first: Any = None, offset: Any = None, _k: str = _kind
    ) -> list[Record]:
        return page(externals(call, _k, filter), first, offset, 100)

    def _get(call: Call, _k: str = _kind, **ids: Any) -> list[Record]:
        return by_ids(call, _k, next(iter(ids.values()), None))

    def _put(call: Call, _k: str = _kind, **entries: Any) -> str:
        return put_external(call, _k, next(iter(entries.values()), None))

    resolvers.query(f"list{_plural}")(_list)
    resolvers.query(f"get{_plural}")(_get)
    resolvers.mutation(f"put{_plural}")(_put)


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
    record = call.state.get("webhooks", id_, what="webhook")
    if record["ownerId"] != owner_of(call)["id"]:
        raise fail(f"webhook {id_} not found", "NOT_FOUND")
    return record


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
