"""Pricelists: per-product prices for a drop, who may see them (access), and pricelist files
(spreadsheet export, import) as background jobs.

# DECISION: a pricelist is its seller's: its values and access entries with it. Another
# account's pricelist, value or access entry is NOT_FOUND (`common.owned`; a buyer meets the
# prices applied to a drop or order, not the pricelist), lists and counts hold the caller's
# pricelists, and a pricelist names only the caller's drop (FORBIDDEN for one it may only see)
# and the caller's contacts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._wiring import Call, Resolvers
from .common import owned, owner_of, related
from .contacts import contact, my_contact
from .filters import Record, fail, find, listing, page, select
from .jobs import export_file, extension, job_for, read_file
from .products import product
from .state import Order41Sandbox, apply, blank
from .visibility import drop_to_change

__all__ = ["add_pricelist_access", "create_pricelist", "resolvers", "upsert_values"]

resolvers = Resolvers()


def find_pricelist(state: Order41Sandbox, id_: Any, urlkey: Any = None) -> Record:
    return find(state.pricelists, id_, urlkey, "pricelist")


def my_pricelist(call: Call, id_: Any, urlkey: Any = None) -> Record:
    """The caller's pricelist named (NOT_FOUND for another account's)."""
    return owned(call, find_pricelist(call.state, id_, urlkey), "pricelist")


def checked(call: Call, data: Mapping[str, Any]) -> Mapping[str, Any]:
    """A pricelist input naming the caller's drop and contacts only."""
    if data.get("dropId") is not None:
        drop_to_change(call, data["dropId"])
    for access in data.get("access") or []:
        my_contact(call, access.get("contactId"))
    return data


def create_pricelist(state: Order41Sandbox, owner: Record, data: Mapping[str, Any]) -> Record:
    record = state.stamp("pricelist", blank("Pricelist"))
    record.update(ownerId=owner["id"], status=True, type=1, currency="EUR")
    state.pricelists[record["id"]] = record
    state.pricelist_values[record["id"]] = []
    state.pricelist_access[record["id"]] = []
    return update_pricelist(state, record, data)


def update_pricelist(state: Order41Sandbox, record: Record, data: Mapping[str, Any]) -> Record:
    apply(record, data, keep=("id", "urlkey", "dropName"))
    if record["dropId"] is not None:
        record["dropName"] = find(state.drops, record["dropId"], None, "drop")["name"]
    if data.get("values") is not None:
        upsert_values(state, record["id"], data["values"])
    for access in data.get("access") or []:
        add_pricelist_access(state, record, access)
    return state.touch(record)


def upsert_values(
    state: Order41Sandbox, pricelist_id: str, values: Iterable[Mapping[str, Any]]
) -> list[Record]:
    record = find_pricelist(state, pricelist_id)
    current = state.pricelist_values[record["id"]]
    changed = []
    for value in values:
        item = product(state, value["productId"])
        entry = next((v for v in current if v["productId"] == item["id"]), None)
        if entry is None:
            entry = blank("PricelistValue")
            entry.update(
                id=state.new_id("pricelistValue"),
                pricelistId=record["id"],
                productId=item["id"],
                dropId=record["dropId"],
                ownerId=record["ownerId"],
            )
            current.append(entry)
        for key in ("price", "rrp"):
            if value.get(key) is not None:
                entry[key] = value[key]
        changed.append(entry)
    return changed


def pricelist_value(state: Order41Sandbox, value_id: Any) -> Record:
    for values in state.pricelist_values.values():
        for value in values:
            if value["id"] == str(value_id):
                return value
    raise fail(f"pricelist value {value_id} not found", "NOT_FOUND")


def add_pricelist_access(
    state: Order41Sandbox, record: Record, access: Mapping[str, Any]
) -> Record:
    who = contact(state, access.get("contactId"))
    entry = blank("PricelistAccess")
    entry.update(
        id=state.new_id("pricelistAccess"),
        pricelistId=record["id"],
        contactId=who["id"],
        contactUserId=who["contactUserId"],
        accessType=access.get("accessType") or 1,
        dropId=record["dropId"],
        ownerId=record["ownerId"],
    )
    state.pricelist_access[record["id"]].append(entry)
    return entry


def filtered(call: Call, f: Any) -> list[Record]:
    me = owner_of(call)["id"]
    mine = [p for p in call.state.pricelists.values() if p["ownerId"] == me]
    return select(mine, f, text=("name", "dropName"))


@resolvers.query("listPricelists")
def list_pricelists(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter), first, offset, orderBy)


@resolvers.query("getPricelists")
def get_pricelists(
    call: Call, first: Any = None, offset: Any = None, query: Any = None
) -> list[Record]:
    return listing(filtered(call, {"query": query}), first, offset)


@resolvers.query("_listPricelistsMeta")
def list_pricelists_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered(call, filter))}


@resolvers.query("getPricelist")
def get_pricelist(call: Call, id: Any = None) -> Record:
    return my_pricelist(call, id)


@resolvers.query("getPricelistValuesByPricelistId")
def get_pricelist_values_by_pricelist_id(call: Call, pricelistId: Any) -> list[Record]:
    return call.state.pricelist_values[my_pricelist(call, pricelistId)["id"]]


