"""Order41 in a few calls: log in, create a product with a variant, share it in a drop, order
it from a cart, then page through the orders.

    python examples/order41_demo.py                          # a local sandbox, started here
    python examples/order41_demo.py http://127.0.0.1:8041/   # a running one (or ORDER41_URL)

Credentials: ORDER41_EMAIL / ORDER41_PASSWORD, else the sandbox's default account.
(`python -m b2b_graphql sandbox order41` runs a sandbox you can point this at.)
"""

from __future__ import annotations

import asyncio
import os
import sys
from contextlib import ExitStack

from order41_gql.input_types import (
    AddToCartInput,
    DropInput,
    IdFilter,
    OrderFilter,
    ProductInput,
    ProductVariantInput,
    ShareDropInput,
)

from b2b_graphql import B2BGraphQLError, Order41Client


def sandbox_url(stack: ExitStack) -> str:
    """Start the local sandbox for the length of the demo (it needs the sandbox extras)."""
    from b2b_graphql.sandbox import SandboxServer, build_app

    app, path, _ = build_app("order41")
    server = stack.enter_context(SandboxServer(app, path=path))
    print(f"Started a local Order41 sandbox on {server.url}")
    return server.url


async def demo(url: str) -> None:
    from b2b_graphql.sandbox.order41 import DEFAULT_EMAIL, DEFAULT_PASSWORD

    email = os.environ.get("ORDER41_EMAIL", DEFAULT_EMAIL)
    password = os.environ.get("ORDER41_PASSWORD", DEFAULT_PASSWORD)
    async with await Order41Client.login(email=email, password=password, url=url) as order41:
        print(f"Logged in as {email} (a short-lived token; renewed by logging in if it expires)")

        product = (
            await order41.create_product(
                product=ProductInput(name="Demo Parka", sku="DEMO-PARKA", price=120.0, rrp="199")
            )
        ).create_product
        assert product is not None and product.id is not None
        variants = (
            await order41.create_product_variants(
                parent_id=product.id,
                variants=[ProductVariantInput(sku="DEMO-PARKA-M", option_value_1="M")],
            )
        ).create_product_variants
        variant = (variants or [None])[0]
        assert variant is not None and variant.id is not None
        print(f"Product {product.id} {product.name!r} with variant {variant.sku} (size M)")

        drop = (await order41.create_drop(input=DropInput(name="Demo Drop"))).create_drop
        assert drop is not None and drop.id is not None
        await order41.add_products_to_drop(drop_id=drop.id, product_ids=[product.id])
        await order41.share_drop(
            id=drop.id, input=ShareDropInput(message="Our new parka", all_contacts=True)
        )
        print(f"Drop {drop.id} {drop.name!r} shared with all contacts")

        cart = (
            await order41.add_to_cart(
                input=AddToCartInput(drop_id=drop.id, product_id=variant.id, quantity=2)
            )
        ).add_to_cart
        assert cart is not None and cart.id is not None
        order = (await order41.create_order(id=cart.id, note="Demo order")).create_order
        assert order is not None
        print(f"Order {order.id}: {order.qty:g} item(s), {order.total_amount:.2f} {order.currency}")

        in_drop = OrderFilter(drop_id=IdFilter(eq=drop.id))
        print(f"Orders in the demo drop: {await order41.count_orders(in_drop)}")
        total = await order41.count_orders()
        print(f"All orders ({total}), newest first, 10 per page:")
        async for listed in order41.iter_orders(order_by=["CREATED_AT_DESC"], page_size=10):
            amount = f"{listed.total_amount or 0:.2f} {listed.currency or ''}"
            print(f"  #{listed.id:>4}  {amount:>14}  {listed.comment or ''}")


def main() -> int:
    url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ORDER41_URL")
    with ExitStack() as stack:
        try:
            asyncio.run(demo(url or sandbox_url(stack)))
        except B2BGraphQLError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
