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

from .__about__ import __version__
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
    from ._auth import StaticTokenAuth
    from ._client import GraphQLBaseClient
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
    "GraphQLBaseClient",
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
    "StaticTokenAuth",
    "TimeoutError",
    "TokenExpiredError",
    "TransportError",
    "__version__",
]

_LAZY = {
    # The base class of every generated client (your own API's too) and its token auth.
    "GraphQLBaseClient": "._client",
    "StaticTokenAuth": "._auth",
    "AxroClient": ".axro",
    "AxroApiError": ".axro",
    "HipexClient": ".hipex",
    "HipexFormValidationError": ".hipex",
    "Order41Client": ".order41",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
