"""Discounts and the drops they apply to.

# DECISION: a discount is its seller's pricing rule (its buyers meet it applied to a drop's
# prices, never as a record): another account's discount is NOT_FOUND (`common.owned`), lists,
# counts and deleteDiscounts' filter cover the caller's discounts only, and add/removeDiscount
# take the caller's discount and drop (a drop it may only see is FORBIDDEN, as in drops).
"""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .common import owned, owner_of, related, related_in
from .filters import Record, fail, find, listing, matches, select
from .state import apply
from .visibility import drop_to_change

__all__ = ["resolvers"]

resolvers = Resolvers()


def find_discount(call: Call, id_: Any, urlkey: Any = None) -> Record:
    return owned(call, find(call.state.table("discounts"), id_, urlkey, "discount"), "discount")


def mine(call: Call) -> dict[str, Record]:
    me = owner_of(call)["id"]
    return {k: d for k, d in call.state.table("discounts").items() if d["ownerId"] == me}


def filtered(call: Call, f: Any) -> list[Record]:
    return select(mine(call).values(), f)


@resolvers.query("getDiscount")
def get_discount(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    return find_discount(call, id, urlkey)


@resolvers.query("listDiscounts")
def list_discounts(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter), first, offset, orderBy)


@resolvers.query("getDiscounts")
def get_discounts(
    call: Call, first: Any = None, offset: Any = None, query: Any = None
) -> list[Record]:
    return listing(filtered(call, {"query": query}), first, offset)


@resolvers.query("_listDiscountsMeta")
def list_discounts_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered(call, filter))}


@resolvers.mutation("createDiscount")
def create_discount(call: Call, discount: Any = None) -> Record:
    data = dict(discount or {})
    if not data.get("name"):
        raise fail("createDiscount: discount.name is required")
    defaults = {"active": True, "status": True, "applications": 0}
    data = {
        **defaults,
        **{k: v for k, v in data.items() if v is not None},
        "ownerId": owner_of(call)["id"],
    }
    return call.state.insert("discounts", "Discount", data)


@resolvers.mutation("updateDiscount")
def update_discount(call: Call, discount: Any = None, id: Any = None, urlkey: Any = None) -> Record:
    record = find_discount(call, id, urlkey)
    return call.state.touch(apply(record, discount or {}, keep=("id", "urlkey", "ownerId")))


@resolvers.mutation("deleteDiscounts")
def delete_discounts(call: Call, id: Any = None) -> list[Record]:
    """Removes the discounts the filter names, and their places on drops."""
    if not id:
        raise fail("deleteDiscounts: give an id filter (eq or in)")
    table = call.state.table("discounts")
    removed = [table.pop(key) for key in [k for k in mine(call) if matches(k, id)]]
    gone = {d["id"] for d in removed}
    links = call.state.table("drop_discounts")
    for key in [k for k, v in links.items() if v["discountId"] in gone]:
        del links[key]
    return removed


@resolvers.mutation("addDiscount")
def add_discount(call: Call, discountId: Any, dropId: Any) -> Record:
    record = find_discount(call, discountId)
    drop = drop_to_change(call, dropId)
    links = call.state.table("drop_discounts")
    existing = next(
        (
            v
            for v in links.values()
            if v["discountId"] == record["id"] and v["dropId"] == drop["id"]
        ),
        None,
    )
    if existing is not None:  # adding twice keeps one link
        return existing
    return call.state.insert(
        "drop_discounts", "DropDiscount", {}, discountId=record["id"], dropId=drop["id"]
    )


@resolvers.mutation("removeDiscount")
def remove_discount(call: Call, discountId: Any, dropId: Any) -> Record:
    find_discount(call, discountId)
    drop_to_change(call, dropId)
    links = call.state.table("drop_discounts")
    for key, link in links.items():
        if link["discountId"] == str(discountId) and link["dropId"] == str(dropId):
            return links.pop(key)
    raise fail(f"discount {discountId} is not on drop {dropId}", "NOT_FOUND")


resolvers.field("DropDiscount", "discount")(related_in("discounts", "discountId"))
resolvers.field("DropDiscount", "drop")(related("drops", "dropId"))
