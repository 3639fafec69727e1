"""The base client's own rules, case by case: which documents count as mutations, how long to
wait before a retry, and the corners of sending (caller's HTTP client, odd URLs, variables that
cannot be sent, tracing hooks). Network cases talk to the AXRO sandbox on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from axro_gql import AxroGeneratedClient

from b2b_graphql import (
    AxroClient,
    ConnectError,
    HTTPStatusError,
    InputValidationError,
    ResponseFormatError,
    RetryPolicy,
)
from b2b_graphql._client import is_mutation
from b2b_graphql._retry import parse_retry_after
from b2b_graphql._transport import DEFAULT_TIMEOUT, timeout_within
from b2b_graphql.sandbox.faults import FaultPlan
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .apis import ApiCase, Conn
from .conftest import Sandboxes

# -- which documents are mutations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "operation", "expected"),
    [
        ("mutation m { a }", None, True),
        ("  # a comment\n, mutation m { a }", None, True),
        ("\ufeffmutation m { a }", None, True),  # a byte-order mark is ignored
        ("query q { a }", None, False),
        ("{ mutationLog }", None, False),
        ("fragment F on Mutation { a } mutation m { ...F }", None, True),
        ("query q { a } mutation m { b }", "q", False),
        ("query q { a } mutation m { b }", "m", True),
        ("query q { a } mutation m { b }", None, True),  # ambiguous: assume the worst
        ("mutation m { a } query q { b }", "q", False),
        ("mutation {", None, True),  # unparseable: never retried by mistake
        ("subscription s { a }", None, False),
    ],
)
def test_which_documents_are_mutations(
    document: str, operation: str | None, expected: bool
) -> None:
    assert is_mutation(document, operation) is expected


# -- waiting before a retry ---------------------------------------------------------------------


def test_backoff_is_full_jitter_under_the_cap_and_at_least_retry_after() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_cap=2.0)
    waits = [policy.backoff(attempt) for attempt in (1, 2, 3, 10, 100, 5000) for _ in range(50)]
    assert all(0 <= wait <= 2.0 for wait in waits) and len(set(waits)) > 100
    assert all(0 <= policy.backoff(1) <= 0.5 for _ in range(50))
    assert all(policy.backoff(3, retry_after=7.0) >= 7.0 for _ in range(20))


@pytest.mark.parametrize(
    ("header", "low", "high"),
    [("3", 3.0, 3.0), ("0.5", 0.5, 0.5), ("-4", 0.0, 0.0), ("0", 0.0, 0.0)],
)
def test_retry_after_in_seconds(header: str, low: float, high: float) -> None:
    seconds = parse_retry_after(httpx.Response(429, headers={"retry-after": header}))
    assert seconds is not None and low <= seconds <= high


@pytest.mark.parametrize(("offset", "low", "high"), [(30, 25.0, 31.0), (-86400, 0.0, 0.0)])
def test_retry_after_as_an_http_date(offset: int, low: float, high: float) -> None:
    header = format_datetime(datetime.now(UTC) + timedelta(seconds=offset), usegmt=True)
    seconds = parse_retry_after(httpx.Response(429, headers={"retry-after": header}))
    assert seconds is not None and low <= seconds <= high


@pytest.mark.parametrize("header", ["soon", "inf", "nan", "1e999", "Mon, 99 Foo 2026"])
def test_unreadable_retry_after_is_ignored(header: str) -> None:
    assert parse_retry_after(httpx.Response(503, headers={"retry-after": header})) is None


async def test_a_retry_after_longer_than_the_policy_allows_is_not_waited_for(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    conn.client.deadline = None  # no deadline: only max_retry_after stops an hour-long wait
    faults.inject("rate_limit", count=3, retry_after=3600, operation=api.query_operation)
    with pytest.raises(HTTPStatusError) as caught:
        await conn.query()
    assert caught.value.status == 429 and caught.value.retry_after == 3600
    assert faults.requests[api.query_operation] == 1


async def test_an_undecodable_body_is_a_response_format_error(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("bad_encoding", operation=api.query_operation)
    with pytest.raises(ResponseFormatError) as caught:
        await conn.query()
    assert "could not be decoded" in str(caught.value)
    assert caught.value.operation == api.query_operation


# -- corners of sending -------------------------------------------------------------------------


@pytest.fixture
def axro(sandboxes: Sandboxes) -> RunningSandbox:
    return sandboxes.get("axro")


async def test_headers_given_with_a_callers_http_client_are_sent(axro: RunningSandbox) -> None:
    async with httpx.AsyncClient() as http:
        client = AxroGeneratedClient(
            url=axro.url, http_client=http, headers={"Authorization": f"Bearer {axro.token}"}
        )
        assert (await client.user_info()).user_info.email
        await client.aclose()  # not ours to close: the caller's client keeps working
        assert (await http.get(axro.url)).status_code == 200


async def test_httpx_keywords_are_not_call_options(axro: RunningSandbox) -> None:
    # httpx's own per-request keywords (`extensions`, `auth`, ...) are not ours to forward: a
    # typo or a stray keyword is refused by name instead of failing inside httpx.
    async with AxroClient(token=axro.token, url=axro.url) as client:
        with pytest.raises(InputValidationError) as caught:
            await client.user_info(extensions={})  # type: ignore[call-arg]
    assert caught.value.field == "extensions"


async def test_an_unsupported_url_scheme_fails_at_once() -> None:
    async with AxroClient(token="t", url="ftp://127.0.0.1/gql") as client:
        with pytest.raises(ConnectError) as caught:
            await client.user_info()
    assert caught.value.attempts == 1 and "UnsupportedProtocol" in str(caught.value)


def test_a_malformed_url_is_an_input_error_before_anything_is_built() -> None:
    with pytest.raises(InputValidationError) as caught:
        AxroClient(token="t", url="http://exa\x00mple/gql")
    assert caught.value.field == "url" and "not a valid URL" in str(caught.value)
    with pytest.raises(InputValidationError) as caught:
        AxroClient(token="t", url="http://user:PASSWORD@host:badport/gql")
    assert "PASSWORD" not in str(caught.value) and caught.value.__context__ is None


async def test_the_next_call_goes_to_a_changed_url(axro: RunningSandbox) -> None:
    async with AxroClient(token=axro.token, url="http://127.0.0.1:9/gql") as client:
        client.url = axro.url
        assert client.url == axro.url and axro.url in repr(client)
        assert (await client.user_info()).user_info.email


async def test_variables_that_cannot_be_sent_are_an_input_error() -> None:
    async with AxroClient(token="t", url="http://127.0.0.1:9/gql") as client:
        with pytest.raises(InputValidationError) as caught:
            await client.execute("query q($x: String) { a }", "q", {"x": object()})
    assert caught.value.field == "variables"


async def test_each_request_carries_our_headers_once_and_a_callers_win(
    axro: RunningSandbox,
) -> None:
    sent: list[httpx.Headers] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request.headers)

    async with AxroClient(token=axro.token, url=axro.url) as client:
        client.http_client.event_hooks["request"].append(record)
        await client.user_info()
        await client.user_info(headers={"Accept": "application/json"})
    first, second = sent
    assert first.get_list("accept") == ["application/graphql-response+json, application/json;q=0.9"]
    assert first.get_list("content-type") == ["application/json"]
    assert first.get_list("authorization") == [f"Bearer {axro.token}"]
    assert second.get_list("accept") == ["application/json"]


def test_a_phase_timeout_is_capped_only_when_the_deadline_is_nearer() -> None:
    assert timeout_within(DEFAULT_TIMEOUT, None) is DEFAULT_TIMEOUT
    assert timeout_within(DEFAULT_TIMEOUT, 60.0) is DEFAULT_TIMEOUT  # nothing to cap: no copy
    capped = timeout_within(DEFAULT_TIMEOUT, 7.0)
    assert (capped.connect, capped.read, capped.write, capped.pool) == (5.0, 7.0, 7.0, 7.0)
    unbounded = timeout_within(httpx.Timeout(None), 3.0)
    assert (unbounded.connect, unbounded.read, unbounded.write, unbounded.pool) == (3.0,) * 4


def test_creating_a_client_loads_neither_the_connection_pool_nor_asyncio() -> None:
    """The TLS context and httpcore come with the first request (`DeferredTransport`), and
    asyncio with the first call: a program that only builds clients or parses models does not
    pay ~0.1 s for them."""
    code = (
        "import sys\n"
        "from b2b_graphql import AxroClient\n"
        "import order41_gql, hipex_gql\n"
        "AxroClient(token='t', url='https://example.test/gql')\n"
        "order41_gql.Order41GeneratedClient(url='https://example.test/gql')\n"
        "hipex_gql.HipexGeneratedClient(url='https://example.test/gql')\n"
        "print(sorted(m for m in ('asyncio', 'httpcore', 'h11') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


async def test_the_connection_pool_is_built_by_the_first_request(axro: RunningSandbox) -> None:
    client = AxroClient(token=axro.token, url=axro.url)
    transport = client.http_client._transport
    assert "not built yet" in repr(transport)
    await client.aclose()  # closing a client that never sent builds nothing
    assert "not built yet" in repr(transport)
    async with AxroClient(token=axro.token, url=axro.url) as client:
        assert (await client.user_info()).user_info.email
        assert "not built" not in repr(client.http_client._transport)


def test_reprs_hide_credentials_in_the_url() -> None:
    client = AxroClient(token="t0k3n-secret", url="https://user:pa55word@example.test/gql?key=k3y")
    shown = repr(client) + str(client) + repr(client._auth)
    assert "pa55word" not in shown and "k3y" not in shown and "t0k3n-secret" not in shown
    assert "example.test/gql" in shown


def test_request_timeout_error_no_longer_shadows_the_builtin() -> None:
    import builtins

    import b2b_graphql

    assert issubclass(b2b_graphql.RequestTimeoutError, builtins.TimeoutError)
    assert issubclass(b2b_graphql.RequestTimeoutError, b2b_graphql.TransportError)
    assert b2b_graphql.TimeoutError is b2b_graphql.RequestTimeoutError  # the old name, one release
    assert "TimeoutError" in (b2b_graphql.__doc__ or "")
