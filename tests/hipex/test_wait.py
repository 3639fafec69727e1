"""Waiting for the server's asynchronous work: server changes and checklists."""

from __future__ import annotations

import time

import pytest

from b2b_graphql import TimeoutError
from b2b_graphql.hipex import HipexClient, HipexWaitTimeout

from .conftest import Private, private_sandbox


async def test_wait_for_the_change_a_mutation_created(private: Private) -> None:
    async with await private.login() as client:
        domain = await client.save_domain({"domain": "wait.example.nl", "host": 3})
        change_row = next(
            c for c in private.state.server_changes.values() if c["entityId"] == domain.id
        )
        assert change_row["finished"] is None  # still running right after the mutation
        change = await client.wait_for_server_change(domain, timeout=5, interval=0.02)
        assert change is not None and change.finished is not None and change.successful
        assert (change.entity_type, change.entity_id, change.action) == (
            "Domain",
            domain.id,
            "create",
        )
        await client.save_domain({"id": domain.id, "backup": True})
        newest = await client.wait_for_server_change(
            entity_type="Domain", entity_id=domain.id, timeout=5, interval=0.02
        )
        assert newest is not None and newest.action == "update" and newest.id > change.id


async def test_an_entity_without_changes_is_done_at_once(private: Private) -> None:
    async with await private.login() as client:
        started = time.monotonic()
        assert await client.wait_for_server_change(entity_type="Domain", entity_id=999) is None
        assert time.monotonic() - started < 1
        with pytest.raises(ValueError):
            await client.wait_for_server_change()


async def test_waiting_times_out_with_a_typed_error() -> None:
    with private_sandbox(change_delay=60) as sandbox:
        async with await sandbox.login() as client:
            domain = await client.save_domain({"domain": "slow.example.nl", "host": 2})
            before = sandbox.app.request_count
            started = time.monotonic()
            with pytest.raises(HipexWaitTimeout) as caught:
                await client.wait_for_server_change(domain, timeout=0.3, interval=0.05)
            elapsed = time.monotonic() - started
            polls = sandbox.app.request_count - before
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert 0.3 <= elapsed < 5
    # polled again and again, but never more often than every 0.05 s
    assert 2 <= polls <= 0.3 / 0.05 + 2 and error.attempts == polls
    assert error.last is not None and error.last.finished is None
    assert "not finished after 0.3s" in str(error)


async def test_wait_for_a_checklist(private: Private) -> None:
    async with await private.login() as client:
        started = (await client.start_checklist(checklist={"domainId": 2})).checklist_start
        assert started is not None and started.finished is None
        assert started.status == "pending"
        done = await client.wait_for_checklist(started, timeout=5, interval=0.02)
        assert done.id == started.id and done.finished is not None and done.status == "good"
        assert done.groups and done.groups[0] and done.groups[0].title == "security"


async def test_a_checklist_that_never_finishes_times_out() -> None:
    with private_sandbox(checklist_delay=60) as sandbox:
        async with await sandbox.login() as client:
            started = (await client.start_checklist(checklist={"domainId": 1})).checklist_start
            assert started is not None
            with pytest.raises(HipexWaitTimeout) as caught:
                await client.wait_for_checklist(started.id, timeout=0.2, interval=0.05)
            assert caught.value.last is not None and caught.value.last.id == started.id
            with pytest.raises(HipexWaitTimeout, match="not found"):
                await client.wait_for_checklist(4242, timeout=0.1, interval=0.05)


async def test_intervals_must_be_positive(hipex: HipexClient) -> None:
    with pytest.raises(ValueError):
        await hipex.wait_for_checklist(1, interval=0)
