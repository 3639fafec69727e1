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
    ("malformed_json", {}),
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
        client, auth = conn.client, conn.client.http_client.auth
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
