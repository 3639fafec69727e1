"""Where a typed parse's microseconds go, per JSON object, on the two large pages.

Each step adds one thing to the one before, all in-process on the same bytes, CPU per parse
with the cyclic GC paused (as our client parses a large body), freeing timed apart:

1. `pydantic_core.from_json`: pydantic's JSON parser alone (no schema);
2. `validate_json` into TypedDicts of the same shape, leaves typed `Any`: + walking the schema
   (aliases, optional fields, lists) without checking a single scalar;
3. the same with the real leaf types: + the scalar validators;
4. `validate_json` into the generated models, `data` alone: + one model instance per object;
5. the `{data, errors}` envelope (what our client parses): + the envelope.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import pydantic_core
from pydantic import BaseModel, TypeAdapter, create_model

from .measure import rotated
from .report import table

STEPS = (
    "pydantic's JSON parser alone (`from_json`)",
    "+ the schema walk (TypedDicts, leaves `Any`)",
    "+ scalar validators (TypedDicts, real leaf types)",
    "+ model instances (`data` into the generated models)",
    "+ the `{data, errors}` envelope (ours)",
)


def _any_leaves(annotation: Any) -> Any:
    from typing import get_args, get_origin

    from typing_extensions import TypedDict

    hints = getattr(annotation, "__annotations__", None)
    if isinstance(annotation, type) and hints is not None and hasattr(annotation, "__total__"):
        return TypedDict(
            f"{annotation.__name__}Any",
            {k: _any_leaves(v) for k, v in hints.items()},
            total=annotation.__total__,
        )
    args = get_args(annotation)
    if not args:
        return Any
    origin = get_origin(annotation)
    if origin is list:
        return list[_any_leaves(args[0])]  # type: ignore[misc]
    inner = [a for a in args if a is not type(None)]
    return _any_leaves(inner[0]) | None if len(inner) == 1 else Any


def breakdown(
    body: bytes, model: type[BaseModel], rounds: int, as_typed_dicts: Callable[[Any], Any]
) -> tuple[list[str], dict[str, float]]:
    """Table lines, and per-object µs by step (`"free"`: freeing the models)."""
    data = json.dumps(json.loads(body)["data"], separators=(",", ":")).encode()
    objects = count_objects(json.loads(data))
    typed = as_typed_dicts(model)
    loose = TypeAdapter(_any_leaves(typed))
    strict = TypeAdapter(typed)
    envelope = create_model(
        f"{model.__name__}Envelope",
        data=(model | None, None),
        errors=(list[Any] | None, None),
    )
    ways: dict[str, Callable[[], Any]] = {
        STEPS[0]: lambda: pydantic_core.from_json(data),
        STEPS[1]: lambda: loose.validate_json(data),
        STEPS[2]: lambda: strict.validate_json(data),
        STEPS[3]: lambda: model.model_validate_json(data),
        STEPS[4]: lambda: envelope.model_validate_json(body),
    }
    for way in ways.values():
        way()
    build: dict[str, list[float]] = {name: [] for name in ways}
    free: dict[str, list[float]] = {name: [] for name in ways}
    for round_ in range(rounds):
        for name in rotated(list(ways), round_):
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                result = ways[name]()
                built = time.process_time()
                del result
                freed = time.process_time()
            finally:
                gc.enable()
            build[name].append(built - start)
            free[name].append(freed - built)
    per_object = {name: statistics.median(v) / objects * 1e6 for name, v in build.items()}
    frees = {name: statistics.median(v) / objects * 1e6 for name, v in free.items()}
    rows, previous = [], 0.0
    for name in ways:
        cost = per_object[name]
        rows.append([name, f"{cost:.2f} µs", f"{cost - previous:+.2f} µs", f"{frees[name]:.2f} µs"])
        previous = cost
    lines = [
        f"{objects:,} JSON objects in `data` ({len(body) / 1000:.0f} kB); CPU per object, "
        f"median of {rounds} interleaved rounds, GC paused:",
        "",
        *table(["Step", "Build / object", "Step adds", "Freeing / object"], rows),
    ]
    result = {"instances": per_object[STEPS[3]] - per_object[STEPS[2]]}
    result["free"] = frees[STEPS[3]] - frees[STEPS[2]]
    result["objects"] = objects
    return lines, result


def count_objects(value: Any) -> int:
    """How many JSON objects `value` holds (each becomes one model instance)."""
    if isinstance(value, dict):
        return 1 + sum(count_objects(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_objects(v) for v in value)
    return 0
