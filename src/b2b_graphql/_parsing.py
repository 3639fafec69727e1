"""Turning a response body into a generated model in one pass over the bytes."""

from __future__ import annotations

import gc
from functools import cache
from typing import Any

import httpx
from pydantic import BaseModel, create_model

__all__ = ["PAUSE_GC_FROM", "envelope_for", "validate_json"]

#: Bodies at least this big are validated with the cyclic GC paused (see `validate_json`).
PAUSE_GC_FROM = 16 * 1024


def validate_json(envelope: type[BaseModel], content: bytes, response: httpx.Response) -> BaseModel:
    """`envelope.model_validate_json(content)`, with the cyclic GC paused for a large body.

    Each model instance is a GC-tracked object (with a tracked `model_fields_set`), so a page of
    a thousand products allocates tens of thousands of them; the collector then runs every few
    hundred allocations, promotes the half-built, all-alive result and ends up in full
    collections: ~40% of the CPU of a 1,000-product call (BENCHMARKS.md). Plain `json.loads`
    dicts of scalars are untracked and do not pay this. Reference counting still frees
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
