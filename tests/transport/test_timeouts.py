"""Timeouts per client and per call, and the per-call deadline that retries respect, against a
server that stalls (answers late) or trickles (answers slowly, a few bytes at a time)."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from b2b_graphql import OutcomeUnknownError, RetryPolicy, TimeoutError
from b2b_graphql.sandbox.faults import FaultPlan
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .apis import ApiCase, Conn
from .conftest import mutation_count, quick


async def test_a_per_call_timeout_cuts_a_stalled_attempt_and_the_retry_succeeds(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("stall", seconds=5, operation=api.query_operation)
    started = time.monotonic()
    assert await conn.query(timeout=0.3) is not None
    assert time.monotonic() - started >= 0.3
    assert faults.requests[api.query_operation] == 2


async def test_a_stall_past_every_attempt_is_a_timeout_error(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("stall", count=10, seconds=5, operation=api.query_operation)
    with pytest.raises(TimeoutError) as caught:
        await conn.query(timeout=0.1)
    assert caught.value.attempts == 4 and caught.value.operation == api.query_operation
    assert "ReadTimeout" in str(caught.value)


async def test_the_client_timeout_applies_when_the_call_sets_none(
    api: ApiCase, sandbox: RunningSandbox, faults: FaultPlan
) -> None:
    options = quick(timeout=httpx.Timeout(5.0, read=0.2), retry=RetryPolicy(max_attempts=1))
    async with await api.open(sandbox.url, sandbox.credentials, **options) as conn:
        faults.inject("stall", seconds=5, operation=api.query_operation)
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            await conn.query()
        assert time.monotonic() - started >= 0.2
        # ...and a per-call timeout overrides it: this attempt waits out a 0.4 s stall.
        faults.inject("stall", seconds=0.4, operation=api.query_operation)
        started = time.monotonic()
        assert await conn.query(timeout=3.0) is not None
        assert time.monotonic() - started >= 0.4
        assert faults.requests[api.query_operation] == 2


async def test_the_deadline_bounds_the_whole_call_retries_included(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("stall", count=50, seconds=5, operation=api.query_operation)
    conn.client.retry = RetryPolicy(max_attempts=50, backoff_base=0.01, backoff_cap=0.02)
    started = time.monotonic()
    with pytest.raises(TimeoutError) as caught:
        await conn.query(timeout=0.15, deadline=0.5)
    assert time.monotonic() - started >= 0.45
    attempts = caught.value.attempts
    assert 2 <= attempts < 50  # retried until the deadline ran out, not until max_attempts
    # The last attempt may be cut off before the server has even read it.
    assert attempts - 1 <= faults.requests[api.query_operation] <= attempts


async def test_the_deadline_stops_a_server_that_trickles_its_answer(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    # Bytes arrive every ~0.1 s, so a 0.4 s read timeout never fires: only the deadline can
    # stop a call that would otherwise take 3 s.
    faults.inject("trickle", seconds=3, operation=api.query_operation)
    started = time.monotonic()
    with pytest.raises(TimeoutError) as caught:
        await conn.query(timeout=0.4, deadline=0.6)
    assert time.monotonic() - started >= 0.55
    assert "deadline of 0.6s exceeded" in str(caught.value)
    # The same trickle inside the deadline is just a slow answer.
    faults.inject("trickle", seconds=0.2, operation=api.query_operation)
    assert await conn.query(timeout=0.4, deadline=5.0) is not None


async def test_a_stalled_mutation_times_out_as_outcome_unknown_and_is_not_resent(
    conn: Conn, faults: FaultPlan, sandbox: RunningSandbox, api: ApiCase
) -> None:
    before = mutation_count(sandbox, api)
    faults.inject("stall", count=5, seconds=0.4, operation=api.mutation_operation)
    with pytest.raises(OutcomeUnknownError) as caught:
        await conn.mutation(timeout=0.15)
    assert caught.value.attempts == 1
    assert faults.requests[api.mutation_operation] == 1
    # The server saw the client hang up during the stall and dropped the request: after the
    # stall would have ended, the mutation has still not run.
    await asyncio.sleep(0.5)
    assert mutation_count(sandbox, api) == before


async def test_a_mutation_cut_by_the_deadline_is_outcome_unknown(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    faults.inject("trickle", seconds=3, operation=api.mutation_operation)
    with pytest.raises(OutcomeUnknownError) as caught:
        await conn.mutation(timeout=1.0, deadline=0.4)
    assert "deadline" in str(caught.value)
    assert faults.requests[api.mutation_operation] == 1
