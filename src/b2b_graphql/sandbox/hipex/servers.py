"""Servers and the server changes every mutation records (read-only: the API has no server
mutations)."""

from __future__ import annotations

from .._core import Resolvers
from .entities import entity_query

__all__ = ["resolvers"]

resolvers = Resolvers()
entity_query(resolvers, "Server", "servers")
entity_query(resolvers, "ServerChange", "server_changes")
