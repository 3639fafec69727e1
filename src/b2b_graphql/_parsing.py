"""Turning a response body into a generated model in one pass over the bytes, and the one
JSON decoder for everything else we read."""

from __future__ import annotations

import gc
from functools import cache
from typing import Any

import httpx
import pydantic_core
from pydantic import BaseModel, create_model

__all__ = ["NOT_JSON", "PAUSE_GC_FROM", "decode_json", "envelope_for", "validate_json"]

#: What `decode_json` returns for bytes that are not JSON it will decode.
NOT_JSON: Any = object()


def decode_json(content: bytes | str) -> Any:
    """`content` decoded, or `NOT_JSON` when it is not JSON, is nested too deeply, or holds
    NaN/Infinity. pydantic-core's parser stops at a fixed depth instead of recursing until
    Python's stack runs out (`json.loads` raises `RecursionError` on a deeply nested body); use
    this wherever we decode a response, never `json.loads`."""
    try:
        return pydantic_core.from_json(content, allow_inf_nan=False)
    except ValueError:
        return NOT_JSON


#: Bodies at least this big are validated with the cyclic GC paused (see `validate_json`).
PAUSE_GC_FROM = 16 * 1024


def validate_json(envelope: type[BaseModel], content: bytes, response: httpx.Response) -> BaseModel:
    """`envelope.model_validate_json(content)`, with the cyclic GC paused for a large body.

    Each model instance is a GC-tracked object (with a tracked `model_fields_set`), so a page of
    a thousand products allocates tens of thousands of them; the collector then runs every few
    hundred allocations, promotes the half-built, all-alive result and ends up in full
    collections, a large share of a big page's CPU (BENCHMARKS.md, large responses). Plain
    `json.loads` dicts of scalars are untracked and do not pay this. Reference counting still frees
    everything as usual; the pause only defers cycle detection to the next allocation after the
    parse. Validation holds the GIL throughout, and the collector is left disabled if it
    already was.

    With collections that rare, httpx's own cycle (a response and its `BoundAsyncStream` point
    at each other) would keep the last few bodies alive until the next one; a read and closed
    response never touches its stream again, so it gets a plain `ByteStream` of its content,
    as if built with `content=`, and is freed as soon as it is dropped.
    """
    if len(content) < PAUSE_GC_FROM or not gc.isenabled():
        return envelope.model_validate_json(content)
    if response.is_closed and not isinstance(response.stream, httpx.ByteStream):
        response.stream = httpx.ByteStream(content)
    gc.disable()
    try:
        return envelope.model_validate_json(content)
    finally:
        gc.enable()


@cache
def envelope_for(model: type[BaseModel]) -> type[BaseModel]:
    """`{"data": model | null, "errors": [...] | null}`, built once per result model."""
    fields: dict[str, Any] = {"data": (model | None, None), "errors": (list[Any] | None, None)}
    return create_model(f"{model.__name__}Response", **fields)
