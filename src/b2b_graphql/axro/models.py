"""Typed models for what AXRO's mutations return as JSON, and the error payload they may return.

The wire stays as AXRO sends it (amounts in integer cents); properties give `Decimal`s.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict

from .._errors import ApiError
from .._secrets import Secret, redact_text, redact_variables, scrub
from .values import cents_to_decimal

__all__ = ["AxroApiError", "CartLine", "OrderAddress", "OrderConfirmation", "ShippingAddress"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


class OrderAddress(_Model):
    """An address as orders carry it."""

    id: str | None = None
    company: str | None = None
    department: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    street: str | None = None
    zip: str | None = None
    city: str | None = None
    country: str | None = None
    phone: str | None = None
    email: str | None = None


class ShippingAddress(OrderAddress):
    """A saved address (with `id`), or a normalised suggestion (`status == "CHECK_ONLY"`)."""

    status: str | None = None
    info: str | None = None


class CartLine(_Model):
    product_number: str
    quantity: int
    difference: int = 0
    unit_price: int | None = None
    uhg_unit: int | None = None
    uhg_total: int | None = None
    sub_total: int | None = None

    @property
    def unit_price_amount(self) -> Decimal | None:
        return cents_to_decimal(self.unit_price)

    @property
    def sub_total_amount(self) -> Decimal | None:
        return cents_to_decimal(self.sub_total)


class OrderConfirmation(_Model):
    """What `orderCreate` answers: addresses, priced cart lines, toll, freight and totals."""

    shipping_address: OrderAddress | None = None
    billing_address: OrderAddress | None = None
    cart: list[CartLine] = []
    toll: int | None = None
    freight_costs: int | None = None
    grand_total: int | None = None
    custom_reference: str | None = None
    additional_information: str | None = None
    order_placed: bool = False
    place_order_url: str | None = None

    @property
    def toll_amount(self) -> Decimal | None:
        return cents_to_decimal(self.toll)

    @property
    def freight_costs_amount(self) -> Decimal | None:
        return cents_to_decimal(self.freight_costs)

    @property
    def grand_total_amount(self) -> Decimal | None:
        return cents_to_decimal(self.grand_total)


class AxroApiError(ApiError):
    """AXRO's REST layer rejected a mutation: `{error: true, status, body}` in the data.

    The message carries the body's details besides `message` (`unknownProducts`, the
    field `errors` of a validation failure, ...), shortened. `body` keeps AXRO's body as it
    is shown: the `secrets` of the call (the client's token, secret inputs and headers, which
    a server may quote back) replaced by `***` wherever they occur, and the values under
    secret-looking keys masked; the message masks `Bearer` values besides."""

    def __init__(
        self, operation: str, status: int | None, body: Any, *, secrets: tuple[Secret, ...] = ()
    ) -> None:
        self.operation = operation
        self.status = scrub(status, secrets)
        self.body = redact_variables(scrub(body, secrets))
        message = self.body.get("message") if isinstance(self.body, dict) else self.body
        details = _details(self.body)
        super().__init__(
            redact_text(
                f"{operation} failed with status {self.status}: {message}"
                + (f" ({details})" if details else "")
            )
        )


_DETAILS_LIMIT = 300


def _details(body: Any) -> str:
    if not isinstance(body, dict):
        return ""
    text = "; ".join(f"{key}: {_short(value)}" for key, value in body.items() if key != "message")
    return text if len(text) <= _DETAILS_LIMIT else text[:_DETAILS_LIMIT] + "…"


def _short(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_short(item) for item in value[:20]) + (", …" if len(value) > 20 else "")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_short(v)}" for k, v in list(value.items())[:20]) + "}"
    return str(value)


def raise_for_error_payload(
    operation: str, payload: Any, secrets: Callable[[], tuple[Secret, ...]] = tuple
) -> dict[str, Any]:
    """The payload as a dict, or `AxroApiError` (worded without `secrets()`, told only then)
    when it is AXRO's error shape or no object at all."""
    if isinstance(payload, dict) and payload.get("error") is True:
        told = secrets()
        raise AxroApiError(operation, payload.get("status"), payload.get("body"), secrets=told)
    if not isinstance(payload, dict):
        told = secrets()
        shown = f"unexpected answer: {scrub(payload, told)!r}"
        raise AxroApiError(operation, None, {"message": shown}, secrets=told)
    return payload
