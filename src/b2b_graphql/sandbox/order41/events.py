"""Events: what happened in the account (created by the API's clients with createEvent).

# DECISION: "in the account": an event is the account's that created it (`ownerId`, kept out
# of the schema's Event); another account's event is NOT_FOUND (`common.owned`) and lists and
# counts hold the caller's events only.
"""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .common import owned, owner_of
from .filters import Record, fail, listing, select

__all__ = ["resolvers"]

resolvers = Resolvers()


def filtered(call: Call, f: Any) -> list[Record]:
    me = owner_of(call)["id"]
    mine = [e for e in call.state.table("events").values() if e.get("ownerId") == me]
    return select(mine, f, text=("type",))


@resolvers.query("getEvent")
def get_event(call: Call, id: Any) -> Record:
    return owned(call, call.state.get("events", id, what="event"), "event")


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
        "events",
        "Event",
        input,
        ownerId=owner_of(call)["id"],
        createdAt=call.state.now_dt(),
        updatedAt=call.state.now_dt(),
    )
