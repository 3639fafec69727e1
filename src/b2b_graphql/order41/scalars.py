"""Order41's `Json` scalar on the client side (imported by the generated models).

The reference calls it "arbitrary json string data ... a free-form human-readable json string"
and its examples show strings on the wire (`"payload": "xyz789"`): the server sends a JSON
document encoded as a string. Results are decoded to Python values; a string that is not JSON
(as in the reference's own placeholder examples) is kept as the string. Inputs are encoded with
`json.dumps`; a `str` is taken to be JSON text already and sent unchanged.

This module imports nothing from the client, so the generated models can import it first.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["parse_json", "serialize_json"]


def parse_json(value: Any) -> Any:
    """The decoded document for a JSON string; other values (None, already decoded) as given."""
    if isinstance(value, str | bytes):
        try:
            return json.loads(value)
        except (ValueError, RecursionError):  # a document nested too deeply is kept as text
            return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return value


def serialize_json(value: Any) -> Any:
    """The wire form: `json.dumps(value)`, or `value` itself when it is a str (or None)."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), default=str)
