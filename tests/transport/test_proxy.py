"""Proxies: the transport we build honours the proxy environment as httpx does (and `proxy=`),
while the connection pool is still built only by the first request."""

from __future__ import annotations

import logging

import httpx
import pytest

from b2b_graphql import AxroClient
from b2b_graphql._client import GraphQLBaseClient
from b2b_graphql._transport import DeferredTransport

from .rawhttp import ForwardingProxy, RawServer, Reply

ANSWER = b'{"data": {"userInfo": null}}'


@pytest.fixture(autouse=True)
def clean_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        for variant in (name, name.lower()):
            monkeypatch.delenv(variant, raising=False)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
async def test_the_proxy_environment_is_honoured(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    async with RawServer(lambda r: Reply(body=ANSWER)) as server, ForwardingProxy() as proxy:
        monkeypatch.setenv(variable, proxy.url)
        async with AxroClient(token="t-1234", url=server.url) as client:
            assert client.http_client._transport_for_url(client._endpoint) is not None
            assert (await client.user_info()).user_info is None
        assert [r.target for r in proxy.requests] == [server.url]
        assert proxy.requests[0].headers["authorization"] == "Bearer t-1234"
        assert len(server.requests) == 1


async def test_no_proxy_sends_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    async with RawServer(lambda r: Reply(body=ANSWER)) as server, ForwardingProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with AxroClient(token="t-1234", url=server.url) as client:
            await client.user_info()
        assert proxy.requests == [] and len(server.requests) == 1


async def test_an_explicit_proxy_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with RawServer(lambda r: Reply(body=ANSWER)) as server, ForwardingProxy() as proxy:
        monkeypatch.setenv("NO_PROXY", "*")
        for given in (proxy.url, httpx.Proxy(proxy.url)):
            async with AxroClient(token="t-1234", url=server.url, proxy=given) as client:
                await client.user_info()
        assert len(proxy.requests) == 2 and len(server.requests) == 2


def test_the_pool_is_still_deferred_with_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    client = AxroClient(token="t-1234", url="https://api.example.test/gql")
    transports = [client.http_client._transport, *client.http_client._mounts.values()]
    deferred = [t for t in transports if isinstance(t, DeferredTransport)]
    assert len(deferred) == 2 and all(t._transport is None for t in deferred)


async def test_api_name_names_the_api_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    async with RawServer(lambda r: Reply(body=b'{"data": {"a": 1}}')) as server:
        client = GraphQLBaseClient(url=server.url, api_name="shop")
        with caplog.at_level(logging.DEBUG, logger="b2b_graphql"):
            async with client:
                await client.execute("query stock { a }", "stock", {})
    assert client.api_name == "shop" and GraphQLBaseClient.api_name == "graphql"
    assert any(r.getMessage().startswith("shop stock") for r in caplog.records)
