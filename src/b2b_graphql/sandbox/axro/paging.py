"""AXRO's page/limit paging, one rule for `products`, `orderList` and `shipmentList`."""

from __future__ import annotations

import math
from typing import Any, TypeVar

from graphql import GraphQLError

__all__ = ["PAGE_ERROR", "PageError", "page_of"]

T = TypeVar("T")
PAGE_ERROR = "page must be at least 1"


class PageError(GraphQLError):
    """A page (or limit) below 1."""

    def __init__(self, message: str = PAGE_ERROR) -> None:
        super().__init__(message, extensions={"code": "BAD_USER_INPUT"})


def page_of(
    items: list[T], page: int | None, size: int | None, default: int
) -> tuple[list[T], int]:
    """One page of `items` and the number of pages (at least 1: an empty list is one empty
    page). A page past the last is empty, so a client walking pages always stops.

    DECISION: page 0 and negative pages are the client's mistake on every list, not page 1.
    The document says `orderList`/`shipmentList` carry `error` on 400 answers; a page that
    does not exist is the 400 a paged REST service gives. Clamping to 1 would hand a client
    counting from 0 the first page twice. Lists with an `error` field answer there; `products`
    (no such field) answers a GraphQL error. The same holds for a `limit` below 1.
    """
    page = 1 if page is None else page
    size = default if size is None else size
    if page < 1:
        raise PageError()
    if size < 1:
        raise PageError("limit must be at least 1")
    total_pages = max(1, math.ceil(len(items) / size))
    return items[(page - 1) * size : page * size], total_pages


def list_error(key: str, error: PageError) -> dict[str, Any]:
    """The `{<list>: [], totalPages: 0, error}` answer of a list with an `error` field."""
    return {key: [], "totalPages": 0, "error": error.message}
