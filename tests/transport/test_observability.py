"""What a call leaves behind for operators: `logging` records under `b2b_graphql` (operation,
API, attempt, status, duration) and, with `telemetry=`, one OpenTelemetry span per call."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from b2b_graphql import OutcomeUnknownError
from b2b_graphql.sandbox.faults import FaultPlan
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .apis import ApiCase, Conn
from .conftest import quick


@pytest.fixture
def exporter() -> Iterator[tuple[TracerProvider, InMemorySpanExporter]]:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    yield provider, spans
    provider.shutdown()


async def test_each_call_logs_operation_api_attempt_status_and_duration(
    conn: Conn, faults: FaultPlan, api: ApiCase, caplog: pytest.LogCaptureFixture
) -> None:
    faults.inject("http_error", status=503, operation=api.query_operation)
    with caplog.at_level(logging.DEBUG, logger="b2b_graphql"):
        await conn.query()
    attempts = [r for r in caplog.records if getattr(r, "attempt", None) is not None]
    assert [(r.graphql_api, r.graphql_operation, r.attempt, r.status) for r in attempts] == [  # type: ignore[attr-defined]
        (api.name, api.query_operation, 1, 503),
        (api.name, api.query_operation, 2, 200),
    ]
    assert all("duration_ms=" in r.getMessage() for r in attempts)
    retry = [r for r in caplog.records if r.levelno == logging.INFO and "retrying" in r.msg]
    assert len(retry) == 1 and "HTTP 503" in retry[0].getMessage()
    assert all(r.name.startswith("b2b_graphql") for r in attempts + retry)


async def test_a_span_per_call_with_attempts_retries_and_errors(
    api: ApiCase,
    sandbox: RunningSandbox,
    faults: FaultPlan,
    exporter: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    provider, spans = exporter
    options = quick(telemetry=provider)
    async with await api.open(sandbox.url, sandbox.credentials, **options) as conn:
        spans.clear()
        faults.inject("http_error", status=503, operation=api.query_operation)
        await conn.query()
        faults.inject("lose_response", operation=api.mutation_operation)
        with pytest.raises(OutcomeUnknownError):
            await conn.mutation()
    finished = {span.name: span for span in spans.get_finished_spans()}
    query = finished[f"graphql {api.query_operation}"]
    assert query.attributes is not None
    assert query.attributes["graphql.operation.name"] == api.query_operation
    assert query.attributes["graphql.operation.type"] == "query"
    assert query.attributes["b2b_graphql.api"] == api.name
    assert query.attributes["b2b_graphql.attempts"] == 2
    assert query.attributes["http.response.status_code"] == 200
    assert [event.name for event in query.events] == ["retry"]
    assert query.status.status_code is not StatusCode.ERROR

    mutation = finished[f"graphql {api.mutation_operation}"]
    assert mutation.attributes is not None
    assert mutation.attributes["graphql.operation.type"] == "mutation"
    assert mutation.attributes["b2b_graphql.attempts"] == 1
    assert mutation.status.status_code is StatusCode.ERROR
    exception = next(event for event in mutation.events if event.name == "exception")
    assert exception.attributes is not None
    assert exception.attributes["exception.type"].endswith("OutcomeUnknownError")


def test_opentelemetry_is_not_imported_unless_telemetry_is_on() -> None:
    code = (
        "import sys, b2b_graphql\n"
        "from b2b_graphql import AxroClient\n"
        "AxroClient(token='t', url='http://127.0.0.1:9/gql')\n"
        "print(any(m.startswith('opentelemetry') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
