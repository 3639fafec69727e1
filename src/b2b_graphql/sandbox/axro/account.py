"""The account: `userInfo`, `billingAddress`, shipping addresses and their two mutations."""

from __future__ import annotations

import re
from typing import Any

from .._core import Call, Resolvers
from .state import AxroSandbox, Record

__all__ = ["error_payload", "resolvers"]

resolvers = Resolvers()

ADDRESS_KEYS = (
    "company",
    "department",
    "firstname",
    "lastname",
    "street",
    "zip",
    "city",
    "country",
    "phone",
    "email",
)
_LENGTH_LIMITS = {"company": 35, "department": 35, "street": 35, "city": 35}
_PHONE = re.compile(r"^\+\d{5,20}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# What the address checker "knows": street -> (zip, city), for check=true normalisation.
_KNOWN_STREETS = {
    "ballindamm 40": ("20095", "Hamburg"),
    "schnackenburgallee 183": ("22525", "Hamburg"),
}
WAITING = {"status": "WAITING_APPROVAL", "info": "Please wait for approval."}
USABLE = {"status": "USABLE", "info": "Can be used for shipping."}


def error_payload(status: int, body: Record) -> Record:
    """The REST layer's rejection as the mutations return it: `{error, status, body}`."""
    return {"error": True, "status": status, "body": body}


def address_problems(data: Record, *, partial: bool = False, check: bool = False) -> dict[str, str]:
    """AXRO's documented rules; in check mode zip and city may be empty (they get filled in)."""
    problems: dict[str, str] = {}
    if not partial:
        for name in ("zip", "city") if not check else ():
            if not str(data.get(name) or "").strip():
                problems[name] = "is required"
        for name, limit in _LENGTH_LIMITS.items():
            value = data.get(name) or ""
            if not value.strip() and name != "city":
                problems[name] = "is required"
            elif len(value) > limit:
                problems[name] = f"must be at most {limit} characters"
        if not _COUNTRY.match(str(data.get("country") or "").upper()):
            problems["country"] = "must be an ISO 3166-1 alpha-2 code"
    phone = data.get("phone")
    if phone and not _PHONE.match(phone):
        problems["phone"] = "must be + and 5-20 digits"
    return problems


@resolvers.query("userInfo")
def user_info(call: Call[AxroSandbox]) -> Record:
    billing = call.state.billing
    return {
        "email": call.state.email,
        "customer": {"company": billing["company"]},
        "billingAddress": billing,
    }


@resolvers.query("billingAddress")
def billing_address(call: Call[AxroSandbox]) -> Record:
    return call.state.billing


@resolvers.query("shippingAddresses")
def shipping_addresses(call: Call[AxroSandbox]) -> list[Record]:
    return list(call.state.addresses.values())


@resolvers.mutation("shippingCreate")
def shipping_create(call: Call[AxroSandbox], *, input: Record, check: bool = False) -> Record:
    """Created addresses wait for AXRO's approval; `check` normalises without saving."""
    problems = address_problems(input, check=check)
    if problems:
        return error_payload(422, {"message": "validation failed", "errors": problems})
    address: dict[str, Any] = {key: input.get(key) for key in ADDRESS_KEYS}
    address["country"] = str(address["country"]).upper()
    if check:
        known = _KNOWN_STREETS.get(str(address["street"]).strip().lower())
        if known and not (address["zip"] and address["city"]):
            address["zip"], address["city"] = known
        return {
            **address,
            "status": "CHECK_ONLY",
            "info": "Suggested validated/normalized address. Not saved.",
        }
    return dict(call.state.add_address({"id": call.state.new_address_id(), **address, **WAITING}))


@resolvers.mutation("shippingUpdate")
def shipping_update(call: Call[AxroSandbox], *, id: str, input: Record) -> Record:
    """DECISION: updating the contact data of an address approves it (the document's update
    example answers `USABLE` for the address its create example left `WAITING_APPROVAL`); in
    the real service a person approves, in the sandbox this is how a test gets a usable
    address. `AxroSandbox.addresses[id]["status"]` may also be set directly."""
    address = call.state.addresses.get(id)
    if address is None:
        return error_payload(404, {"message": f"shipping address {id} not found"})
    problems = address_problems(input, partial=True)
    if problems:
        return error_payload(422, {"message": "validation failed", "errors": problems})
    address.update({k: v for k, v in input.items() if v is not None}, **USABLE)
    return dict(address)
