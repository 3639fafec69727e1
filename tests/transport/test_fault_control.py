"""The fault injector's own contract: the in-process `FaultPlan` API, the HTTP control endpoint
(`/__sandbox__/faults`, what the CLI sandbox and the demo use), and its wiring into
`SandboxServer` and the pytest plugin's `RunningSandbox.faults`."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest

from b2b_graphql.sandbox import SandboxServer
from b2b_graphql.sandbox.faults import CONTROL_PATH, KINDS, Fault, FaultInjector, FaultPlan
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .conftest import Sandboxes

PING = {"query": "{ __typename }", "operationName": "ping"}


def control_url(sandbox: RunningSandbox) -> str:
    return str(httpx.URL(sandbox.url).copy_with(path=CONTROL_PATH))


async def post_graphql(sandbox: RunningSandbox, body: dict[str, Any] = PING) -> httpx.Response:
    async with httpx.AsyncClient(timeout=5) as http:
        return await http.post(sandbox.url, json=body)


@pytest.fixture
def axro(sandboxes: Sandboxes) -> Any:
    running = sandboxes.get("axro")
    running.faults.reset()
    yield running
    running.faults.reset()


# -- over HTTP ----------------------------------------------------------------------------------


async def test_faults_are_controlled_over_http(axro: RunningSandbox) -> None:
    async with httpx.AsyncClient(timeout=5) as http:
        answer = await http.post(
            control_url(axro), json={"kind": "http_error", "count": 2, "status": 502}
        )
        assert answer.status_code == 200
        assert answer.json()["pending"] == [{"kind": "http_error", "status": 502, "count": 2}]
        statuses = [(await http.post(axro.url, json=PING)).status_code for _ in range(3)]
        assert statuses == [502, 502, 200]
        state = (await http.get(control_url(axro))).json()
        assert state["pending"] == [] and state["fired"] == {"http_error": 2}
        assert state["requests"] == {"ping": 3}
        assert "mutation_counts" in state

        await http.post(control_url(axro), json={"rate": 1.0, "kinds": ["html"], "seed": 1})
        page = await http.post(axro.url, json=PING)
        assert page.headers["content-type"].startswith("text/html")
        cleared = (await http.delete(control_url(axro))).json()
        assert cleared["rate"] == 0.0 and cleared["kinds"] == []
        assert (await http.post(axro.url, json=PING)).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "no_such_fault"},
        {"kind": "reset", "count": 0},
        {"kind": "http_error", "status": 99},
        {"kind": "stall", "seconds": -1},
        {"kind": "reset", "colour": "red"},
        {"rate": 1.5},
        {"rate": "often"},
        {"what": "ever"},
        [1, 2, 3],
    ],
)
async def test_bad_fault_commands_are_refused_with_400(axro: RunningSandbox, body: object) -> None:
    async with httpx.AsyncClient(timeout=5) as http:
        answer = await http.post(control_url(axro), json=body)
        assert answer.status_code == 400 and answer.json()["error"]
        assert (await http.post(control_url(axro), content=b"{not json")).status_code == 400
        assert (await http.put(control_url(axro), json={})).status_code == 405
    assert not axro.faults.active


# -- in process ---------------------------------------------------------------------------------


async def test_a_fault_can_target_one_operation(axro: RunningSandbox) -> None:
    axro.faults.inject("http_error", status=503, operation="orderCreate")
    assert (await post_graphql(axro)).status_code == 200  # `ping` is not targeted
    assert axro.faults.pending[0][0].operation == "orderCreate"
    assert axro.faults.fired["http_error"] == 0


async def test_the_plugin_fixture_exposes_its_servers_fault_plan(
    axro_sandbox: RunningSandbox,
) -> None:
    assert isinstance(axro_sandbox.faults, FaultPlan)
    axro_sandbox.faults.inject("http_error", status=503)
    try:
        assert (await post_graphql(axro_sandbox)).status_code == 503
        assert (await post_graphql(axro_sandbox)).status_code == 200
    finally:
        axro_sandbox.faults.clear()


def test_the_server_wraps_any_app_once_and_the_wrapper_is_transparent() -> None:
    class App:
        state = "the state"
        mutation_counts: Counter[str] = Counter()

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None: ...

    inner = App()
    server = SandboxServer(inner)
    assert isinstance(server.app, FaultInjector) and server.app.app is inner
    assert server.faults is server.app.plan
    assert server.app.state == "the state"  # attributes of the app show through
    again = SandboxServer(server.app)
    assert again.app is server.app and again.faults is server.faults


def test_queued_faults_fire_in_order_and_count_down() -> None:
    plan = FaultPlan()
    plan.inject("http_error", count=2, status=502)
    plan.inject(Fault("reset"))
    taken = [plan.next_fault("q") for _ in range(4)]
    assert [f.kind if f else None for f in taken] == ["http_error", "http_error", "reset", None]
    assert plan.requests["q"] == 4 and plan.fired == {"http_error": 2, "reset": 1}
    assert not plan.active


def test_the_random_mode_is_seeded_and_close_to_its_rate() -> None:
    def draws(seed: int) -> list[str | None]:
        plan = FaultPlan()
        plan.set_rate(0.1, ["http_error", "reset", "stall"], seed=seed)
        return [f.kind if f else None for f in (plan.next_fault("q") for _ in range(3000))]

    first, again, other = draws(7), draws(7), draws(8)
    assert first == again and first != other
    hits = sum(kind is not None for kind in first)
    assert 200 <= hits <= 400  # 10% of 3000, loosely
    assert {kind for kind in first if kind} == {"http_error", "reset", "stall"}


def test_every_kind_round_trips_through_json() -> None:
    for kind in KINDS:
        fault = Fault(kind, status=418, seconds=1.5, operation="op", path=("a", 0))
        assert Fault.from_dict(fault.to_dict()) == fault
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault("gremlins")
    with pytest.raises(ValueError):
        FaultPlan().set_rate(2.0)
