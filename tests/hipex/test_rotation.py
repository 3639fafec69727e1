"""The rotating `Authorization` token: adoption, ordering under concurrency, grace periods."""

from __future__ import annotations

import asyncio

import pytest

from b2b_graphql import HipexFormValidationError, HTTPStatusError

from .conftest import private_sandbox, raw_query


async def test_every_response_brings_a_new_token_and_the_client_follows() -> None:
    with private_sandbox(rotate_every=1) as sandbox:
        async with await sandbox.login() as client:
            seen = []
            for _ in range(3):
                await client.servers(limit=1)
                token = client.auth.token
                assert token is not None
                seen.append(token.reveal())
                assert sandbox.state.current_tokens() == [token.reveal()]
            assert len(set(seen)) == 3
            assert client.auth.generation == 4  # login + three rotations


async def test_rotation_every_n_responses() -> None:
    with private_sandbox(rotate_every=3) as sandbox:
        async with await sandbox.login() as client:
            generations = []
            for _ in range(6):
                await client.servers(limit=1)
                generations.append(client.auth.generation)
            assert generations == [1, 1, 2, 2, 2, 3]


async def test_rotation_on_a_timer() -> None:
    with private_sandbox(rotate_every=None, rotate_after=1.0) as sandbox:
        async with await sandbox.login() as client:
            await client.servers(limit=1)
            assert client.auth.generation == 1
            await asyncio.sleep(1.05)
            await client.servers(limit=1)
            assert client.auth.generation == 2
            token = client.auth.token
            assert token is not None and sandbox.state.token_status(token.reveal()) == "current"


async def test_200_concurrent_queries_while_every_response_rotates() -> None:
    with private_sandbox(rotate_every=1, grace=30.0) as sandbox:
        async with await sandbox.login() as client:
            results = await asyncio.gather(*(client.servers() for _ in range(200)))
            # a request with a refused token would come back empty, not fail
            assert all(len(r.server or []) == len(sandbox.state.servers) for r in results)
            assert sandbox.state.rejected == 0
            assert sandbox.state.tokens_issued >= 201
            token = client.auth.token
            assert token is not None
            assert sandbox.state.token_status(token.reveal()) in ("current", "grace")
            assert client.auth.generation > 1
            data, _ = await raw_query(sandbox.url, token.reveal())
            assert len(data["Server"]) == len(sandbox.state.servers)
            # and the client carries on with it
            after = await asyncio.gather(*(client.servers(limit=1) for _ in range(20)))
            assert all(r.server for r in after) and sandbox.state.rejected == 0


async def test_a_late_response_cannot_put_back_an_older_token() -> None:
    with private_sandbox(wrap=True, rotate_every=1, grace=30.0) as sandbox:
        async with await sandbox.login() as client:
            # The slow request (sent with T0) is answered at once (the server rotates: T1) but
            # its response is held back; meanwhile a request sent with T0 gets T2, and one sent
            # with T2 gets T3. T1, from a request that carried an older token, must not win.
            slow = asyncio.create_task(client.servers(headers={"X-Test-Delay": "1.5"}))
            await asyncio.sleep(0.5)
            await client.servers(limit=1)
            await client.servers(limit=1)
            newer = client.auth.token
            assert newer is not None
            result = await slow
            assert result.server  # its token was still accepted (grace)
            assert client.auth.token == newer
            assert sandbox.state.current_tokens() == [newer.reveal()]
            assert sandbox.state.tokens_issued == 4  # login, slow (T1), T2, T3


async def test_among_requests_with_the_same_token_the_last_response_to_arrive_wins() -> None:
    with private_sandbox(wrap=True, rotate_every=1, grace=30.0) as sandbox:
        async with await sandbox.login() as client:
            # Both carry T0. The server answers the first (T1) after a delay, so its response
            # arrives last; the rule follows arrival (see BENCHMARKS.md for why).
            fast_first = asyncio.create_task(client.servers(limit=1))
            await fast_first
            fast = client.auth.token
            slow = asyncio.create_task(client.servers(headers={"X-Test-Delay": "0.3"}))
            await slow
            assert client.auth.token != fast
            token = client.auth.token
            assert token is not None and sandbox.state.token_status(token.reveal()) == "current"


async def test_a_burst_then_the_grace_period_does_not_leave_a_dead_session() -> None:
    with private_sandbox(rotate_every=1, grace=1.0) as sandbox:
        async with await sandbox.login() as client:
            for _ in range(3):
                results = await asyncio.gather(*(client.servers() for _ in range(50)))
                assert all(r.server for r in results)
                await asyncio.sleep(1.05)  # every replaced token is now refused
                # whichever token the client holds, the next query gets the real answer: a
                # current token just works; a dead one is noticed (empty, no new token, the
                # probe finds nothing) and the client logs in again once
                assert len((await client.servers()).server or []) == len(sandbox.state.servers)
            assert client.auth.relogins <= 3


async def test_a_dead_session_is_noticed_and_repaired_once_for_all_waiters() -> None:
    with private_sandbox(rotate_every=1, grace=30.0) as sandbox:
        async with await sandbox.login() as client:
            sandbox.state.revoke_all()
            results = await asyncio.gather(*(client.servers() for _ in range(10)))
            assert all(len(r.server or []) == len(sandbox.state.servers) for r in results)
            assert client.auth.relogins == 1
            assert sandbox.app.mutation_counts["Login"] == 2


async def test_error_responses_rotate_the_token_too() -> None:
    with private_sandbox(wrap=True, rotate_every=1) as sandbox:
        async with await sandbox.login() as client:
            before = client.auth.generation
            with pytest.raises(HipexFormValidationError):
                await client.save_domain({"domain": "not a host", "host": 2})
            assert client.auth.generation == before + 1
            with pytest.raises(HTTPStatusError) as caught:
                await client.servers(headers={"X-Test-Status": "500"})
            assert caught.value.status == 500
            assert client.auth.generation == before + 2
            token = client.auth.token
            assert token is not None and sandbox.state.current_tokens() == [token.reveal()]


async def test_a_replaced_token_works_for_the_grace_period_only() -> None:
    with private_sandbox(rotate_every=1, grace=1.0) as sandbox:
        async with await sandbox.login() as client:
            first = client.auth.token
            assert first is not None
            await client.servers(limit=1)  # rotates: `first` is now in its grace period
            assert sandbox.state.token_status(first.reveal()) == "grace"
            data, _ = await raw_query(sandbox.url, first.reveal())
            assert data["Server"] and sandbox.state.rejected == 0
            await asyncio.sleep(1.05)
            assert sandbox.state.token_status(first.reveal()) == "expired"
            data, header = await raw_query(sandbox.url, first.reveal())
            assert data["Server"] == [] and header is None
            assert sandbox.state.rejected == 1


async def test_a_caller_supplied_authorization_header_is_left_alone() -> None:
    with private_sandbox(rotate_every=1) as sandbox:
        async with await sandbox.login() as client, await sandbox.login() as other:
            mine = client.auth.token
            theirs = other.auth.token
            assert mine is not None and theirs is not None
            result = await client.servers(headers={"Authorization": theirs.reveal()})
            assert result.server  # sent with the other session's token
            assert client.auth.token == mine  # and its rotation did not leak into ours
