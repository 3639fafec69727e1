"""2. Throughput: N small queries at concurrency 1, 10 and 100 through one client."""

from __future__ import annotations

import contextlib

from .contenders import (
    LIMITS,
    OURS,
    RAW,
    CannedServer,
    Operation,
    axro_client,
    client_calls,
    raw_httpx,
)
from .measure import fmt_ratio, fmt_time, interleave
from .payloads import AXRO_BILLING_QUERY, axro_billing
from .report import Report, table
from .settings import Settings


async def run(report: Report, settings: Settings) -> None:
    lines = report.section("2. Throughput")
    n = settings.throughput_queries
    lines += [
        f"{n:,} AXRO `billingAddress` queries through one client, with at most *c* in flight "
        f"(c workers sharing a counter), `AxroClient` vs raw httpx, both with pool limits "
        f"`max_connections={LIMITS.max_connections}, "
        f"max_keepalive_connections={LIMITS.max_keepalive_connections}` (our default). "
        f"{settings.throughput_rounds} interleaved rounds per concurrency; medians, and the "
        "median of the per-round ratios (each round pairs the two clients under the same "
        "load; at concurrency 100 single rounds move by ±20% on this machine, both clients "
        "alike, with how many of the connections the pool churns). "
        "The server is one single-threaded process, the same for both.",
        "",
    ]
    op = Operation("billingAddress", AXRO_BILLING_QUERY, {}, lambda c: c.billing_address())
    rows = []
    worst: float | None = None
    with CannedServer({"small": axro_billing()}) as server:
        url = server.url("small")
        for concurrency in settings.concurrencies:
            async with contextlib.AsyncExitStack() as stack:
                calls = {
                    RAW: await stack.enter_async_context(raw_httpx(url, op)),
                    OURS: await stack.enter_async_context(client_calls(axro_client(url), op)),
                }
                samples = await interleave(
                    calls,
                    count=n,
                    rounds=settings.throughput_rounds,
                    warmup=min(n, 2 * concurrency),
                    concurrency=concurrency,
                )
            base = samples[RAW]
            for name, s in samples.items():
                speed = 1 / s.wall_ratio(base)
                rows.append(
                    [
                        str(concurrency),
                        f"`{name}`",
                        f"{1 / s.wall_median:,.0f}",
                        fmt_ratio(speed),
                        fmt_time(s.cpu_median),
                        fmt_ratio(s.cpu_ratio(base)),
                    ]
                )
                if name == OURS and concurrency == max(settings.concurrencies):
                    worst = speed
    lines += table(
        ["Concurrency", "Client", "queries/s", "vs raw", "CPU / query", "CPU vs raw"], rows
    )
    if worst is not None:
        top = max(settings.concurrencies)
        report.target(
            f"Throughput at concurrency {top}: ours vs raw httpx",
            "≥ 0.95x",
            f"{worst:.2f}x",
            worst >= 0.95,
        )
