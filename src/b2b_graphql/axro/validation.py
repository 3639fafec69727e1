"""The input rules AXRO documents, checked before anything is sent."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._errors import InputValidationError

__all__ = ["validate_cart", "validate_contact", "validate_new_address"]

_MAX_35 = ("company", "department", "street", "city")
_REQUIRED = ("company", "department", "street", "zip", "city", "country")
_PHONE = re.compile(r"\+\d{5,20}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def validate_new_address(address: Mapping[str, Any]) -> None:
    """company/department/street/city at most 35 characters; country ISO 3166-1 alpha-2;
    phone `+` and 5-20 digits. `zip` and `city` may be empty (check mode fills them in)."""
    for name in _REQUIRED:
        if not isinstance(address.get(name), str):
            raise InputValidationError(name, "is required and must be a string")
    for name in _MAX_35:
        if len(address[name]) > 35:
            raise InputValidationError(
                name, f"must be at most 35 characters, got {len(address[name])}"
            )
    for name in ("company", "department", "street"):
        if not address[name].strip():
            raise InputValidationError(name, "must not be empty")
    if not _COUNTRY.fullmatch(address["country"]):
        raise InputValidationError(
            "country",
            f"must be an ISO 3166-1 alpha-2 code such as 'DE', got {address['country']!r}",
        )
    validate_contact(address)


def validate_contact(fields: Mapping[str, Any]) -> None:
    phone, email = fields.get("phone"), fields.get("email")
    if phone is not None and not (isinstance(phone, str) and _PHONE.fullmatch(phone)):
        raise InputValidationError(
            "phone", f"must be '+' and 5-20 digits, e.g. +4940123456, got {phone!r}"
        )
    if email is not None and not (isinstance(email, str) and _EMAIL.fullmatch(email)):
        raise InputValidationError("email", f"is not an email address: {email!r}")


def validate_cart(cart: list[dict[str, Any]]) -> None:
    if not cart:
        raise InputValidationError("cart", "must contain at least one line")
    for index, line in enumerate(cart):
        number, quantity = line.get("productNumber"), line.get("quantity")
        if not isinstance(number, str) or not number.strip():
            raise InputValidationError(f"cart[{index}].productNumber", "must be a non-empty string")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            raise InputValidationError(
                f"cart[{index}].quantity", f"must be a positive integer, got {quantity!r}"
            )
