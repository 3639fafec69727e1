"""1. Per-call overhead: small and large responses, four clients interleaved in one process."""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Callable
from types import UnionType
from typing import Any, Union, get_args, get_origin

import httpx
import pydantic_core

from .contenders import (
    DEFAULT,
    GQL,
    OURS,
    RAW,
    CannedServer,
    Operation,
    axro_client,
    client_calls,
    default_client,
    gql_client,
    on_path,
    order41_client,
    raw_httpx,
    size_limit_supported,
)
from .measure import Call, Samples, fmt_ratio, fmt_time, interleave, median, rotated
from .parse_cost import breakdown
from .parse_cost import count_objects as _objects
from .payloads import (
    AXRO_BILLING_QUERY,
    AXRO_PRODUCTS_QUERY,
    axro_billing,
    axro_products_page,
    order41_operations,
    order41_products_page,
)
from .report import Report, table
from .scratch import available, defaults_dir, ensure_default_client
from .settings import Settings

CONTENDERS = (RAW, OURS, GQL, DEFAULT)
#: Ours as it was before the GC pause (`b2b_graphql._parsing.validate_json`): an A/B each run.
OURS_GC = "b2b_graphql, GC not paused"
#: Ours with the GC paused but the result left to the young collections (the fix before last).
OURS_YOUNG = "b2b_graphql, result not promoted"
#: Ours without the response size limit (`max_response_bytes=None`): what the limit costs.
OURS_NO_LIMIT = "b2b_graphql, no size limit"


def with_parsing(call: Call, **settings: object) -> Call:
    """`call` with `b2b_graphql._parsing` settings changed for its duration (calls are
    sequential): `PAUSE_GC_FROM=1 << 62` is ours before the GC pause, `PROMOTE_RESULTS=False`
    ours before large results skipped the young collections."""

    from b2b_graphql import _parsing

    async def wrapped() -> Any:
        saved = {name: getattr(_parsing, name) for name in settings}
        for name, value in settings.items():
            setattr(_parsing, name, value)
        try:
            return await call()
        finally:
            for name, value in saved.items():
                setattr(_parsing, name, value)

    return wrapped


def order41_present() -> bool:
    try:
        import order41_gql  # noqa: F401
    except ImportError:
        return False
    return available("order41_default")


