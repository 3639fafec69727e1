"""Turning a response body into a generated model in one pass over the bytes, and the one
JSON decoder for everything else we read."""

from __future__ import annotations

import gc
import sys
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
#: Whether a large result skips the young collections (see `validate_json`); the benchmarks
#: switch it off to measure what it saves. Not on a free-threaded build, whose collector has no
#: generations and whose `gc.freeze()` visits every object.
PROMOTE_RESULTS: bool = getattr(sys, "_is_gil_enabled", lambda: True)()


def validate_json(envelope: type[BaseModel], content: bytes, response: httpx.Response) -> BaseModel:
    """`envelope.model_validate_json(content)`, without the cyclic GC walking a large result.

    Each model instance is a GC-tracked object (with a tracked `model_fields_set`), so a page of
    a thousand products allocates tens of thousands of them. Left alone, the collector runs every
    few hundred allocations during the parse and re-walks the half-built, all-alive result; paused
    during the parse, it still walks all of it once in the first young collection after (about
    as long as the parse itself on a Hipex page of 500 domains: BENCHMARKS.md). Both find
    nothing: the result is a tree, freed by reference counting when it is dropped. So for a
    large body the young generations are collected first (what is in them is the caller's, and
    keeps its normal treatment), the parse runs with the collector paused, and what the parse
    allocated is then moved to the oldest generation in one step (`gc.freeze()` then
    `gc.unfreeze()`) without being walked. A process that froze objects of its own (a pre-fork
    server) is left exactly as it is: only the pause applies then. The collector is left
    disabled if it already was, and validation holds the GIL throughout.

    With collections that rare, httpx's own cycle (a response and its `BoundAsyncStream` point
    at each other) would keep the last few bodies alive until the next one; a read and closed
    response never touches its stream again, so it gets a plain `ByteStream` of its content,
    as if built with `content=`, and is freed as soon as it is dropped.
    """
    if len(content) < PAUSE_GC_FROM or not gc.isenabled():
        return envelope.model_validate_json(content)
    if response.is_closed and not isinstance(response.stream, httpx.ByteStream):
        response.stream = httpx.ByteStream(content)
    promote = PROMOTE_RESULTS and gc.get_freeze_count() == 0
    if promote:
        gc.collect(1)
    gc.disable()
    try:
        return envelope.model_validate_json(content)
    finally:
        if promote:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


@cache
def envelope_for(model: type[BaseModel]) -> type[BaseModel]:
    """`{"data": model | null, "errors": [...] | null}`, built once per result model."""
    fields: dict[str, Any] = {"data": (model | None, None), "errors": (list[Any] | None, None)}
    return create_model(f"{model.__name__}Response", **fields)
