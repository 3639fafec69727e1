"""The paging styles of the three APIs as plans for `Pages`, and the one way facades use them.

Every facade pages the same way: a bound generated list method, the variables of the listing,
and a reader that turns the method's result into a `Page`. What differs is only the plan:

- numbered pages with `totalPages` (AXRO): page 1 first; once it says how many pages there
  are, the rest are requested ahead, never past that total;
- `first`/`offset` with a `_list*Meta` count (Order41): the count and page 1 are requested
  together; the count then bounds the walk;
- `skip`/`limit` without a total (Hipex): pages are requested ahead speculatively until one
  comes back short; requests past it are cancelled (at most `concurrency - 1` are wasted).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

from .._coercion import positive_int
from ._window import Fetch, Page, Pages

__all__ = [
    "DEFAULT_CONCURRENCY",
    "numbered_pages",
    "offset_pages",
    "only_field",
    "rows_page",
]

#: Page requests in flight by default: the next page is fetched while one is consumed.
DEFAULT_CONCURRENCY = 2

Row = TypeVar("Row")
Result = TypeVar("Result")


def only_field(result: BaseModel) -> Any:
    """The value of a generated result's one root field (`ListProducts.list_products`...)."""
    (name,) = type(result).model_fields
    return getattr(result, name)


def rows_page(result: BaseModel) -> Page[Any]:
    """A result whose one root field is the list of rows (Order41 and Hipex listings)."""
    rows = only_field(result)
    if rows is None:
        return Page()
    if not isinstance(rows, list):
        raise TypeError(f"{type(result).__name__} is not a listing (its field is not a list)")
    return Page(rows)


def numbered_pages(
    method: Callable[..., Awaitable[Result]],
    read: Callable[[Result], Page[Row]],
    *,
    variables: Mapping[str, Any],
    concurrency: int,
) -> Pages[Row]:
    """`method(page=n, **variables)` for n = 1, 2, ... as `read` turns each into a `Page`."""

    async def fetch(number: int) -> Page[Row]:
        return read(await method(page=number, **variables))

    return Pages(_NumberedPlan(fetch), concurrency=positive_int("concurrency", concurrency))


def offset_pages(
    method: Callable[..., Awaitable[Result]],
    read: Callable[[Result], Page[Row]],
    *,
    names: tuple[str, str],
    variables: Mapping[str, Any],
    page_size: int,
    concurrency: int,
    count: Callable[[], Awaitable[int | None]] | None = None,
) -> Pages[Row]:
    """`method(<offset>=o, <limit>=page_size, **variables)` for o = 0, page_size, ... where
    `names` are the API's (offset, limit) variable names; `count()` bounds the walk."""
    size = positive_int("page_size", page_size)
    in_flight = positive_int("concurrency", concurrency)
    offset_name, limit_name = names

    async def fetch(offset: int) -> Page[Row]:
        return read(await method(**{offset_name: offset, limit_name: size}, **variables))

    async def fetch_count() -> Page[Row]:
        assert count is not None
        return Page(count=await count())

    plan = _OffsetPlan(fetch, size, fetch_count if count is not None else None)
    return Pages(plan, concurrency=in_flight)


def _has_rows(page: Page[Any]) -> bool:
    return any(row is not None for row in page.rows)


class _NumberedPlan:
    def __init__(self, fetch: Callable[[int], Awaitable[Page[Row]]]) -> None:
        self._fetch = fetch
        self._requested = 0
        self._arrived = 0
        self._total: int | None = None

    def next_request(self) -> Fetch[Any] | None:
        if self._requested and not self._arrived:
            return None  # page 1 says how many pages there are
        if self._total is not None and self._requested >= self._total:
            return None
        self._requested += 1
        return functools.partial(self._fetch, self._requested)

    def arrived(self, page: Page[Any]) -> bool:
        self._arrived += 1
        if page.total_pages is not None:
            # DECISION: the smallest `totalPages` seen bounds the walk, so a server that keeps
            # raising it cannot keep a walk going; a listing that shrank ends it earlier.
            seen = page.total_pages
            self._total = seen if self._total is None else min(seen, self._total)
        if not page.rows:
            return False
        if self._total is None:
            # DECISION: without a total, a page with no row (only nulls) ends the walk as an
            # empty page does: nothing else would bound it.
            return _has_rows(page)
        return self._arrived < self._total  # with a total, a page of nulls still advances


class _OffsetPlan:
    def __init__(
        self,
        fetch: Callable[[int], Awaitable[Page[Row]]],
        page_size: int,
        count: Fetch[Row] | None,
    ) -> None:
        self._fetch = fetch
        self._size = page_size
        self._count_request = count
        self._counting = count is not None
        self._end: int | None = None  # the offset the count says the listing ends at
        self._requested = 0  # offsets requested so far
        self._arrived = 0

    def next_request(self) -> Fetch[Any] | None:
        if self._count_request is not None:
            request, self._count_request = self._count_request, None
            return request
        if self._counting and self._requested:
            return None  # one page alongside the count, the rest once it is known
        if self._end is not None and self._requested >= self._end:
            return None
        offset = self._requested
        self._requested += self._size
        return functools.partial(self._fetch, offset)

    def arrived(self, page: Page[Any]) -> bool:
        if self._counting:
            self._counting = False
            # DECISION: the count taken before the walk bounds it (rows added meanwhile are not
            # fetched); a listing without a count is walked like one without a total.
            self._end = page.count
            return self._end is None or self._end > 0
        self._arrived += self._size
        if len(page.rows) < self._size:
            return False
        if self._end is None:
            return _has_rows(page)  # DECISION: as for numbered pages without a total
        return self._arrived < self._end
