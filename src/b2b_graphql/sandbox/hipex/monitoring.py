"""The `Monitor*` time series and `MonitorValidate`.

Series are computed, not stored: one point per hour in the asked window, each value a
deterministic function of (seed, metric, target, hour), so the same question always gets the
same answer and different targets or windows get different ones.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from graphql import GraphQLError

from .._core import Call, Resolvers
from .filters import parse_datetime
from .state import HipexSandbox, Row, now

__all__ = ["MAX_POINTS", "METRICS", "resolvers", "series"]

resolvers = Resolvers()
MAX_POINTS = 24 * 31
#: metric -> (value keys, scale of each value)
METRICS: dict[str, tuple[tuple[str, ...], float]] = {
    "DiskIo": (("read", "write"), 50.0),
    "DiskSpace": (("used", "free"), 100000.0),
    "MemoryUsage": (("used", "free", "cached"), 16000.0),
    "NetworkTraffic": (("in", "out"), 1000.0),
    "ServerLoad": (("load1", "load5", "load15"), 4.0),
}


def _bound(text: str | None, default: datetime, name: str) -> datetime:
    if text is None:
        return default
    try:
        return parse_datetime(text)
    except ValueError:
        raise GraphQLError(
            f"{name} must be an ISO-8601 time", extensions={"code": "BAD_USER_INPUT"}
        ) from None


def _value(
    state: HipexSandbox, metric: str, target: str, hour: datetime, key: str, scale: float
) -> str:
    digest = hashlib.blake2b(
        f"{state.seed}:{metric}:{target}:{hour:%Y%m%d%H}:{key}".encode(), digest_size=4
    )
    fraction = int.from_bytes(digest.digest(), "big") / 2**32
    return f"{fraction * scale:.2f}"


def series(
    state: HipexSandbox, metric: str, target: str, start: datetime, end: datetime
) -> list[Row]:
    keys, scale = METRICS[metric]
    hour = start.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    if hour < start:
        hour += timedelta(hours=1)
    points: list[Row] = []
    while hour <= end and len(points) < MAX_POINTS:
        values = [{"key": k, "value": _value(state, metric, target, hour, k, scale)} for k in keys]
        points.append({"date": hour.strftime("%Y-%m-%dT%H:%M:%SZ"), "values": values})
        hour += timedelta(hours=1)
    return points


def _target(state: HipexSandbox, application_id: str | None, server_id: str | None) -> str | None:
    """DECISION: `applicationId` is a domain id (as for the filesystem), `serverId` a server
    id; given both, the domain must run on that server. Ids arrive as strings (the schema
    says so) and must be whole numbers. An unknown id has no series: the answer is empty."""
    if application_id is None and server_id is None:
        raise GraphQLError("give applicationId or serverId", extensions={"code": "BAD_USER_INPUT"})
    try:
        domain = state.domains.get(int(application_id)) if application_id is not None else None
        server = state.servers.get(int(server_id)) if server_id is not None else None
    except ValueError:
        raise GraphQLError("ids are whole numbers", extensions={"code": "BAD_USER_INPUT"}) from None
    if application_id is not None and domain is None:
        return None
    if server_id is not None and server is None:
        return None
    if domain is not None and server is not None and domain["server"] is not server:
        return None
    return f"domain:{domain['id']}" if domain is not None else f"server:{server['id']}"  # type: ignore[index]


def _monitor(metric: str) -> None:
    @resolvers.query(f"Monitor{metric}")
    def resolve(
        call: Call[HipexSandbox],
        *,
        applicationId: str | None = None,
        serverId: str | None = None,
        startTime: str | None = None,
        endTime: str | None = None,
    ) -> list[Row]:
        """DECISION: the window defaults to the 24 hours before now; it holds at most
        `MAX_POINTS` hourly points (31 days), later ones are cut; an end before the start is
        an error."""
        end = _bound(endTime, now(), "endTime")
        start = _bound(startTime, end - timedelta(hours=24), "startTime")
        if end < start:
            raise GraphQLError("endTime is before startTime", extensions={"code": "BAD_USER_INPUT"})
        target = _target(call.state, applicationId, serverId)
        return [] if target is None else series(call.state, metric, target, start, end)


for _metric in METRICS:
    _monitor(_metric)


@resolvers.query("MonitorValidate")
def monitor_validate(call: Call[HipexSandbox], *, domainName: str | None = None) -> Any:
    """DECISION: uptime monitoring can be validated for a domain or pointer name hosted in the
    account; any other name fails validation with the reason."""
    name = (domainName or "").strip().lower()
    state = call.state
    hosted = any(d["domain"] == name for d in state.domains.values()) or any(
        p["pointer"] == name for p in state.pointers.values()
    )
    message = "Reachable" if hosted else "Domain %s is not hosted in this account"
    return {
        "domainName": domainName or "",
        "successful": hosted,
        "result": [
            {"successful": hosted, "message": message, "messageArguments": [] if hosted else [name]}
        ],
    }
