"""Order, bounds, memory and overlap of `iter_*` walks, against the counting paging server."""

from __future__ import annotations

import asyncio
import gc
import math
from inspect import signature
from typing import Any

import pytest

from b2b_graphql import (
    AxroClient,
    B2BGraphQLError,
    HipexClient,
    InputValidationError,
    Order41Client,
)

from .conftest import our_tasks, settled
from .fake import APIS, PagingServer, Reset, client_for, key_of, serving, walk


async def collect(api: str, url: str, **options: Any) -> list[int]:
    async with client_for(api, url) as client:
        return [key_of(api, item) async for item in walk(client, api, **options)]


def page_requests(api: str, total: int, size: int) -> int:
    """How many page requests a sequential walk needs (AXRO: `totalPages`; the others: until a
    short page, so an exact multiple costs one empty page more)."""
    if api == "axro":
        return max(1, math.ceil(total / size))
    return total // size + 1


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("total", [0, 1, 30, 47])
@pytest.mark.parametrize("concurrency", [1, 2, 8])
async def test_order_is_a_sequential_walk(
    paging_server: Reset, api: str, total: int, concurrency: int
) -> None:
    size = 10
    server = paging_server(api, total)
    keys = await collect(api, server.url, page_size=size, concurrency=concurrency)
    assert keys == list(range(total))
    needed = page_requests(api, total, size)
    if api == "axro":
        assert server.pages_started == needed  # never past `totalPages`
    elif api == "order41":
        assert server.counts_asked == 1
        # the count says where the listing ends: no empty page, nothing past it (with
        # concurrency, the first page goes out alongside the count, even for an empty listing)
        pages = math.ceil(total / size)
        assert server.pages_started == (pages if concurrency == 1 else max(pages, 1)) or (
            server.pages_started == pages == 0
        )
    else:
        # no total: pages past the short one may have been asked for, at most concurrency - 1
        assert needed <= server.pages_started <= needed + concurrency - 1
    if concurrency == 1 and api != "order41":
        assert server.pages_started == needed


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_memory_holds_the_pages_in_flight_and_the_one_read(
    paging_server: Reset, api: str, concurrency: int
) -> None:
    """Counting the parsed rows alive at every page boundary: never more than `concurrency`
    pages' worth (the ones fetched ahead plus the one being read), over a 12-page walk."""
    size, pages = 10, 12
    server = paging_server(api, size * pages)
    async with client_for(api, server.url) as client:
        seen = 0
        row_type: type | None = None
        most_alive = 0
        most_ahead = 0
        async for item in walk(client, api, page_size=size, concurrency=concurrency):
            row_type = type(item)
            if seen % size == 0:
                del item
                gc.collect()
                alive = sum(type(o) is row_type for o in gc.get_objects())
                most_alive = max(most_alive, alive)
                most_ahead = max(most_ahead, server.pages_started - seen // size)
            seen += 1
    assert seen == size * pages
    assert most_alive <= concurrency * size
    assert most_ahead <= concurrency  # requested but not yet read: at most the ones in flight


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("concurrency", [1, 2, 4])
async def test_the_next_pages_are_requested_while_one_is_read(
    paging_server: Reset, api: str, concurrency: int
) -> None:
    """The server holds every page after the first; while the consumer sits on the first row,
    `concurrency - 1` more pages are requested, and no more."""
    server = paging_server(api, 100, hold_from=10)
    async with client_for(api, server.url) as client:
        rows = walk(client, api, page_size=10, concurrency=concurrency)
        async with rows:
            first = await anext(rows)
            assert key_of(api, first) == 0
            async with asyncio.timeout(5):
                while server.pages_started < concurrency:  # noqa: ASYNC110 - another thread
                    await asyncio.sleep(0.005)
            await asyncio.sleep(0.1)  # room for a request too many to show up
            assert server.pages_started == concurrency
            # the first pages may go out together, so they arrive in any order
            assert sorted(start for _, start in server.started) == [
                10 * n for n in range(concurrency)
            ]
            server.release()
            rest = [key_of(api, item) async for item in rows]
    assert rest == list(range(1, 100))


@pytest.mark.parametrize("api", APIS)
async def test_answers_fetched_ahead_are_parsed_in_turn(paging_server: Reset, api: str) -> None:
    """With every answer of four pages in flight received, only the page being read and the
    next one are parsed into models: the others wait (as bytes) for their turn, so the pages
    are parsed in walk order as the consumer gets to them, never all at once."""
    size, concurrency = 10, 4
    server = paging_server(api, 100)
    async with client_for(api, server.url) as client:
        rows = walk(client, api, page_size=size, concurrency=concurrency)
        async with rows:
            first = await anext(rows)
            async with asyncio.timeout(5):
                while server.answered < concurrency:  # noqa: ASYNC110 - another thread
                    await asyncio.sleep(0.005)
            await asyncio.sleep(0.2)  # the answers reach the client, which would parse them
            gc.collect()
            parsed = sum(type(o) is type(first) for o in gc.get_objects())
            assert size < parsed <= 2 * size
            rest = [key_of(api, item) async for item in rows]
    assert [key_of(api, first), *rest] == list(range(100))


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("concurrency", [1, 2, 4])
async def test_an_error_surfaces_at_the_page_that_failed(
    paging_server: Reset, api: str, concurrency: int
) -> None:
    server = paging_server(api, 100, fail=frozenset({30}))  # the fourth page
    got: list[int] = []
    async with client_for(api, server.url) as client:
        with pytest.raises(B2BGraphQLError, match="boom 30"):
            async for item in walk(client, api, page_size=10, concurrency=concurrency):
                got.append(key_of(api, item))
        assert our_tasks() == []  # what was fetched ahead is cancelled and awaited
    assert got == list(range(30))
    assert server.pages_started <= 3 + concurrency


# -- defect 6: every walk is bounded --------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_full_pages_of_nulls_advance_to_the_total_and_stop(
    paging_server: Reset, concurrency: int
) -> None:
    for api, expected in (("axro", 3), ("order41", 3)):
        server = paging_server(api, 25, nulls=True)
        assert await collect(api, server.url, page_size=10, concurrency=concurrency) == []
        assert server.pages_started == expected, api  # 25 rows in pages of 10


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_full_pages_of_nulls_without_a_total_end_the_walk(
    paging_server: Reset, api: str, concurrency: int
) -> None:
    server = paging_server(api, 10**9, nulls=True, total_known=False)
    assert await collect(api, server.url, page_size=10, concurrency=concurrency) == []
    assert 1 <= server.pages_started <= concurrency


