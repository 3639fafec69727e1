"""Credentials never leak: with DEBUG logging on the root logger (so httpx, httpcore, the
sandbox and we all log everything), run each API's main flows, a tour of faults and a few
failures, then look for every token and password in the captured output and in the `str()`
and `repr()` of the clients, their auth objects and every error raised."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from b2b_graphql import B2BGraphQLError, GraphQLResponseError, OutcomeUnknownError
from b2b_graphql.sandbox.faults import FaultPlan
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .apis import ApiCase
from .conftest import quick


class Capture(logging.Handler):
    """Every record, fully formatted (message, exception text, extra attributes)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))
        self.texts.append(repr(vars(record)))


@pytest.fixture
def root_debug() -> Iterator[Capture]:
    root = logging.getLogger()
    capture, level = Capture(), root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        root.setLevel(level)


FAULT_TOUR: list[tuple[str, dict[str, Any]]] = [
    ("http_error", {"status": 503, "count": 10}),
    ("reset", {"count": 10}),
    ("html", {}),
    ("malformed_json", {"count": 10}),
    # twice: a client holding credentials logs in again and re-sends the query once
    ("graphql_error", {"status": 401, "code": "UNAUTHENTICATED", "count": 2}),
    ("wrong_shape", {}),
    ("bad_encoding", {}),
    ("stall", {"seconds": 2, "count": 10}),
]


async def test_no_credential_appears_in_logs_reprs_or_errors(
    api: ApiCase, sandbox: RunningSandbox, faults: FaultPlan, root_debug: Capture
) -> None:
    errors: list[BaseException] = []
    marker = f"pw-{uuid.uuid4().hex}"  # a password sent as a variable, quoted back by the server
    conn = await api.open(sandbox.url, sandbox.credentials, **quick())
    async with conn:
        await api.flows(conn, sandbox.credentials)
        for kind, params in FAULT_TOUR:
            faults.inject(kind, operation=api.query_operation, **params)
            try:
                await conn.query(timeout=0.2)
            except B2BGraphQLError as error:
                errors.append(error)
            faults.clear()
        faults.inject("lose_response", operation=api.mutation_operation)
        with pytest.raises(OutcomeUnknownError) as lost:
            await conn.mutation()
        errors.append(lost.value)
        with pytest.raises(GraphQLResponseError) as quoted:
            response = await conn.client.execute(
                "query probe($password: Boolean!) { __typename @skip(if: $password) }",
                "probe",
                {"password": marker, "input": {"apiKey": marker, "rows": [{"token": marker}]}},
            )
            conn.client.get_data(response)
        errors.append(quoted.value)
        client, auth = conn.client, conn.client._auth
        shown = [repr(client), str(client), repr(auth), str(auth), repr(client.http_client.headers)]

    assert len(errors) == len(FAULT_TOUR) + 2
    for error in errors:
        shown += [str(error), repr(error), repr(error.args)]
        if isinstance(error, GraphQLResponseError):
            shown += [repr(detail) for detail in error.errors]
    secrets = [*api.secrets(sandbox.credentials), *conn.seen_tokens, marker]
    if api.tokens_in_responses:
        assert conn.seen_tokens, "the flows should have rotated the token at least once"
    logged = root_debug.texts
    assert any(text.startswith("httpcore.http11 DEBUG") for text in logged)  # truly DEBUG
    assert any("'password': '***'" in text for text in logged)  # variables were logged, masked
    assert "***" in str(quoted.value)  # the server quoted the value back; we masked it
    for secret in secrets:
        leaks = [text for text in logged + shown if secret in text]
        assert not leaks, f"{secret[:4]}... leaked: {leaks[0][:300]}"


# -- servers that quote our credentials back, URLs that carry them ------------------------------

ECHOED_TOKEN = "ECHO-secret-token-5f1c2a"
ECHO_PASSWORD = "echo-password-9d8e7f"


