"""Per-call options are typed and checked, and our clients are good httpx citizens: a caller's
`httpx.AsyncClient` is never changed and can serve several of our clients at once, each request
carrying its own API's credential."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from axro_gql import AxroGeneratedClient
from hipex_gql import HipexGeneratedClient
from order41_gql import Order41GeneratedClient

from b2b_graphql import AxroClient, InputValidationError
from b2b_graphql._client import GraphQLBaseClient
from b2b_graphql.order41 import Order41Client
from b2b_graphql.sandbox.faults import FaultPlan

from .apis import ApiCase, Conn
from .conftest import Sandboxes

GENERATED = [AxroGeneratedClient, HipexGeneratedClient, Order41GeneratedClient]


def generated_methods() -> list[tuple[str, object]]:
    return [
        (f"{cls.__name__}.{name}", member)
        for cls in GENERATED
        for name, member in vars(cls).items()
        if inspect.iscoroutinefunction(member)
    ]


@pytest.mark.parametrize(("name", "method"), generated_methods(), ids=lambda v: str(v))
def test_every_generated_method_takes_typed_call_options(name: str, method: object) -> None:
    assert callable(method)
    parameters = inspect.signature(method).parameters
    variadic = [p for p in parameters.values() if p.kind is inspect.Parameter.VAR_KEYWORD]
    assert [p.annotation for p in variadic] == ["Unpack[CallOptions]"]
    named = {p.name for p in parameters.values() if p not in variadic}
    assert variadic[0].name == ("options" if "options" not in named else "call_options")


def test_execute_takes_the_same_options() -> None:
    options = inspect.signature(GraphQLBaseClient.execute).parameters["options"]
    assert options.kind is inspect.Parameter.VAR_KEYWORD
    assert options.annotation == "Unpack[CallOptions]"


async def test_an_unknown_keyword_is_refused_by_name_before_anything_is_sent(
    conn: Conn, faults: FaultPlan, api: ApiCase
) -> None:
    with pytest.raises(InputValidationError) as caught:
        await conn.query(timeuot=1)
    assert caught.value.field == "timeuot" and "nothing was sent" in str(caught.value)
    with pytest.raises(InputValidationError) as caught:
        await conn.client.execute("query q { a }", "q", {}, auth=None)
    assert caught.value.field == "auth"
    assert faults.requests[api.query_operation] == 0


async def test_one_users_http_client_serves_two_apis_and_is_left_as_it_was(
    sandboxes: Sandboxes,
) -> None:
    axro, order41 = sandboxes.get("axro"), sandboxes.get("order41")
    seen: list[tuple[str, str | None]] = []

    async def record(request: httpx.Request) -> None:
        seen.append((str(request.url), request.headers.get("authorization")))

    user_auth = httpx.BasicAuth("user", "own-password")
    hooks = {"request": [record], "response": []}
    timeout = httpx.Timeout(7.0)
    async with httpx.AsyncClient(
        auth=user_auth, headers={"X-Mine": "1"}, event_hooks=hooks, timeout=timeout
    ) as http:
        before = (http.auth, dict(http.headers), {k: list(v) for k, v in http.event_hooks.items()})
        first = AxroClient(token=axro.token, url=axro.url, http_client=http)
        second = Order41Client(token=order41.token, url=order41.url, http_client=http)
        for _ in range(2):  # interleaved: the last client built must not win
            assert (await first.user_info()).user_info is not None
            assert (await second.list_products_meta()).list_products_meta is not None
        await first.aclose()
        await second.aclose()
        after = (http.auth, dict(http.headers), {k: list(v) for k, v in http.event_hooks.items()})
        assert after == before and http.timeout == timeout
        own = await http.get(axro.url)  # the caller's own requests keep the caller's auth
        assert own.request.headers["authorization"] == user_auth._auth_header
    expected = {axro.url: f"Bearer {axro.token}", order41.url: order41.token}
    ours = [(url, header) for url, header in seen[:-1]]
    assert len(ours) == 4
    assert all(header == expected[url] for url, header in ours)


USER_CODE = """
from b2b_graphql import AxroClient


async def main() -> None:
    async with AxroClient(token="t", url="http://127.0.0.1:9/gql") as axro:
        reveal_type(await axro.user_info(timeout=5, deadline=10.0, headers={"X-A": "1"}))
        await axro.user_info(timeuot=5)
        await axro.user_info(retry_mutation="yes")
"""


def test_a_type_checker_sees_the_call_options(tmp_path: Path) -> None:
    script = tmp_path / "user.py"
    script.write_text(USER_CODE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), script],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert any('Revealed type is "axro_gql.user_info.UserInfo"' in line for line in lines)
    errors = [line for line in lines if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert 'Unexpected keyword argument "timeuot"' in errors[0]
    assert '"retry_mutation"' in errors[1] and 'expected "bool"' in errors[1]
