"""The APIs the transport tests run against: one `ApiCase` row per API.

Each row knows how to open a client on a sandbox (`open`), one cheap query and one cheap
mutation to send through faults, where they show up server-side (`query_operation` is the
`operationName` the fault plan counts, `mutation_field` the root field `mutation_counts` counts),
and the credentials that must never leak (`secrets`). Adding an API = adding a row to `CASES`.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

import httpx

from b2b_graphql._client import GraphQLBaseClient


class Conn:
    """An open client plus what its row's query and mutation need (ids found on the sandbox)."""

    def __init__(self, case: ApiCase, client: Any, context: dict[str, Any]) -> None:
        self.case = case
        self.client = client
        self.context = context
        self.seen_tokens: list[str] = []

    async def query(self, **call: Any) -> Any:
        return await self.case.run_query(self.client, self.context, **call)

    async def mutation(self, **call: Any) -> Any:
        return await self.case.run_mutation(self.client, self.context, **call)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.client.aclose()


_PREPARED: dict[tuple[str, str], dict[str, Any]] = {}

Opener = Callable[[str, dict[str, str], dict[str, Any]], Awaitable[Any]]
Prepare = Callable[[Any], Awaitable[dict[str, Any]]]
Call = Callable[..., Awaitable[Any]]
Flows = Callable[[Conn, dict[str, str]], Awaitable[None]]


@dataclass(frozen=True)
class ApiCase:
    name: str
    facade: str
    opener: Opener
    prepare: Prepare
    run_query: Call
    query_operation: str
    query_field: str
    run_mutation: Call
    mutation_operation: str
    mutation_field: str
    secret_keys: tuple[str, ...]
    flows: Flows
    #: Collect tokens from response headers too (Hipex rotates them there).
    tokens_in_responses: bool = False
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def available(self) -> bool:
        return all(
            importlib.util.find_spec(module) is not None
            for module in (self.facade, f"b2b_graphql.sandbox.{self.name}")
        )

    async def open(self, url: str, credentials: dict[str, str], **options: Any) -> Conn:
        """A client on the sandbox at `url`, prepared for `query()`/`mutation()`."""
        client = await self.opener(url, credentials, options)
        assert isinstance(client, GraphQLBaseClient)
        conn = Conn(self, client, {})
        if self.tokens_in_responses:

            async def record(response: httpx.Response) -> None:
                conn.seen_tokens.extend(response.headers.get_list("authorization"))

            client.http_client.event_hooks["response"].append(record)
        key = (self.name, url)
        if key not in _PREPARED:  # ids on a seeded sandbox do not change: look them up once
            try:
                _PREPARED[key] = await self.prepare(client)
            except BaseException:
                await client.aclose()
                raise
        conn.context = _PREPARED[key]
        return conn

    def secrets(self, credentials: dict[str, str]) -> list[str]:
        return [credentials[key] for key in self.secret_keys if credentials.get(key)]


# -- AXRO ---------------------------------------------------------------------------------------


async def _axro_open(url: str, credentials: dict[str, str], options: dict[str, Any]) -> Any:
    from b2b_graphql import AxroClient

    return AxroClient(token=credentials["token"], url=url, **options)


async def _axro_prepare(client: Any) -> dict[str, Any]:
    products = (await client.products(limit=1)).products.products
    addresses = (await client.shipping_addresses()).shipping_addresses
    return {"product": products[0].product_number, "address": addresses[0].id}


async def _axro_query(client: Any, context: dict[str, Any], **call: Any) -> Any:
    return (await client.user_info(**call)).user_info


async def _axro_mutation(client: Any, context: dict[str, Any], **call: Any) -> Any:
    # `place=False` prices the order without saving it: a real mutation that leaves no trace.
    return await client.create_order(context["address"], [(context["product"], 2)], **call)


async def _axro_flows(conn: Conn, credentials: dict[str, str]) -> None:
    from b2b_graphql import AxroClient, InvalidTokenError

    client = conn.client
    await client.products(brand="HP", limit=5)
    async for _ in client.iter_orders():
        pass
    await client.check_shipping_address(
        {
            "company": "Example Corp",
            "department": "Warehouse",
            "street": "Ballindamm 40",
            "zip": "",
            "city": "",
            "country": "DE",
            "phone": "+4940123456",
        }
    )
    await conn.mutation(place=True, custom_reference="log-capture")
    async with AxroClient(token="wrong-" + credentials["token"], url=client.url) as wrong:
        try:
            await wrong.user_info()
        except InvalidTokenError:
            pass
        else:  # pragma: no cover - the sandbox must refuse it
            raise AssertionError("a wrong token was accepted")


