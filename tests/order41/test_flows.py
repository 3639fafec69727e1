"""The core Order41 flows end to end, over HTTP against the sandbox: log in, create a product
with variants, put it in a drop and share it, add it to a cart, order it, then find the order
by paging and counting; and the stateful CRUD around them."""

from __future__ import annotations

import pytest
from order41_gql.input_types import (
    AddToCartInput,
    ContactInput,
    CreatePricelistInput,
    DropInput,
    IdFilter,
    OrderFilter,
    ProductFilter,
    ProductInput,
    ProductVariantInput,
    ShareDropInput,
    UpdatePricelistValueInput,
    UpdateProductInput,
)

from b2b_graphql import GraphQLResponseError, Order41Client
from b2b_graphql.sandbox.order41 import Order41Sandbox
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox


@pytest.fixture
async def seller(order41_sandbox: RunningSandbox, fresh: Order41Sandbox):
    """A client logged in with email and password (a short-lived token), on seeded data."""
    creds = order41_sandbox.credentials
    async with await Order41Client.login(
        email=creds["email"], password=creds["password"], url=order41_sandbox.url
    ) as client:
        yield client


async def test_login_to_order_to_paging(seller: Order41Client, fresh: Order41Sandbox) -> None:
    logins_before = fresh.login_count

    # A product with two variants.
    product = (
        await seller.create_product(
            product=ProductInput(name="Rain Jacket", sku="RJ-1", price=89.0, rrp="149", cost=31.0)
        )
    ).create_product
    assert product is not None and product.id and product.name == "Rain Jacket"
    variants = (
        await seller.create_product_variants(
            parent_id=product.id,
            variants=[
                ProductVariantInput(sku="RJ-1-M", option_value_1="M"),
                ProductVariantInput(sku="RJ-1-L", option_value_1="L", price=94.0),
            ],
        )
    ).create_product_variants
    assert variants is not None
    assert [v.sku for v in variants if v] == ["RJ-1-M", "RJ-1-L"]
    fetched = (await seller.get_product(id=product.id)).get_product
    assert fetched is not None and fetched.variants is not None
    assert [(v.sku, v.price) for v in fetched.variants if v] == [
        ("RJ-1-M", 89.0),
        ("RJ-1-L", 94.0),
    ]

    # Into a new drop, shared with the buyers.
    drop = (await seller.create_drop(input=DropInput(name="Autumn", season="AW25"))).create_drop
    assert drop is not None and drop.id and drop.status == 0
    added = await seller.add_products_to_drop(drop_id=drop.id, product_ids=[product.id])
    assert added.add_products_to_drop == 1
    shared = (
        await seller.share_drop(
            id=drop.id, input=ShareDropInput(message="New in", all_contacts=True)
        )
    ).share_drop
    assert shared is not None and shared.status == 1 and shared.last_promotion is not None
    assert await seller.count("shared_drops") >= 1

    # A variant into a cart for buyer 2, then ordered.
    medium = variants[0]
    assert medium is not None and medium.id
    cart = (
        await seller.add_to_cart(
            input=AddToCartInput(drop_id=drop.id, buyer_id="2", product_id=medium.id, quantity=3)
        )
    ).add_to_cart
    assert cart is not None and cart.id and cart.parent_products_meta is not None
    assert cart.parent_products_meta.total == pytest.approx(3 * 89.0)
    assert cart.parent_products is not None
    [line] = [line for line in cart.parent_products if line]
    assert line.product_id == product.id and line.quantity == 3
    assert [(v.product_id, v.quantity) for v in line.variants or [] if v] == [(medium.id, 3)]

    order = (await seller.create_order(id=cart.id, note="Please ship soon")).create_order
    assert order is not None and order.id
    assert order.comment == "Please ship soon" and order.drop_id == drop.id
    assert order.total_amount == pytest.approx(267.0) and order.qty == 3
    assert order.drop is not None and order.drop.name == "Autumn"
    with pytest.raises(GraphQLResponseError) as gone:
        await seller.get_cart(id=cart.id)
    assert gone.value.codes == ["NOT_FOUND"]

    # The order is found by paging and by counting, with and without a filter.
    mine = OrderFilter(drop_id=IdFilter(eq=drop.id))
    assert await seller.count_orders(mine) == 1
    assert [o.id async for o in seller.iter_orders(mine)] == [order.id]
    total = await seller.count_orders()
    ids = [o.id async for o in seller.iter_orders(page_size=7)]
    assert len(ids) == total == len(set(ids)) and order.id in ids
    drop_meta = (await seller.get_drop_meta(id=drop.id)).get_drop_meta
    assert drop_meta is not None and drop_meta.order_qty == 1
    assert fresh.login_count == logins_before  # the short-lived token did not expire


async def test_products_update_list_filter_delete(
    client: Order41Client, fresh: Order41Sandbox
) -> None:
    total = await client.count_products()
    assert total == len([p for p in fresh.products.values() if p["parentId"] is None])
    listed = [p async for p in client.iter_products(page_size=9)]
    assert len(listed) == total

    jackets = {"query": "jacket"}
    expected = sum("jacket" in p.name.lower() for p in listed if p.name)
    assert await client.count_products(jackets) == expected > 0
    assert len([p async for p in client.iter_products(jackets, page_size=4)]) == expected

    in_drop = ProductFilter(drop_id=IdFilter(eq="1"))
    assert await client.count_products(in_drop) == len(fresh.drop_products["1"])

    newest = [p async for p in client.iter_products(order_by=["ID_DESC"], page_size=50)]
    assert [p.id for p in newest] == sorted((p.id for p in listed), key=lambda i: -int(i or 0))

    updated = (
        await client.update_product(id="1", product=UpdateProductInput(name="Renamed", price=5.0))
    ).update_product
    assert updated is not None and updated.name == "Renamed"
    assert (await client.get_product(id="1")).get_product.name == "Renamed"  # type: ignore[union-attr]

    deleted = (await client.delete_products(id=IdFilter(in_=["1", "5"]))).delete_products
    assert deleted is not None
    assert {p.id for p in deleted if p} >= {"1", "5"}  # variants of 1 go with it
    assert await client.count_products() == total - 2
    with pytest.raises(GraphQLResponseError):
        await client.get_product(id="1")


