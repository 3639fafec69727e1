"""The canned GraphQL server the benchmarks talk to, run in its own process.

`python -m bench._server DIR [--latency MS]` serves every `DIR/<name>.json` at `POST /<name>`
as a complete, pre-serialised HTTP/1.1 response (keep-alive, `application/json`), then prints
`PORT <n>` on stdout. It reads each request in full (headers and `Content-Length` body) and
answers with the same bytes every time: no GraphQL execution, no JSON work, so its CPU cost is
tiny and, being a separate process, never lands in the client process's CPU measurements.

Two extras, for walks through a listing:
- `DIR/<name>@<operation>.json` answers requests to `/<name>` whose `operationName` is
  `<operation>` (Order41's `_listProductsMeta` count next to its pages);
- `DIR/<name>.paging` (JSON: `variable`, `size`, `total`, and the route names `short` and
  `empty`) answers a request whose `variable` (an offset) leaves fewer than `size` rows with
  the `short` body, and one past `total` with `empty`: a skip/limit walk ends as it should.

`--latency MS` holds every answer back that long (timed from the request's arrival), as a real
server that takes time to answer; requests on other connections are served meanwhile.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import signal
from dataclasses import dataclass
from pathlib import Path

LOOPBACK = "127.0.0.1"
_NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\ncontent-length: 9\r\n\r\nnot found"
)


def http_response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


_OPERATION = re.compile(rb'"operationName"\s*:\s*"([^"]*)"')


@dataclass(frozen=True)
class Paging:
    """Which body a skip/limit request gets, by its offset variable."""

    pattern: re.Pattern[bytes]
    size: int
    total: int
    short: bytes
    empty: bytes

    def choose(self, body: bytes, full: bytes) -> bytes:
        found = self.pattern.search(body)
        offset = int(found.group(1)) if found else 0
        if offset + self.size <= self.total:
            return full
        return self.short if offset < self.total else self.empty


@dataclass
class Routes:
    bodies: dict[bytes, bytes]
    by_operation: dict[tuple[bytes, bytes], bytes]
    paging: dict[bytes, Paging]

    def answer(self, path: bytes, body: bytes) -> bytes:
        if self.by_operation:
            found = _OPERATION.search(body)
            if found:
                special = self.by_operation.get((path, found.group(1)))
                if special is not None:
                    return special
        full = self.bodies.get(path, _NOT_FOUND)
        paging = self.paging.get(path)
        return paging.choose(body, full) if paging is not None else full


def load_routes(folder: Path) -> Routes:
    bodies: dict[bytes, bytes] = {}
    by_operation: dict[tuple[bytes, bytes], bytes] = {}
    for path in sorted(folder.glob("*.json")):
        name, _, operation = path.stem.partition("@")
        response = http_response(path.read_bytes())
        if operation:
            by_operation[(f"/{name}".encode(), operation.encode())] = response
        else:
            bodies[f"/{name}".encode()] = response
    paging = {}
    for path in sorted(folder.glob("*.paging")):
        spec = json.loads(path.read_text())
        paging[f"/{path.stem}".encode()] = Paging(
            re.compile(rb'"' + spec["variable"].encode() + rb'"\s*:\s*(\d+)'),
            spec["size"],
            spec["total"],
            bodies[f"/{spec['short']}".encode()],
            bodies[f"/{spec['empty']}".encode()],
        )
    return Routes(bodies, by_operation, paging)


class _Connection(asyncio.Protocol):
    def __init__(self, routes: Routes, latency: float) -> None:
        self.routes = routes
        self.latency = latency
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            body = bytes(self.buffer[end + 4 : total])
            del self.buffer[:total]
            parts = head.split(b" ", 2)
            path = parts[1].split(b"?", 1)[0] if len(parts) > 1 else b"/"
            assert self.transport is not None
            response = self.routes.answer(path, body)
            if self.latency:
                # HTTP/1.1 clients do not pipeline: one request per connection at a time, so
                # answers delayed by the same amount stay in order.
                asyncio.get_running_loop().call_later(self.latency, self._write, response)
            else:
                self.transport.write(response)

    def _write(self, response: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(response)


async def serve(folder: Path, latency: float = 0.0) -> None:
    routes = load_routes(folder)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Connection(routes, latency), LOOPBACK, 0, backlog=1024, reuse_address=True
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._server")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS")
    args = parser.parse_args()
    asyncio.run(serve(args.folder, args.latency / 1000))


if __name__ == "__main__":
    main()