async def run(report: Report, settings: Settings) -> None:
    lines = report.section("1. Per-call overhead")
    lines += [
        "One client process, one canned server process on loopback (pre-serialised bodies, "
        "keep-alive). Each round runs every client for the same number of sequential calls, "
        "the order rotated each round; the figures are the medians over rounds of the "
        "per-call means. **CPU** is `time.process_time()` of the client process per call "
        "(the server's CPU is not in it); the ratios are to raw httpx.",
        "",
        f"- `{RAW}`: `httpx.AsyncClient.post` + `json.loads` (the baseline; no validation)",
        f"- `{OURS}`: `AxroClient` (Order41: `Order41GeneratedClient`, our base client + "
        "Bearer auth); every response fully validated into the generated pydantic models",
        f"- `{GQL}`: `gql.Client` with `HTTPXAsyncTransport`, no schema (plain dicts)",
        f"- `{DEFAULT}`: ariadne-codegen 0.19 with a default config (schema + operations "
        "only), `Client(url, headers)`",
        f"- `{OURS_GC}` (large responses only): ours with the GC pause of "
        "`_parsing.validate_json` switched off, i.e. ours before that fix, measured in the "
        "same rounds",
        f"- `{OURS_YOUNG}` (large responses only): ours with the GC paused but without moving "
        "the result past the young collections (`_parsing.PROMOTE_RESULTS` off), i.e. ours "
        "before that fix",
        f"- `{OURS_NO_LIMIT}` (AXRO): ours with `max_response_bytes=None`, so the row above "
        "it minus this one is what the response size limit costs per call",
        "",
    ]
    with_limit = size_limit_supported()
    ensure_default_client("axro_default")
    with_order41 = order41_present()
    fake = order41_operations() if with_order41 else None
    if with_order41:
        ensure_default_client("order41_default")
    large = axro_products_page(settings.axro_items)
    bodies = {"small": axro_billing(), "large": large}
    if fake is not None:
        bodies["order41"] = order41_products_page(fake, settings.order41_products)

    cases: list[tuple[str, str, str, Operation, int, int]] = [
        (
            f"AXRO `billingAddress` (one short object, {len(bodies['small'])} B)",
            "small",
            "axro",
            Operation("billingAddress", AXRO_BILLING_QUERY, {}, lambda c: c.billing_address()),
            settings.small_calls,
            settings.small_rounds,
        ),
        (
            f"AXRO `products`, {settings.axro_items:,} items ({len(large) / 1000:.0f} kB)",
            "large",
            "axro",
            Operation(
                "products",
                AXRO_PRODUCTS_QUERY,
                {"page": 1, "limit": settings.axro_items},
                lambda c: c.products(page=1, limit=settings.axro_items),
            ),
            settings.large_calls,
            settings.large_rounds,
        ),
    ]
    if fake is not None:
        size = len(bodies["order41"]) / 1000
        cases.append(
            (
                f"Order41 `listProducts`, {settings.order41_products:,} products with 3 variants "
                f"each ({size:,.0f} kB)",
                "order41",
                "order41",
                Operation(
                    "listProducts",
                    fake.query_text("listProducts"),
                    {"first": settings.order41_products},
                    lambda c: c.list_products(first=settings.order41_products),
                ),
                settings.order41_calls,
                settings.order41_rounds,
            )
        )

    results: dict[str, dict[str, Samples]] = {}
    with CannedServer(bodies) as server, on_path(defaults_dir()):
        for title, route, api, op, count, rounds in cases:
            url = server.url(route)
            async with contextlib.AsyncExitStack() as stack:
                ours = axro_client(url) if api == "axro" else order41_client(url)
                calls = {
                    RAW: await stack.enter_async_context(raw_httpx(url, op)),
                    OURS: await stack.enter_async_context(client_calls(ours, op)),
                    GQL: await stack.enter_async_context(gql_client(url, op)),
                    DEFAULT: await stack.enter_async_context(
                        client_calls(default_client(f"{api}_default", url), op)
                    ),
                }
                if api == "axro" and with_limit:
                    unlimited = axro_client(url, max_response_bytes=None)
                    calls[OURS_NO_LIMIT] = await stack.enter_async_context(
                        client_calls(unlimited, op)
                    )
                if route != "small":
                    for name, change in (
                        (OURS_GC, {"PAUSE_GC_FROM": 1 << 62}),
                        (OURS_YOUNG, {"PROMOTE_RESULTS": False}),
                    ):
                        other = axro_client(url) if api == "axro" else order41_client(url)
                        calls[name] = with_parsing(
                            await stack.enter_async_context(client_calls(other, op)), **change
                        )
                warmup = max(2, count // 5) if route == "small" else 2
                try:
                    samples = await interleave(calls, count=count, rounds=rounds, warmup=warmup)
                except Exception as exc:
                    if api != "order41":
                        raise
                    # Order41's operations are still moving: a canned page that no longer
                    # matches the generated models is reported, not fatal.
                    lines += [
                        f"### {title}",
                        "",
                        f"Skipped: {type(exc).__name__}: {str(exc)[:300]}",
                        "",
                    ]
                    continue
            results[route] = samples
            lines += [f"### {title}", "", *_table(samples, count, rounds), ""]
    if not with_order41:
        lines += [
            "Order41 `listProducts`: skipped (no `generated/order41_gql` or `queries/order41`).",
            "",
        ]

    lines += [
        "### Where the large response's time goes (parsing only, no network)",
        "",
        f"The {len(large) / 1000:.0f} kB AXRO page parsed in-process, CPU per parse including "
        "freeing the result (median of rounds, interleaved). Its data holds "
        f"{_objects(json.loads(large)['data']):,} JSON objects, so our models create that many "
        "pydantic model instances; the TypedDict row validates the same bytes against the same "
        "shape (aliases, optional fields, lists) without them:",
        "",
        *_parse_table(large, settings),
        "",
    ]

    lines += [
        "### Per object: what a typed parse costs over a dict",
        "",
        "Each row adds one thing to the row before (`bench/parse_cost.py`); the difference "
        "between the TypedDict rows and the models is what model instances cost.",
        "",
    ]
    from axro_gql.products import Products

    per_object: dict[str, dict[str, float]] = {}
    pages: list[tuple[str, bytes, Any]] = [("AXRO page", large, Products)]
    if fake is not None:
        from order41_gql.list_products import ListProducts

        pages.append(("Order41 page", bodies["order41"], ListProducts))
    for name, body, model in pages:
        table_lines, per_object[name] = breakdown(
            body, model, settings.parse_rounds, _as_typed_dicts
        )
        lines += [f"**{name}**: " + table_lines[0], *table_lines[1:], ""]

    small, big = results["small"], results["large"]
    ratio, gql_ratio = small[OURS].cpu_ratio(small[RAW]), small[GQL].cpu_ratio(small[RAW])
    report.target(
        "Small response: our CPU per call vs raw httpx, and vs gql",
        "≤ 1.05x raw, below gql",
        f"{ratio:.2f}x raw; gql {gql_ratio:.2f}x",
        ratio <= 1.05 and ratio < gql_ratio,
    )
    if with_limit:
        costs = [r[OURS].cpu_ratio(r[OURS_NO_LIMIT]) for r in (small, big)]
        report.target(
            "Response size limit: our CPU per call with the default limit vs none",
            "nothing measurable (≤ 1.02x)",
            f"small {costs[0]:.3f}x, large {costs[1]:.3f}x",
            max(costs) <= 1.02,
        )
    else:
        report.target(
            "Response size limit: our CPU per call with the default limit vs none",
            "nothing measurable (≤ 1.02x)",
            "this build has no `max_response_bytes`",
            None,
        )
    for name, route in (("AXRO 1,000 items", "large"), ("Order41 500 products", "order41")):
        if route not in results:
            continue
        vs_gql = results[route][OURS].cpu_ratio(results[route][GQL])
        page = "AXRO page" if route == "large" else "Order41 page"
        instances = per_object[page]
        report.target(
            f"Typed parse vs gql's dicts ({name}): our CPU per call vs gql (stretch)",
            "≤ 1.05x",
            f"{vs_gql:.2f}x (model instances: {instances['instances']:.2f} µs + "
            f"{instances['free']:.2f} µs to free, x {instances['objects']:,.0f} objects)",
            vs_gql <= 1.05,
        )
    ratio = big[OURS].cpu_ratio(big[RAW])
    report.target(
        f"Large response ({settings.axro_items:,} items): our CPU per call vs raw httpx",
        "≤ 1.5x (stretch 1.3x)",
        f"{ratio:.2f}x",
        ratio <= 1.5,
    )


def _table(samples: dict[str, Samples], count: int, rounds: int) -> list[str]:
    base = samples[RAW]
    rows = [
        [
            f"`{name}`",
            fmt_time(s.cpu_median),
            fmt_ratio(s.cpu_ratio(base)),
            fmt_time(s.wall_median),
            fmt_ratio(s.wall_ratio(base)),
            f"{1 / s.wall_median:,.0f}",
        ]
        for name, s in samples.items()
    ]
    return [
        *table(
            ["Client", "CPU / call", "CPU vs raw", "Wall / call", "Wall vs raw", "calls/s"], rows
        ),
        "",
        f"{rounds} rounds x {count} calls per client; the ratios are medians of per-round ratios.",
    ]


def _parse_table(body: bytes, settings: Settings) -> list[str]:
    from typing import Any as AnyType

    from axro_gql.products import Products
    from pydantic import ConfigDict, TypeAdapter, create_model
    from typing_extensions import TypedDict

    from b2b_graphql import AxroClient
    from b2b_graphql._parsing import envelope_for as _envelope

    with on_path(defaults_dir()):
        from axro_default.products import Products as DefaultProducts

    client = AxroClient(token="t", url="http://127.0.0.1/")
    request = httpx.Request("POST", "http://127.0.0.1/")
    headers = {"content-type": "application/json"}
    envelope = _envelope(Products)
    keys_only = create_model(
        "ProductsResponseKeys",
        __config__=ConfigDict(cache_strings="keys"),
        data=(Products | None, None),
        errors=(list[AnyType] | None, None),
    )
    response = httpx.Response(200, content=body, headers=headers, request=request)

    ways: dict[str, Callable[[], Any]] = {
        "`json.loads` (what raw httpx and gql do)": lambda: json.loads(body),
        "`json.loads` + `model_validate`, default-config models (ariadne default)": lambda: (
            DefaultProducts.model_validate(json.loads(body)["data"])
        ),
        "`json.loads` + `model_validate`, our models": lambda: Products.model_validate(
            json.loads(body)["data"]
        ),
        "`model_validate_json` of the `{data, errors}` envelope, GC running (ours before)": (
            lambda: envelope.model_validate_json(body)
        ),
        "the same with `cache_strings='keys'` (tried, not adopted)": lambda: (
            keys_only.model_validate_json(body)
        ),
        "`client.get_model(response, Products)`: envelope, GC paused (ours now)": lambda: (
            client.get_model(response, Products)
        ),
    }
    typed_dicts = TypeAdapter(
        TypedDict(
            "ProductsResponseDict",
            {"data": _as_typed_dicts(Products) | None, "errors": list[AnyType] | None},
            total=False,
        )
    )
    ways["`pydantic_core.from_json` (pydantic's JSON parser, no schema)"] = lambda: (
        pydantic_core.from_json(body)
    )
    ways["`validate_json` into TypedDicts of the same shape (no model instances)"] = lambda: (
        typed_dicts.validate_json(body)
    )
    for way in ways.values():
        way()  # build the models, warm the caches
    cpu: dict[str, list[float]] = {name: [] for name in ways}
    for round_ in range(settings.parse_rounds):
        for name in rotated(list(ways), round_):
            gc.collect()
            start = time.process_time()
            ways[name]()
            cpu[name].append(time.process_time() - start)
    base = median(cpu[next(iter(ways))])
    rows = [
        [name, fmt_time(median(values)), fmt_ratio(median(values), base)]
        for name, values in cpu.items()
    ]
    return table(["Parse", "CPU", "vs json.loads"], rows)


def _as_typed_dicts(annotation: Any) -> Any:
    """`annotation` with every pydantic model in it replaced by a TypedDict keyed by its aliases."""
    from pydantic import BaseModel
    from typing_extensions import TypedDict

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        annotation.model_rebuild()  # resolve the generated models' quoted forward references
        fields = {
            info.alias or name: _as_typed_dicts(info.annotation)
            for name, info in annotation.model_fields.items()
        }
        return TypedDict(f"{annotation.__name__}Dict", fields)
    args = get_args(annotation)
    if not args:
        return annotation
    mirrored = tuple(_as_typed_dicts(arg) for arg in args)
    origin = get_origin(annotation)
    return Union[mirrored] if origin in (Union, UnionType) else origin[mirrored]  # noqa: UP007
