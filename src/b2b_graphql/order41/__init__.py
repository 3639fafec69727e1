"""The Order41 API: `Order41Client` and its auth flow.

    from b2b_graphql.order41 import Order41Client
    async with await Order41Client.login(email=..., password=...) as order41:
        async for product in order41.iter_products(): ...

Names are imported on first use: the generated models import `scalars` from this package, and
that must not pull in the client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
