"""`Order41Client`: the generated Order41 client plus auth, re-login, pagination and the
id-or-urlkey rule."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx
from order41_gql import Order41GeneratedClient
from pydantic import BaseModel

from .._auth import StaticTokenAuth
from .._coercion import (
    call_options,
    client_options,
    credential,
    execute_arguments,
    input_model,
    one_of,
    optional_credential,
    text,
)
from .._endpoint import endpoint
from .._errors import (
    ApiError,
    AuthError,
    B2BGraphQLError,
    GraphQLErrorDetail,
    InputValidationError,
    LoginError,
    MissingCredentialsError,
    TokenExpiredError,
)
from .._options import CallOptions, ClientOptions
from .._pagination import DEFAULT_CONCURRENCY, Pages, offset_pages, only_field, rows_page
from .._secrets import Secret
from .auth import AUTH_FAILURE_RULE, LOGIN_OPERATION, Order41Auth

if TYPE_CHECKING:
    from order41_gql.fragments import (
        CartFields,
        ContactFields,
        DiscountFields,
        DropFields,
        OrderFields,
        PricelistFields,
        ProductFields,
    )

__all__ = ["ID_OR_URLKEY", "LISTINGS", "PRODUCTION_URL", "SANDBOX_URL", "Order41Client"]

#: The vendor's hosted sandbox. DECISION: it is the default (with `$ORDER41_URL` first, see
#: `b2b_graphql._endpoint`): the reference recommends it for development and testing, and a
#: program should reach production only by saying so (`url=PRODUCTION_URL`). The local sandbox
#: (`b2b-graphql sandbox order41`) is reached through `ORDER41_URL` or `url=`.
SANDBOX_URL = "https://api.o41.io"
#: The production API.
PRODUCTION_URL = "https://api.order41.com"
#: The environment variable every constructor reads when no `url` is given.
URL_ENV = "ORDER41_URL"

#: Operations that name their entity by id or by urlkey: either one is enough, neither is an
#: error the client raises before sending. Operation name -> (id variable, urlkey variable).
#: From the reference: "Get single Cart by ID or urlkey", "Get an order by id or urlkey",
#: "Create order from a Cart id/urlkey", ... and every operation taking an optional `id` and
#: `urlkey` of the same entity. Not here: `getProfile` (neither means "my own profile") and
#: `addProductToOrder` (its `id` is a drop, its `urlkey` an order).
ID_OR_URLKEY: Mapping[str, tuple[str, str]] = {
    name: ("id", "urlkey")
    for name in (
        "getDropMeta",
        "getCart",
        "getContact",
        "getDiscount",
        "getDrop",
        "getDropProfile",
        "getOrder",
        "getProduct",
        "createCartFromOrder",
        "createOrder",
        "deleteCart",
        "deleteDrop",
        "deleteOrder",
        "duplicateCart",
        "duplicateDrop",
        "generatePricelistSpreadsheet",
        "returnOrderToStock",
        "shareDrop",
        "updateCart",
        "updateDiscount",
        "updateDrop",
        "updateOrder",
    )
} | {
    "removeFromCart": ("cartId", "cartUrlkey"),
    "updateCartProduct": ("cartId", "cartUrlkey"),
}


@dataclass(frozen=True)
class Listing:
    """A paged list operation (`first`/`offset`) and its `_list*Meta` count operation, as the
    generated methods themselves (bound to a client when a walk starts)."""

    list: Callable[..., Awaitable[BaseModel]]
    meta: Callable[..., Awaitable[BaseModel]]
    filter_type: str


_G = Order41GeneratedClient

#: What `iterate`/`count` (and `iter_products`, `count_orders`, ...) know how to page through.
LISTINGS: Mapping[str, Listing] = {
    "products": Listing(_G.list_products, _G.list_products_meta, "ProductFilter"),
    "orders": Listing(_G.list_orders, _G.list_orders_meta, "OrderFilter"),
    "drops": Listing(_G.list_drops, _G.list_drops_meta, "DropFilter"),
    "shared_drops": Listing(_G.list_shared_drops, _G.list_shared_drops_meta, "DropFilter"),
    "contacts": Listing(_G.list_contacts, _G.list_contacts_meta, "ContactFilter"),
    "carts": Listing(_G.list_carts, _G.list_carts_meta, "CartFilter"),
    "pricelists": Listing(_G.list_pricelists, _G.list_pricelists_meta, "PricelistFilter"),
    "discounts": Listing(_G.list_discounts, _G.list_discounts_meta, "DiscountFilter"),
}

Filter = BaseModel | Mapping[str, Any] | None


class ListOptions(CallOptions, total=False):
    """The keywords of `iter_products`, `iter_orders`, ...: paging, then per-call options."""

    order_by: Sequence[str] | None
    page_size: int
    concurrency: int


class Order41Client(Order41GeneratedClient):
    """Async Order41 client. Every operation in `queries/order41/` is a method (`list_products`,
    `create_drop`, `add_to_cart`, `create_order`, ...); this class adds:

    - auth: `Order41Client(token=...)` (short- or long-lived), `await Order41Client.login(
      email=..., password=...)`, `Order41Client.from_env()`; with credentials an expired token
      is renewed by logging in once, queries are re-sent, mutations are not
      (`MutationNotReplayedError`);
    - `generate_long_lived_token()`, `logout()`; `async with` closes the HTTP client;
    - `iter_products()`, `count_products()` and the same for orders, drops, contacts, carts,
      pricelists, discounts (`iterate(kind)` / `count(kind)` for any kind in `LISTINGS`);
    - operations taking "id or urlkey" refuse a call with neither before sending
      (`InputValidationError`).
    """

    api_name = "order41"
    auth_failure_rule = AUTH_FAILURE_RULE

    def __init__(
        self,
        token: str | Secret | None = None,
        url: str | None = None,
        *,
        email: str | None = None,
        password: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """`url=None`: `$ORDER41_URL`, else `SANDBOX_URL` (the vendor's hosted sandbox)."""
        secret_token = optional_credential("token", token)
        secret_password = optional_credential("password", password, header=False)
        if email is not None:
            email = text("email", email)
        if secret_token is None and not (email and secret_password):
            raise MissingCredentialsError(
                "Order41Client needs a token, or email and password (from_env reads "
                "ORDER41_TOKEN, or ORDER41_EMAIL and ORDER41_PASSWORD)"
            )
        self.auth = Order41Auth(
            secret_token, email=email, password=secret_password, login=self._fetch_token
        )
        super().__init__(
            url=endpoint(url, URL_ENV, SANDBOX_URL), auth=self.auth, **client_options(options)
        )

    @classmethod
    async def login(
        cls,
        email: str,
        password: str | Secret,
        url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """A client logged in with a short-lived token (`loginWithPassword`), which it renews
        by logging in again when it expires. `url=None` reads `$ORDER41_URL` exactly as
        `from_env` does (default `SANDBOX_URL`). Raises `LoginError` for wrong credentials."""
        client = cls(
            url=url,
            email=text("email", email),
            password=credential("password", password, header=False),
            **options,
        )
        try:
            await client.auth.log_in()
        except BaseException:
            await client.aclose()
            raise
        return client

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> Self:
        """`ORDER41_TOKEN`, or `ORDER41_EMAIL` + `ORDER41_PASSWORD` (the first call logs in);
        `ORDER41_URL` (default: the vendor's sandbox, `SANDBOX_URL`)."""
        token = os.environ.get("ORDER41_TOKEN") or None
        email = os.environ.get("ORDER41_EMAIL") or None
        password = os.environ.get("ORDER41_PASSWORD") or None
        if not token and not (email and password):
            raise MissingCredentialsError(
                "set ORDER41_TOKEN, or ORDER41_EMAIL and ORDER41_PASSWORD"
            )
        return cls(token=token, email=email, password=password, **options)

    # -- tokens ---------------------------------------------------------------------------------

    async def _fetch_token(self, email: str, password: str) -> str:
        """`loginWithPassword`, sent without this client's auth (it is how the auth renews).
        A login creates nothing, so it is retried like a query when its response is lost."""
        with self._sending_with(None):
            result = await self.login_with_password(
                email=email, password=password, retry_mutation=True
            )
        if not result.login:
            raise LoginError("login: the server answered without a token")
        return result.login

    async def generate_long_lived_token(
        self, *, use: bool = False, **options: Unpack[CallOptions]
    ) -> str:
        """A long-lived API token (`generateLongLivedToken`). With `use=True` the client sends
        it from now on and forgets the credentials (no more logging in)."""
        call_options(options)
        if not isinstance(use, bool):
            raise InputValidationError("use", "must be True or False")
        result = await self.request_long_lived_token(**options)
        token = result.generate_long_lived_token
        if token is None or not token.value:
            raise ApiError("generateLongLivedToken: the server answered without a token")
        if use:
            self.auth.use_token(token.value, keep_credentials=False)
        return token.value

    async def logout(self, **options: Unpack[CallOptions]) -> None:
        """Invalidate the token on the server (`invalidateToken`, sent with the token as it is,
        never renewed) and forget it and the credentials. A token the server no longer accepts
        counts as logged out."""
        call_options(options)
        token = self.auth.token()
        if token is not None:
            with (
                contextlib.suppress(AuthError),
                self._sending_with(StaticTokenAuth(token, scheme=None)),
            ):
                await self.invalidate_token(**options)
        self.auth.forget()

    # -- pagination -----------------------------------------------------------------------------

    def iterate(
        self,
        kind: str,
        filter: Filter = None,
        *,
        order_by: Sequence[str] | None = None,
        page_size: int = 100,
        concurrency: int = DEFAULT_CONCURRENCY,
        **options: Unpack[CallOptions],
    ) -> Pages[Any]:
        """Every item of listing `kind` (a key of `LISTINGS`), `page_size` at a time with
        `first`/`offset`, in order, with up to `concurrency` requests in flight (1: one at a
        time). The listing's count is asked for alongside the first page and bounds the walk."""
        listing = _listing(kind)
        counted = _list_arguments(listing, filter, None)
        arguments = {**counted, **_list_arguments(listing, None, order_by)}
        return offset_pages(
            functools.partial(listing.list, self),
            rows_page,
            names=("offset", "first"),
            variables={**arguments, **options},
            page_size=page_size,
            concurrency=concurrency,
            count=functools.partial(self._count, listing, counted, options),
        )

    async def count(self, kind: str, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        """How many items listing `kind` has (its `_list*Meta` query) for `filter`."""
        listing = _listing(kind)
        found = await self._count(listing, _list_arguments(listing, filter, None), options)
        return found or 0

    async def _count(
        self, listing: Listing, arguments: Mapping[str, Any], options: Mapping[str, Any]
    ) -> int | None:
        meta = only_field(await listing.meta(self, **arguments, **options))
        return None if meta is None or meta.count is None else int(meta.count)

    def iter_products(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[ProductFields]:
        """Every product matching `filter` (`ProductFilter` or its dict, e.g.
        `{"dropId": {"eq": "12"}}`); `order_by=["CREATED_AT_ASC"]`, `page_size=100`,
        `concurrency=2`."""
        return self.iterate("products", filter, **options)

    async def count_products(self, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        return await self.count("products", filter, **options)

    def iter_orders(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[OrderFields]:
        """Every order matching `filter` (`OrderFilter` or its dict)."""
        return self.iterate("orders", filter, **options)

    async def count_orders(self, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        return await self.count("orders", filter, **options)

    def iter_drops(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[DropFields]:
        """Every drop matching `filter` (`DropFilter` or its dict)."""
        return self.iterate("drops", filter, **options)

    async def count_drops(self, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        return await self.count("drops", filter, **options)

    def iter_shared_drops(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[DropFields]:
        """Every drop shared with this account matching `filter` (`DropFilter` or its dict)."""
        return self.iterate("shared_drops", filter, **options)

    async def count_shared_drops(
        self, filter: Filter = None, **options: Unpack[CallOptions]
    ) -> int:
        return await self.count("shared_drops", filter, **options)

    def iter_contacts(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[ContactFields]:
        """Every contact matching `filter` (`ContactFilter` or its dict)."""
        return self.iterate("contacts", filter, **options)

    async def count_contacts(self, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        return await self.count("contacts", filter, **options)

    def iter_carts(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[CartFields]:
        """Every cart matching `filter` (`CartFilter` or its dict)."""
        return self.iterate("carts", filter, **options)

    async def count_carts(self, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        return await self.count("carts", filter, **options)

    def iter_pricelists(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[PricelistFields]:
        """Every pricelist matching `filter` (`PricelistFilter` or its dict)."""
        return self.iterate("pricelists", filter, **options)

    async def count_pricelists(self, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        return await self.count("pricelists", filter, **options)

    def iter_discounts(
        self, filter: Filter = None, **options: Unpack[ListOptions]
    ) -> Pages[DiscountFields]:
        """Every discount matching `filter` (`DiscountFilter` or its dict)."""
        return self.iterate("discounts", filter, **options)

    async def count_discounts(self, filter: Filter = None, **options: Unpack[CallOptions]) -> int:
        return await self.count("discounts", filter, **options)

    # -- the one place every call passes --------------------------------------------------------

    async def execute(
        self,
        query: str,
        operation_name: str | None = None,
        variables: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        """The base `execute`, after the checks the reference asks for (nothing is sent when
        one fails)."""
        execute_arguments(query, operation_name, variables)
        names = ID_OR_URLKEY.get(operation_name or "")
        if names is not None and not any(_given(self, variables, name) for name in names):
            raise InputValidationError(
                f"{names[0]}/{names[1]}",
                f"{operation_name} needs {names[0]} or {names[1]} (neither was given); "
                "nothing was sent",
            )
        return await super().execute(query, operation_name, variables, **options)

    def graphql_error(
        self,
        errors: list[GraphQLErrorDetail],
        data: Any,
        response: httpx.Response,
        operation: str | None,
    ) -> B2BGraphQLError:
        """A failed login is `LoginError`; an expired token says what to do about it; the rest
        as the base class maps it (with `AUTH_FAILURE_RULE`)."""
        messages = "; ".join(e.message for e in errors) or "<no message>"
        if operation == LOGIN_OPERATION:
            return LoginError(f"login failed: {messages}", error_message=messages)
        if self.auth_failure_rule.classify(errors, response.status_code) == "expired":
            hint = (
                "logging in again did not help"
                if self.auth.can_renew
                else "log in again (Order41Client.login) or use a long-lived token"
            )
            return TokenExpiredError(f"{operation or 'operation'}: the token has expired; {hint}")
        return super().graphql_error(errors, data, response, operation)


def _listing(kind: str) -> Listing:
    return one_of("kind", kind, LISTINGS)


def _list_arguments(
    listing: Listing, filter: Filter, order_by: Sequence[str] | None
) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    if filter is not None:
        from order41_gql import input_types

        model: type[BaseModel] = getattr(input_types, listing.filter_type)
        arguments["filter_"] = input_model("filter", model, filter)
    if order_by is not None:
        if isinstance(order_by, str | bytes) or not isinstance(order_by, Sequence):
            raise InputValidationError("order_by", "must be a list of sort keys")
        arguments["order_by"] = [text(f"order_by[{i}]", key) for i, key in enumerate(order_by)]
    return arguments


def _given(client: Order41Client, variables: Mapping[str, Any] | None, name: str) -> bool:
    value = (variables or {}).get(name)
    return value is not None and value is not client._unset and value != ""
