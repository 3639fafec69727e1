"""Events: what happened in the account (created by the API's clients with createEvent)."""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .filters import Record, fail, listing, select

__all__ = ["resolvers"]

resolvers = Resolvers()


def filtered(call: Call, f: Any) -> list[Record]:
    return select(call.state.table("events").values(), f, text=("type",))


@resolvers.query("getEvent")
def get_event(call: Call, id: Any) -> Record:
    return call.state.get("events", id, what="event")


@resolvers.query("listEvents")
def list_events(
    call: Call, filters: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered(call, filters), first, offset, orderBy)


@resolvers.query("_listEventsMeta")
def list_events_meta(call: Call, filters: Any = None) -> Record:
    return {"count": len(filtered(call, filters))}


@resolvers.mutation("createEvent")
def create_event(call: Call, input: Any) -> Record:
    if not input.get("type"):
        raise fail("createEvent: input.type is required")
    return call.state.insert(
        "events", "Event", input, createdAt=call.state.now_dt(), updatedAt=call.state.now_dt()
    )
