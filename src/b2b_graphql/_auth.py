"""The credential every request carries, as an `httpx.Auth` (so it runs on every attempt)."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._secrets import Secret

__all__ = ["StaticTokenAuth"]


class StaticTokenAuth(httpx.Auth):
    """`Authorization: <scheme> <token>` (or the bare token when `scheme` is None)."""

    def __init__(self, token: str | Secret, *, scheme: str | None = "Bearer") -> None:
        self.token = token if isinstance(token, Secret) else Secret(token)
        self.scheme = scheme

    def header_value(self) -> str:
        token = self.token.reveal()
        return f"{self.scheme} {token}" if self.scheme else token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header_value()
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(scheme={self.scheme!r}, token=***)"
