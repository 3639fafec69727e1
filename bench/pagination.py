"""6. Pagination: whole listings walked with pages fetched ahead, at 0, 20 and 100 ms latency.

For each API, the canned server answers every page of a long listing (AXRO `products` with
`totalPages`; Order41 `listProducts` plus its `_listProductsMeta` count; Hipex `domains`, whose
last page comes back short) after `--latency` ms. Contenders: our `iter_*` one page at a time
(`concurrency=1`), as shipped (default), with `concurrency=4` and `8`, and a hand-written
sequential raw-httpx loop (`post` + `json.loads`, no models). Each walk's items are counted and
dropped as they come. Peak memory is measured apart (tracemalloc slows the walk), at 0 ms, where
pages fetched ahead pile up fastest.
"""

from __future__ import annotations

import gc
import json
import math
import statistics
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from .contenders import AUTH, LIMITS, TOKEN, CannedServer
from .measure import fmt_ratio, fmt_time, rotated
from .payloads import (
    AXRO_PRODUCTS_QUERY,
    ROOT,
    FakeResponse,
    axro_products_page,
    dumps,
    load_operations,
    order41_operations,
)
from .report import Report, table
from .settings import Settings

SEQUENTIAL = "ours, concurrency=1 (sequential)"
DEFAULT = "ours, default (concurrency=2)"
RAW = "raw httpx, sequential loop"
CONTENDERS = (SEQUENTIAL, DEFAULT, "ours, concurrency=4", "ours, concurrency=8", RAW)
CONCURRENCY = {SEQUENTIAL: 1, DEFAULT: None, "ours, concurrency=4": 4, "ours, concurrency=8": 8}


@dataclass
class Listing:
    """One API's long listing on the canned server, and how each contender walks it."""

    title: str
    items: int
    page_size: int
    bodies: dict[str, bytes]
    paging: dict[str, dict[str, Any]]
    client: Callable[[str], Any]
    walk: Callable[[Any, dict[str, Any]], AsyncIterator[Any]]
    raw: Callable[[httpx.AsyncClient, str], Awaitable[int]]

    @property
    def pages(self) -> int:
        return math.ceil(self.items / self.page_size)


def facade(name: str) -> Callable[[str], Any]:
    """A factory of our client `name` for a URL, with the bench's token and pool limits."""

    def client(url: str) -> Any:
        import b2b_graphql

        return getattr(b2b_graphql, name)(token=TOKEN, url=url, limits=LIMITS)

    return client


# -- AXRO: numbered pages with totalPages -------------------------------------------------------


def axro(settings: Settings) -> Listing:
    size, pages = settings.walk_axro_page, settings.walk_axro_pages

    async def raw(http: httpx.AsyncClient, url: str) -> int:
        seen, page = 0, 1
        while True:
            payload = {
                "query": AXRO_PRODUCTS_QUERY,
                "operationName": "products",
                "variables": {"page": page, "limit": size},
            }
            response = await http.post(url, content=json.dumps(payload), headers=_headers())
            result = json.loads(response.content)["data"]["products"]
            seen += sum(1 for row in result["products"] if row is not None)
            if page >= result["totalPages"]:
                return seen
            page += 1

    return Listing(
        f"AXRO `iter_products`: {size * pages:,} products in pages of {size:,}",
        size * pages,
        size,
        {"walk": axro_products_page(size, total_pages=pages)},
        {},
        facade("AxroClient"),
        lambda c, o: c.iter_products(page_size=size, **o),
        raw,
    )


# -- Order41 and Hipex: offsets until a short page (Order41's count bounds ours) ----------------