AXRO = ApiCase(
    name="axro",
    facade="b2b_graphql.axro",
    opener=_axro_open,
    prepare=_axro_prepare,
    run_query=_axro_query,
    query_operation="userInfo",
    query_field="userInfo",
    run_mutation=_axro_mutation,
    mutation_operation="orderCreate",
    mutation_field="orderCreate",
    secret_keys=("token",),
    flows=_axro_flows,
)


# -- Hipex --------------------------------------------------------------------------------------


async def _hipex_open(url: str, credentials: dict[str, str], options: dict[str, Any]) -> Any:
    from b2b_graphql.hipex import HipexClient

    return await HipexClient.login(credentials["username"], credentials["password"], url, **options)


async def _hipex_prepare(client: Any) -> dict[str, Any]:
    domains = (await client.domains(limit=1)).domain
    return {"domain": domains[0].id}


async def _hipex_query(client: Any, context: dict[str, Any], **call: Any) -> Any:
    return (await client.servers(limit=1, **call)).server


async def _hipex_mutation(client: Any, context: dict[str, Any], **call: Any) -> Any:
    return await client.save_domain({"id": context["domain"], "backup": True}, **call)


async def _hipex_flows(conn: Conn, credentials: dict[str, str]) -> None:
    from b2b_graphql import LoginError
    from b2b_graphql.hipex import HipexClient, where

    client = conn.client
    async for _ in client.iter_domains(filter=where("server.id") == 2, page_size=2):
        pass
    await client.servers(limit=5)
    await conn.mutation()
    await client.authenticate(credentials["username"], credentials["password"])
    await conn.query()
    try:
        await HipexClient.login(
            credentials["username"], "not-" + credentials["password"], client.url
        )
    except LoginError:
        pass
    else:  # pragma: no cover - the sandbox must refuse it
        raise AssertionError("a wrong password was accepted")


HIPEX = ApiCase(
    name="hipex",
    facade="b2b_graphql.hipex",
    opener=_hipex_open,
    prepare=_hipex_prepare,
    run_query=_hipex_query,
    query_operation="servers",
    query_field="Server",
    run_mutation=_hipex_mutation,
    mutation_operation="mutateDomain",
    mutation_field="Domain",
    secret_keys=("password",),
    flows=_hipex_flows,
    tokens_in_responses=True,
)


# -- Order41 ------------------------------------------------------------------------------------


async def _order41_open(url: str, credentials: dict[str, str], options: dict[str, Any]) -> Any:
    from b2b_graphql.order41 import Order41Client

    return Order41Client(token=credentials["token"], url=url, **options)


async def _order41_prepare(client: Any) -> dict[str, Any]:
    contacts = (await client.list_contacts(first=1)).list_contacts
    return {"contact": contacts[0].id}


async def _order41_query(client: Any, context: dict[str, Any], **call: Any) -> Any:
    return (await client.list_products_meta(**call)).list_products_meta


async def _order41_mutation(client: Any, context: dict[str, Any], **call: Any) -> Any:
    from order41_gql.input_types import ContactInput

    contact = ContactInput(notes="touched by the transport tests")
    return (
        await client.update_contact(id=context["contact"], contact=contact, **call)
    ).update_contact


async def _order41_flows(conn: Conn, credentials: dict[str, str]) -> None:
    from b2b_graphql import LoginError
    from b2b_graphql.order41 import Order41Client

    client = conn.client
    async for _ in client.iter_products(page_size=5):
        pass
    await client.count_products()
    await conn.mutation()
    async with await Order41Client.login(
        email=credentials["email"], password=credentials["password"], url=client.url
    ) as logged_in:
        await logged_in.list_products_meta()
    try:
        await Order41Client.login(
            email=credentials["email"], password="not-" + credentials["password"], url=client.url
        )
    except LoginError:
        pass
    else:  # pragma: no cover - the sandbox must refuse it
        raise AssertionError("a wrong password was accepted")


ORDER41 = ApiCase(
    name="order41",
    facade="b2b_graphql.order41",
    opener=_order41_open,
    prepare=_order41_prepare,
    run_query=_order41_query,
    query_operation="listProductsMeta",
    query_field="_listProductsMeta",
    run_mutation=_order41_mutation,
    mutation_operation="updateContact",
    mutation_field="updateContact",
    secret_keys=("token", "password"),
    flows=_order41_flows,
)


CASES = [case for case in (AXRO, HIPEX, ORDER41) if case.available]
BY_NAME = {case.name: case for case in CASES}