async def test_a_page_with_some_nulls_does_not_end_a_walk() -> None:
    """Hipex used to drop nulls before comparing a page with `page_size`, so one null row
    ended the walk early; the rows around it are all there."""

    class SomeNulls(PagingServer):
        def _data(self, rows: list[Any], size: int) -> dict[str, Any]:
            return super()._data([None if r and r["id"] == 5 else r for r in rows], size)

    server = SomeNulls("hipex", 30)
    with serving(server) as url:
        assert await collect("hipex", url, page_size=10) == [i for i in range(30) if i != 5]
        assert server.pages_started >= 4  # three full pages, then the empty one


def every_iterator() -> list[tuple[type, str]]:
    return [
        (cls, name)
        for cls in (AxroClient, Order41Client, HipexClient)
        for name in sorted(vars(cls))
        if name.startswith("iter_") or name == "iterate"
    ]


@pytest.mark.parametrize(("cls", "name"), every_iterator(), ids=lambda v: getattr(v, "__name__", v))
async def test_paging_numbers_are_refused_before_sending(
    paging_server: Reset, cls: type, name: str
) -> None:
    server = paging_server("axro", 10)
    async with cls(token="t", url=server.url) as client:
        method = getattr(client, name)
        args: tuple[Any, ...] = ()
        if name == "iterate":
            args = ("products",) if cls is Order41Client else (client.domains,)
        names = [a for a in ("page_size", "concurrency") if a in signature(method).parameters]
        if cls is not AxroClient and name != "iterate":
            names = ["page_size", "concurrency"]  # in their `**options: Unpack[ListOptions]`
        assert "concurrency" in names
        for argument in names:
            for bad in (float("nan"), 0, -3, 2.5, True, "10", None):
                with pytest.raises(InputValidationError, match=argument):
                    await anext(method(*args, **{argument: bad}))
    assert server.pages_started == 0 and server.counts_asked == 0


async def test_a_walk_left_early_leaves_nothing_running(paging_server: Reset) -> None:
    """The cheapest check of the rest: settle() finds no page request of ours afterwards."""
    server = paging_server("hipex", 1000)
    async with client_for("hipex", server.url) as client:
        async for _ in walk(client, "hipex", page_size=10, concurrency=8):
            break
        await settled()
