"""Every fault the sandbox can inject, against every API: what is retried, what is not, and the
typed error a caller gets when the fault does not clear. Real HTTP to 127.0.0.1 throughout;
the server-side counters (`faults.requests`: requests per operation that reached the server,
`mutation_counts`: mutations executed) say what actually happened on the wire."""

from __future__ import annotations

import time

import pytest
from pydantic import ValidationError

from b2b_graphql import (
    B2BGraphQLError,
    ConnectError,
    GraphQLResponseError,
    HTTPStatusError,
    OutcomeUnknownError,
    ResponseFormatError,
    ResponseShapeError,
    TransportError,
)
from b2b_graphql.sandbox.faults import FaultPlan
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .apis import ApiCase, Conn
from .conftest import mutation_count

# -- queries: retried until the fault clears ---------------------------------------------------


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_a_query_survives_a_burst_of_gateway_errors(
    conn: Conn, faults: FaultPlan, api: ApiCase, status: int
) -> None:
    faults.inject("http_error", count=3, status=status, operation=api.query_operation)
    assert await conn.query() is not None
    assert faults.requests[api.query_operation] == 4
    assert faults.fired["http_error"] == 3


async def test_a_burst_longer_than_the_attempts_is_an_http_status_error(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("http_error", count=10, status=503, operation=api.query_operation)
    with pytest.raises(HTTPStatusError) as caught:
        await conn.query()
    assert caught.value.status == 503
    assert caught.value.operation == api.query_operation
    assert "503 Service Unavailable" in caught.value.body_excerpt
    assert faults.requests[api.query_operation] == 4  # max_attempts, then the last answer


async def test_a_500_is_not_retried(conn: Conn, faults: FaultPlan, api: ApiCase) -> None:
    faults.inject("http_error", count=2, status=500, operation=api.query_operation)
    with pytest.raises(HTTPStatusError) as caught:
        await conn.query()
    assert caught.value.status == 500
    assert faults.requests[api.query_operation] == 1


async def test_retry_after_is_honoured(conn: Conn, faults: FaultPlan, api: ApiCase) -> None:
    faults.inject("rate_limit", retry_after=1, operation=api.query_operation)
    started = time.monotonic()
    assert await conn.query() is not None
    # The test policy backs off for milliseconds: only the header explains a 1 s wait.
    assert time.monotonic() - started >= 0.95
    assert faults.requests[api.query_operation] == 2


async def test_a_retry_after_past_the_deadline_fails_at_once(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("rate_limit", count=5, retry_after=30, operation=api.query_operation)
    with pytest.raises(HTTPStatusError) as caught:
        await conn.query(deadline=5)
    assert caught.value.status == 429 and caught.value.retry_after == 30
    assert faults.requests[api.query_operation] == 1


@pytest.mark.parametrize("kind", ["reset", "lose_response"])
async def test_a_query_survives_broken_connections(
    conn: Conn, faults: FaultPlan, api: ApiCase, kind: str
) -> None:
    faults.inject(kind, count=3, operation=api.query_operation)
    assert await conn.query() is not None
    assert faults.requests[api.query_operation] == 4


@pytest.mark.parametrize("kind", ["reset", "lose_response"])
async def test_connections_broken_on_every_attempt_are_a_transport_error(
    conn: Conn, faults: FaultPlan, api: ApiCase, kind: str
) -> None:
    faults.inject(kind, count=10, operation=api.query_operation)
    with pytest.raises(TransportError) as caught:
        await conn.query()
    error = caught.value
    assert type(error) is TransportError  # not ConnectError: the request was sent
    assert error.attempts == 4 and error.operation == api.query_operation
    assert faults.requests[api.query_operation] == 4


async def test_connection_refused_is_a_connect_error(
    conn: Conn, api: ApiCase, unused_port: int
) -> None:
    conn.client.url = f"http://127.0.0.1:{unused_port}/graphql"
    with pytest.raises(ConnectError) as caught:
        await conn.query()
    assert caught.value.attempts == 4  # queries are retried
    with pytest.raises(ConnectError) as caught:
        await conn.mutation()
    # Never sent, so not "outcome unknown"; and mutations are not retried automatically.
    assert caught.value.attempts == 1


# -- mutations: never sent twice ----------------------------------------------------------------

MUTATION_FAULTS = [
    ("http_error", {"status": 503}, HTTPStatusError, 0),
    ("http_error", {"status": 502}, OutcomeUnknownError, 0),  # a gateway lost the answer
    ("http_error", {"status": 504}, OutcomeUnknownError, 0),
    ("rate_limit", {"retry_after": 0}, HTTPStatusError, 0),
    ("reset", {}, OutcomeUnknownError, 0),
    ("reset", {"execute": True}, OutcomeUnknownError, 1),
    ("lose_response", {}, OutcomeUnknownError, 1),
    # a 200 body cut off: the answer is lost as surely as a dropped connection's (issue 16)
    ("malformed_json", {}, OutcomeUnknownError, 0),
    ("html", {}, ResponseFormatError, 0),
    ("graphql_error", {"status": 500}, GraphQLResponseError, 0),
]


@pytest.mark.parametrize(
    ("kind", "params", "error", "executed"),
    MUTATION_FAULTS,
    ids=[f"{kind}-{'-'.join(map(str, params.values()))}" for kind, params, *_ in MUTATION_FAULTS],
)
async def test_a_mutation_is_sent_once_whatever_the_fault(
    conn: Conn,
    faults: FaultPlan,
    sandbox: RunningSandbox,
    api: ApiCase,
    kind: str,
    params: dict[str, object],
    error: type[B2BGraphQLError],
    executed: int,
) -> None:
    before = mutation_count(sandbox, api)
    faults.inject(kind, count=5, operation=api.mutation_operation, **params)
    with pytest.raises(error):
        await conn.mutation()
    assert faults.requests[api.mutation_operation] == 1
    assert mutation_count(sandbox, api) - before == executed


async def test_a_lost_response_leaves_the_outcome_unknown_but_the_mutation_done(
    conn: Conn, faults: FaultPlan, sandbox: RunningSandbox, api: ApiCase
) -> None:
    before = mutation_count(sandbox, api)
    faults.inject("lose_response", operation=api.mutation_operation)
    with pytest.raises(OutcomeUnknownError) as caught:
        await conn.mutation()
    assert caught.value.operation == api.mutation_operation and caught.value.attempts == 1
    assert "may or may not have taken effect" in str(caught.value)
    assert mutation_count(sandbox, api) - before == 1  # it did arrive, exactly once


async def test_retry_mutation_opts_in_to_retries(
    conn: Conn, faults: FaultPlan, sandbox: RunningSandbox, api: ApiCase
) -> None:
    before = mutation_count(sandbox, api)
    faults.inject("http_error", status=503, operation=api.mutation_operation)
    await conn.mutation(retry_mutation=True)
    assert faults.requests[api.mutation_operation] == 2
    assert mutation_count(sandbox, api) - before == 1
    # A lost response is retried too when the caller says the mutation is idempotent: the
    # server then executes it twice, which is exactly what opting in accepts.
    faults.inject("lose_response", operation=api.mutation_operation)
    await conn.mutation(retry_mutation=True)
    assert faults.requests[api.mutation_operation] == 4
    assert mutation_count(sandbox, api) - before == 3


# -- answers that are not GraphQL responses ----------------------------------------------------


async def test_a_query_whose_body_is_cut_off_is_retried(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("malformed_json", operation=api.query_operation)
    assert await conn.query() is not None
    assert faults.requests[api.query_operation] == 2


async def test_a_body_cut_off_on_every_attempt_is_a_response_format_error(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("malformed_json", count=10, operation=api.query_operation)
    with pytest.raises(ResponseFormatError) as caught:
        await conn.query()
    assert caught.value.status == 200 and "cut off" in str(caught.value)
    assert caught.value.body_excerpt.startswith('{"data": {"truncated"')
    assert faults.requests[api.query_operation] == 4  # every attempt the policy allows


async def test_an_html_page_is_a_response_format_error_quoting_it(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("html", operation=api.query_operation)
    with pytest.raises(ResponseFormatError) as caught:
        await conn.query()
    error = caught.value
    assert error.status == 200 and error.operation == api.query_operation
    assert error.body_excerpt.startswith("<!DOCTYPE html>")
    assert "text/html" in str(error) and "<!DOCTYPE html>" in str(error)


async def test_an_html_gateway_page_is_retried_then_an_http_status_error(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("html", count=10, status=502, operation=api.query_operation)
    with pytest.raises(HTTPStatusError) as caught:
        await conn.query()
    assert caught.value.status == 502
    assert "<title>502 Bad Gateway</title>" in caught.value.body_excerpt
    assert faults.requests[api.query_operation] == 4


@pytest.mark.parametrize("status", [400, 422, 500])
async def test_graphql_errors_in_a_4xx_or_5xx_body_are_read(
    conn: Conn, faults: FaultPlan, api: ApiCase, status: int
) -> None:
    partial = {api.query_field: None}
    faults.inject(
        "graphql_error",
        status=status,
        message="the planner is down",
        code="PLANNER_DOWN",
        path=(api.query_field, 0),
        data=partial,
        operation=api.query_operation,
    )
    with pytest.raises(GraphQLResponseError) as caught:
        await conn.query()
    error = caught.value
    assert error.status == status and error.operation == api.query_operation
    assert error.codes == ["PLANNER_DOWN"]
    assert error.errors[0].message == "the planner is down"
    assert error.errors[0].path == (api.query_field, 0)
    assert error.data == partial
    assert f"the planner is down (at {api.query_field}.0)" in str(error)
    assert faults.requests[api.query_operation] == 1  # GraphQL errors are not retried


async def test_a_response_of_the_wrong_shape_names_operation_and_path(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("wrong_shape", operation=api.query_operation)
    with pytest.raises(ResponseShapeError) as caught:
        await conn.query()
    error = caught.value
    assert error.operation == api.query_operation
    assert error.path[0] == api.query_field and len(error.path) >= 2
    assert isinstance(error.validation_error, ValidationError)
    where = ".".join(map(str, error.path))
    assert f"response to {api.query_operation} does not match its model at {where}" in str(error)


async def test_a_dropped_authorization_header_does_not_break_the_session(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    auth = conn.client._auth
    rotating = api.tokens_in_responses  # Hipex: every answer may bring the next token
    before = auth.generation if rotating else None
    faults.inject("drop_auth_header", operation=api.query_operation)
    assert await conn.query() is not None
    if rotating:  # the server rotated the token, but the client never heard of it
        assert auth.generation == before
    assert await conn.query() is not None
    assert await conn.mutation() is not None
    if rotating:  # the next answers moved the client on to a new token
        assert auth.generation > before
    assert faults.fired["drop_auth_header"] == 1