@resolvers.mutation("createPricelist")
def create_pricelist_field(call: Call, pricelist: Any) -> Record:
    if not pricelist.get("name"):
        raise fail("createPricelist: pricelist.name is required")
    return create_pricelist(call.state, owner_of(call), checked(call, pricelist))


@resolvers.mutation("updatePricelist")
def update_pricelist_field(call: Call, id: Any, pricelist: Any) -> Record:
    return update_pricelist(call.state, my_pricelist(call, id), checked(call, pricelist))


@resolvers.mutation("deletePricelist")
def delete_pricelist(call: Call, pricelistId: Any) -> str:
    """Removes the pricelist with its values and access entries."""
    record = my_pricelist(call, pricelistId)
    del call.state.pricelists[record["id"]]
    call.state.pricelist_values.pop(record["id"], None)
    call.state.pricelist_access.pop(record["id"], None)
    return "Pricelist deleted"


@resolvers.mutation("createPricelistValue")
def create_pricelist_value(call: Call, pricelistValue: Any) -> Record:
    record = my_pricelist(call, pricelistValue["pricelistId"])
    return upsert_values(call.state, record["id"], [pricelistValue])[0]


@resolvers.mutation("updatePricelistValue")
def update_pricelist_value(call: Call, id: Any, pricelistValue: Any) -> Record:
    value = owned(call, pricelist_value(call.state, id), "pricelist value")
    for key in ("price", "rrp"):
        if pricelistValue.get(key) is not None:
            value[key] = pricelistValue[key]
    return value


@resolvers.mutation("updatePricelistValues")
def update_pricelist_values(call: Call, pricelistId: Any, values: Any) -> list[Record]:
    record = my_pricelist(call, pricelistId)
    return upsert_values(call.state, record["id"], [v for v in values if v])


@resolvers.mutation("deletePricelistValue")
def delete_pricelist_value(call: Call, id: Any) -> Record:
    value = owned(call, pricelist_value(call.state, id), "pricelist value")
    call.state.pricelist_values[value["pricelistId"]].remove(value)
    return value


@resolvers.mutation("createPricelistAccess")
def create_pricelist_access(call: Call, pricelistAccess: Any) -> Record:
    record = my_pricelist(call, pricelistAccess["pricelistId"])
    my_contact(call, pricelistAccess.get("contactId"))
    return add_pricelist_access(call.state, record, pricelistAccess)


@resolvers.mutation("deletePricelistAccess")
def delete_pricelist_access(
    call: Call, id: Any = None, contactId: Any = None, pricelistId: Any = None
) -> Record:
    # DECISION: the id wins when given; otherwise the contact's entry on that pricelist.
    me = owner_of(call)["id"]
    for list_id, entries in call.state.pricelist_access.items():
        for entry in entries:
            if id is not None:
                named = entry["id"] == str(id)
            else:
                named = entry["contactId"] == str(contactId) and list_id == str(pricelistId)
            if named and entry["ownerId"] == me:
                entries.remove(entry)
                return entry
    raise fail("pricelist access not found", "NOT_FOUND")


@resolvers.mutation("generatePricelistSpreadsheet")
def generate_pricelist_spreadsheet(
    call: Call, id: Any = None, urlkey: Any = None, type: Any = None
) -> Record:
    record = my_pricelist(call, id, urlkey)
    rows = [
        {"productId": v["productId"], "price": v["price"], "rrp": v["rrp"]}
        for v in call.state.pricelist_values[record["id"]]
    ]
    url = export_file(call.state, "pricelists", f"pricelist-{record['id']}", extension(type), rows)
    return job_for(call, "generatePricelistSpreadsheet", url, dropId=record["dropId"])


@resolvers.mutation("importPricelist")
def import_pricelist(call: Call, fileUrl: str, id: Any = None) -> Record:
    """Values in a file this sandbox exported are upserted into pricelist `id`."""
    record = my_pricelist(call, id)
    rows = read_file(call.state, fileUrl, "pricelists")
    if rows is None:
        result: dict[str, Any] = {"error": f"cannot read {fileUrl}", "imported": 0}
    else:
        result = {"imported": len(upsert_values(call.state, record["id"], rows))}
    return job_for(call, "importPricelist", {**result, "fileUrl": fileUrl}, dropId=record["dropId"])


def _entries(table: str, meta: bool) -> Any:
    """Pricelist.values/access (paged) and their `_values`/`_access` counts."""

    def resolve(call: Call, parent: Record, first: Any = None, offset: Any = None) -> Any:
        entries: list[Record] = getattr(call.state, table).get(parent["id"], [])
        if meta:
            return {"count": len(entries)}
        return page(entries, first, offset, 100)

    return resolve


for _name in ("values", "access"):
    resolvers.field("Pricelist", _name)(_entries(f"pricelist_{_name}", meta=False))
    resolvers.field("Pricelist", f"_{_name}")(_entries(f"pricelist_{_name}", meta=True))
resolvers.field("Pricelist", "drop")(related("drops", "dropId"))
resolvers.field("Pricelist", "owner")(related("users", "ownerId"))
resolvers.field("PricelistValue", "product")(related("products", "productId"))
resolvers.field("PricelistValue", "drop")(related("drops", "dropId"))
resolvers.field("PricelistAccess", "contact")(related("contacts", "contactId"))
resolvers.field("PricelistAccess", "drop")(related("drops", "dropId"))