def _echoing(kind: str) -> Any:
    """A server that quotes the request's own `Authorization` value back: in a GraphQL error
    message (HTTP 200 and 401), in a text/HTML error page, in a plain-text 500."""
    from .rawhttp import Reply, Request

    def answer(request: Request) -> Reply:
        value = request.headers.get("authorization", "")
        body = request.body.decode()
        if kind == "graphql_error":
            payload = {"errors": [{"message": f"token {value} invalid; you sent {body}"}]}
            return Reply(headers=[("Content-Type", "application/json")], body=_dumps(payload))
        if kind == "graphql_401":
            payload = {"errors": [{"message": f"unauthenticated: {value}"}], "data": None}
            return Reply(401, [("Content-Type", "application/json")], _dumps(payload))
        if kind == "html_error":
            page = f"<html><body><h1>Forbidden</h1><pre>Authorization: {value}</pre></body></html>"
            return Reply(403, [("Content-Type", "text/html")], page.encode())
        return Reply(500, [("Content-Type", "text/plain")], f"boom for {value}".encode())

    return answer


def _dumps(value: Any) -> bytes:
    import json

    return json.dumps(value).encode()


def _echo_clients(url: str) -> list[Any]:
    from b2b_graphql import AxroClient
    from b2b_graphql.hipex import HipexClient
    from b2b_graphql.order41 import Order41Client

    options = quick(retry=None, deadline=5.0)
    return [
        (AxroClient(token=ECHOED_TOKEN, url=url, **options), "user_info", {}),
        (
            Order41Client(
                token=ECHOED_TOKEN,
                email="me@example.com",
                password=ECHO_PASSWORD,
                url=url,
                **options,
            ),
            "list_products_meta",
            {},
        ),
        (HipexClient(token=ECHOED_TOKEN, url=url, **options), "servers", {"limit": 1}),
    ]


def _everything_shown(error: BaseException) -> str:
    from .test_bad_servers import shown

    texts = [shown(error)]
    if isinstance(error, GraphQLResponseError):
        texts += [repr(detail) for detail in error.errors] + [repr(error.data)]
    texts += [str(getattr(error, "body_excerpt", ""))]
    return "\n".join(texts)


@pytest.mark.parametrize("kind", ["graphql_error", "graphql_401", "html_error", "text_500"])
async def test_a_server_quoting_the_credentials_back_leaks_none(
    kind: str, root_debug: Capture
) -> None:
    from .rawhttp import RawServer

    async with RawServer(_echoing(kind)) as server:
        for client, method, arguments in _echo_clients(server.url):
            async with client:
                with pytest.raises(B2BGraphQLError) as caught:
                    await getattr(client, method)(**arguments)
            seen = _everything_shown(caught.value)
            assert ECHOED_TOKEN not in seen and ECHO_PASSWORD not in seen, (
                f"{type(client).__name__}: {seen[:400]}"
            )
            assert "***" in seen or kind == "graphql_401"  # what was quoted is masked
    assert len(server.requests) >= 3
    for text in root_debug.texts:
        assert ECHOED_TOKEN not in text and ECHO_PASSWORD not in text, text[:300]


async def test_a_lost_connection_error_carries_no_httpx_exception(unused_port: int) -> None:
    from b2b_graphql import AxroClient, ConnectError

    async with AxroClient(
        token=ECHOED_TOKEN, url=f"http://127.0.0.1:{unused_port}/gql", **quick()
    ) as client:
        with pytest.raises(ConnectError) as caught:
            await client.user_info()
    error = caught.value
    assert error.__cause__ is None and error.__context__ is None  # no request headers inside
    assert ECHOED_TOKEN not in _everything_shown(error)


async def test_credentials_in_the_endpoint_url_are_never_logged(root_debug: Capture) -> None:
    from b2b_graphql import AxroClient

    from .rawhttp import RawServer, Reply

    user, password, key = "url-user", "URL-PASSWORD-7a6b", "URL-API-KEY-3c4d"
    async with RawServer(lambda r: Reply(body=b'{"data": {"userInfo": null}}')) as server:
        host = server.url.removeprefix("http://")
        url = f"http://{user}:{password}@{host}?api_key={key}&x=1"
        async with AxroClient(token=ECHOED_TOKEN, url=url) as client:
            await client.user_info()
            shown = repr(client) + str(client)
    logged = root_debug.texts
    assert any("HTTP Request: POST" in text for text in logged)  # httpx's INFO line was there
    for secret in (password, key, ECHOED_TOKEN):
        leaks = [text for text in [*logged, shown] if secret in text]
        assert not leaks, leaks[0][:300]
