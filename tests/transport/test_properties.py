"""Property-based tests: malformed and extreme inputs never crash anything. Whatever comes in,
the only exceptions that come out are `B2BGraphQLError` subclasses.

- response parsing: `get_model`/`get_data` of every available client on `httpx.Response`
  objects built in-process from arbitrary status, content type and body (pure parsing);
- the facades' validation: AXRO addresses and carts, Hipex filters, sent for real to the
  sandbox whenever they pass validation;
- the small parsers: `Retry-After`, `is_mutation`, error entries, redaction.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import math
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import httpx
import pydantic_core
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b2b_graphql import B2BGraphQLError, InputValidationError
from b2b_graphql._call import Call
from b2b_graphql._client import CALL_EXTENSION, GraphQLBaseClient, is_mutation
from b2b_graphql._errors import GraphQLErrorDetail, excerpt
from b2b_graphql._retry import parse_retry_after
from b2b_graphql._secrets import redact_text

from .apis import BY_NAME
from .conftest import Sandboxes

T = TypeVar("T")

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NETWORK_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# -- strategies ---------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=25,
)
error_entries = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"message": json_values},
        optional={
            "path": st.lists(st.text(max_size=8) | st.integers(), max_size=4) | json_values,
            "extensions": st.dictionaries(st.sampled_from(["code", "x"]), json_values)
            | json_values,
            "locations": json_values,
        },
    ),
)
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "data": json_values,
        "errors": st.lists(error_entries, max_size=3) | json_values,
        "extensions": json_values,
    },
)


def _json_bytes(value: Any) -> bytes:
    return pydantic_core.to_json(value)


bodies = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(str.encode),
    json_values.map(_json_bytes),
    envelopes.map(_json_bytes),
    envelopes.map(lambda e: _json_bytes(e)[: max(0, len(_json_bytes(e)) // 2)]),
    st.just(b"<!DOCTYPE html><html><body>Bad Gateway</body></html>"),
    st.just(b"[" * 5000),  # deeper than any JSON decoder wants to go
)
content_types = st.one_of(
    st.sampled_from(
        [
            "application/json",
            "application/graphql-response+json; charset=utf-8",
            "application/json; charset=latin-1",
            "text/html",
            "text/plain",
            "",
        ]
    ),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
)
statuses = st.integers(min_value=100, max_value=599)


def parsing_clients() -> list[GraphQLBaseClient]:
    """One client of each available API; nothing is sent (the port is never contacted)."""
    clients: list[GraphQLBaseClient] = []
    for case in BY_NAME.values():
        if case.name == "axro":
            from b2b_graphql import AxroClient

            clients.append(AxroClient(token="t", url="http://127.0.0.1:9/gql"))
        elif case.name == "hipex":
            from b2b_graphql.hipex import HipexClient

            clients.append(HipexClient(token="t", url="http://127.0.0.1:9/gql"))
        elif case.name == "order41":
            from b2b_graphql.order41 import Order41Client

            clients.append(Order41Client(token="t", url="http://127.0.0.1:9/gql"))
    return clients


def result_models() -> list[type[Any]]:
    models: list[type[Any]] = []
    if "axro" in BY_NAME:
        from axro_gql.products import Products
        from axro_gql.user_info import UserInfo

        models += [UserInfo, Products]
    if "hipex" in BY_NAME:
        from hipex_gql.servers import Servers

        models.append(Servers)
    if "order41" in BY_NAME:
        from order41_gql.list_products_meta import ListProductsMeta

        models.append(ListProductsMeta)
    return models


CLIENTS = parsing_clients()
MODELS = result_models()


# -- response parsing ---------------------------------------------------------------------------


@SETTINGS
@given(
    status=statuses,
    content_type=content_types,
    body=bodies,
    client=st.sampled_from(CLIENTS),
    model=st.sampled_from(MODELS),
    retry_after=st.none() | st.text(max_size=30),
)
def test_parsing_any_response_gives_a_model_or_a_typed_error(
    status: int,
    content_type: str,
    body: bytes,
    client: GraphQLBaseClient,
    model: type[Any],
    retry_after: str | None,
) -> None:
    headers = {"content-type": content_type}
    if retry_after is not None:
        headers["retry-after"] = retry_after.encode("ascii", "ignore").decode() or "x"
    request = httpx.Request(
        "POST", client.url, extensions={CALL_EXTENSION: Call("op", False, "test", attempt=1)}
    )
    response = httpx.Response(status, headers=headers, content=body, request=request)
    try:
        result = client.get_model(response, model)
    except B2BGraphQLError as error:
        assert str(error) and repr(error)  # printable, whatever the body held
    else:
        assert isinstance(result, model)
        assert 200 <= status < 300
    try:
        data = client.get_data(response)
    except B2BGraphQLError:
        pass
    else:
        assert isinstance(data, dict)


@SETTINGS
@given(status=statuses, body=bodies)
def test_a_response_without_a_request_still_parses(status: int, body: bytes) -> None:
    response = httpx.Response(status, content=body)  # no request attached: no operation name
    try:
        data = CLIENTS[0].get_data(response)
    except B2BGraphQLError as error:
        assert getattr(error, "operation", None) is None
    else:
        assert isinstance(data, dict) and 200 <= status < 300


# -- small parsers ------------------------------------------------------------------------------


@SETTINGS
@given(value=st.text(max_size=60))
def test_retry_after_is_a_finite_non_negative_number_or_none(value: str) -> None:
    response = httpx.Response(429, headers=[(b"retry-after", value.encode() or b"0")])
    seconds = parse_retry_after(response)
    assert seconds is None or (math.isfinite(seconds) and seconds >= 0)


@SETTINGS
@given(query=st.text(max_size=200), name=st.none() | st.text(max_size=20))
def test_is_mutation_always_answers(query: str, name: str | None) -> None:
    answer = is_mutation(query, name)
    assert isinstance(answer, bool)
    if "mutation" not in query:
        assert answer is False


@SETTINGS
@given(entry=error_entries)
def test_any_error_entry_becomes_a_printable_detail(entry: Any) -> None:
    detail = GraphQLErrorDetail.from_dict(entry)
    assert isinstance(detail.message, str) and isinstance(str(detail), str)
    assert detail.code is None or isinstance(detail.code, str)


@SETTINGS
@given(text=st.text(max_size=300), token=st.from_regex(r"[A-Za-z0-9._~+/=-]{8,40}", fullmatch=True))
def test_redaction_masks_bearer_tokens_anywhere(text: str, token: str) -> None:
    redacted = redact_text(f"{text} Authorization: Bearer {token} {text}")
    assert token not in redacted.replace(text, "")
    assert isinstance(excerpt(text.encode()), str)


# -- the facades' validation, through the sandbox -----------------------------------------------


@pytest.fixture(scope="module")
def runner() -> Iterator[Loop]:
    """One event loop for a module's examples (hypothesis drives sync test functions); not
    made the thread's current loop, so pytest-asyncio's own loop is left alone."""
    loop = asyncio.new_event_loop()
    yield Loop(loop)
    loop.close()


class Loop:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coroutine)


@pytest.fixture(scope="module")
def axro_client(runner: Loop, sandboxes: Sandboxes) -> Iterator[Any]:
    from b2b_graphql import AxroClient

    sandbox = sandboxes.get("axro")
    client = AxroClient(token=sandbox.token, url=sandbox.url)
    yield client
    runner.run(client.aclose())


@pytest.fixture(scope="module")
def hipex_client(runner: Loop, sandboxes: Sandboxes) -> Iterator[Any]:
    from b2b_graphql.hipex import HipexClient

    client = HipexClient(token="no-login-needed", url=sandboxes.get("hipex").url)
    yield client
    runner.run(client.aclose())


address_values = st.one_of(
    st.text(max_size=50),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
    st.from_regex(r"\+\d{5,20}", fullmatch=True),
    st.none(),
    st.integers(),
    st.floats(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
ADDRESS_KEYS = [
    "company",
    "department",
    "firstname",
    "lastname",
    "street",
    "zip",
    "city",
    "country",
    "phone",
    "email",
]


@NETWORK_SETTINGS
@given(
    fields=st.dictionaries(st.sampled_from([*ADDRESS_KEYS, "extra"]), address_values, max_size=3),
    valid_base=st.sampled_from([True, True, True, False]),
)
def test_axro_addresses_are_validated_or_answered_never_crash(
    runner: Loop, axro_client: Any, fields: dict[str, Any], valid_base: bool
) -> None:
    base = {
        "company": "Example Corp",
        "department": "Warehouse",
        "street": "Ballindamm 40",
        "zip": "20095",
        "city": "Hamburg",
        "country": "DE",
    }
    address = {**base, **fields} if valid_base else fields

    async def check() -> None:
        try:
            result = await axro_client.check_shipping_address(address)
        except B2BGraphQLError:
            return
        assert result.status == "CHECK_ONLY"

    runner.run(check())


cart_lines = st.one_of(
    st.tuples(st.text(max_size=12), st.integers(min_value=-5, max_value=2**40)),
    st.dictionaries(
        st.sampled_from(["productNumber", "quantity", "colour"]),
        st.one_of(st.text(max_size=10), st.integers(), st.none(), st.booleans(), st.floats()),
        max_size=3,
    ),
)


@NETWORK_SETTINGS
@given(cart=st.lists(cart_lines, max_size=4), address_id=st.text(max_size=40))
def test_axro_carts_are_validated_or_answered_never_crash(
    runner: Loop, axro_client: Any, cart: list[Any], address_id: str
) -> None:
    async def check() -> None:
        try:
            confirmation = await axro_client.create_order(address_id, cart)
        except B2BGraphQLError:
            return
        assert confirmation.cart  # accepted only when every line was priced

    runner.run(check())


filter_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(),  # NaN and infinities included
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.dates(),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
)
OPERATORS = ["==", "!=", "<", ">", "like", "in_", "between"]


@NETWORK_SETTINGS
@given(
    field=st.text(max_size=20),
    operator=st.sampled_from(OPERATORS),
    values=st.lists(filter_scalars, min_size=0, max_size=3),
    pattern=st.text(max_size=20),
)
def test_hipex_filters_are_validated_or_answered_never_crash(
    runner: Loop,
    hipex_client: Any,
    field: str,
    operator: str,
    values: list[Any],
    pattern: str,
) -> None:
    """Any field name and any value of the documented types (`Scalar`): NaN, infinities,
    huge numbers, empty lists, odd text. Wrong *types* are a TypeError, as in any Python API,
    and are not generated here."""
    from b2b_graphql.hipex import where

    first = values[0] if values else None

    def build() -> Any:
        column = where(field)
        if operator == "==":
            return column == first
        if operator == "!=":
            return column != first
        if operator == "<":
            return column < first
        if operator == ">":
            return column > first
        if operator == "like":
            return column.like(pattern)
        if operator == "in_":
            return column.in_(values)
        return column.between(first, values[-1] if values else None)

    async def check() -> None:
        try:
            condition = build()
            rows = (await hipex_client.domains(filter_=condition.to_input(), limit=2)).domain
        except B2BGraphQLError:
            return
        assert rows is None or len(rows) <= 2

    runner.run(check())


# -- the gate: every public facade method, arbitrary arguments ------------------------------------

#: Base-class hooks a facade overrides (called by the client with a response, not by users).
HOOKS = frozenset({"graphql_error", "status_error", "get_model", "get_data"})
#: Per-call bound: nothing a facade does with these arguments may take longer.
CALL_BOUND = 10.0

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**65), max_value=2**65),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.binary(max_size=6),
    st.sampled_from(["HP", "products", "shop.example.nl", "createdAt", 1, 3, ("id", "desc")]),
    st.lists(st.one_of(st.integers(), st.text(max_size=4), st.none()), max_size=3),
    st.dictionaries(
        st.sampled_from(["domain", "query", "id", "host", "productNumber", "quantity", "x"]),
        st.one_of(st.integers(), st.text(max_size=6), st.none(), st.floats()),
        max_size=3,
    ),
)
#: Waiting helpers poll for up to their `timeout`: it is always given, small or junk.
small_seconds = st.one_of(
    st.floats(min_value=0, max_value=0.2),
    st.sampled_from([float("nan"), float("inf"), -1.0, "1", None, True]),
)


def facade_methods(cls: type) -> list[str]:
    """The public methods `cls` itself defines (a new one is covered without editing this)."""
    return sorted(
        name
        for name, attr in vars(cls).items()
        if not name.startswith("_")
        and name not in HOOKS
        and inspect.isfunction(attr)  # not classmethods, properties or constants
    )


@st.composite
def calls(draw: st.DrawFn, method: Any) -> tuple[list[Any], dict[str, Any]]:
    parameters = [p for p in inspect.signature(method).parameters.values() if p.name != "self"]
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in parameters:
        if parameter.kind is parameter.VAR_KEYWORD:
            if draw(st.booleans()):
                kwargs[draw(st.sampled_from(["brnad", "deadlin", "timeout", "headers"]))] = draw(
                    anything
                )
            continue
        if parameter.kind is parameter.VAR_POSITIONAL:
            continue
        if parameter.name in ("timeout", "interval") and parameter.default is not None:
            kwargs[parameter.name] = draw(small_seconds)
            continue
        required = parameter.default is parameter.empty
        if not (required or draw(st.booleans())):
            continue
        if required and draw(st.integers(0, 9)) == 0:
            continue  # a missing argument: a plain TypeError is the right answer
        value = draw(anything)
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD and not kwargs:
            args.append(value)
        else:
            kwargs[parameter.name] = value
    if draw(st.integers(0, 9)) == 0:
        args.append(draw(anything))  # one too many
    return args, kwargs


class Gate:
    """One API's facade under the gate: a fresh client per example (a call may log out)."""

    def __init__(self, name: str, sandbox: Any, open_client: Any) -> None:
        self.name = name
        self.sandbox = sandbox
        self.open_client = open_client


