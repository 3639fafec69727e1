"""Every pagination test fails on an asyncio complaint ("Task was destroyed but it is pending",
"Task exception was never retrieved"), which the event loop logs rather than warns, and ends
with no page request of ours still running."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from .fake import APIS, PagingServer, Reset, serving

pytestmark = pytest.mark.filterwarnings("error")


def our_tasks() -> list[asyncio.Task[object]]:
    """Page requests started by `b2b_graphql._pagination` that have not finished."""
    return [
        task
        for task in asyncio.all_tasks()
        if not task.done() and "_pagination" in task.get_coro().cr_code.co_filename  # type: ignore[union-attr]
    ]


async def settled(timeout: float = 5.0) -> None:
    """Wait (bounded) until no page request of ours is left running."""
    async with asyncio.timeout(timeout):
        while our_tasks():  # noqa: ASYNC110 - tasks of ours, not an event anyone sets
            await asyncio.sleep(0.005)


@pytest.fixture(autouse=True)
async def no_asyncio_complaints(caplog: pytest.LogCaptureFixture) -> AsyncIterator[None]:
    caplog.set_level(logging.ERROR, logger="asyncio")
    yield
    await settled()
    gc.collect()  # an abandoned task would complain when collected
    await asyncio.sleep(0)
    complaints = [r.getMessage() for r in caplog.records if r.name == "asyncio"]
    assert complaints == []


@pytest.fixture(scope="session")
def paging_servers() -> Iterator[dict[str, PagingServer]]:
    with ExitStack() as stack:
        servers = {api: PagingServer(api, 0) for api in APIS}
        for server in servers.values():
            stack.enter_context(serving(server))
        yield servers


@pytest.fixture
def paging_server(paging_servers: dict[str, PagingServer]) -> Reset:
    """`paging_server(api, total, **settings)`: the API's counting server, reset."""

    def reset(api: str, total: int, **settings: Any) -> PagingServer:
        return paging_servers[api].reset(total, **settings)

    return reset
