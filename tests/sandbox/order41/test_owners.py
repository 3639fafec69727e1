"""An account sees and changes only what the real API lets it (issue 15): every root field of
the domains in `owners.STRANGER`, called by buyer 1 with ids of records it is no party to,
answers NOT_FOUND or FORBIDDEN, or shows only buyer 1's own records, and changes none of the
others. A root field added to such a domain without an entry fails
`test_every_field_of_the_domains_is_checked`. (Integrations: `test_integration_owners`.)"""

from __future__ import annotations

import pytest

from .api import Api, ids
from .owners import (
    CASES,
    FORBIDDEN,
    HIDDEN,
    ME,
    MODULES,
    NOT_FOUND,
    OWNERS_ONLY,
    SELECT,
    SHARED,
    STRANGER,
    Args,
    cost_of,
    hidden_product,
    own_order,
    unchanged,
    watched,
)


@pytest.mark.parametrize("domain", sorted(STRANGER))
def test_every_field_of_the_domains_is_checked(domain: str) -> None:
    module = MODULES[domain]
    fields = sorted(f for (t, f), _ in module.resolvers if t in ("Query", "Mutation"))
    assert sorted(STRANGER[domain]) == fields


@pytest.mark.parametrize(("domain", "field"), CASES)
def test_a_buyer_reaches_only_its_own_records(domain: str, field: str, api: Api) -> None:
    stranger = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    make_args, expected = STRANGER[domain][field]
    args = make_args(api.state)
    before = watched(api.state)
    if isinstance(expected, str):
        assert stranger.error(field, **args) == expected
        assert watched(api.state) == before
    else:
        select = SELECT.get(field, "")
        assert expected(stranger.ok(field, select, **args), api.state)
        assert unchanged(before, watched(api.state))


#: root field -> arguments naming buyer 1's own order: changing it is the seller's (FORBIDDEN)
SELLERS_TO_CHANGE: dict[str, Args] = {
    "updateOrder2": lambda s: {"id": own_order(s), "data": {"comment": "x"}},
    "updateOrder": lambda s: {"id": int(own_order(s)), "data": {"comment": "x"}},
    "deleteOrder": lambda s: {"id": own_order(s)},
    "returnOrderToStock": lambda s: {"id": own_order(s)},
    "sendOrderConfirmation": lambda s: {"id": own_order(s)},
    "addProductToOrder": lambda s: {"id": own_order(s), "productId": "1"},
    "createOrderExtraCost": lambda s: {"orderId": own_order(s), "data": {"amount": 1.0}},
    "updateOrderExtraCost": lambda s: {"id": cost_of(s, own_order(s)), "data": {"amount": 1.0}},
    "deleteOrderExtraCost": lambda s: {"id": cost_of(s, own_order(s))},
}