_GATES: dict[str, Gate] = {}


def _gate(name: str, sandboxes: Sandboxes, runner: Loop) -> Gate:
    if name not in _GATES:
        _GATES[name] = _open_gate(name, sandboxes, runner)
    return _GATES[name]


def _open_gate(name: str, sandboxes: Sandboxes, runner: Loop) -> Gate:
    sandbox = sandboxes.get(name)
    if name == "axro":
        from b2b_graphql import AxroClient

        return Gate(name, sandbox, lambda: AxroClient(token=sandbox.token, url=sandbox.url))
    if name == "order41":
        from b2b_graphql import Order41Client

        state = sandbox.app.state
        user = state.tokens[sandbox.credentials["token"]].user_id

        def order41() -> Any:
            # a token of its own per example: `logout` revokes it, not the shared sandbox's
            token = state.issue_token(user, "long").value
            return Order41Client(token=token, url=sandbox.url)

        return Gate(name, sandbox, order41)
    from b2b_graphql.hipex import HipexClient

    credentials = sandbox.credentials
    session = runner.run(
        HipexClient.login(credentials["username"], credentials["password"], sandbox.url)
    )

    def hipex() -> Any:
        # the session's current token, kept current by the last example's client (rotation)
        client = HipexClient(token=session.auth.token, url=sandbox.url)
        client.auth.on_change = session.auth.set_token
        return client

    return Gate(name, sandbox, hipex)


