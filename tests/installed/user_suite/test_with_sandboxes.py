"""A user's own test file against the b2b-graphql sandbox fixtures, run by
tests/installed/test_pytest_plugin.py with the installed wheel, outside the checkout.

Tests run in file order: some prove that what one test leaves behind (faults, writes) the next
one does not see.
"""

from __future__ import annotations

import os

import pytest

from b2b_graphql import AxroClient, HTTPStatusError, Order41Client
from b2b_graphql.hipex import HipexClient

ADDRESS = {
    "company": "Isolation Test GmbH",
    "department": "Einkauf",
    "street": "Ballindamm 40",
    "zip": "20095",
    "city": "Hamburg",
    "country": "DE",
    "phone": "+4940123456",
}


async def test_axro(axro_sandbox):
    async with AxroClient(token=axro_sandbox.token, url=axro_sandbox.url) as axro:
        assert (await axro.brands()).brands.brands


async def test_order41(order41_sandbox):
    async with await Order41Client.login(
        email=order41_sandbox.email, password=order41_sandbox.password, url=order41_sandbox.url
    ) as o41:
        assert await o41.count_products() > 0
    async with Order41Client(token=order41_sandbox.token, url=order41_sandbox.url) as o41:
        assert await o41.count_products() > 0


async def test_hipex(hipex_sandbox):
    assert hipex_sandbox.token is None  # Hipex has session tokens only
    async with await HipexClient.login(
        hipex_sandbox.username, hipex_sandbox.password, hipex_sandbox.url
    ) as hx:
        assert [server async for server in hx.iter_servers()]


async def test_env_points_from_env_at_the_sandbox(
    axro_sandbox, order41_sandbox, hipex_sandbox, monkeypatch
):
    for sandbox in (axro_sandbox, order41_sandbox, hipex_sandbox):
        assert sandbox.url.startswith("http://127.0.0.1:")
        for name, value in sandbox.env.items():
            monkeypatch.setenv(name, value)
    async with AxroClient.from_env() as axro:
        assert (await axro.brands()).brands.brands
    async with Order41Client.from_env() as o41:
        assert await o41.count_products() > 0
    async with await HipexClient.from_env() as hx:
        assert [server async for server in hx.iter_servers()]
    assert os.environ["HIPEX_USERNAME"] == hipex_sandbox.username


def test_attributes_mean_the_same_on_every_api(axro_sandbox, order41_sandbox, hipex_sandbox):
    assert (axro_sandbox.api, order41_sandbox.api, hipex_sandbox.api) == (
        "axro",
        "order41",
        "hipex",
    )
    assert axro_sandbox.email is axro_sandbox.username is axro_sandbox.password is None
    assert order41_sandbox.token and order41_sandbox.email and order41_sandbox.password
    assert order41_sandbox.username is None
    assert hipex_sandbox.username and hipex_sandbox.password and hipex_sandbox.email is None
    for sandbox in (axro_sandbox, order41_sandbox, hipex_sandbox):
        assert sandbox.app.state is not None
        for key, value in sandbox.credentials.items():
            assert getattr(sandbox, key) == value


async def test_faults_queued_here(axro_sandbox):
    axro_sandbox.faults.inject("http_error", count=5, status=500)
    async with AxroClient(token=axro_sandbox.token, url=axro_sandbox.url) as axro:
        with pytest.raises(HTTPStatusError):
            await axro.brands()
    assert axro_sandbox.faults.pending  # four are left when this test ends


async def test_are_gone_in_the_next_test(axro_sandbox):
    assert not axro_sandbox.faults.pending
    assert not axro_sandbox.faults.fired
    async with AxroClient(token=axro_sandbox.token, url=axro_sandbox.url) as axro:
        assert (await axro.brands()).brands.brands


async def test_a_fresh_sandbox_takes_a_write(axro_sandbox_fresh):
    async with AxroClient(token=axro_sandbox_fresh.token, url=axro_sandbox_fresh.url) as axro:
        await axro.create_shipping_address(ADDRESS)
        companies = [a.company for a in (await axro.shipping_addresses()).shipping_addresses]
    assert ADDRESS["company"] in companies


async def test_the_next_fresh_sandbox_does_not_see_it(axro_sandbox_fresh, axro_sandbox):
    for sandbox in (axro_sandbox_fresh, axro_sandbox):
        async with AxroClient(token=sandbox.token, url=sandbox.url) as axro:
            companies = [a.company for a in (await axro.shipping_addresses()).shipping_addresses]
        assert ADDRESS["company"] not in companies


async def test_every_api_has_a_fresh_fixture(order41_sandbox_fresh, hipex_sandbox_fresh):
    async with Order41Client(token=order41_sandbox_fresh.token, url=order41_sandbox_fresh.url) as o:
        assert await o.count_products() > 0
    async with await HipexClient.login(
        hipex_sandbox_fresh.username, hipex_sandbox_fresh.password, hipex_sandbox_fresh.url
    ) as hx:
        assert [server async for server in hx.iter_servers()]
