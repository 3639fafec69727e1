"""Who may see a drop: the rule drops and the carts, orders and products made from them share.

# DECISION: the reference shows four ways a drop reaches others: `isPublic` (exploreDrops,
# "public" link), `discoverable` (discoverDrops), a share (shareDrop: `allContacts`,
# `allSupplierAccess` or `individuals`, the owner's contact ids) and the owner's own lists.
# A drop is seen by its owner, by anyone when public or discoverable, and by the users a
# share reached (the `contactUserId` of the owner's contacts it names: all customers,
# all suppliers, or the individuals). Anyone else's lookup answers NOT_FOUND, as
# `common.owned`; changing a drop (or generating its files) is its owner's alone, so a
# caller who may only see it gets FORBIDDEN.
"""

from __future__ import annotations

from typing import Any

from ._wiring import Call
from .common import owner_of
from .filters import Record, fail, find

__all__ = ["drop_seen", "drop_to_change", "shared_with", "visible"]

CUSTOMER, SUPPLIER = 0, 1


def shared_with(call: Call, record: Record) -> bool:
    """Whether a share of the drop reached the caller."""
    me = owner_of(call)["id"]
    reached = [
        c
        for c in call.state.contacts.values()
        if c["ownerId"] == record["ownerId"] and c["contactUserId"] == me
    ]
    for share in call.state.drop_shares.get(record["id"], []):
        named = {str(i) for i in share.get("individuals") or []}
        for contact in reached:
            if (
                contact["id"] in named
                or (share.get("allContacts") and contact["type"] == CUSTOMER)
                or (share.get("allSupplierAccess") and contact["type"] == SUPPLIER)
            ):
                return True
    return False


def visible(call: Call, record: Record) -> bool:
    return bool(
        record["ownerId"] == owner_of(call)["id"]
        or record["isPublic"]
        or record["discoverable"]
        or shared_with(call, record)
    )


def drop_seen(call: Call, id_: Any = None, urlkey: Any = None) -> Record:
    """The drop named, if the caller may see it (NOT_FOUND otherwise)."""
    record = find(call.state.drops, id_, urlkey, "drop")
    if not visible(call, record):
        raise fail(f"drop {record['id']} not found", "NOT_FOUND")
    return record


def drop_to_change(call: Call, id_: Any = None, urlkey: Any = None) -> Record:
    """The drop named, if it is the caller's (FORBIDDEN when the caller may only see it)."""
    record = drop_seen(call, id_, urlkey)
    if record["ownerId"] != owner_of(call)["id"]:
        raise fail(f"drop {record['id']}: only its owner may change it", "FORBIDDEN")
    return record
