"""Typed async GraphQL clients for the AXRO, Order41 and Hipex Pack APIs.

    from b2b_graphql import AxroClient
    async with AxroClient(token=...) as axro:
        products = await axro.products(brand="HP", limit=10)

Clients are imported on first use, so `import b2b_graphql` stays cheap.

`TimeoutError` is the former name of `RequestTimeoutError` (it shadowed the builtin); it stays
an alias for one release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._errors import (
    ApiError,
    AuthError,
    B2BGraphQLError,
    ConnectError,
    GraphQLErrorDetail,
    GraphQLResponseError,
    HTTPStatusError,
    InputValidationError,
    InvalidTokenError,
    LoginError,
    MissingCredentialsError,
    MutationNotReplayedError,
    OutcomeUnknownError,
    RequestTimeoutError,
    ResponseFormatError,
    ResponseShapeError,
    ResponseTooLargeError,
    TimeoutError,
    TokenExpiredError,
    TransportError,
)
from ._lazy import lazy_attributes
from ._options import CallOptions, ClientOptions
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from .axro import AxroApiError, AxroClient
    from .hipex import HipexClient, HipexFormValidationError
    from .order41 import Order41Client

__all__ = [
    "ApiError",
    "AuthError",
    "AxroApiError",
    "AxroClient",
    "B2BGraphQLError",
    "CallOptions",
    "ClientOptions",
    "ConnectError",
    "GraphQLErrorDetail",
    "GraphQLResponseError",
    "HTTPStatusError",
    "HipexClient",
    "HipexFormValidationError",
    "InputValidationError",
    "InvalidTokenError",
    "LoginError",
    "MissingCredentialsError",
    "MutationNotReplayedError",
    "Order41Client",
    "OutcomeUnknownError",
    "RequestTimeoutError",
    "ResponseFormatError",
    "ResponseShapeError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "TimeoutError",
    "TokenExpiredError",
    "TransportError",
]

_LAZY = {
    "AxroClient": ".axro",
    "AxroApiError": ".axro",
    "HipexClient": ".hipex",
    "HipexFormValidationError": ".hipex",
    "Order41Client": ".order41",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
