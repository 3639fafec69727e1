"""The network between accounts: connect requests, the partners they make, seller search,
and the notifications a request sends."""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .common import owned, owner_of, related
from .filters import Record, fail, listing, page, query_matches, select

__all__ = ["resolvers"]

resolvers = Resolvers()


def filtered_requests(call: Call, f: Any) -> list[Record]:
    users = call.state.users

    def urlkey(key: str) -> Any:
        return lambda r: (users.get(r[key]) or {}).get("urlkey")

    mine = owner_of(call)["id"]
    visible = [
        r
        for r in call.state.table("connect_requests").values()
        if mine in (r["requesterUserId"], r["targetUserId"])
    ]
    fields = {
        "requesterUserUrlkey": urlkey("requesterUserId"),
        "targetUserUrlkey": urlkey("targetUserId"),
    }
    return select(visible, f, fields=fields)


def request(call: Call, id_: Any) -> Record:
    record = call.state.get("connect_requests", id_, what="connect request")
    if owner_of(call)["id"] not in (record["requesterUserId"], record["targetUserId"]):
        raise fail(f"connect request {id_} not found", "NOT_FOUND")
    return record


def answer(call: Call, id_: Any, field_name: str) -> Record:
    record = request(call, id_)
    # DECISION: only the user asked answers, once.
    if record["targetUserId"] != owner_of(call)["id"]:
        raise fail("only the user asked can answer a connect request", "FORBIDDEN")
    if record["acceptedAt"] is not None or record["rejectedAt"] is not None:
        raise fail(f"connect request {record['id']} was answered already")
    record[field_name] = call.state.now_dt()
    return call.state.touch(record)


@resolvers.query("getConnectRequest")
def get_connect_request(call: Call, id: Any = None) -> Record:
    return request(call, id)


@resolvers.query("listConnectRequests")
def list_connect_requests(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(filtered_requests(call, filter), first, offset, orderBy)


@resolvers.query("_listConnectRequestsMeta")
def list_connect_requests_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(filtered_requests(call, filter))}


@resolvers.mutation("sendConnectRequest")
def send_connect_request(call: Call, userId: Any, source: Any = None, term: Any = None) -> Record:
    target = call.state.user(userId)
    me = owner_of(call)
    if target["id"] == me["id"]:
        raise fail("sendConnectRequest: you cannot connect to yourself")
    record = call.state.insert(
        "connect_requests",
        "ConnectRequest",
        {"source": source, "term": term},
        requesterUserId=me["id"],
        targetUserId=target["id"],
    )
    call.state.insert(
        "notifications",
        "Notification",
        {},
        type="CONNECT_REQUEST",
        userId=target["id"],
        objectId=record["id"],
        payload=f"{me['name']} wants to connect",
    )
    return record


@resolvers.mutation("acceptConnectRequest")
def accept_connect_request(call: Call, id: Any = None) -> Record:
    return answer(call, id, "acceptedAt")


@resolvers.mutation("rejectConnectRequest")
def reject_connect_request(call: Call, id: Any = None) -> Record:
    return answer(call, id, "rejectedAt")


@resolvers.query("listPartners")
def list_partners(call: Call, first: Any = None, offset: Any = None) -> list[Record]:
    # DECISION: partners are the users an accepted connect request links the caller with.
    me = owner_of(call)["id"]
    ids: dict[str, None] = {}
    for r in call.state.table("connect_requests").values():
        if r["acceptedAt"] is not None and me in (r["requesterUserId"], r["targetUserId"]):
            ids[r["targetUserId"] if r["requesterUserId"] == me else r["requesterUserId"]] = None
    partners = [call.state.users[i] for i in ids if i in call.state.users]
    return listing(partners, first, offset, default=10)


@resolvers.query("searchSellerProfiles")
def search_seller_profiles(call: Call, query: Any = None) -> list[Record]:
    # DECISION: searchable sellers whose name, display name or urlkey contains the query.
    found = [
        u
        for u in call.state.users.values()
        if u["accountType"] == "SELLER"
        and u["canSearch"]
        and query_matches(u, query, ("name", "displayName", "urlkey"))
    ]
    return page(sorted(found, key=lambda u: int(u["id"])), None, None, 100)


# -- notifications ------------------------------------------------------------------------------


def notifications(call: Call, f: Any) -> list[Record]:
    mine = [
        n for n in call.state.table("notifications").values() if n["userId"] == owner_of(call)["id"]
    ]
    return select(mine, f)


def notification(call: Call, id_: Any) -> Record:
    return owned(
        call, call.state.get("notifications", id_, what="notification"), "notification", "userId"
    )


@resolvers.query("listNotifications")
def list_notifications(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None
) -> list[Record]:
    return listing(notifications(call, filter), first, offset, ["CREATED_AT_DESC"])


@resolvers.query("_listNotificationsMeta")
def list_notifications_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(notifications(call, filter))}


@resolvers.mutation("readNotification")
def read_notification(call: Call, id: Any = None) -> Record:
    record = notification(call, id)
    record["seenAt"] = record["seenAt"] or call.state.now_dt()
    return call.state.touch(record)


@resolvers.mutation("unreadNotification")
def unread_notification(call: Call, id: Any = None) -> Record:
    record = notification(call, id)
    record["seenAt"] = None
    return call.state.touch(record)


@resolvers.field("Notification", "object")
def notification_object(call: Call, parent: Record) -> Record | None:
    found = call.state.table("connect_requests").get(parent.get("objectId") or "")
    return {**found, "__typename": "ConnectRequest"} if found else None


resolvers.field("ConnectRequest", "requesterUser")(related("users", "requesterUserId"))
resolvers.field("ConnectRequest", "targetUser")(related("users", "targetUserId"))
