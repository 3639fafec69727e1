"""Answers to pages fetched ahead are read in walk order, one page ahead of the consumer.

With N requests in flight the answers arrive close together. Were each parsed as soon as it
arrived, the event loop would run those N parses back to back before the consumer (waiting on
the first page) woke up, and the next requests would leave in bursts of N, a round trip apart:
a walk with 8 in flight took about twice its ideal time (BENCHMARKS.md, pagination). So a page
request's answer waits for its turn before it is parsed: `Pages` opens the turn of the page
after the one it hands to the consumer, and `GraphQLBaseClient.execute` waits for it.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Protocol

__all__ = ["TURN", "Turn"]


class Turn(Protocol):
    """`asyncio.Event` as `execute` uses it: the answer may be read once `wait()` returns."""

    async def wait(self) -> object: ...


#: The turn of the page request the running task makes; None outside a walk's requests (and
#: inside `execute`, so a re-login made meanwhile does not wait).
TURN: ContextVar[Turn | None] = ContextVar("b2b_graphql_page_turn", default=None)
