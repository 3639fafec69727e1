"""Paged listings as async iterators that fetch ahead, in order, with bounded memory.

`Pages` (`_window`) runs the requests; `_plans` knows the three paging styles and is what the
facades call: `numbered_pages` (AXRO), `offset_pages` (Order41 with its count, Hipex without).
"""

from ._plans import (
    DEFAULT_CONCURRENCY,
    numbered_pages,
    offset_pages,
    only_field,
    rows_page,
)
from ._window import Page, Pages

__all__ = [
    "DEFAULT_CONCURRENCY",
    "Page",
    "Pages",
    "numbered_pages",
    "offset_pages",
    "only_field",
    "rows_page",
]
