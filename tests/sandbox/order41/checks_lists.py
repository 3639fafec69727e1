"""Lists: paging walks a finite duplicate-free sequence that agrees with the matching count
under the same filter; filters narrow; ordering orders. Lookups: the entity asked for, or
NOT_FOUND, never data for an unknown id."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLEnumType, get_named_type

from .api import ROOTS, UNKNOWN, Api, behaviour, ids

#: list field -> (meta field, the list's filter argument, the meta's, a narrowing filter)
COUNTED: dict[str, tuple[str, str | None, str | None, dict[str, Any] | None]] = {
    "listProducts": ("_listProductsMeta", "filter", "filter", {"query": "Jacket"}),
    "listDrops": ("_listDropsMeta", "filter", "filter", {"status": {"eq": "ACTIVE"}}),
    "listSharedDrops": ("_listSharedDropsMeta", "filter", "filter", {"query": "nothing-like-it"}),
    "discoverDrops": ("discoverDropsMeta", "filter", "filter", {"query": "Outlet"}),
    "listCarts": ("_listCartsMeta", "filter", "filter", {"buyerId": {"eq": "2"}}),
    "listContacts": ("_listContactsMeta", "filter", "filter", {"type": {"eq": 1}}),
    "listContactsV2": ("_listContactsMeta", "filter", "filter", {"query": "buyer"}),
    "listDiscounts": ("_listDiscountsMeta", "filter", "filter", {"query": "early"}),
    "listEvents": ("_listEventsMeta", "filters", "filters", {"type": "order.created"}),
    "listOrders": ("_listOrdersMeta", "filter", "filter", {"buyerId": {"eq": "2"}}),
    "orders": ("_listOrdersMeta", "orderFilter", "filter", {"dropId": {"eq": "1"}}),
    "listPricelists": ("_listPricelistsMeta", "filter", "filter", {"dropId": {"eq": "2"}}),
    "listPlans": ("_listPlansMeta", "filter", "filter", {"active": True}),
    "listBrands": ("_listBrandsMeta", "filter", "filter", {"industryId": {"eq": "1"}}),
    "listIndustries": ("_listIndustriesMeta", "filter", "filter", {"query": "wear"}),
    "listConnectRequests": (
        "_listConnectRequestsMeta",
        "filter",
        "filter",
        {"acceptedAt": {"exists": False}},
    ),
    "listNotifications": ("_listNotificationsMeta", "filter", "filter", None),
    "listTeamUsers": ("_listTeamUsersMeta", None, None, None),
}


def count(api: Api, meta: str, argument: str | None, value: Any) -> int:
    args = {argument: value} if argument and value is not None else {}
    return int(api.ok(meta, "count", **args)["count"])


def counted_check(list_field: str) -> Any:
    meta, list_arg, meta_arg, narrowing = COUNTED[list_field]

    def check(api: Api) -> None:
        everything = api.walk(list_field)
        total = count(api, meta, meta_arg, None)
        assert len(everything) == total > 0
        assert api.ok(list_field, first=1) == everything[:1]
        assert api.ok(list_field, first=2, offset=total) == []
        if narrowing is not None and list_arg is not None:
            some = api.walk(list_field, **{list_arg: narrowing})
            assert len(some) == count(api, meta, meta_arg, narrowing)
            assert set(ids(some)) < set(ids(everything)) or some == []
        definition = ROOTS["query"].fields[list_field]
        if "orderBy" in definition.args:
            order = get_named_type(definition.args["orderBy"].type)
            assert isinstance(order, GraphQLEnumType)
            if "ID_DESC" in order.values:
                descending = ids(api.walk(list_field, orderBy=["ID_DESC"]))
                assert descending == sorted(descending, key=int, reverse=True)
                assert sorted(descending) == sorted(ids(everything))

    return check


_metas: set[str] = set()
for _list, (_meta, *_rest) in COUNTED.items():
    behaviour(_list, *([] if _meta in _metas else [_meta]))(counted_check(_list))
    _metas.add(_meta)


#: list field -> (selection, arguments) of lists without a count query
UNCOUNTED: dict[str, tuple[str, dict[str, Any]]] = {
    "drops": ("id", {}),
    "recentDrops": ("id updatedAt", {}),
    "exploreDrops": ("id isPublic", {}),
    "products": ("id parentId", {}),
    "userProducts": ("id ownerId", {}),
    "getDiscounts": ("id name", {"query": "e"}),
    "getPricelists": ("id name", {"query": "EUR"}),
    "listPartners": ("id", {}),
    "listExternalContacts": ("contactId partnerIntegrationId", {}),
    "listExternalOrders": ("orderId partnerIntegrationId", {}),
    "listExternalProducts": ("productId partnerIntegrationId externalSystemId", {}),
    "listIntegrationConfigurations": ("id key partnerIntegrationId", {}),
    "listPaymentSubscriptions": ("id stripeSubscriptionStatus", {}),
    "listPlanChangeRequests": ("id acceptedAt", {}),
}


def uncounted_check(list_field: str) -> Any:
    select, args = UNCOUNTED[list_field]

    def check(api: Api) -> None:
        walked = api.walk(list_field, select, **args)
        assert walked, f"{list_field} is empty on the seeded data"
        assert api.ok(list_field, select, first=1000, **args) == walked
        assert api.ok(list_field, select, first=1, offset=1, **args) == walked[1:2]
        assert api.ok(list_field, select, first=0, **args) == []
        _content(api, list_field)

    return check


for _list in UNCOUNTED:
    behaviour(_list)(uncounted_check(_list))


# -- what the uncounted lists hold ---------------------------------------------------------------


def _content(api: Api, field: str) -> None:
    if field == "exploreDrops":
        assert all(d["isPublic"] for d in api.ok("exploreDrops", "id isPublic"))
    elif field == "recentDrops":
        recent = [d["updatedAt"] for d in api.ok("recentDrops", "updatedAt", first=100)]
        assert recent == sorted(recent, reverse=True)
    elif field == "products":
        assert all(p["parentId"] is None for p in api.ok("products", "parentId", first=1000))
    elif field == "userProducts":
        assert {p["ownerId"] for p in api.ok("userProducts", "ownerId", first=1000)} == {"1"}
        first = api.ok(field, "optionGroups { name } externalProducts { productId }", first=1)[0]
        assert first["optionGroups"][0] == {"name": "Size"}
        assert first["externalProducts"] == [{"productId": "1"}]
    elif field == "getDiscounts":
        assert [d["name"] for d in api.ok(field, "name", query="early")] == ["Early bird"]
    elif field == "getPricelists":
        assert api.ok(field, "name", query="outlet") == [{"name": "Outlet EUR"}]
    elif field == "listPartners":
        assert api.ok(field, "name") == [{"name": "Northwind Agency"}]
    elif field.startswith("listExternal"):
        key = {"Products": "productId", "Orders": "orderId", "Contacts": "contactId"}
        name = key[field.removeprefix("listExternal")]
        assert api.ok(field, name, filter={name: {"eq": "2"}}) == [{name: "2"}]
    elif field == "listIntegrationConfigurations":
        keyed = api.ok(field, "key", filter={"partnerIntegrationId": "2"})
        assert keyed == [{"key": "apiUrl"}]
    elif field == "listPaymentSubscriptions":
        status = {"stripeSubscriptionStatus": {"eq": "canceled"}}
        assert len(api.ok(field, "id", filter=status)) == 1
    elif field == "listPlanChangeRequests":
        assert len(api.ok(field, "id", filter={"acceptedAt": {"exists": False}})) == 3
    elif field != "drops":  # pragma: no cover - a new list without a content check
        raise AssertionError(f"no content check for {field}")


# -- lookups by id ------------------------------------------------------------------------------

#: get field -> (the list naming the same kind, takes a urlkey too)
LOOKUPS: dict[str, tuple[str, bool]] = {
    "getCart": ("listCarts", True),
    "getContact": ("listContacts", True),
    "getDiscount": ("listDiscounts", True),
    "getDrop": ("listDrops", True),
    "getOrder": ("listOrders", True),
    "getProduct": ("listProducts", True),
    "getConnectRequest": ("listConnectRequests", False),
    "getEvent": ("listEvents", False),
    "getPartnerIntegration": ("listPartnerIntegrations", False),
    "getPaymentSubscription": ("listPaymentSubscriptions", False),
    "getPlan": ("listPlans", False),
    "getPricelist": ("listPricelists", False),
}


def lookup_check(get_field: str) -> Any:
    list_field, by_urlkey = LOOKUPS[get_field]

    def check(api: Api) -> None:
        listed = api.ok(list_field, "id" + (" urlkey" if by_urlkey else ""))
        for item in listed[:4]:
            assert api.ok(get_field, id=item["id"])["id"] == item["id"]
        assert api.error(get_field, id=UNKNOWN) == "NOT_FOUND"
        if by_urlkey:
            fourth, other = (
                api.ok(get_field, "id urlkey", id="4"),
                api.ok(get_field, "urlkey", id="1"),
            )
            assert api.ok(get_field, urlkey=fourth["urlkey"])["id"] == "4"
            assert api.error(get_field, urlkey="no-such-urlkey") == "NOT_FOUND"
            assert api.error(get_field) == "BAD_USER_INPUT"
            # DECISION (filters.find): with both, the id wins.
            assert api.ok(get_field, id="4", urlkey=other["urlkey"])["id"] == "4"

    return check


for _get in LOOKUPS:
    behaviour(_get)(lookup_check(_get))


@behaviour("getProductsByIds", "ordersByIds")
def by_ids(api: Api) -> None:
    products = api.ok("getProductsByIds", "id", productIds=["1", "5", "6", UNKNOWN])
    assert ids(products) == ["1", "5", "6"]
    assert api.ok("getProductsByIds", productIds=[]) == []
    orders = api.ok("ordersByIds", "id", orderIds=["4", UNKNOWN, "2"])
    assert ids(orders) == ["4", "2"]


@behaviour("getProfile", "getDropProfile")
def profiles(api: Api) -> None:
    assert api.ok("getProfile", "id name", id="4") == {"id": "4", "name": "Northwind Agency"}
    assert api.ok("getProfile", "id")["id"] == "1"  # no id: the caller
    urlkey = api.ok("getProfile", "urlkey", id="2")["urlkey"]
    assert api.ok("getProfile", "id", urlkey=urlkey)["id"] == "2"
    assert api.error("getProfile", id=UNKNOWN) == "NOT_FOUND"
    assert api.ok("getDropProfile", "id", id="4")["id"] == "1"
    assert api.error("getDropProfile", id=UNKNOWN) == "NOT_FOUND"


@behaviour("listSystemCurrencyCodes")
def currency_codes(api: Api) -> None:
    codes = api.ok("listSystemCurrencyCodes")
    assert "EUR" in codes and "USD" in codes
    assert len(set(codes)) == len(codes) and all(len(c) == 3 and c.isupper() for c in codes)
