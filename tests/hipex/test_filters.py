"""The filter builder: exact `FilterInput` output for every operator, and what each operator
selects on the sandbox (which implements them for real)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hipex_gql.enums import PhpVersion
from hipex_gql.input_types import FilterInput

from b2b_graphql import InputValidationError
from b2b_graphql.hipex import Condition, HipexClient, all_of, any_of, where
from b2b_graphql.hipex.filters import Filter
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox


def wire(flt: Filter) -> dict[str, Any]:
    """What goes over the wire for a filter (unset fields are left out)."""
    result = flt.to_input()
    assert isinstance(result, FilterInput)
    dumped: dict[str, Any] = result.model_dump(by_alias=True, exclude_unset=True, mode="json")
    return dumped


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (where("server.id") == 3, {"field": "server.id", "operator": "$eq", "value": "3"}),
        (where("id") != 3, {"field": "id", "operator": "$ne", "value": "3"}),
        (where("id") > 3, {"field": "id", "operator": "$gt", "value": "3"}),
        (where("id") >= 3, {"field": "id", "operator": "$gte", "value": "3"}),
        (where("id") < 3, {"field": "id", "operator": "$lt", "value": "3"}),
        (where("id") <= 3, {"field": "id", "operator": "$lte", "value": "3"}),
        (
            where("domain").like("%shop%"),
            {"field": "domain", "operator": "$like", "value": "%shop%"},
        ),
        (
            where("domain").not_like("%shop%"),
            {"field": "domain", "operator": "$notLike", "value": "%shop%"},
        ),
        (where("id").in_([1, 2, 3]), {"field": "id", "operator": "$in", "value": "[1,2,3]"}),
        (
            where("domain").not_in(["a.nl", "b,c.nl"]),
            {"field": "domain", "operator": "$notIn", "value": '["a.nl","b,c.nl"]'},
        ),
        (where("id").between(6, 10), {"field": "id", "operator": "$between", "value": "[6,10]"}),
        (
            where("id").not_between(11, 15),
            {"field": "id", "operator": "$notBetween", "value": "[11,15]"},
        ),
        (where("backup") == True, {"field": "backup", "operator": "$eq", "value": "true"}),  # noqa: E712
        (where("score") > 1.5, {"field": "score", "operator": "$gt", "value": "1.5"}),
        (where("price") == Decimal("9.90"), {"field": "price", "operator": "$eq", "value": "9.90"}),
        (
            where("mainPhp") == PhpVersion.php80,
            {"field": "mainPhp", "operator": "$eq", "value": "php80"},
        ),
        (
            where("createdAt") >= datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
            {"field": "createdAt", "operator": "$gte", "value": "2024-01-02T03:04:05Z"},
        ),
        (
            where("day").between(date(2024, 1, 1), date(2024, 2, 1)),
            {"field": "day", "operator": "$between", "value": '["2024-01-01","2024-02-01"]'},
        ),
        (where("finished") == None, {"field": "finished", "operator": "$eq", "value": None}),  # noqa: E711
        (where("id").eq(4), {"field": "id", "operator": "$eq", "value": "4"}),
        (where("id").ne(4), {"field": "id", "operator": "$ne", "value": "4"}),
    ],
)
def test_every_operator_encodes_to_filter_input(flt: Filter, expected: dict[str, Any]) -> None:
    assert wire(flt) == expected


def test_combinations_set_and_or_explicitly() -> None:
    flt = all_of(
        where("server.id") == 3,
        any_of(where("domain").like("%shop%"), where("domain").like("%blog%")),
    )
    assert wire(flt) == {
        "operator": "$and",
        "children": [
            {"field": "server.id", "operator": "$eq", "value": "3"},
            {
                "operator": "$or",
                "children": [
                    {"field": "domain", "operator": "$like", "value": "%shop%"},
                    {"field": "domain", "operator": "$like", "value": "%blog%"},
                ],
            },
        ],
    }
    assert (where("a") == 1) & (where("b") == 2) == all_of(where("a") == 1, where("b") == 2)
    assert wire((where("a") == 1) | (where("b") == 2))["operator"] == "$or"


def test_filters_are_immutable_and_hashable() -> None:
    condition = where("id") == 3
    assert isinstance(condition, Condition)
    with pytest.raises(dataclasses.FrozenInstanceError):
        condition.value = "4"  # type: ignore[misc]
    assert len({where("id") == 3, where("id") == 3, where("id") == 4}) == 2
    combined = all_of(condition, where("x") == 1)
    assert isinstance(combined.children, tuple)


def test_bad_input_is_refused_before_sending() -> None:
    class Colour(enum.Enum):
        RED = "red"

    with pytest.raises(InputValidationError):
        where("domain").in_("abc")
    with pytest.raises(ValueError):
        where("id").in_([])
    with pytest.raises(ValueError):
        all_of()
    with pytest.raises(InputValidationError):
        any_of(where("id"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        where("")
    with pytest.raises(InputValidationError):
        where("x") == object()  # type: ignore[operator]  # noqa: B015
    with pytest.raises(ValueError):
        where("x") > float("nan")  # noqa: B015
    assert wire(where("colour") == Colour.RED)["value"] == "red"


# -- against the sandbox ------------------------------------------------------------------------

Row = dict[str, Any]

CASES: list[tuple[str, Filter, Callable[[Row], bool]]] = [
    ("eq", where("id") == 3, lambda d: d["id"] == 3),
    ("ne", where("id") != 3, lambda d: d["id"] != 3),
    ("gt", where("id") > 20, lambda d: d["id"] > 20),
    ("gte", where("id") >= 20, lambda d: d["id"] >= 20),
    ("lt", where("id") < 4, lambda d: d["id"] < 4),
    ("lte", where("id") <= 4, lambda d: d["id"] <= 4),
    ("like", where("domain").like("%shop%"), lambda d: "shop" in d["domain"]),
    (
        "like_",
        where("domain").like("api_3.%"),
        lambda d: d["domain"].startswith("api") and d["domain"][4] == "3",
    ),
    ("not_like", where("domain").not_like("shop%"), lambda d: not d["domain"].startswith("shop")),
    ("in", where("id").in_([1, 5, 7]), lambda d: d["id"] in (1, 5, 7)),
    ("not_in", where("id").not_in([1, 5, 7]), lambda d: d["id"] not in (1, 5, 7)),
    ("between", where("id").between(5, 8), lambda d: 5 <= d["id"] <= 8),
    ("not_between", where("id").not_between(5, 8), lambda d: not 5 <= d["id"] <= 8),
    ("dotted", where("server.id") == 3, lambda d: d["server"]["id"] == 3),
    (
        "host_alias",
        where("host.name") == "web01.sandbox.hipex.test",
        lambda d: d["server"]["name"] == "web01.sandbox.hipex.test",
    ),
    ("bool", where("backup") == True, lambda d: d["backup"] is True),  # noqa: E712
    ("enum", where("mainPhp") == PhpVersion.php80, lambda d: d["mainPhp"] == "php80"),
    (
        "datetime",
        where("createdAt") >= datetime(2024, 1, 20, tzinfo=UTC),
        lambda d: d["createdAt"] >= datetime(2024, 1, 20, tzinfo=UTC),
    ),
    (
        "any_of",
        any_of(where("id") == 1, where("domain").like("blog1%")),
        lambda d: d["id"] == 1 or d["domain"].startswith("blog1"),
    ),
    (
        "all_of",
        all_of(where("server.id") == 2, where("mainPhp").in_(["php73", "php80"])),
        lambda d: d["server"]["id"] == 2 and d["mainPhp"] in ("php73", "php80"),
    ),
    (
        "nested",
        all_of(where("server.id") == 3, any_of(where("id") < 5, where("id") > 20)),
        lambda d: d["server"]["id"] == 3 and (d["id"] < 5 or d["id"] > 20),
    ),
]


@pytest.mark.parametrize(("name", "flt", "wanted"), CASES, ids=[c[0] for c in CASES])
async def test_each_operator_selects_the_right_domains(
    hipex: HipexClient,
    hipex_sandbox: RunningSandbox,
    name: str,
    flt: Filter,
    wanted: Callable[[Row], bool],
) -> None:
    expected = sorted(d["id"] for d in hipex_sandbox.app.state.domains.values() if wanted(d))
    assert expected, f"{name}: the seed data should have matches"
    assert len(expected) < len(hipex_sandbox.app.state.domains), f"{name}: should exclude some"
    found = sorted([d.id async for d in hipex.iter_domains(filter=flt)])
    assert found == expected


async def test_a_raw_filter_input_is_accepted_too(hipex: HipexClient) -> None:
    raw = FilterInput(field="id", operator="$lte", value="2")
    assert [d.id async for d in hipex.iter_domains(filter=raw, sort="id")] == [1, 2]
