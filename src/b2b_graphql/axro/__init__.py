"""The AXRO API: client, typed mutation results, value helpers."""

from .client import DEFAULT_URL, AxroClient
from .models import AxroApiError, CartLine, OrderAddress, OrderConfirmation, ShippingAddress
from .values import cents_to_decimal, parse_date, parse_datetime

__all__ = [
    "DEFAULT_URL",
    "AxroApiError",
    "AxroClient",
    "CartLine",
    "OrderAddress",
    "OrderConfirmation",
    "ShippingAddress",
    "cents_to_decimal",
    "parse_date",
    "parse_datetime",
]
