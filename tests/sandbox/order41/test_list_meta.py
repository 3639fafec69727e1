"""Every list meta root field (`_list*Meta`, `discoverDropsMeta`) answers from the records its
list query answers under the same filter: `count` is the length of the walked list, for
several filters each, and every other field of the meta type is computed from those same
records. A meta root field (or a meta type field) without an entry here fails the suite."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from graphql import get_named_type

from .api import ROOTS, Api

#: meta root field -> (its list field, the list's filter argument, filters to try)
METAS: dict[str, tuple[str, str | None, list[dict[str, Any]]]] = {
    "_listBrandsMeta": (
        "listBrands",
        "filter",
        [{"industryId": {"eq": "1"}}, {"brandId": {"in": ["1", "2"]}}, {"brandId": {"eq": "0"}}],
    ),
    "_listCartsMeta": (
        "listCarts",
        "filter",
        [{"buyerId": {"eq": "2"}}, {"dropId": {"eq": "1"}}, {"dropId": {"neq": "1"}}],
    ),
    "_listConnectRequestsMeta": (
        "listConnectRequests",
        "filter",
        [
            {"acceptedAt": {"exists": True}},
            {"requesterUserId": {"in": ["2", "3"]}},
            {"targetUserId": {"eq": "2"}},
        ],
    ),
    "_listContactsMeta": (
        "listContacts",
        "filter",
        [{"type": {"eq": 1}}, {"query": "buyer"}, {"contactUserId": {"eq": "2"}}],
    ),
    "_listDiscountsMeta": (
        "listDiscounts",
        "filter",
        [{"query": "early"}, {"id": {"in": ["1", "3"]}}, {"id": {"neq": "1"}}],
    ),
    "_listDropsMeta": (
        "listDrops",
        "filter",
        [{"status": {"eq": "ACTIVE"}}, {"query": "drop"}, {"ownerId": {"eq": "4"}}],
    ),
    "_listEventsMeta": (
        "listEvents",
        "filters",
        [{"type": "order.created"}, {"id": {"in": ["1", "2"]}}, {"type": "no.such.event"}],
    ),
    "_listIndustriesMeta": (
        "listIndustries",
        "filter",
        [{"query": "wear"}, {"id": {"eq": "2"}}, {"id": {"neq": "2"}}],
    ),
    "_listNotificationsMeta": (
        "listNotifications",
        "filter",
        [{"seenAt": {"exists": False}}, {"seenAt": {"exists": True}}],
    ),
    "_listOrdersMeta": (
        "listOrders",
        "filter",
        [
            {"buyerId": {"eq": "2"}},
            {"dropId": {"in": ["1", "2"]}},
            {"id": {"neq": "1"}},
            {"query": "buyer 1"},
        ],
    ),
    "_listPlansMeta": (
        "listPlans",
        "filter",
        [{"active": True}, {"active": False}, {"name": {"eq": "Pro"}}],
    ),
    "_listPricelistsMeta": (
        "listPricelists",
        "filter",
        [{"dropId": {"eq": "2"}}, {"query": "EUR"}, {"query": "outlet"}],
    ),
    "_listProductsMeta": (
        "listProducts",
        "filter",
        [{"query": "Jacket"}, {"parentId": {"eq": "1"}}, {"dropId": {"eq": "1"}}],
    ),
    "_listSharedDropsMeta": ("listSharedDrops", "filter", [{"query": "drop"}, {}]),
    "discoverDropsMeta": (
        "discoverDrops",
        "filter",
        [{"query": "Outlet"}, {"status": {"eq": "ACTIVE"}}, {"ownerId": {"eq": "1"}}],
    ),
    "_listTeamUsersMeta": ("listTeamUsers", None, []),
}


def access_count(api: Api, contacts: list[dict[str, Any]]) -> int:
    return sum(1 for c in contacts if c["contactUser"] is not None)


#: "Meta type.field" beyond count -> (what the list selects, the value from those records)
COMPUTED: dict[str, tuple[str, Callable[[Api, list[dict[str, Any]]], Any]]] = {
    "ContactsMeta.accessCount": ("id contactUser { id }", access_count),
}


def meta_fields() -> list[str]:
    return sorted(
        name
        for name in ROOTS["query"].fields
        if name.endswith("Meta") and (name.startswith("_list") or name == "discoverDropsMeta")
    )


def test_every_meta_field_has_an_entry() -> None:
    assert sorted(METAS) == meta_fields()
    extra = {
        f"{type_.name}.{name}"
        for meta in meta_fields()
        for type_ in [get_named_type(ROOTS["query"].fields[meta].type)]
        for name in type_.fields  # type: ignore[union-attr]
        if name != "count"
    }
    assert sorted(COMPUTED) == sorted(extra)


@pytest.mark.parametrize("meta", sorted(METAS))
def test_meta_agrees_with_its_list_under_each_filter(meta: str, api: Api) -> None:
    list_field, argument, filters = METAS[meta]
    type_ = get_named_type(ROOTS["query"].fields[meta].type)
    computed = {k: v for k, v in COMPUTED.items() if k.startswith(f"{type_.name}.")}
    select = " ".join(["count", *(k.split(".")[1] for k in computed)])
    counts = []
    for filter_ in [None, *filters]:
        args = {} if filter_ is None or argument is None else {argument: filter_}
        answer = api.ok(meta, select, **args)
        walked = api.walk(list_field, "id", **args)
        assert answer["count"] == len(walked), f"{meta}({args})"
        counts.append(answer["count"])
        for key, (selection, compute) in computed.items():
            records = api.walk(list_field, selection, **args)
            assert answer[key.split(".")[1]] == compute(api, records), f"{key}({args})"
    if filters:  # the filters chosen narrow: a meta ignoring its filter fails here
        assert any(c != counts[0] for c in counts[1:]), f"{meta}: every filter counted {counts}"
