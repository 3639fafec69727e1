"""Contacts (customers, suppliers) with their access lists, invitations, and contact files
(spreadsheet export, import) as background jobs.

# DECISION: contacts are an account's address book: each is its `ownerId`'s alone. Another
# account's contact answers NOT_FOUND (`common.owned`), lists, counts, exports and imports
# see the caller's contacts only, and an access list may name only the caller's contacts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._wiring import Call, Resolvers
from .common import owned, owner_of, related
from .filters import Record, fail, find, listing, select
from .jobs import export_file, extension, job_for, read_file
from .state import Order41Sandbox, apply, blank

__all__ = ["create_contact", "resolvers"]

resolvers = Resolvers()
TEXT = ("name", "email", "invoiceCompany")
EXPORT_FIELDS = ("id", "name", "email", "type", "currency", "invoiceCompany", "invoiceCity")


def contact(state: Order41Sandbox, id_: Any = None, urlkey: Any = None) -> Record:
    return find(state.contacts, id_, urlkey, "contact")


def my_contact(call: Call, id_: Any = None, urlkey: Any = None) -> Record:
    """The caller's contact named (NOT_FOUND for another account's)."""
    return owned(call, contact(call.state, id_, urlkey), "contact")


def mine(call: Call) -> list[Record]:
    me = owner_of(call)["id"]
    return [c for c in call.state.contacts.values() if c["ownerId"] == me]


def create_contact(state: Order41Sandbox, owner: Record, data: Mapping[str, Any]) -> Record:
    record = state.stamp("contact", blank("Contact"))
    record.update(
        ownerId=owner["id"],
        img=[],
        invite=False,
        status=1,
        type=0,  # "0 = Customer, 1 = Supplier, 2 = Sales Rep, 3 = Team Member"
        discount=0.0,
        accessCustomers=[],
        accessSuppliers=[],
    )
    apply(record, data, keep=("id", "urlkey"))
    state.contacts[record["id"]] = record
    return record


def set_access(call: Call, record: Record, key: str, ids: Iterable[Any], add: bool) -> Record:
    current: list[Record] = record[key]
    wanted = [str(i) for i in ids]
    if add:
        present = {entry["accessContactId"] for entry in current}
        for other_id in wanted:
            other = my_contact(call, other_id)
            if other["id"] not in present:
                current.append(
                    {
                        "accessContactId": other["id"],
                        "accessType": 1,
                        "accessUserId": other["contactUserId"],
                        "contactId": record["id"],
                        "contactUserId": record["contactUserId"],
                        "ownerId": record["ownerId"],
                    }
                )
    else:
        current[:] = [e for e in current if e["accessContactId"] not in wanted]
    return record


def filtered(call: Call, f: Any) -> list[Record]:
    return select(mine(call), f, text=TEXT)


def new_contact(
    call: Call, data: Mapping[str, Any], what: str, sellers: Iterable[Any] = ()
) -> Record:
    """A contact from an input; `sellers` are the user ids of its sales reps.

    # DECISION: the reference names `sellerUserIds` "user ids of sellers (sales reps)" but no
    # Contact field shows them: each must be an existing user (else NOT_FOUND), and the
    # record keeps them (`sellerUserIds`).
    """
    if not (data.get("name") or data.get("email")):
        raise fail(f"{what}: a name or an email is required")
    reps = [find(call.state.users, seller, None, "seller user")["id"] for seller in sellers]
    record = create_contact(call.state, owner_of(call), data)
    record["sellerUserIds"] = reps
    return record


@resolvers.query("listContacts")
def list_contacts(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filter), first, offset, orderBy)


@resolvers.query("listContactsV2")
def list_contacts_v2(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return list_contacts(call, filter, first, offset, orderBy)


@resolvers.query("_listContactsMeta")
def list_contacts_meta(call: Call, filter: Any = None) -> Record:
    # DECISION: `accessCount` is "count of elements with signed up user accounts attached":
    # the contacts under the same filter whose `contactUserId` names an existing user.
    found = filtered(call, filter)
    access = sum(1 for c in found if str(c["contactUserId"] or "") in call.state.users)
    return {"count": len(found), "accessCount": access}


@resolvers.query("getContact")
def get_contact(call: Call, id: Any = None, urlkey: Any = None) -> Record:
    return my_contact(call, id, urlkey)


@resolvers.mutation("createContactV2")
def create_contact_v2(call: Call, data: Any = None, sellerUserIds: Any = None) -> Record:
    return new_contact(call, data or {}, "createContactV2", sellerUserIds or ())


@resolvers.mutation("createContact")
def create_contact_field(
    call: Call, email: Any = None, name: Any = None, sellerUserIds: Any = None
) -> Record:
    # The deprecated form: a ContactPage is the contact's fields.
    return new_contact(call, {"email": email, "name": name}, "createContact", sellerUserIds or ())


@resolvers.mutation("updateContact")
def update_contact(call: Call, data: Any = None, id: Any = None) -> str:
    record = my_contact(call, id)
    apply(record, data or {}, keep=("id", "urlkey"))
    call.state.touch(record)
    return "Contact updated"


@resolvers.mutation("deleteContact")
def delete_contact(call: Call, contactId: Any = None) -> str:
    """Removes the contact and every access entry naming it."""
    record = my_contact(call, contactId)
    del call.state.contacts[record["id"]]
    for other in call.state.contacts.values():
        for key in ("accessCustomers", "accessSuppliers"):
            other[key] = [e for e in other[key] if e["accessContactId"] != record["id"]]
    for entries in call.state.pricelist_access.values():
        entries[:] = [e for e in entries if e["contactId"] != record["id"]]
    return "Contact deleted"


@resolvers.mutation("inviteContact")
def invite_contact(call: Call, id: Any = None) -> Record:
    record = my_contact(call, id)
    record.update(invite=True, lastInvite=call.state.now_dt())
    return record


def access(call: Call, id_: Any, key: str, ids: Any, add: bool) -> Record:
    """add/removeAccessCustomers and add/removeAccessSuppliers: one rule, four fields."""
    return set_access(call, my_contact(call, id_), key, ids or [], add)


@resolvers.mutation("addAccessCustomers")
def add_access_customers(call: Call, id: Any, customerIds: Any = None) -> Record:
    return access(call, id, "accessCustomers", customerIds, add=True)


@resolvers.mutation("removeAccessCustomers")
def remove_access_customers(call: Call, id: Any, customerIds: Any = None) -> Record:
    return access(call, id, "accessCustomers", customerIds, add=False)


@resolvers.mutation("addAccessSuppliers")
def add_access_suppliers(call: Call, id: Any, supplierIds: Any = None) -> Record:
    return access(call, id, "accessSuppliers", supplierIds, add=True)


@resolvers.mutation("removeAccessSuppliers")
def remove_access_suppliers(call: Call, id: Any, supplierIds: Any = None) -> Record:
    return access(call, id, "accessSuppliers", supplierIds, add=False)


# -- files --------------------------------------------------------------------------------------


def contact_file(call: Call, type_: Any) -> str:
    rows = [{k: c[k] for k in EXPORT_FIELDS} for c in mine(call)]
    return export_file(call.state, "contacts", "contacts", extension(type_), rows)


@resolvers.mutation("generateContactsSpreadsheet")
def generate_contacts_spreadsheet(call: Call, type: Any = None) -> Record:
    return job_for(call, "generateContactsSpreadsheet", contact_file(call, type))


@resolvers.mutation("downloadContacts")
def download_contacts(call: Call, type: Any = None) -> str:
    # DECISION: the deprecated download answers the file's URL at once ("excel" or "csv").
    return contact_file(call, "CSV" if str(type).lower() == "csv" else "EXCEL")


@resolvers.mutation("importContacts")
def import_contacts(call: Call, fileUrl: str) -> Record:
    """Contacts in a file this sandbox exported are upserted by email (a URL it cannot read
    finishes with an error in its result)."""
    rows = read_file(call.state, fileUrl, "contacts")
    if rows is None:
        return job_for(
            call,
            "importContacts",
            {"error": f"cannot read {fileUrl}", "imported": 0, "fileUrl": fileUrl},
        )
    for row in rows:
        data = {k: v for k, v in row.items() if k != "id"}
        existing = next(
            (c for c in mine(call) if row.get("email") and c["email"] == row["email"]),
            None,
        )
        if existing is None:
            new_contact(call, data, "importContacts")
        else:
            apply(existing, data, keep=("id", "urlkey"))
    return job_for(call, "importContacts", {"imported": len(rows), "fileUrl": fileUrl})


resolvers.field("Contact", "contactUser")(related("users", "contactUserId"))
resolvers.field("ContactPage", "contactUser")(related("users", "contactUserId"))
resolvers.field("AccessContact", "accessContact")(related("contacts", "accessContactId"))
