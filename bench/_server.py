"""The canned GraphQL server the benchmarks talk to, run in its own process.

`python -m bench._server DIR` serves every `DIR/<name>.json` at `POST /<name>` as a complete,
pre-serialised HTTP/1.1 response (keep-alive, `application/json`), then prints `PORT <n>` on
stdout. It reads each request in full (headers and `Content-Length` body) and answers with the
same bytes every time: no GraphQL execution, no JSON work, so its CPU cost is tiny and, being a
separate process, never lands in the client process's CPU measurements.
"""

from __future__ import annotations

import asyncio
import signal
import sys
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


def load_routes(folder: Path) -> dict[bytes, bytes]:
    return {
        f"/{path.stem}".encode(): http_response(path.read_bytes())
        for path in sorted(folder.glob("*.json"))
    }


class _Connection(asyncio.Protocol):
    def __init__(self, routes: dict[bytes, bytes]) -> None:
        self.routes = routes
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
            del self.buffer[:total]
            parts = head.split(b" ", 2)
            path = parts[1].split(b"?", 1)[0] if len(parts) > 1 else b"/"
            assert self.transport is not None
            self.transport.write(self.routes.get(path, _NOT_FOUND))


async def serve(folder: Path) -> None:
    routes = load_routes(folder)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Connection(routes), LOOPBACK, 0, backlog=1024, reuse_address=True
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    async with server:
        await stop.wait()


def main() -> None:
    asyncio.run(serve(Path(sys.argv[1])))


if __name__ == "__main__":
    main()
