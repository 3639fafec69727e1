"""`Pages`: an async iterator that keeps up to N page requests in flight and yields in order.

A walk through a listing is mostly waiting for the server, so the next pages are requested
while the current one is consumed. The pages still come out strictly in order (the head of the
queue is awaited first), memory stays bounded by the pages in flight plus the one being read,
and every request this object started is cancelled and awaited when the walk ends early:
`break`, an exception in the consumer, `aclose()`, cancellation of the consuming task.

Why a class and not an async generator: an abandoned async generator is only closed later, by
a task the event loop schedules, and by then the prefetch tasks would have started requests of
their own. Dropping a `Pages` (the end of an `async for` that broke out) cancels its requests at
once, synchronously.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, Self, TypeVar

from .._page_turn import TURN

if TYPE_CHECKING:
    import asyncio  # imported by the first walk: a client that never pages never loads it

__all__ = ["Page", "Pages", "Plan"]

Row = TypeVar("Row")

#: Tasks of dropped walks, cancelled but not yet finished: the event loop holds tasks weakly,
#: so without this a cancelled request could be collected mid-way ("Task was destroyed").
_ABANDONED: set[asyncio.Task[object]] = set()


@dataclass(frozen=True, slots=True)
class Page(Generic[Row]):
    """One answer of a listing: its rows as the server sent them (nulls included, so a page of
    nulls still counts as a full page) and what the server said about the whole listing."""

    rows: Sequence[Row | None] = ()
    #: AXRO's `totalPages`
    total_pages: int | None = None
    #: the matching `_list*Meta` count (Order41)
    count: int | None = None


Fetch = Callable[[], Awaitable[Page[Row]]]


class Plan(Protocol[Row]):
    """What a paging style knows: which request comes next, and when the walk is over."""

    def next_request(self) -> Fetch[Row] | None:
        """The next request in walk order, or None when none may be sent (yet or at all)."""

    def arrived(self, page: Page[Row]) -> bool:
        """Learn from the next answer in walk order; False when the walk ends with it."""


class Pages(Generic[Row], AsyncIterator[Row]):
    """The non-null rows of a listing, in order, with up to `concurrency` requests in flight.

    `concurrency=1` is a plain sequential walk (the next page is asked for once the current
    one is used up); with N > 1, N - 1 pages are requested ahead while a page is consumed and
    N while waiting. Answers are parsed in walk order, at most one page ahead of the one being
    consumed (`_page_turn`); the others wait as bytes. Use as `async for`, or
    `async with client.iter_x() as rows:` to close the walk explicitly (also
    `await rows.aclose()`).
    """

    def __init__(self, plan: Plan[Row], *, concurrency: int) -> None:
        self._plan = plan
        self._concurrency = concurrency
        #: each request's task, and its turn to have its answer parsed
        self._in_flight: deque[tuple[asyncio.Task[Page[Row]], asyncio.Event]] = deque()
        self._rows: Iterator[Row | None] = iter(())
        self._ended = False

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Row:
        while True:
            for row in self._rows:
                if row is not None:
                    return row
            self._rows = iter(())  # let the page just read go before waiting for the next
            if self._ended:
                raise StopAsyncIteration
            try:
                self._fill(self._concurrency)
                if not self._in_flight:
                    self._ended = True
                    continue
                task, turn = self._in_flight.popleft()
                turn.set()
                page = await task
                more = self._plan.arrived(page)
                if more:
                    self._fill(self._concurrency - 1)
                    if self._in_flight:
                        # The next answer may be parsed while this page is consumed, after the
                        # requests sent meanwhile are on their way (hence call_soon).
                        task.get_loop().call_soon(self._in_flight[0][1].set)
                else:
                    self._ended = True
                    await self._cancel()  # requests past the end (speculative ones)
            except BaseException:
                await self.aclose()
                raise
            self._rows = iter(page.rows)
            del page

    def _fill(self, limit: int) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        while len(self._in_flight) < limit:
            fetch = self._plan.next_request()
            if fetch is None:
                return
            turn = asyncio.Event()
            task = loop.create_task(_run(fetch, turn))
            task.add_done_callback(_retrieve)
            self._in_flight.append((task, turn))

    async def _cancel(self) -> None:
        tasks = [task for task, _ in self._in_flight]
        self._in_flight.clear()
        for task in tasks:
            task.cancel()
        for task in tasks:
            # Waiting for the cancelled requests to unwind; their outcome is not wanted.
            with contextlib.suppress(BaseException):
                await task

    async def aclose(self) -> None:
        """End the walk: cancel what is in flight and wait until it has stopped."""
        self._ended = True
        self._rows = iter(())
        await self._cancel()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # A walk dropped unfinished (`break` without `aclose`): cancel now, so no request
        # starts after the loop was left; the loop finishes the cancellation.
        for task, _ in self._in_flight:
            if task.done():
                continue
            with contextlib.suppress(RuntimeError):  # the event loop is already closed
                task.cancel()
                _ABANDONED.add(task)
                task.add_done_callback(_ABANDONED.discard)
        self._in_flight.clear()


async def _run(fetch: Fetch[Row], turn: asyncio.Event) -> Page[Row]:
    TURN.set(turn)  # this task's own context: `execute` waits for the turn (`_page_turn`)
    return await fetch()


def _retrieve(task: asyncio.Task[Page[Row]]) -> None:
    """Mark a failed page's error as seen: a page fetched ahead and never reached (the walk was
    closed first) must not log "Task exception was never retrieved"."""
    if not task.cancelled():
        task.exception()
