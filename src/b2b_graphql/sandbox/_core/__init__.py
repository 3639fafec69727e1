"""The shared sandbox core: ASGI plumbing, the GraphQL app, resolver binding, the auth guard.

Each API's sandbox package (`axro`, `hipex`, `order41`) holds only that API's behaviour and
builds its app from these four pieces.
"""

from __future__ import annotations

from .app import GraphQLApp, RequestContext, load_sdl, require
from .binding import Call, Resolvers, UnboundFieldsError, bind, bind_scalars, bound_fields
from .guard import AnswerEmpty, Guard

__all__ = [
    "AnswerEmpty",
    "Call",
    "GraphQLApp",
    "Guard",
    "RequestContext",
    "Resolvers",
    "UnboundFieldsError",
    "bind",
    "bind_scalars",
    "bound_fields",
    "load_sdl",
    "require",
]
