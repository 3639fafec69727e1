"""The credential every request carries, as an `httpx.Auth` (so it runs on every attempt)."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._errors import MissingCredentialsError
from ._secrets import Secret, as_secret

__all__ = ["StaticTokenAuth"]


class StaticTokenAuth(httpx.Auth):
    """`Authorization: <scheme> <token>` (or the bare token when `scheme` is None).

    The token is checked here, once: a `str` (or `Secret`) that can be a header value, else
    `InputValidationError`."""

    def __init__(self, token: str | Secret, *, scheme: str | None = "Bearer") -> None:
        secret = as_secret(token, "token")
        if secret is None:
            raise MissingCredentialsError("a token is required")
        self.token = secret
        self.scheme = scheme

    def header_value(self) -> str:
        token = self.token.reveal()
        return f"{self.scheme} {token}" if self.scheme else token

    def secrets(self) -> tuple[Secret, ...]:
        """The token, for the client to keep out of what it shows (`HasSecrets`)."""
        return (self.token,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header_value()
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(scheme={self.scheme!r}, token=***)"
