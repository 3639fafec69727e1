"""`AxroClient`: the generated AXRO client plus Bearer auth, typed mutations and iterators."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar, Unpack

from axro_gql import AxroGeneratedClient
from axro_gql.input_types import ShippingAddressInput, ShippingAddressUpdateInput
from axro_gql.orders import Orders, OrdersOrderListOrders
from axro_gql.products import Products, ProductsProductsProducts
from axro_gql.shipments import Shipments, ShipmentsShipmentListShipments
from pydantic import BaseModel, ValidationError

from .._auth import StaticTokenAuth
from .._client.reading import shape_error
from .._coercion import call_options, client_options, credential, input_model, positive_int, text
from .._endpoint import endpoint
from .._errors import InputValidationError, MissingCredentialsError
from .._options import CallOptions, ClientOptions
from .._pagination import DEFAULT_CONCURRENCY, Page, Pages, numbered_pages
from .._secrets import Secret
from .models import OrderConfirmation, ShippingAddress, raise_for_error_payload
from .validation import validate_cart, validate_contact, validate_new_address

__all__ = ["DEFAULT_URL", "AxroClient"]

#: DECISION: the production endpoint is the default (after `$AXRO_URL`, see
#: `b2b_graphql._endpoint`): AXRO documents no public sandbox, and its token is per customer;
#: point `AXRO_URL` or `url=` at a local sandbox (`b2b-graphql sandbox axro`) to develop.
DEFAULT_URL = "https://api.axro.com/gql/v1"
URL_ENV = "AXRO_URL"

CartSpec = Mapping[str, Any] | tuple[str, int]
ModelT = TypeVar("ModelT", bound=BaseModel)


class AxroClient(AxroGeneratedClient):
    """Async AXRO client. Every generated operation is a method (`products`, `orders`,
    `order_details`, `shipments`, `tracking_history`, ...); this class adds Bearer auth,
    typed mutation results, validation before sending, and `iter_*` pagination.

        async with AxroClient(token=...) as axro:
            async for product in axro.iter_products(brand="HP"): ...
    """

    api_name = "axro"

    def __init__(
        self, token: str | Secret, url: str | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        """`url=None`: `$AXRO_URL`, else `DEFAULT_URL` (production)."""
        if token is None or token == "":
            raise MissingCredentialsError("AxroClient needs a token (or AXRO_TOKEN for from_env)")
        auth = StaticTokenAuth(credential("token", token), scheme="Bearer")
        super().__init__(
            url=endpoint(url, URL_ENV, DEFAULT_URL), auth=auth, **client_options(options)
        )

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> Self:
        """`AXRO_TOKEN` (required) and `AXRO_URL` (default: `DEFAULT_URL`, production)."""
        token = os.environ.get("AXRO_TOKEN")
        if not token:
            raise MissingCredentialsError("AXRO_TOKEN is not set")
        return cls(token=token, **options)

    # -- pagination -----------------------------------------------------------------------------

    def iter_products(
        self,
        *,
        product_number: str | Iterable[str] | None = None,
        oem: str | Iterable[str] | None = None,
        ean: str | Iterable[str] | None = None,
        brand: str | Iterable[str] | None = None,
        category: str | int | Iterable[str | int] | None = None,
        page_size: int = 100,
        concurrency: int = DEFAULT_CONCURRENCY,
        **options: Unpack[CallOptions],
    ) -> Pages[ProductsProductsProducts]:
        """Every product matching the filters (lists become AXRO's comma-separated form), in
        catalogue order, with up to `concurrency` page requests in flight (1: one at a time)."""
        filters = {
            "product_number": _csv(product_number),
            "oem": _csv(oem),
            "ean": _csv(ean),
            "brand": _csv(brand),
            "category": _csv(category),
        }
        given = {k: v for k, v in filters.items() if v is not None}
        limit = positive_int("page_size", page_size)
        return numbered_pages(
            self.products,
            _products_page,
            variables={"limit": limit, **given, **options},
            concurrency=concurrency,
        )

    def iter_orders(
        self, *, concurrency: int = DEFAULT_CONCURRENCY, **options: Unpack[CallOptions]
    ) -> Pages[OrdersOrderListOrders]:
        """Every order of the customer, newest first (AXRO fixes the page size)."""
        return numbered_pages(self.orders, _orders_page, variables=options, concurrency=concurrency)

    def iter_shipments(
        self,
        *,
        order_number: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        **options: Unpack[CallOptions],
    ) -> Pages[ShipmentsShipmentListShipments]:
        """Every shipment, optionally of one order."""
        extra = {"order_number": order_number} if order_number is not None else {}
        return numbered_pages(
            self.shipments,
            _shipments_page,
            variables={**extra, **options},
            concurrency=concurrency,
        )

    # -- typed mutations ------------------------------------------------------------------------

    async def create_shipping_address(
        self,
        address: ShippingAddressInput | Mapping[str, Any],
        *,
        check: bool = False,
        **options: Unpack[CallOptions],
    ) -> ShippingAddress:
        """Create an address (status WAITING_APPROVAL), or with `check=True` get AXRO's
        normalised suggestion without saving. Raises `InputValidationError` before sending
        when a documented rule is broken, `AxroApiError` when AXRO rejects it."""
        call_options(options)
        fields = _as_dict(address)
        validate_new_address(fields)
        variables: dict[str, Any] = {
            "input": input_model("address", ShippingAddressInput, fields),
            "check": _flag("check", check),
        }
        result = await self.shipping_create(**variables, **options)
        return self._parse(
            "shippingCreate", ShippingAddress, result.shipping_create, variables, options
        )

    async def check_shipping_address(
        self, address: ShippingAddressInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> ShippingAddress:
        """AXRO's normalised version of `address`; nothing is saved."""
        return await self.create_shipping_address(address, check=True, **options)

    async def update_shipping_address(
        self,
        address_id: str,
        *,
        phone: str | None = None,
        email: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ShippingAddress:
        """Change the phone and/or email of a saved address."""
        call_options(options)
        address_id = text("address_id", address_id)
        changes = {k: v for k, v in {"phone": phone, "email": email}.items() if v is not None}
        validate_contact(changes)
        variables: dict[str, Any] = {
            "id": address_id,
            "input": input_model("changes", ShippingAddressUpdateInput, changes),
        }
        result = await self.shipping_update(**variables, **options)
        return self._parse(
            "shippingUpdate", ShippingAddress, result.shipping_update, variables, options
        )

    async def create_order(
        self,
        shipping_address_id: str,
        cart: Iterable[CartSpec],
        *,
        place: bool = False,
        custom_reference: str | None = None,
        additional_information: str | None = None,
        **options: Unpack[CallOptions],
    ) -> OrderConfirmation:
        """Prepare an order (prices, toll, freight), or place it with `place=True`.

        `cart` lines are `(product_number, quantity)` pairs or `{"productNumber", "quantity"}`.
        Never sent twice unless you pass `retry_mutation=True`."""
        call_options(options)
        order: dict[str, Any] = {
            "shippingAddressId": text("shipping_address_id", shipping_address_id),
            "cart": _cart_lines(cart),
        }
        validate_cart(order["cart"])
        if custom_reference is not None:
            order["customReference"] = custom_reference
        if additional_information is not None:
            order["additionalInformation"] = additional_information
        from axro_gql.input_types import OrderInput

        variables: dict[str, Any] = {
            "order": input_model("order", OrderInput, order),
            "place": _flag("place", place),
        }
        result = await self.order_create(**variables, **options)
        return self._parse(
            "orderCreate", OrderConfirmation, result.order_create, variables, options
        )

    def _parse(
        self,
        operation: str,
        model: type[ModelT],
        payload: Any,
        variables: Mapping[str, Any],
        options: CallOptions,
    ) -> ModelT:
        """`payload` (the JSON a mutation answered) as `model`, or the typed error, worded
        without what the call must not show (the response is gone by now: the secrets are
        told from what was sent, and only when an error needs them)."""

        def secrets() -> tuple[Secret, ...]:
            return self._secrets_sent(operation, variables, options.get("headers"))

        data = raise_for_error_payload(operation, payload, secrets)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            failed = exc
        # Raised out here: the error must not carry pydantic's (which quotes the raw input) as
        # its `__context__`.
        raise shape_error(operation, model, data, secrets(), failed)


def _products_page(result: Products) -> Page[ProductsProductsProducts]:
    found = result.products
    return Page(found.products or [], total_pages=found.total_pages) if found else Page()


def _orders_page(result: Orders) -> Page[OrdersOrderListOrders]:
    found = result.order_list
    return Page(found.orders or [], total_pages=found.total_pages) if found else Page()


def _shipments_page(result: Shipments) -> Page[ShipmentsShipmentListShipments]:
    found = result.shipment_list
    return Page(found.shipments or [], total_pages=found.total_pages) if found else Page()


def _csv(value: str | int | Iterable[str | int] | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, bytes | Mapping) or not isinstance(value, Iterable):
        raise InputValidationError("filter", f"must be a string or a list, not {value!r:.40}")
    items = list(value)
    if not all(
        isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool)) for v in items
    ):
        raise InputValidationError("filter", "list items must be strings or integers")
    return ",".join(str(v) for v in items)


def _as_dict(value: ShippingAddressInput | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(value, ShippingAddressInput):
        return value.model_dump(by_alias=True, exclude_unset=True)
    if not isinstance(value, Mapping):
        raise InputValidationError(
            "address", f"must be a ShippingAddressInput or a mapping, not {type(value).__name__}"
        )
    return dict(value)


def _cart_lines(cart: object) -> list[dict[str, Any]]:
    """`(number, quantity)` pairs and mappings as AXRO's cart lines (copies: the caller's stay
    as they are)."""
    if isinstance(cart, str | bytes | Mapping) or not isinstance(cart, Iterable):
        raise InputValidationError("cart", "must be a list of (product_number, quantity) lines")
    lines: list[dict[str, Any]] = []
    for index, line in enumerate(cart):
        if isinstance(line, tuple) and len(line) == 2:
            lines.append({"productNumber": line[0], "quantity": line[1]})
        elif isinstance(line, Mapping):
            lines.append(dict(line))
        else:
            raise InputValidationError(
                f"cart[{index}]", "must be a (product_number, quantity) pair or a mapping"
            )
    return lines


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InputValidationError(name, f"must be True or False, not {type(value).__name__}")
    return value
