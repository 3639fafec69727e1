"""A counting paging server for the three APIs: real HTTP on 127.0.0.1, canned rows, and a
record of every page request it saw (started, answered).

It answers AXRO `products` (page/limit, `totalPages`), Order41 `listProducts` and
`_listProductsMeta` (first/offset, count) and Hipex `domains` (skip/limit) from `total` rows
numbered 0..total-1. Tests steer it: `nulls=True` answers full pages of null rows,
`total_known=False` leaves out `totalPages`/the count, `fail={n}` answers the page starting at
row `n` with a GraphQL error, and `hold_from=k` holds every page starting at row k or later
until `release()`.

One server per API runs for the whole session (`paging_server` fixture); `reset(...)` gives a
test its own listing and an empty record.
"""

from __future__ import annotations

import asyncio
import copy
import json
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from b2b_graphql.sandbox import SandboxServer
from bench.payloads import ROOT, axro_product, load_operations, order41_operations

APIS = ("axro", "order41", "hipex")


def _order41_row() -> dict[str, Any]:
    return order41_operations().data("listProducts", 1)["listProducts"][0]


def _hipex_row() -> dict[str, Any]:
    fake = load_operations(ROOT / "schemas/hipex.graphql", ROOT / "queries/hipex")
    return fake.data("domains", 1)["Domain"][0]


_TEMPLATES: dict[str, dict[str, Any]] = {}


def row(api: str, index: int) -> dict[str, Any]:
    """Row `index` of the listing, with `index` as its id (AXRO: its product number)."""
    if api == "axro":
        return {**axro_product(index), "productNumber": f"P{index}"}
    if api not in _TEMPLATES:
        _TEMPLATES[api] = _order41_row() if api == "order41" else _hipex_row()
    made = copy.deepcopy(_TEMPLATES[api])
    made["id"] = str(index) if api == "order41" else index
    return made


def key_of(api: str, item: Any) -> int:
    """The index of a row as the client parsed it."""
    if api == "axro":
        return int(item.product_number[1:])
    return int(item.id)


@dataclass
class PagingServer:
    api: str
    total: int
    nulls: bool = False
    total_known: bool = True
    fail: frozenset[int] = frozenset()
    hold_from: int | None = None
    #: page requests in arrival order: (operation, first row index)
    started: list[tuple[str, int]] = field(default_factory=list)
    answered: int = 0
    counts_asked: int = 0
    url: str = ""
    _gate: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def release(self) -> None:
        self._gate.set()

    def reset(self, total: int, **config: Any) -> PagingServer:
        """A fresh listing of `total` rows (and the settings in `config`), nothing recorded."""
        self.release()  # anything still held from before goes
        fresh = PagingServer(self.api, total, **config)
        for name in ("total", "nulls", "total_known", "fail", "hold_from"):
            setattr(self, name, getattr(fresh, name))
        self.started, self.answered, self.counts_asked = [], 0, 0
        self._gate = threading.Event()
        return self

    @property
    def pages_started(self) -> int:
        return len(self.started)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        request = json.loads(body or b"{}")
        variables = request.get("variables") or {}
        operation = request.get("operationName") or ""
        if operation == "listProductsMeta":
            with self._lock:
                self.counts_asked += 1
            count = self.total if self.total_known else None
            await self._answer(send, {"data": {"_listProductsMeta": {"count": count}}})
            return
        start, size = self._window(variables)
        with self._lock:
            self.started.append((operation, start))
        if self.hold_from is not None and start >= self.hold_from:
            while not self._gate.is_set():  # noqa: ASYNC110 - released from the test's thread
                await asyncio.sleep(0.005)
        if start in self.fail:
            await self._answer(send, {"data": None, "errors": [{"message": f"boom {start}"}]})
            return
        end = min(start + size, self.total)
        rows = [None if self.nulls else row(self.api, i) for i in range(start, end)]
        if self.nulls:
            rows = [None] * size  # full pages of nulls, whatever the total says
        await self._answer(send, {"data": self._data(rows, size)})
        with self._lock:
            self.answered += 1

    def _window(self, variables: dict[str, Any]) -> tuple[int, int]:
        if self.api == "axro":
            size = variables.get("limit") or 100
            return (variables["page"] - 1) * size, size
        if self.api == "order41":
            return variables.get("offset") or 0, variables["first"]
        return variables.get("skip") or 0, variables["limit"]

    def _data(self, rows: list[Any], size: int) -> dict[str, Any]:
        if self.api == "axro":
            pages = math.ceil(self.total / size) if self.total_known else None
            return {"products": {"totalPages": pages, "products": rows}}
        if self.api == "order41":
            return {"listProducts": rows}
        return {"Domain": rows}

    @staticmethod
    async def _answer(send: Any, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


#: the `paging_server` fixture: `paging_server(api, total, **settings)`
Reset = Callable[..., PagingServer]


@contextmanager
def serving(server: PagingServer) -> Iterator[str]:
    """The server on a free loopback port; yields its URL."""
    with SandboxServer(server) as running:
        server.url = running.url
        try:
            yield running.url
        finally:
            server.release()


def client_for(api: str, url: str) -> Any:
    from b2b_graphql import AxroClient, HipexClient, Order41Client

    if api == "axro":
        return AxroClient(token="t", url=url)
    if api == "order41":
        return Order41Client(token="t", url=url)
    return HipexClient(token="t", url=url)


def walk(client: Any, api: str, **options: Any) -> Any:
    """The listing's iterator on any of the three clients."""
    return (client.iter_domains if api == "hipex" else client.iter_products)(**options)