def offset_listing(
    title: str,
    fake: FakeResponse,
    operation: str,
    names: tuple[str, str],
    size: int,
    pages: int,
    client: Callable[[str], Any],
    walk: Callable[[Any, dict[str, Any]], AsyncIterator[Any]],
    *,
    count_operation: str | None = None,
) -> Listing:
    """`pages` pages of `size` rows of `operation`, the last one half full (so a raw loop that
    stops at a short page ends there); `names` are the (offset, limit) variables."""
    total = size * pages - size // 2
    query = fake.query_text(operation)
    offset_name, limit_name = names

    def page(rows: int) -> bytes:
        return dumps({"data": fake.data(operation, rows)})

    async def raw(http: httpx.AsyncClient, url: str) -> int:
        seen, offset = 0, 0
        while True:
            variables = {offset_name: offset, limit_name: size}
            payload = {"query": query, "operationName": operation, "variables": variables}
            response = await http.post(url, content=json.dumps(payload), headers=_headers())
            (rows,) = json.loads(response.content)["data"].values()
            seen += sum(1 for row in rows if row is not None)
            if len(rows) < size:
                return seen
            offset += size

    bodies = {"walk": page(size), "short": page(size // 2), "empty": page(0)}
    if count_operation is not None:
        field = "_" + count_operation  # the meta queries' root fields start with "_"
        bodies[f"walk@{count_operation}"] = dumps({"data": {field: {"count": total}}})
    paging = {"variable": offset_name, "size": size, "total": total, "short": "short",
              "empty": "empty"}  # fmt: skip
    return Listing(
        title.format(total=total, size=size), total, size, bodies, {"walk": paging}, client,
        walk, raw,
    )  # fmt: skip


def order41(settings: Settings) -> Listing:
    size = settings.walk_order41_page

    return offset_listing(
        "Order41 `iter_products`: {total:,} products with variants in pages of {size:,}",
        order41_operations(),
        "listProducts",
        ("offset", "first"),
        size,
        settings.walk_order41_pages,
        facade("Order41Client"),
        lambda c, o: c.iter_products(page_size=size, **o),
        count_operation="listProductsMeta",
    )


def hipex(settings: Settings, size: int | None = None) -> Listing:
    size = size or settings.walk_hipex_page

    return offset_listing(
        "Hipex `iter_domains`: {total:,} domains in pages of {size:,}",
        load_operations(ROOT / "schemas/hipex.graphql", ROOT / "queries/hipex"),
        "domains",
        ("skip", "limit"),
        size,
        settings.walk_hipex_pages,
        facade("HipexClient"),
        lambda c, o: c.iter_domains(page_size=size, **o),
    )


def _headers() -> dict[str, str]:
    return {"Content-Type": "application/json", **AUTH}


# -- running the walks --------------------------------------------------------------------------


class Walkers:
    """One client per contender (ours share nothing with raw httpx), connected and warm."""

    def __init__(self, listing: Listing, url: str) -> None:
        self.listing = listing
        self.url = url
        self.ours = listing.client(url)
        self.http = httpx.AsyncClient(limits=LIMITS)

    async def run(self, name: str) -> int:
        if name == RAW:
            return await self.listing.raw(self.http, self.url)
        concurrency = CONCURRENCY[name]
        options = {} if concurrency is None else {"concurrency": concurrency}
        seen = 0
        async for _ in self.listing.walk(self.ours, options):
            seen += 1
        return seen

    async def warm(self, *, whole: bool) -> None:
        """Connect and build the models: one page, or (`whole`) a whole walk at the widest
        concurrency, which also opens as many connections as any contender uses."""
        if whole:
            await self.run("ours, concurrency=8")
        else:
            await self.one_page()
        await self.http.post(self.url, content=b"{}", headers=_headers())

    async def one_page(self) -> Any:
        """One page, parsed into models and kept (what a page costs in memory)."""
        async for item in self.listing.walk(self.ours, {"concurrency": 1}):
            return item  # the whole first page is alive while its first item is
        return None

    async def close(self) -> None:
        await self.ours.aclose()
        await self.http.aclose()


async def _timed_walk(walkers: Walkers, name: str) -> float:
    gc.collect()
    started = time.perf_counter()
    seen = await walkers.run(name)
    elapsed = time.perf_counter() - started
    if seen != walkers.listing.items:
        raise RuntimeError(f"{name} walked {seen} items, not {walkers.listing.items}")
    return elapsed


async def _peak(walkers: Walkers, name: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        await walkers.run(name)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


async def _page_cost(walkers: Walkers) -> int:
    """Peak growth while one page is fetched and its models kept."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = await walkers.one_page()
        peak = tracemalloc.get_traced_memory()[1] - before
        del kept
        return peak
    finally:
        tracemalloc.stop()


async def measure(listing: Listing, latency: float, rounds: int) -> dict[str, list[float]]:
    """Wall seconds per walk, per contender, in rotated rounds."""
    times: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    with CannedServer(listing.bodies, latency_ms=latency, paging=listing.paging) as server:
        walkers = Walkers(listing, server.url("walk"))
        try:
            await walkers.warm(whole=latency == 0)  # cheap at 0 ms, where it matters most
            for round_ in range(rounds):
                for name in rotated(list(CONTENDERS), round_):
                    times[name].append(await _timed_walk(walkers, name))
        finally:
            await walkers.close()
    return times


async def memory(listing: Listing) -> tuple[int, dict[str, int]]:
    with CannedServer(listing.bodies, paging=listing.paging) as server:
        walkers = Walkers(listing, server.url("walk"))
        try:
            await walkers.warm(whole=True)
            page = await _page_cost(walkers)
            return page, {name: await _peak(walkers, name) for name in CONTENDERS}
        finally:
            await walkers.close()


def _speed(times: dict[str, list[float]], name: str) -> float:
    """How many times faster than ours sequential: median of the per-round ratios."""
    return statistics.median(s / t for s, t in zip(times[SEQUENTIAL], times[name], strict=True))


def _mb(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


async def run(report: Report, settings: Settings) -> None:
    lines = report.section("6. Pagination")
    lines += [
        "Whole listings walked through `iter_*` against the canned server, which holds every "
        "answer back by the latency shown (timed from the request's arrival; other "
        "connections are served meanwhile), items counted and dropped as they come. "
        '"vs sequential" is the median over rounds of ours-sequential\'s wall time divided by '
        "the contender's in the same round (>1: faster). Rounds: "
        + ", ".join(f"{ms:g} ms: {n}" for ms, n in settings.walk_rounds.items())
        + " (a latency walk takes seconds, so it runs once; at 0 ms the walk is CPU-bound and "
        "a shared machine's noise is large, so it gets more). Peak memory: "
        "growth over the walk, measured apart at 0 ms (where pages fetched ahead pile up "
        "fastest), against one page fetched and kept as models.",
        "",
    ]
    for make in (axro, order41, hipex):
        listing = make(settings)
        lines += [f"### {listing.title}", ""]
        results = {
            ms: await measure(listing, ms, rounds) for ms, rounds in settings.walk_rounds.items()
        }
        page, peaks = await memory(listing)
        rows = []
        for name in CONTENDERS:
            row = [f"`{name}`"]
            for times in results.values():
                row += [fmt_time(statistics.median(times[name])), fmt_ratio(_speed(times, name))]
            row += [_mb(peaks[name]), f"{peaks[name] / page:.1f}"]
            rows.append(row)
        headers = ["Contender"]
        for ms in results:
            headers += [f"{ms:g} ms: walk", "vs sequential"]
        headers += ["Peak growth", "in pages"]
        lines += [
            f"{listing.pages} pages; one page fetched and kept as models: peak {_mb(page)}.",
            "",
            *table(headers, rows),
            "",
        ]
        slowest, fastest = min(results), max(results)
        name = listing.title.split(":")[0]
        default = _speed(results[fastest], DEFAULT)
        eight = _speed(results[fastest], "ours, concurrency=8")
        report.target(f"{name} at {fastest:g} ms: default vs sequential", "≥ 1.7x",
                      f"{default:.2f}x", default >= 1.7)  # fmt: skip
        # The walk cannot beat its own CPU time: the fastest 0 ms walk of ours is the floor
        # (parsing runs on the event loop), next to the latency-only floor of 8 in flight.
        floor = max(
            min(statistics.median(results[slowest][n]) for n in CONCURRENCY),
            listing.pages * fastest / 1000 / 8,
        )
        ceiling = statistics.median(results[fastest][SEQUENTIAL]) / floor
        lines += [
            f"At {fastest:g} ms a sequential walk took "
            f"{fmt_time(statistics.median(results[fastest][SEQUENTIAL]))}; no walk can take "
            f"less than the fastest walk of ours at 0 ms nor than {listing.pages} x "
            f"{fastest:g} ms / 8 in flight, here {fmt_time(floor)}, so on this machine, in "
            f"this run, no concurrency could be more than {ceiling:.1f}x faster than "
            f"sequential at {fastest:g} ms.",
            "",
        ]
        report.target(f"{name} at {fastest:g} ms: concurrency=8 vs sequential", "≥ 6x",
                      f"{eight:.2f}x (CPU-bound ceiling here: {ceiling:.1f}x)",
                      eight >= 6)  # fmt: skip
        at_zero = _speed(results[slowest], DEFAULT)
        report.target(f"{name} at {slowest:g} ms: default vs sequential", "no slower (≥ 0.95x)",
                      f"{at_zero:.2f}x", at_zero >= 0.95)  # fmt: skip
    lines += await _heavier_hipex_pages(settings)


async def _heavier_hipex_pages(settings: Settings) -> list[str]:
    """The Hipex walk with pages 2.5x heavier, sequential and 8 in flight at the top latency:
    what a CPU-bound walk gives (the parse, not the wait, is then most of each page)."""
    listing = hipex(settings, settings.walk_hipex_heavy_page)
    fastest = max(settings.walk_rounds)
    eight = "ours, concurrency=8"
    walls: dict[str, float] = {}
    for latency, name in ((fastest, SEQUENTIAL), (fastest, eight), (0, eight)):
        with CannedServer(listing.bodies, latency_ms=latency, paging=listing.paging) as server:
            walkers = Walkers(listing, server.url("walk"))
            try:
                await walkers.warm(whole=latency == 0)
                walls[f"{name}@{latency:g}"] = await _timed_walk(walkers, name)
            finally:
                await walkers.close()
    sequential, ahead = walls[f"{SEQUENTIAL}@{fastest:g}"], walls[f"{eight}@{fastest:g}"]
    floor = max(walls[f"{eight}@0"], listing.pages * fastest / 1000 / 8)
    return [
        f"### Hipex with heavier pages: {listing.items:,} domains in pages of "
        f"{listing.page_size:,}",
        "",
        f"At {fastest:g} ms, one walk each: sequential {fmt_time(sequential)}, "
        f"`concurrency=8` {fmt_time(ahead)}, {sequential / ahead:.2f}x faster; its own walk at "
        f"0 ms took {fmt_time(walls[f'{eight}@0'])}, so no concurrency could be more than "
        f"{sequential / floor:.1f}x faster here: each page's parse, not the wait, bounds it.",
        "",
    ]