async def test_carts_add_update_remove_duplicate(
    client: Order41Client, fresh: Order41Sandbox
) -> None:
    before = await client.count_carts()
    buyers_carts = await client.count_carts({"buyerId": {"eq": "3"}})
    cart = (
        await client.add_to_cart(input=AddToCartInput(drop_id="1", buyer_id="3", product_id="7"))
    ).add_to_cart
    assert cart is not None and cart.id
    assert await client.count_carts() == before + 1
    assert await client.count_carts({"buyerId": {"eq": "3"}}) == buyers_carts + 1

    line = (
        await client.update_cart_product(cart_id=cart.id, product_id="7", quantity=5)
    ).update_cart_product
    assert line is not None and line.quantity == 5
    line = (
        await client.remove_from_cart(cart_id=cart.id, product_id="7", quantity=2)
    ).remove_from_cart
    assert line is not None and line.quantity == 3

    copy = (await client.duplicate_cart(urlkey=cart.urlkey)).duplicate_cart
    assert copy is not None and copy.id != cart.id
    assert copy.parent_products_meta is not None and copy.parent_products_meta.quantity == 3

    removed = (await client.remove_from_cart(cart_id=cart.id, product_id="7")).remove_from_cart
    assert removed is not None and removed.quantity == 0
    emptied = (await client.get_cart(id=cart.id)).get_cart
    assert emptied is not None and emptied.parent_products == []
    with pytest.raises(GraphQLResponseError, match="empty"):
        await client.create_order(id=cart.id)
    in_drop = {m["productId"] for m in fresh.drop_products["1"]}
    outside = next(p for p, r in fresh.products.items() if p not in in_drop and not r["parentId"])
    with pytest.raises(GraphQLResponseError, match="not in drop"):
        await client.add_to_cart(input=AddToCartInput(cart_id=cart.id, product_id=outside))

    deleted = (await client.delete_cart(id=copy.id)).delete_cart
    assert deleted is not None and deleted.id == copy.id
    assert sorted([c.id async for c in client.iter_carts()]) == sorted(fresh.carts)


async def test_orders_update_and_extra_costs(client: Order41Client, fresh: Order41Sandbox) -> None:
    order = (await client.get_order(id="5")).get_order
    assert order is not None and order.total_amount is not None
    cost = (
        await client.create_order_extra_cost(
            order_id="5", extra_cost={"amount": 10.0, "name": "SHIPPING_COST_VAT", "taxRatio": 0.19}
        )
    ).create_order_extra_cost
    assert cost is not None and cost.amount == 10.0
    again = (await client.get_order(urlkey=order.urlkey)).get_order
    assert again is not None and again.total_amount == pytest.approx(order.total_amount + 10.0)
    assert [c.amount for c in again.order_extra_costs or [] if c] == [10.0]

    updated = (
        await client.update_order(id="5", order={"comment": "Gift wrap", "status": 0})
    ).update_order
    assert updated is not None and updated.comment == "Gift wrap" and updated.status is False
    assert await client.count_orders({"status": "DISABLED"}) == 1

    stats = (await client.order_statistics()).order_statistics
    assert stats is not None
    assert stats.total_amount == pytest.approx(sum(o["totalAmount"] for o in fresh.orders.values()))


async def test_contacts_and_pricelists(client: Order41Client, fresh: Order41Sandbox) -> None:
    contacts = await client.count_contacts()
    pricelists = await client.count_pricelists()
    created = (
        await client.create_contact(
            contact=ContactInput(name="Boutique Nord", email="nord@example.com", type=1)
        )
    ).create_contact
    assert created is not None and created.id
    assert await client.count_contacts() == contacts + 1
    assert [c.name async for c in client.iter_contacts({"query": "nord"})] == ["Boutique Nord"]
    await client.update_contact(id=created.id, contact=ContactInput(phone="+4940123"))
    with_access = (
        await client.add_access_customers(id=created.id, customer_ids=["1", "2"])
    ).add_access_customers
    assert with_access is not None
    assert [a.access_contact_id for a in with_access.access_customers or [] if a] == ["1", "2"]

    pricelist = (
        await client.create_pricelist(
            pricelist=CreatePricelistInput(
                name="Retail",
                drop_id="1",
                values=[UpdatePricelistValueInput(product_id="1", price=99.0)],
                access=[{"contactId": created.id}],
            )
        )
    ).create_pricelist
    assert pricelist is not None and pricelist.id
    assert pricelist.values is not None and pricelist.values.count == 1
    assert pricelist.access is not None and pricelist.access.count == 1
    values = (
        await client.update_pricelist_values(
            pricelist_id=pricelist.id,
            values=[UpdatePricelistValueInput(product_id="1", price=95.0), {"productId": "7"}],
        )
    ).update_pricelist_values
    assert values is not None and [(v.product_id, v.price) for v in values if v] == [
        ("1", 95.0),
        ("7", None),
    ]
    assert await client.count_pricelists() == pricelists + 1
    assert await client.count_pricelists({"query": "retail"}) == 1
    await client.delete_contact(contact_id=created.id)
    assert await client.count_contacts() == contacts
