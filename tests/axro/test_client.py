"""AxroClient over real HTTP against the AXRO sandbox on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from b2b_graphql import (
    AxroApiError,
    AxroClient,
    InputValidationError,
    InvalidTokenError,
    MissingCredentialsError,
)
from b2b_graphql.axro import OrderConfirmation, ShippingAddress, parse_date, parse_datetime
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

KNOWN_ADDRESS = "7284adc6-db5f-55c1-9511-4d12b3a356f1"


@pytest.fixture
async def axro(axro_sandbox: RunningSandbox):
    async with AxroClient(token=axro_sandbox.token, url=axro_sandbox.url) as client:
        yield client


def address(**changes: str) -> dict[str, str]:
    base = {
        "company": "Example Corp",
        "department": "Warehouse",
        "street": "123 Shipping St",
        "zip": "10001",
        "city": "New York",
        "country": "US",
        "phone": "+4940123456",
        "email": "test@example.com",
    }
    return {**base, **changes}


# -- every operation ----------------------------------------------------------------------------


async def test_products_with_filters(axro: AxroClient) -> None:
    result = (await axro.products(brand="HP", limit=10, page=1)).products
    assert result is not None and result.total_pages is not None and result.total_pages > 1
    assert len(result.products) == 10
    assert {p.brand for p in result.products} == {"HP"}
    first = result.products[0]
    assert first.title.en_gb.startswith("HP") and first.category.id > 0 and first.price


async def test_products_comma_separated_filters(axro: AxroClient) -> None:
    both = (await axro.products(brand="HP,Canon", limit=500)).products.products
    assert {p.brand for p in both} == {"HP", "Canon"}
    numbers = [both[0].product_number, both[1].product_number]
    picked = (await axro.products(product_number=",".join(numbers))).products.products
    assert [p.product_number for p in picked] == numbers
    by_oem = (await axro.products(oem=both[0].oem_number)).products.products
    assert [p.product_number for p in by_oem] == [both[0].product_number]
    by_ean = (await axro.products(ean=both[0].ean)).products.products
    assert [p.ean for p in by_ean] == [both[0].ean]
    category = both[0].category.id
    in_category = (await axro.products(category=str(category), limit=500)).products.products
    assert in_category and all(p.category.id == category for p in in_category)


async def test_catalogue_and_account_queries(axro: AxroClient) -> None:
    categories = (await axro.categories()).categories
    assert any(c.en == "Copy toner" for c in categories)
    assert "HP" in (await axro.brands()).brands.brands
    user = (await axro.user_info()).user_info
    assert user.email and user.customer.company == user.billing_address.company
    assert (await axro.billing_address()).billing_address.country == "US"
    addresses = (await axro.shipping_addresses()).shipping_addresses
    assert any(a.id == KNOWN_ADDRESS for a in addresses)


async def test_orders_shipments_and_tracking(axro: AxroClient) -> None:
    orders = (await axro.orders(page=1)).order_list
    assert orders.error is None and orders.total_pages >= 3 and len(orders.orders) == 10
    number = orders.orders[0].order_number
    details = (await axro.order_details(order_number=number)).order_details
    assert details.order.items and details.order.order_total == sum(
        item.total for item in details.order.items
    )
    shipments = (await axro.shipments(order_number=number)).shipment_list.shipments
    assert len(shipments) == 1 and shipments[0].tracking_code
    shipment = await axro.shipment_details(shipment_number=shipments[0].shipment_number)
    assert shipment.shipment_details.shipment.order_numbers == [number]
    tracking = await axro.tracking_history(shipment_number=shipments[0].shipment_number)
    history = tracking.tracking_history.history
    assert tracking.tracking_history.error is None
    assert history[shipments[0].tracking_code]["states"]["0"]["event"]


async def test_documented_error_strings(axro: AxroClient) -> None:
    tracking = (await axro.tracking_history(shipment_number="000000")).tracking_history
    assert tracking.error == "shipmentNumber does not belong to customerNumber"
    assert tracking.history == {}
    details = (await axro.shipment_details(shipment_number="000000")).shipment_details
    assert details.error == "shipmentNumber does not belong to customerNumber"
    assert details.shipment is None


# -- auth ---------------------------------------------------------------------------------------


async def test_wrong_token_is_a_typed_auth_error(axro_sandbox: RunningSandbox) -> None:
    async with AxroClient(token="not-the-token", url=axro_sandbox.url) as axro:
        with pytest.raises(InvalidTokenError) as caught:
            await axro.brands()
    assert "not-the-token" not in str(caught.value)


async def test_missing_token_is_refused_before_sending() -> None:
    with pytest.raises(MissingCredentialsError):
        AxroClient(token="")


async def test_introspection_needs_no_token(axro_sandbox: RunningSandbox) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        response = await http.post(
            axro_sandbox.url, json={"query": "{ __schema { queryType { name } } }"}
        )
    assert response.json()["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_from_env(monkeypatch: pytest.MonkeyPatch, axro_sandbox: RunningSandbox) -> None:
    monkeypatch.setenv("AXRO_TOKEN", axro_sandbox.token)
    monkeypatch.setenv("AXRO_URL", axro_sandbox.url)
    async with AxroClient.from_env() as axro:
        assert (await axro.brands()).brands.brands
    monkeypatch.delenv("AXRO_TOKEN")
    with pytest.raises(MissingCredentialsError):
        AxroClient.from_env()


# -- pagination ---------------------------------------------------------------------------------


async def test_iter_products_follows_total_pages(axro: AxroClient) -> None:
    total = (await axro.products(brand="HP", limit=500)).products.products
    seen = [p.product_number async for p in axro.iter_products(brand=["HP"], page_size=7)]
    assert len(seen) == len(total) > 7 * 3
    assert len(set(seen)) == len(seen)


async def test_iter_orders_and_shipments(axro: AxroClient) -> None:
    orders = [o async for o in axro.iter_orders()]
    pages = (await axro.orders(page=1)).order_list.total_pages
    assert pages > 1 and len(orders) > 10 * (pages - 1)
    shipments = [s async for s in axro.iter_shipments()]
    assert len({s.shipment_number for s in shipments}) == len(shipments) >= len(orders)


# -- mutations ----------------------------------------------------------------------------------


async def test_check_normalises_without_saving(
    axro: AxroClient, axro_sandbox: RunningSandbox
) -> None:
    before = len(axro_sandbox.app.state.addresses)
    suggestion = await axro.check_shipping_address(
        address(street="Ballindamm 40", zip="", city="", country="DE", phone=None, email=None)
    )
    assert isinstance(suggestion, ShippingAddress)
    assert (suggestion.status, suggestion.zip, suggestion.city) == (
        "CHECK_ONLY",
        "20095",
        "Hamburg",
    )
    assert suggestion.id is None
    assert len(axro_sandbox.app.state.addresses) == before


async def test_create_update_address_and_place_order(axro: AxroClient) -> None:
    created = await axro.create_shipping_address(address(firstname="John", lastname="Doe"))
    assert created.id and created.status == "WAITING_APPROVAL" and created.firstname == "John"
    updated = await axro.update_shipping_address(created.id, phone="+4940999999")
    assert (updated.status, updated.phone, updated.email) == (
        "USABLE",
        "+4940999999",
        created.email,
    )

    product = (await axro.products(brand="Canon", limit=1)).products.products[0]
    preview = await axro.create_order(created.id, [(product.product_number, 2)])
    assert isinstance(preview, OrderConfirmation) and not preview.order_placed
    line = preview.cart[0]
    assert (line.product_number, line.quantity) == (product.product_number, 2)
    assert (
        preview.grand_total
        == sum(c.sub_total for c in preview.cart) + preview.toll + preview.freight_costs
    )
    assert preview.grand_total_amount == Decimal(preview.grand_total) / 100

    placed = await axro.create_order(
        created.id, [{"productNumber": product.product_number, "quantity": 1}],
        place=True, custom_reference="PO-TEST-1", additional_information="Leave at front desk",
    )  # fmt: skip
    assert placed.order_placed and placed.place_order_url == "Order placed"
    newest = (await axro.orders(page=1)).order_list.orders[0]
    assert newest.commission == "PO-TEST-1"


async def test_error_payload_becomes_typed_exception(axro: AxroClient) -> None:
    with pytest.raises(AxroApiError) as caught:
        await axro.update_shipping_address("no-such-address", email="a@b.co")
    assert caught.value.status == 404 and "not found" in caught.value.body["message"]
    with pytest.raises(AxroApiError) as caught:
        await axro.create_order(KNOWN_ADDRESS, [("NOPE-0000", 1)])
    assert caught.value.status == 400 and caught.value.body["unknownProducts"] == ["NOPE-0000"]
    assert "unknownProducts: NOPE-0000" in str(caught.value)


def test_api_error_message_shows_details_but_no_secrets() -> None:
    body = {
        "message": "invalid",
        "errors": {"phone": ["must start with +"]},
        "apiToken": "tok-SECRET-1",
        "echo": "Authorization: Bearer tok-SECRET-2",
        "many": list(range(500)),
    }
    text = str(AxroApiError("shippingCreate", 422, body))
    assert "phone: must start with +" in text
    assert "tok-SECRET" not in text
    assert len(text) < 500


async def test_server_side_validation_payload(axro: AxroClient) -> None:
    # Bypass the facade's validation to see the server's documented error payload shape.
    from axro_gql.input_types import ShippingAddressInput

    result = await axro.shipping_create(input=ShippingAddressInput(**address(phone="12")))
    payload = result.shipping_create
    assert (
        payload["error"] is True
        and payload["status"] == 422
        and "phone" in payload["body"]["errors"]
    )


# -- validation before sending ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"company": "x" * 36}, "company"),
        ({"department": "y" * 40}, "department"),
        ({"street": "s" * 36}, "street"),
        ({"city": "c" * 36}, "city"),
        ({"phone": "4940123456"}, "phone"),
        ({"phone": "+1234"}, "phone"),
        ({"phone": "+" + "1" * 21}, "phone"),
        ({"country": "DEU"}, "country"),
        ({"country": "de"}, "country"),
        ({"email": "not-an-email"}, "email"),
    ],
)
async def test_invalid_address_is_rejected_before_sending(
    axro: AxroClient, axro_sandbox: RunningSandbox, changes: dict[str, str], field: str
) -> None:
    requests = axro_sandbox.app.request_count
    with pytest.raises(InputValidationError) as caught:
        await axro.create_shipping_address(address(**changes))
    assert caught.value.field == field
    assert axro_sandbox.app.request_count == requests


async def test_invalid_cart_is_rejected_before_sending(
    axro: AxroClient, axro_sandbox: RunningSandbox
) -> None:
    requests = axro_sandbox.app.request_count
    for cart, field in (
        ([], "cart"),
        ([("HP1", 0)], "cart[0].quantity"),
        ([("", 1)], "cart[0].productNumber"),
    ):
        with pytest.raises(InputValidationError) as caught:
            await axro.create_order(KNOWN_ADDRESS, cart)
        assert caught.value.field == field
    with pytest.raises(InputValidationError):
        await axro.update_shipping_address(KNOWN_ADDRESS, phone="0800")
    assert axro_sandbox.app.request_count == requests


# -- typed values -------------------------------------------------------------------------------


def test_dates_in_all_documented_formats() -> None:
    assert parse_date("2025-08-19") == date(2025, 8, 19)
    assert parse_date("20.08.2025") == date(2025, 8, 20)
    assert parse_date("") is None
    assert parse_datetime("2025-09-29 20:46:01+00:00") == datetime(
        2025, 9, 29, 20, 46, 1, tzinfo=UTC
    )
    with pytest.raises(ValueError):
        parse_date("19/08/2025")


def test_repr_hides_the_token() -> None:
    client = AxroClient(token="s3cr3t-token", url="http://127.0.0.1:9/gql/v1")
    assert "s3cr3t-token" not in repr(client) and "s3cr3t-token" not in repr(
        client.http_client.auth
    )


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda a: a.create_shipping_address(address(zip=10001)), "zip"),
        (lambda a: a.create_shipping_address("Example Corp"), "address"),
        (lambda a: a.create_shipping_address(address(), check="yes"), "check"),
        (lambda a: a.create_shipping_address(address(), chek=True), "chek"),
        (lambda a: a.create_order(KNOWN_ADDRESS, "HP1"), "cart"),
        (lambda a: a.create_order(KNOWN_ADDRESS, [["HP1", 1, 2]]), "cart[0]"),
        (lambda a: a.create_order(None, [("HP1", 1)]), "shipping_address_id"),
        (
            lambda a: a.create_order(KNOWN_ADDRESS, [("HP1", 1)], custom_reference=5),
            "order.customReference",
        ),
        (lambda a: a.update_shipping_address("", phone="+4940123456"), "address_id"),
        (lambda a: a.check_shipping_address(address(), deadline_s=3), "deadline_s"),
    ],
)
async def test_wrong_typed_input_is_refused_naming_it_before_sending(
    axro: AxroClient, axro_sandbox: RunningSandbox, call: Any, field: str
) -> None:
    requests = axro_sandbox.app.request_count
    with pytest.raises(InputValidationError) as caught:
        await call(axro)
    assert caught.value.field == field
    assert axro_sandbox.app.request_count == requests


@pytest.mark.parametrize(
    "options",
    [
        {"token": b"bytes-token"},
        {"token": ["t"]},
        {"token": "a\nb"},
        {"token": "t", "verfy": False},
    ],
)
def test_wrong_typed_token_or_option_is_refused_at_construction(options: dict[str, Any]) -> None:
    with pytest.raises(InputValidationError) as caught:
        AxroClient(url="http://127.0.0.1:9/gql/v1", **options)
    assert "bytes-token" not in str(caught.value)
