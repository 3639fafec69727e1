"""A user's script with misspelt per-call keywords: `mypy --strict` must report each line
marked `# error: CODE` (generated methods take `**options: Unpack[CallOptions]`)."""

from __future__ import annotations

from b2b_graphql import AxroClient, Order41Client
from b2b_graphql.hipex import HipexClient


async def calls(axro: AxroClient, o41: Order41Client, hx: HipexClient) -> None:
    await axro.products(brnad="HP")  # error: call-arg
    await axro.brands(timout=5)  # error: call-arg
    await o41.list_products(deadlin=3)  # error: call-arg
    await hx.servers(header={"X": "1"})  # error: call-arg
    await axro.brands(timeout=5, deadline=10, headers={"X": "1"})
