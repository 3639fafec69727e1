"""Order41's custom scalars on the wire: `DateTime` as `2025-01-06T09:00:00Z` (UTC only),
`Date` as `2025-01-06`, `Json` as a JSON-encoded string (as the reference's examples show),
`SmartBoolean` read from true/false, 1/0 or "1"/"0"."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from graphql import GraphQLError, GraphQLSchema

from .._core.binding import bind_scalars as bind
from .._fake import isoformat

__all__ = ["bind_scalars"]


def _parse_smart_boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (1, 0) or value in ("1", "0"):
        return str(value) == "1"
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise GraphQLError(f"SmartBoolean cannot represent {value!r}")


def _parse_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise GraphQLError(f"DateTime cannot represent {value!r}")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise GraphQLError(f"DateTime cannot represent {value!r}") from None
    if parsed.utcoffset() not in (None, timedelta(0)):
        raise GraphQLError("DateTime must be in UTC (Z); other offsets are rejected")
    return parsed.replace(tzinfo=UTC)


def _parse_date(value: Any) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise GraphQLError(f"Date cannot represent {value!r}") from None


def _serialize_json(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def bind_scalars(schema: GraphQLSchema) -> None:
    """Give the schema's four custom scalars their wire behaviour (both directions)."""
    bind(
        schema,
        {
            "DateTime": (
                lambda v: isoformat(v) if isinstance(v, datetime) else v,
                _parse_datetime,
            ),
            "Date": (lambda v: isoformat(v) if isinstance(v, date) else v, _parse_date),
            "Json": (_serialize_json, _serialize_json),
            "SmartBoolean": (_parse_smart_boolean, _parse_smart_boolean),
        },
    )
