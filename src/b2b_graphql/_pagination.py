"""Turning paged list operations into async iterators, fetching one page at a time.

Three paging styles exist across the APIs: page numbers with `totalPages` (AXRO),
`first`/`offset` (Order41) and `skip`/`limit` (Hipex). Only one page is held in memory.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

__all__ = ["iter_numbered_pages", "iter_offset_pages"]

T = TypeVar("T")


async def iter_numbered_pages(
    fetch: Callable[[int], Awaitable[tuple[Sequence[T | None], int | None]]],
    *,
    start: int = 1,
) -> AsyncIterator[T]:
    """`fetch(page) -> (items, total_pages)`, pages counted from 1, until `total_pages`
    (or an empty page, when the server does not say how many there are)."""
    page = start
    while True:
        items, total_pages = await fetch(page)
        for item in items:
            if item is not None:
                yield item
        if not items or (total_pages is not None and page >= total_pages):
            return
        del items  # hold one page at a time, not this one and the next
        page += 1


async def iter_offset_pages(
    fetch: Callable[[int, int], Awaitable[Sequence[T | None]]],
    *,
    page_size: int = 100,
    offset: int = 0,
) -> AsyncIterator[T]:
    """`fetch(offset, limit) -> items` until a page comes back shorter than `page_size`."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    while True:
        items = await fetch(offset, page_size)
        for item in items:
            if item is not None:
                yield item
        if len(items) < page_size:
            return
        del items  # hold one page at a time, not this one and the next
        offset += page_size
