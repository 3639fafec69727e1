"""5. Streaming: `async for` over many AXRO products, one page in memory at a time."""

from __future__ import annotations

import gc
import time
import tracemalloc

from .contenders import CannedServer, axro_client
from .measure import fmt_time
from .payloads import axro_products_page
from .report import Report, table
from .settings import Settings


def _mb(size: float) -> str:
    return f"{size / 1e6:.2f} MB"


async def run(report: Report, settings: Settings) -> None:
    lines = report.section("5. Streaming")
    page_size = settings.stream_page
    pages = max(1, settings.stream_items // page_size)
    body = axro_products_page(page_size, total_pages=pages)
    with CannedServer({"pages": body}) as server:
        client = axro_client(server.url("pages"))
        try:
            await client.products(page=1, limit=page_size)  # connect, build the models

            # One page, fetched and kept: what a page costs in memory.
            gc.collect()
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
            kept = await client.products(page=1, limit=page_size)
            current, page_peak = tracemalloc.get_traced_memory()
            page_kept = current - before
            page_peak -= before
            tracemalloc.stop()
            del kept

            # Every page, items consumed and dropped as they come.
            gc.collect()
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
            count = 0
            started = time.perf_counter()
            async for _product in client.iter_products(page_size=page_size):
                count += 1
            elapsed = time.perf_counter() - started
            after, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        finally:
            await client.aclose()
    growth = peak - before
    total = page_kept * pages
    lines += [
        f"`async for product in axro.iter_products(page_size={page_size})` over a canned server "
        f"answering every page with {page_size:,} products and `totalPages: {pages}` "
        f"({count:,} products, {len(body) / 1000:.0f} kB per page), each product dropped once "
        "seen. Python allocations traced with `tracemalloc` (started after connecting and "
        "building the models); peaks are growth over the memory in use at the start.",
        "",
        *table(
            ["Measure", "Value"],
            [
                ["Products iterated", f"{count:,} in {pages} pages"],
                ["Response body of one page", _mb(len(body))],
                ["One page fetched and kept: retained (models)", _mb(page_kept)],
                ["One page fetched and kept: peak during the call", _mb(page_peak)],
                ["**Whole iteration: peak growth**", f"**{_mb(growth)}**"],
                ["Whole iteration: still allocated after", _mb(after - before)],
                [f"All {count:,} products kept (retained x pages, for scale)", _mb(total)],
                ["Peak / one page's peak", f"{growth / max(page_peak, 1):.2f}x"],
                ["Wall time (tracing slows it down)", fmt_time(elapsed)],
            ],
        ),
        "",
    ]
    bounded = growth <= 2 * page_peak and count == pages * page_size
    report.target(
        f"Streaming {count:,} products: peak memory growth bounded by a page",
        "≤ 2 pages (the one read, the one parsed)",
        f"{_mb(growth)} peak vs {_mb(page_peak)} for one page ({_mb(total)} if all kept)",
        bounded,
    )
