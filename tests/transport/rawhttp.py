"""A loopback HTTP/1.1 server whose every byte the test decides (plain asyncio, no framework),
for answers no real GraphQL server gives: cut-off bodies, bombs, drips, endless streams. And a
tiny forwarding HTTP proxy, to see which requests go through one."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    #: the whole body (sent with Content-Length unless `length` says otherwise) ...
    body: bytes = b""
    #: ... or a stream of chunks (sent chunked: no length announced)
    chunks: Callable[[], AsyncIterator[bytes]] | None = None
    #: the Content-Length to announce (None: len(body))
    length: int | None = None


Handler = Callable[[Request], Reply | Awaitable[Reply]]


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return Request(method, target, headers, body)


class RawServer:
    """`async with RawServer(handler) as server:` ... `server.url`; `server.requests` keeps
    every request. Each answer closes its connection."""

    def __init__(self, handler: Handler, path: str = "/graphql") -> None:
        self.handler = handler
        self.path = path
        self.requests: list[Request] = []
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}{self.path}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            request = await _read_request(reader)
            if request is None:
                return
            self.requests.append(request)
            await self._answer(request, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _answer(self, request: Request, writer: asyncio.StreamWriter) -> None:
        reply = self.handler(request)
        if not isinstance(reply, Reply):
            reply = await reply
        await _write(writer, reply)

    async def __aenter__(self) -> Self:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):  # endless and dripping answers end here
            writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), 5)


async def _write(writer: asyncio.StreamWriter, reply: Reply) -> None:
    head = [f"HTTP/1.1 {reply.status} X"]
    head += [f"{name}: {value}" for name, value in reply.headers]
    if reply.chunks is not None:
        head.append("Transfer-Encoding: chunked")
    else:
        head.append(f"Content-Length: {len(reply.body) if reply.length is None else reply.length}")
    head.append("Connection: close")
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
    if reply.chunks is None:
        writer.write(reply.body)
        await writer.drain()
        return
    async for chunk in reply.chunks():
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()
    writer.write(b"0\r\n\r\n")
    await writer.drain()


class ForwardingProxy(RawServer):
    """An HTTP proxy for plain `http://` targets: it forwards each absolute-form request to its
    origin and relays the answer; `requests` keeps what went through it."""

    def __init__(self) -> None:
        super().__init__(self._refuse, path="")

    @staticmethod
    def _refuse(request: Request) -> Reply:  # pragma: no cover - _answer is overridden
        return Reply(status=500)

    async def _answer(self, request: Request, writer: asyncio.StreamWriter) -> None:
        if not request.target.startswith("http://"):
            return
        authority, _, path = request.target[len("http://") :].partition("/")
        host, _, port = authority.partition(":")
        up_reader, up_writer = await asyncio.open_connection(host, int(port or 80))
        headers = {k: v for k, v in request.headers.items() if k != "connection"}
        lines = [f"{request.method} /{path} HTTP/1.1"]
        lines += [f"{k}: {v}" for k, v in headers.items()] + ["Connection: close"]
        up_writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + request.body)
        await up_writer.drain()
        while chunk := await up_reader.read(65536):
            writer.write(chunk)
            await writer.drain()
        up_writer.close()
