"""A bounded load test on loopback: 2,000 calls across the available clients, 200 at a time,
with faults injected into 10% of the responses (seeded).

Each sandbox runs in its own process (so the client has a core to itself and its memory is
measured alone) behind the fault injector, driven over HTTP. What must hold:

- every failure is a `B2BGraphQLError` subclass: no unhandled exception of any other type;
- no mutation was sent twice (requests that reached the server per mutation operation <= calls
  made) nor executed twice (`mutation_counts` <= calls), and every success was executed;
- memory stays flat: after a warm-up, the second half of the traced calls leaves no more
  memory behind than a generous bound.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from b2b_graphql import B2BGraphQLError, RetryPolicy

from .apis import CASES, Conn

TOTAL_CALLS = 2000
CONCURRENCY = 200
FAULT_RATE = 0.1
SEED = 20261123
WARM_UP = 1400  # untraced (tracemalloc slows every allocation); then two traced halves of 300
GROWTH_BOUND = 1_000_000  # bytes the second traced half may leave behind (~10x what it does)
LOAD_FAULTS: list[dict[str, Any]] = [
    {"kind": "http_error", "status": 503},
    {"kind": "http_error", "status": 502},
    {"kind": "rate_limit", "retry_after": 0},
    {"kind": "reset"},
    {"kind": "reset", "execute": True},
    {"kind": "lose_response"},
    {"kind": "stall", "seconds": 2.0},
    {"kind": "trickle", "seconds": 0.5},
    {"kind": "malformed_json"},
    {"kind": "html"},
    {"kind": "graphql_error", "status": 500},
    {"kind": "wrong_shape"},
    {"kind": "drop_auth_header"},
    {"kind": "bad_encoding"},
]
#: What the faults above may legitimately end in. An auth error here would mean a fault broke a
#: session (e.g. a lost Hipex token rotation), which must not happen.
EXPECTED_FAILURES = {
    "GraphQLResponseError",
    "HTTPStatusError",
    "OutcomeUnknownError",
    "ResponseFormatError",
    "ResponseShapeError",
    "TimeoutError",
    "TransportError",
}


class Remote:
    """A sandbox in a child process."""

    def __init__(self, name: str, process: subprocess.Popen[str], info: dict[str, Any]) -> None:
        self.name = name
        self.process = process
        self.url: str = info["url"]
        self.credentials: dict[str, str] = info["credentials"]
        base = httpx.URL(self.url)
        self.control = str(base.copy_with(path="/__sandbox__/faults"))

    async def command(self, body: dict[str, Any] | None = None) -> dict[str, Any]:
        async with httpx.AsyncClient(timeout=10) as http:
            if body is None:
                response = await http.get(self.control)
            else:
                response = await http.post(self.control, json=body)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


@contextmanager
def remote_sandboxes(names: list[str]) -> Iterator[dict[str, Remote]]:
    """Start one child process per sandbox (all at once), stop them all afterwards."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "b2b_graphql", "sandbox"]
    processes = {
        name: subprocess.Popen(
            [*command, name, "--json"], stdout=subprocess.PIPE, text=True, env=env
        )
        for name in names
    }
    try:
        remotes = {}
        for name, process in processes.items():
            assert process.stdout is not None
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"the {name} sandbox process exited before listening")
            remotes[name] = Remote(name, process, json.loads(line))
        yield remotes
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover - a wedged child
                process.kill()
                process.wait()


class Tally:
    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.unhandled: list[BaseException] = []
        self.mutations = 0
        self.mutation_successes = 0


async def run_calls(conns: list[Conn], tallies: dict[str, Tally], start: int, stop: int) -> None:
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one(index: int) -> None:
        conn = conns[index % len(conns)]
        tally = tallies[conn.case.name]
        mutation = (index // len(conns)) % 10 == 0
        async with semaphore:
            try:
                if mutation:
                    tally.mutations += 1
                    await conn.mutation()
                    tally.mutation_successes += 1
                else:
                    await conn.query()
            except B2BGraphQLError as error:
                tally.outcomes[type(error).__name__] += 1
            except Exception as error:  # what must never happen
                tally.unhandled.append(error)
            else:
                tally.outcomes["ok"] += 1

    await asyncio.gather(*(one(index) for index in range(start, stop)))


def traced_bytes() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


async def test_load_with_faults_keeps_every_promise() -> None:
    assert CASES, "no API available"
    with remote_sandboxes([case.name for case in CASES]) as remotes:
        options: dict[str, Any] = {
            "timeout": httpx.Timeout(10.0, read=1.5),
            "deadline": 30.0,
            "retry": RetryPolicy(max_attempts=4, backoff_base=0.05, backoff_cap=0.5),
        }
        conns: list[Conn] = []
        try:
            for case in CASES:
                remote = remotes[case.name]
                conns.append(await case.open(remote.url, remote.credentials, **options))
            before = {name: await remote.command() for name, remote in remotes.items()}
            for remote in remotes.values():
                await remote.command({"rate": FAULT_RATE, "kinds": LOAD_FAULTS, "seed": SEED})
            tallies = {case.name: Tally() for case in CASES}

            await run_calls(conns, tallies, 0, WARM_UP)
            half = (TOTAL_CALLS - WARM_UP) // 2
            tracemalloc.start()
            try:
                start_bytes = traced_bytes()
                await run_calls(conns, tallies, WARM_UP, WARM_UP + half)
                middle_bytes = traced_bytes()
                await run_calls(conns, tallies, WARM_UP + half, TOTAL_CALLS)
                end_bytes = traced_bytes()
            finally:
                tracemalloc.stop()
            after = {
                name: await remote.command({"clear": True}) for name, remote in remotes.items()
            }
        finally:
            for conn in conns:
                await conn.client.aclose()

    report = {name: (dict(t.outcomes), t.mutations) for name, t in tallies.items()}
    assert sum(sum(t.outcomes.values()) + len(t.unhandled) for t in tallies.values()) == (
        TOTAL_CALLS
    )
    for case in CASES:
        tally, server_before, server_after = tallies[case.name], before[case.name], after[case.name]
        assert tally.unhandled == [], f"{case.name}: {tally.unhandled[:3]!r}"
        assert set(tally.outcomes) - {"ok"} <= EXPECTED_FAILURES, report
        fired = sum(server_after["fired"].values()) - sum(server_before["fired"].values())
        assert fired >= 0.05 * TOTAL_CALLS / len(CASES), report  # faults really were injected
        # Queries are retried through transport faults: most calls succeed.
        assert tally.outcomes["ok"] >= 0.8 * sum(tally.outcomes.values()), report
        arrived = server_after["requests"].get(case.mutation_operation, 0) - server_before[
            "requests"
        ].get(case.mutation_operation, 0)
        executed = server_after["mutation_counts"].get(case.mutation_field, 0) - server_before[
            "mutation_counts"
        ].get(case.mutation_field, 0)
        assert tally.mutation_successes <= executed <= arrived <= tally.mutations, (
            case.name,
            tally.mutation_successes,
            executed,
            arrived,
            tally.mutations,
        )
    growth = end_bytes - middle_bytes
    assert growth < GROWTH_BOUND, (start_bytes, middle_bytes, end_bytes)
