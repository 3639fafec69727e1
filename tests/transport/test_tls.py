"""TLS verification is on by default: a sandbox served over HTTPS on 127.0.0.1 with a
self-signed certificate (committed test data, valid until 2126, for IP 127.0.0.1 only) is
refused, and accepted only when the caller turns verification off."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from b2b_graphql import AxroClient, ConnectError
from b2b_graphql.sandbox import build_app
from b2b_graphql.sandbox.faults import FaultInjector

from .conftest import quick

DATA = Path(__file__).with_name("data")


@pytest.fixture(scope="module")
def https_axro() -> Iterator[tuple[str, str]]:
    app, path, credentials = build_app("axro")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        FaultInjector(app),
        log_level="warning",
        lifespan="off",
        ssl_certfile=str(DATA / "loopback-cert.pem"),
        ssl_keyfile=str(DATA / "loopback-key.pem"),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "HTTPS sandbox did not start"
        time.sleep(0.01)
    try:
        yield f"https://127.0.0.1:{port}{path}", credentials["token"]
    finally:
        server.should_exit = True
        thread.join(timeout=10)


async def test_an_unverifiable_certificate_is_refused_by_default(
    https_axro: tuple[str, str],
) -> None:
    url, token = https_axro
    async with AxroClient(token=token, url=url, **quick()) as client:
        with pytest.raises(ConnectError) as caught:
            await client.user_info()
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value) or "certificate" in str(caught.value)


async def test_verification_can_be_turned_off_explicitly(https_axro: tuple[str, str]) -> None:
    url, token = https_axro
    async with AxroClient(token=token, url=url, verify=False, **quick()) as client:
        assert (await client.user_info()).user_info.email
