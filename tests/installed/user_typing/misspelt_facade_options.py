"""A user's script with misspelt keywords on the facades' own methods: `mypy --strict` must
report each line marked `# error: CODE` (typed facade signatures)."""

from __future__ import annotations

from b2b_graphql import AxroClient, Order41Client
from b2b_graphql.hipex import HipexClient


async def calls(axro: AxroClient, o41: Order41Client, hx: HipexClient) -> None:
    await axro.create_order("7", [("X1", 2)], retry_mutations=True)  # error: call-arg
    await axro.create_shipping_address({"company": "X"}, chek=True)  # error: call-arg
    await o41.generate_long_lived_token(timout=5)  # error: call-arg
    await hx.save_domain({"domain": "a.example.nl", "host": 2}, deadlin=5)  # error: call-arg
    await axro.create_order("7", [("X1", 2)], retry_mutation=True, timeout=5)
    await o41.generate_long_lived_token(timeout=5)
