"""Every path on which a server's own words become an exception's text: a loopback server
(`rawhttp.RawServer`) quotes back what the request carried (the password variable, the token
in `Authorization`, a secret header, a secret input), and no part of the error may show it:
not `str()`, `repr()`, `args`, the repr of any attribute, the exceptions it carries, nor any
log record at DEBUG; while the useful part of the server's message is still there.

Adding a path on which server text reaches an error = adding a row to `PATHS`. The facade
methods that word errors from a parsed answer (AXRO's typed mutations) are enumerated, so a
new one without a row fails `test_every_axro_mutation_wrapper_has_a_row`.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from b2b_graphql import (
    AxroApiError,
    B2BGraphQLError,
    LoginError,
    ResponseFormatError,
    ResponseShapeError,
    TransportError,
)
from b2b_graphql.schema.errors import (
    IntrospectionConnectionError,
    IntrospectionDisabledError,
    IntrospectionHTTPError,
    IntrospectionResponseError,
)

from .conftest import quick
from .rawhttp import RawServer, Reply, Request
from .test_bad_servers import shown

PASSWORD = "pw-ECHOED-9f8e7d6c"
TOKEN = "tok-ECHOED-5a4b3c2d1e"
HEADER_KEY = "hdr-ECHOED-0f1e2d3c"
SECRET_INPUT = "input-ECHOED-77aa88bb"
SECRETS = (PASSWORD, TOKEN, HEADER_KEY, SECRET_INPUT)

#: Valid by AXRO's documented rules (the facade checks them before sending).
ADDRESS = dict(
    company="Echo AG", department="IT", street="Hauptstr. 1", zip="10115", city="Berlin",
    country="DE",
)  # fmt: skip


def echo(request: Request) -> str:
    """Everything secret the request carried, as a careless server quotes it."""
    variables = json.loads(request.body or b"{}").get("variables") or {}
    order = variables.get("order") or {}
    quoted = [
        variables.get("password"),
        request.headers.get("authorization"),
        request.headers.get("x-api-key"),
        request.headers.get("x-shop"),
        order.get("customReference"),
    ]
    return " / ".join(str(value) for value in quoted if value)


def graphql(data: Any = None, errors: Any = None, status: int = 200) -> Reply:
    payload: dict[str, Any] = {"data": data}
    if errors is not None:
        payload["errors"] = errors
    return Reply(status, [("Content-Type", "application/json")], json.dumps(payload).encode())


@dataclass(frozen=True)
class Path:
    """One way a server's text reaches an error: what the server answers, what the client
    does, the error it must raise and the words of the server that must survive."""

    name: str
    answer: Callable[[Request], Reply]
    run: Callable[[str], Awaitable[Any]]
    error: type[BaseException]
    useful: str


# -- Hipex --------------------------------------------------------------------------------------


def _hipex_refused(request: Request) -> Reply:
    login = dict.fromkeys(("id", "email", "name", "locale", "settings", "ssoJwt"))
    login |= {
        "success": False,
        "errorMessage": f"Invalid password {echo(request)!r}.",
        "errorMessageId": f"login.invalid:{echo(request)}",
    }
    return graphql({"Login": login})


async def _hipex_login(url: str) -> Any:
    from b2b_graphql.hipex import HipexClient

    await HipexClient.login("someone@example.com", PASSWORD, url, **quick())


async def _hipex_authenticate_again(url: str) -> Any:
    """A client holding a token logs in again: neither the token nor the password may show."""
    from b2b_graphql.hipex import HipexClient

    async with HipexClient(token=TOKEN, url=url, **quick()) as client:
        await client.authenticate("someone@example.com", PASSWORD)


# -- Order41 ------------------------------------------------------------------------------------


def _order41_refused(request: Request) -> Reply:
    message = f"Wrong email or password: {echo(request)}"
    return graphql(None, [{"message": message, "extensions": {"code": "UNAUTHENTICATED"}}])


async def _order41_login(url: str) -> Any:
    from b2b_graphql.order41 import Order41Client

    await Order41Client.login("me@example.com", PASSWORD, url, **quick())


# -- AXRO ---------------------------------------------------------------------------------------


def _axro_api_error(root: str) -> Callable[[Request], Reply]:
    def answer(request: Request) -> Reply:
        said = echo(request)
        body = {
            "message": f"Not allowed for {said}",
            "unknownProducts": ["NOPE-0000", said],
            "nested": {"seen": [said]},
        }
        return graphql({root: {"error": True, "status": 400, "body": body}})

    return answer


def _axro_client(url: str) -> Any:
    from b2b_graphql import AxroClient

    class SecretReferenceAxro(AxroClient):
        """AXRO as if its schema marked `customReference` secret (AXRO's marks nothing): the
        facade must scrub a call's secret inputs by the same rule the base client logs by."""

        secret_variables = {"orderCreate": ("order.customReference",)}

    return SecretReferenceAxro(token=TOKEN, url=url, **quick(retry=None))


KEYED = {"headers": {"X-Api-Key": HEADER_KEY}}


async def _axro_create_order(url: str) -> Any:
    async with _axro_client(url) as axro:
        await axro.create_order("A-1", [("NOPE-0000", 1)], custom_reference=SECRET_INPUT, **KEYED)


async def _axro_create_address(url: str) -> Any:
    async with _axro_client(url) as axro:
        await axro.create_shipping_address(ADDRESS, **KEYED)


async def _axro_check_address(url: str) -> Any:
    async with _axro_client(url) as axro:
        await axro.check_shipping_address(ADDRESS, **KEYED)


async def _axro_update_address(url: str) -> Any:
    async with _axro_client(url) as axro:
        await axro.update_shipping_address("A-1", email="a@b.co", **KEYED)


def _axro_unexpected(request: Request) -> Reply:
    return graphql({"orderCreate": f"Unexpected: {echo(request)}"})


def _axro_wrong_shape(request: Request) -> Reply:
    return graphql({"orderCreate": {"cart": f"Lines of {echo(request)}"}})


# -- any API: the answer is not GraphQL ---------------------------------------------------------


def _content_type_echo(request: Request) -> Reply:
    kind = f"text/html; charset=utf-8; who={echo(request)}"
    return Reply(200, [("Content-Type", kind)], f"<html>Hello {echo(request)}</html>".encode())


def _bad_header_line(request: Request) -> Reply:
    """A header line h11 refuses, whose text httpx's error quotes: our secrets in it."""
    return Reply(200, [("X Echo", echo(request))], b'{"data": null}')


async def _axro_query(url: str) -> Any:
    async with _axro_client(url) as axro:
        await axro.user_info(**KEYED)


# -- the schema tooling: introspection with a token header --------------------------------------

INTROSPECTION_HEADERS = {"Authorization": TOKEN, "X-Shop": HEADER_KEY}


async def _introspect(url: str) -> Any:
    from b2b_graphql.schema.introspect import introspect

    await introspect(url, INTROSPECTION_HEADERS, timeout=5)


def _introspection_disabled(request: Request) -> Reply:
    message = f"GraphQL introspection is not allowed for {echo(request)}"
    return graphql(None, [{"message": message}])


def _introspection_forbidden(request: Request) -> Reply:
    return Reply(403, [("Content-Type", "text/plain")], f"Forbidden: {echo(request)}".encode())


def _introspection_errors(request: Request) -> Reply:
    return graphql(None, [{"message": f"Cannot serve {echo(request)}"}])


def _introspection_malformed(request: Request) -> Reply:
    schema = {"queryType": {"name": echo(request)}, "types": [], "directives": []}
    return graphql({"__schema": schema})


PATHS = [
    Path("hipex-login-refused", _hipex_refused, _hipex_login, LoginError, "Invalid password"),
    Path(
        "hipex-authenticate-refused",
        _hipex_refused,
        _hipex_authenticate_again,
        LoginError,
        "Invalid password",
    ),
    Path("order41-login-refused", _order41_refused, _order41_login, LoginError, "Wrong email"),
    Path(
        "axro-create_order",
        _axro_api_error("orderCreate"),
        _axro_create_order,
        AxroApiError,
        "Not allowed for",
    ),
    Path(
        "axro-create_shipping_address",
        _axro_api_error("shippingCreate"),
        _axro_create_address,
        AxroApiError,
        "Not allowed for",
    ),
    Path(
        "axro-check_shipping_address",
        _axro_api_error("shippingCreate"),
        _axro_check_address,
        AxroApiError,
        "Not allowed for",
    ),
    Path(
        "axro-update_shipping_address",
        _axro_api_error("shippingUpdate"),
        _axro_update_address,
        AxroApiError,
        "Not allowed for",
    ),
    Path(
        "axro-unexpected-answer", _axro_unexpected, _axro_create_order, AxroApiError, "Unexpected"
    ),
    Path(
        "axro-wrong-shape", _axro_wrong_shape, _axro_create_order, ResponseShapeError, "orderCreate"
    ),
    Path("content-type-echo", _content_type_echo, _axro_query, ResponseFormatError, "text/html"),
    Path("axro-bad-header-line", _bad_header_line, _axro_query, TransportError, "illegal header"),
    Path(
        "order41-login-bad-header-line",
        _bad_header_line,
        _order41_login,
        TransportError,
        "illegal header",
    ),
    Path(
        "introspection-bad-header-line",
        _bad_header_line,
        _introspect,
        IntrospectionConnectionError,
        "illegal header",
    ),
    Path(
        "introspection-disabled",
        _introspection_disabled,
        _introspect,
        IntrospectionDisabledError,
        "introspection is not allowed",
    ),
    Path(
        "introspection-forbidden",
        _introspection_forbidden,
        _introspect,
        IntrospectionHTTPError,
        "Forbidden",
    ),
    Path(
        "introspection-errors",
        _introspection_errors,
        _introspect,
        IntrospectionResponseError,
        "Cannot serve",
    ),
    Path(
        "introspection-malformed",
        _introspection_malformed,
        _introspect,
        IntrospectionResponseError,
        "malformed",
    ),
    Path(
        "introspection-content-type",
        _content_type_echo,
        _introspect,
        IntrospectionResponseError,
        "text/html",
    ),
]


def everything_shown(error: BaseException) -> list[str]:
    """`shown` (str, repr, args, notes, `vars` of the error and its chain) and the repr of
    every public attribute and property, one by one."""
    texts = [shown(error)]
    for name in dir(error):
        if name.startswith("_"):
            continue
        try:
            value = getattr(error, name)
        except Exception:  # a property that does not apply
            continue
        if not callable(value):
            texts += [repr(value), str(value)]
    return texts


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
async def test_a_server_echoing_a_secret_shows_it_nowhere(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with RawServer(path.answer) as server:
        with pytest.raises(B2BGraphQLError) as caught:
            await asyncio.wait_for(path.run(server.url), 30)
    error = caught.value
    assert isinstance(error, path.error), repr(error)
    echoed = [echo(request) for request in server.requests]
    # the server did quote secrets back (else the test proves nothing)
    assert any(secret in said for said in echoed for secret in SECRETS), echoed
    texts = everything_shown(error)
    logged = [caplog.text, *(repr(vars(record)) for record in caplog.records)]
    assert caplog.records, "DEBUG logging was on: something should have logged"
    for secret in SECRETS:
        leaks = [text for text in texts + logged if secret in text]
        assert not leaks, f"{secret} leaked: {leaks[0][:400]}"
    assert path.useful in str(error), str(error)


def test_every_axro_mutation_wrapper_has_a_row() -> None:
    from b2b_graphql import AxroClient

    wrappers = {
        name
        for name, member in vars(AxroClient).items()
        if inspect.iscoroutinefunction(member) and not name.startswith("_")
    }
    assert wrappers == {p.name.removeprefix("axro-") for p in PATHS} & wrappers
    assert wrappers >= {"create_order", "create_shipping_address", "update_shipping_address"}


async def test_the_api_error_keeps_the_useful_body(caplog: pytest.LogCaptureFixture) -> None:
    """What `AxroApiError.body` keeps: AXRO's body, the echoed secrets replaced by `***`."""
    async with RawServer(_axro_api_error("orderCreate")) as server:
        with pytest.raises(AxroApiError) as caught:
            await _axro_create_order(server.url)
    body = caught.value.body
    assert caught.value.status == 400
    assert body["unknownProducts"][0] == "NOPE-0000"
    assert "***" in body["unknownProducts"][1] and "***" in body["nested"]["seen"][0]
    assert "unknownProducts: NOPE-0000" in str(caught.value)


async def test_the_drift_cli_prints_no_echoed_header(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`b2b-graphql introspect -H ... --token-env ...` against servers that quote both back."""
    from b2b_graphql.__main__ import main

    monkeypatch.setenv("ECHO_TOKEN", TOKEN)
    answers = [
        _introspection_disabled,
        _introspection_forbidden,
        _content_type_echo,
        _bad_header_line,  # its retries are reported as they happen, with their reason
    ]
    for answer in answers:
        async with RawServer(answer) as server:
            argv = ["introspect", server.url, "-H", f"X-Shop: {HEADER_KEY}"]
            argv += ["--token-env", "ECHO_TOKEN", "--timeout", "5"]
            code = await asyncio.wait_for(asyncio.to_thread(main, argv), 30)
        assert code != 0
        assert any(TOKEN in echo(r) for r in server.requests)
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "introspection is not allowed" in out and "Forbidden" in out
    assert "illegal header line" in out
    for secret in (TOKEN, HEADER_KEY):
        assert secret not in out, out[:600]
