"""A user's script, type-checked with `mypy --strict` against the installed wheel: each
`reveal_type` follows a `# revealed: TYPE` line naming the model mypy must see, and each line marked
`# error: CODE` must be reported with that error code (and no other line may be)."""

from __future__ import annotations

from typing import reveal_type

from b2b_graphql import AxroClient, Order41Client
from b2b_graphql.hipex import HipexClient


async def axro_calls(axro: AxroClient) -> None:
    # revealed: axro_gql.products.Products
    reveal_type(await axro.products(brand="HP", limit=10))
    # revealed: axro_gql.brands.Brands
    reveal_type(await axro.brands())
    # revealed: axro_gql.order_details.OrderDetails
    reveal_type(await axro.order_details(order_number="1"))
    # revealed: b2b_graphql.axro.models.OrderConfirmation
    reveal_type(await axro.create_order("7", [("X1", 2)]))
    await axro.products(limit="ten")  # error: arg-type


async def order41_calls(o41: Order41Client) -> None:
    # revealed: order41_gql.list_products.ListProducts
    reveal_type(await o41.list_products(first=5))
    # revealed: int
    reveal_type(await o41.count_products())
    await o41.list_products(first="five")  # error: arg-type


async def hipex_calls(hx: HipexClient) -> None:
    # revealed: hipex_gql.servers.Servers
    reveal_type(await hx.servers(limit=3))
    await hx.servers(limit=[3])  # error: arg-type
