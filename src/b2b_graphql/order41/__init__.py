"""The Order41 API: `Order41Client` and its auth flow.

    from b2b_graphql.order41 import Order41Client
    async with await Order41Client.login(email=..., password=...) as order41:
        async for product in order41.iter_products(): ...

Names are imported on first use: the generated models import `scalars` from this package, and
that must not pull in the client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .auth import Order41Auth
    from .client import PRODUCTION_URL, SANDBOX_URL, Order41Client

__all__ = ["PRODUCTION_URL", "SANDBOX_URL", "Order41Auth", "Order41Client"]

_LAZY = {
    "Order41Client": ".client",
    "SANDBOX_URL": ".client",
    "PRODUCTION_URL": ".client",
    "Order41Auth": ".auth",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
