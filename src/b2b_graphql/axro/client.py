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
from .._errors import InputValidationError, MissingCredentialsError, ResponseShapeError
from .._options import CallOptions
from .._pagination import DEFAULT_CONCURRENCY, Page, Pages, numbered_pages, paging_number
from .models import OrderConfirmation, ShippingAddress, raise_for_error_payload
from .validation import validate_cart, validate_contact, validate_new_address

__all__ = ["DEFAULT_URL", "AxroClient"]

DEFAULT_URL = "https://api.axro.com/gql/v1"

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

    def __init__(self, token: str, url: str = DEFAULT_URL, **options: Any) -> None:
        if not token:
            raise MissingCredentialsError("AxroClient needs a token (or AXRO_TOKEN for from_env)")
        super().__init__(url=url, auth=StaticTokenAuth(token, scheme="Bearer"), **options)

    @classmethod
    def from_env(cls, **options: Any) -> Self:
        """`AXRO_TOKEN` (required) and `AXRO_URL` (default: the production endpoint)."""
        token = os.environ.get("AXRO_TOKEN")
        if not token:
            raise MissingCredentialsError("AXRO_TOKEN is not set")
        return cls(token=token, url=os.environ.get("AXRO_URL", DEFAULT_URL), **options)

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
        limit = paging_number("page_size", page_size)
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
        **kwargs: Any,
    ) -> ShippingAddress:
        """Create an address (status WAITING_APPROVAL), or with `check=True` get AXRO's
        normalised suggestion without saving. Raises `InputValidationError` before sending
        when a documented rule is broken, `AxroApiError` when AXRO rejects it."""
        fields = _as_dict(address)
        validate_new_address(fields)
        result = await self.shipping_create(
            input=_input(ShippingAddressInput, fields), check=check, **kwargs
        )
        return _parse("shippingCreate", ShippingAddress, result.shipping_create)

    async def check_shipping_address(
        self, address: ShippingAddressInput | Mapping[str, Any], **kwargs: Any
    ) -> ShippingAddress:
        """AXRO's normalised version of `address`; nothing is saved."""
        return await self.create_shipping_address(address, check=True, **kwargs)

    async def update_shipping_address(
        self, address_id: str, *, phone: str | None = None, email: str | None = None, **kwargs: Any
    ) -> ShippingAddress:
        """Change the phone and/or email of a saved address."""
        if not address_id:
            from .._errors import InputValidationError

            raise InputValidationError("id", "is required")
        changes = {k: v for k, v in {"phone": phone, "email": email}.items() if v is not None}
        validate_contact(changes)
        result = await self.shipping_update(
            id=address_id, input=ShippingAddressUpdateInput(**changes), **kwargs
        )
        return _parse("shippingUpdate", ShippingAddress, result.shipping_update)

    async def create_order(
        self,
        shipping_address_id: str,
        cart: Iterable[CartSpec],
        *,
        place: bool = False,
        custom_reference: str | None = None,
        additional_information: str | None = None,
        **kwargs: Any,
    ) -> OrderConfirmation:
        """Prepare an order (prices, toll, freight), or place it with `place=True`.

        `cart` lines are `(product_number, quantity)` pairs or `{"productNumber", "quantity"}`.
        Never sent twice unless you pass `retry_mutation=True`."""
        lines = [
            {"productNumber": line[0], "quantity": line[1]}
            if isinstance(line, tuple)
            else dict(line)
            for line in cart
        ]
        validate_cart(lines)
        order: dict[str, Any] = {"shippingAddressId": shipping_address_id, "cart": lines}
        if custom_reference is not None:
            order["customReference"] = custom_reference
        if additional_information is not None:
            order["additionalInformation"] = additional_information
        from axro_gql.input_types import OrderInput

        result = await self.order_create(order=_input(OrderInput, order), place=place, **kwargs)
        return _parse("orderCreate", OrderConfirmation, result.order_create)


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
    if isinstance(value, int):
        return str(value)
    return ",".join(str(v) for v in value)


def _as_dict(value: ShippingAddressInput | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(value, ShippingAddressInput):
        return value.model_dump(by_alias=True, exclude_unset=True)
    return dict(value)


def _input(model: type[ModelT], fields: Mapping[str, Any]) -> ModelT:
    """The generated input model, or `InputValidationError` for what the rules above do not
    cover (a number where a name goes...): never pydantic's own error."""
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputValidationError(".".join(map(str, first["loc"])), first["msg"]) from None


def _parse(operation: str, model: type[ModelT], payload: Any) -> ModelT:
    data = raise_for_error_payload(operation, payload)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ResponseShapeError(operation, exc) from None
