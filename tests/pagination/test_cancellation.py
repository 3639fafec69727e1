"""Leaving a walk early (break, an exception in the loop body, cancelling the consuming task,
`aclose`) cancels the page requests in flight: once it is over, none of ours is running, and
the server sees no request start afterwards, even when the held ones are released."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from .conftest import our_tasks, settled
from .fake import APIS, PagingServer, Reset, client_for, walk

CONCURRENCY = 4


async def started(server: PagingServer, count: int) -> None:
    async with asyncio.timeout(5):
        while server.pages_started < count:  # noqa: ASYNC110 - the server runs in a thread
            await asyncio.sleep(0.005)


async def nothing_more_starts(server: PagingServer) -> None:
    """Release what the server holds and give a stray request every chance to show up."""
    seen = server.pages_started
    server.release()
    await asyncio.sleep(0.3)
    assert server.pages_started == seen


async def leave_by_break(rows: Any, server: PagingServer) -> None:
    async for _ in rows:
        await started(server, CONCURRENCY)
        break


async def leave_by_error(rows: Any, server: PagingServer) -> None:
    with pytest.raises(LookupError):
        async for _ in rows:
            await started(server, CONCURRENCY)
            raise LookupError("the consumer failed")


async def leave_by_aclose(rows: Any, server: PagingServer) -> None:
    async with rows:
        await anext(rows)
        await started(server, CONCURRENCY)


async def leave_by_cancelling(rows: Any, server: PagingServer) -> None:
    got_one = asyncio.Event()

    async def consume() -> None:
        async for _ in rows:
            got_one.set()

    task = asyncio.create_task(consume())
    async with asyncio.timeout(5):
        await got_one.wait()
    await started(server, CONCURRENCY)
    await asyncio.sleep(0.05)  # the consumer now waits for a held page
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


LEAVE: dict[str, Callable[[Any, PagingServer], Awaitable[None]]] = {
    "break": leave_by_break,
    "error": leave_by_error,
    "aclose": leave_by_aclose,
    "cancel": leave_by_cancelling,
}


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("how", sorted(LEAVE))
async def test_leaving_early_cancels_what_is_in_flight(
    paging_server: Reset, api: str, how: str
) -> None:
    server = paging_server(api, 1000, hold_from=10)  # the first page answers, the rest wait
    async with client_for(api, server.url) as client:
        await LEAVE[how](walk(client, api, page_size=10, concurrency=CONCURRENCY), server)
        if how in ("break", "error"):
            await settled()  # dropped mid-walk: cancelled at once, unwinding on the loop
        assert our_tasks() == []
        at_exit = server.pages_started
        # N - 1 ahead while the first page was read; N once the consumer waited for the next
        assert at_exit == CONCURRENCY or (how == "cancel" and at_exit == CONCURRENCY + 1)
        await nothing_more_starts(server)