def _facade(name: str) -> type:
    from b2b_graphql import AxroClient, Order41Client
    from b2b_graphql.hipex import HipexClient

    return {"axro": AxroClient, "order41": Order41Client, "hipex": HipexClient}[name]


GATE_CASES = [
    (api, method) for api in ("axro", "order41", "hipex") for method in facade_methods(_facade(api))
]
GATE_SETTINGS = settings(
    max_examples=8,
    derandomize=True,  # the same examples every run: a failure here is reproducible
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def test_the_gate_sees_every_facade_method() -> None:
    methods = {f"{api}.{name}" for api, name in GATE_CASES}
    assert {"axro.create_order", "order41.logout", "hipex.save_domain"} <= methods
    assert {"hipex.wait_for_checklist", "order41.iter_products", "axro.iter_products"} <= methods


@pytest.mark.parametrize(("api", "name"), GATE_CASES, ids=[f"{a}.{m}" for a, m in GATE_CASES])
def test_any_arguments_to_a_facade_method_give_a_typed_error_and_send_nothing_when_refused(
    api: str, name: str, runner: Loop, sandboxes: Sandboxes
) -> None:
    gate = _gate(api, sandboxes, runner)
    method = getattr(_facade(api), name)

    @GATE_SETTINGS
    @given(call=calls(method))
    def check(call: tuple[list[Any], dict[str, Any]]) -> None:
        args, kwargs = call
        client = gate.open_client()
        try:
            runner.run(_call_once(client, name, args, kwargs, gate))
        finally:
            runner.run(client.aclose())

    check()


async def _call_once(
    client: Any, name: str, args: list[Any], kwargs: dict[str, Any], gate: Gate
) -> None:
    bound = getattr(client, name)
    try:
        inspect.signature(bound).bind(*args, **kwargs)
        arity_ok = True
    except TypeError:
        arity_ok = False
    before = gate.sandbox.app.request_count
    try:
        async with asyncio.timeout(CALL_BOUND):
            result = bound(*args, **kwargs)
            if inspect.isasyncgen(result) or hasattr(result, "__anext__"):
                try:
                    for _ in range(3):
                        await anext(result)
                except StopAsyncIteration:
                    pass
                finally:
                    if hasattr(result, "aclose"):
                        await result.aclose()
            elif inspect.isawaitable(result):
                await result
    except InputValidationError:
        assert gate.sandbox.app.request_count == before, f"{name}: refused input was sent"
    except B2BGraphQLError:
        pass
    except TypeError:
        assert not arity_ok, f"{name}{(args, kwargs)!r:.300}: TypeError for a call that binds"
        assert gate.sandbox.app.request_count == before


TYPOS = """
from b2b_graphql import AxroClient, Order41Client
from b2b_graphql.hipex import HipexClient


async def main() -> None:
    axro = AxroClient(token="t", tiemout=3)
    async for _ in axro.iter_products(brnad="HP"):
        pass
    await axro.create_order("id", [("X", 1)], plcae=True)
    o41 = await Order41Client.login("a@b.c", "pw", verfy=False)
    await o41.count_products(deadlin=3)
    hx = await HipexClient.login("me", "pw", token_stor="x")
    await hx.save_domain({"domain": "x"}, retry_mutaton=True)
"""


def test_a_misspelt_keyword_is_a_type_error(tmp_path: Any) -> None:
    from mypy import api

    script = tmp_path / "typos.py"
    script.write_text(TYPOS)
    out, _, status = api.run(["--strict", "--no-error-summary", str(script)])
    assert status == 1
    misspelt = ["tiemout", "brnad", "plcae", "verfy", "deadlin", "token_stor", "retry_mutaton"]
    for word in misspelt:
        assert f'Unexpected keyword argument "{word}"' in out, out