@pytest.mark.parametrize("field", sorted(SELLERS_TO_CHANGE))
def test_a_buyer_sees_its_order_but_only_the_seller_changes_it(field: str, api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    args = SELLERS_TO_CHANGE[field](api.state)
    assert cost_of(api.state, own_order(api.state))  # the seed gives the order an extra cost
    before = watched(api.state)
    assert buyer.error(field, **args) == FORBIDDEN
    assert watched(api.state) == before
    assert api.ok(field, **args) is not None  # the seller may


def test_a_buyer_reads_rates_and_reorders_its_own_order(api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    order_id = own_order(api.state)
    assert buyer.ok("getOrder", "buyerId", id=order_id) == {"buyerId": ME}
    assert buyer.ok("rateOrder", "rating", id=order_id, rating=5) == {"rating": 5}
    job = buyer.ok("generateInvoice", "id type orderId", id=order_id)
    assert job["orderId"] == order_id
    assert buyer.finished(job)["result"]  # the buyer's job, which only it may look up
    assert api.error("getBackgroundJob", id=job["id"]) == NOT_FOUND
    made = buyer.ok("createCartFromOrder", "id buyerId", id=order_id)
    assert made["buyerId"] == ME
    assert buyer.ok("getCart", "ownerId", id=made["id"]) == {"ownerId": ME}  # the buyer's own


def test_a_cart_a_buyer_makes_for_itself_is_not_the_sellers(api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    product = api.state.drop_products["3"][0]["productId"]  # a discoverable drop
    made = buyer.ok("addToCart", "id ownerId", input={"dropId": "3", "productId": product})
    assert made["ownerId"] == ME
    assert api.error("getCart", id=made["id"]) == NOT_FOUND
    assert made["id"] not in ids(api.ok("listCarts", first=100))
    assert buyer.ok("getCart", "id", id=made["id"]) == {"id": made["id"]}
    assert buyer.error("addToCart", input={"dropId": HIDDEN, "productId": product}) == NOT_FOUND
    assert buyer.error("autoGenerateCart", dropId=HIDDEN) == NOT_FOUND


def test_a_buyers_address_book_is_its_own(api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    made = buyer.ok("createContactV2", "id", data={"name": "My supplier"})["id"]
    assert ids(buyer.ok("listContacts")) == [made]
    assert buyer.ok("_listContactsMeta", "count") == {"count": 1}
    assert api.error("getContact", id=made) == NOT_FOUND
    assert made not in ids(api.walk("listContacts"))
    # an access list names the owner's own contacts only
    assert buyer.error("addAccessSuppliers", id=made, supplierIds=["4"]) == NOT_FOUND
    assert api.error("addAccessSuppliers", id="1", supplierIds=[made]) == NOT_FOUND


@pytest.mark.parametrize("field", sorted(OWNERS_ONLY))
def test_a_drop_the_caller_cannot_see_is_not_found(field: str, api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    args = OWNERS_ONLY[field](HIDDEN)(api.state)
    before = watched(api.state)
    assert buyer.error(field, **args) == NOT_FOUND
    assert watched(api.state) == before
    assert api.ok(field, **OWNERS_ONLY[field](HIDDEN)(api.state)) is not None  # its owner may


def test_a_shared_drop_shows_its_viewer_only_its_own_orders(api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    mine = [o for o in api.state.orders.values() if o["dropId"] == SHARED and o["buyerId"] == ME]
    every = [o for o in api.state.orders.values() if o["dropId"] == SHARED]
    assert 0 < len(mine) < len(every)
    select = "orderQty"
    assert buyer.ok("getDrop", select, id=SHARED) == {"orderQty": len(mine)}
    assert buyer.ok("_getDropMeta", select, id=SHARED) == {"orderQty": len(mine)}
    assert api.ok("getDrop", select, id=SHARED) == {"orderQty": len(every)}
    assert buyer.ok("rateDrop", "rate", id=SHARED, rate=4) == {"rate": 4}


def test_a_product_hidden_from_the_caller_is_not_found_for_changes(api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    hidden = hidden_product(api.state)
    before = watched(api.state)
    assert buyer.error("updateProduct", id=hidden, data={"name": "x"}) == NOT_FOUND
    assert buyer.error("duplicateProduct", id=hidden, data={"name": "x"}) == NOT_FOUND
    assert watched(api.state) == before
    assert api.ok("getProduct", "id", id=hidden) == {"id": hidden}


def test_a_buyer_cannot_hang_its_discount_or_pricelist_on_a_drop_it_only_sees(api: Api) -> None:
    buyer = api.as_token(api.ok("loginAs", email="buyer1@order41.test"))
    mine = buyer.ok("createDiscount", "id", discount={"name": "Mine"})["id"]
    assert buyer.error("addDiscount", discountId=mine, dropId=SHARED) == FORBIDDEN
    assert buyer.error("addDiscount", discountId=mine, dropId=HIDDEN) == NOT_FOUND
    assert buyer.error("createPricelist", pricelist={"name": "P", "dropId": SHARED}) == FORBIDDEN
    own = buyer.ok("createPricelist", "id", pricelist={"name": "P"})["id"]
    access = {"pricelistId": own, "contactId": "1"}  # the seller's contact
    assert buyer.error("createPricelistAccess", pricelistAccess=access) == NOT_FOUND
    assert ids(buyer.ok("listPricelists")) == [own]
    assert api.error("getPricelist", id=own) == NOT_FOUND
