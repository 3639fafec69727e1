"""The shared sandbox core's binding convention, typed for Order41's state: domain modules
annotate `call: Call` and get `call.state` as the `Order41Sandbox`."""

from __future__ import annotations

from .._core.binding import Call as CoreCall
from .._core.binding import Resolvers, bind
from .._core.guard import Guard
from .state import Order41Sandbox

__all__ = ["Call", "Guard", "Resolvers", "bind"]

Call = CoreCall[Order41Sandbox]
