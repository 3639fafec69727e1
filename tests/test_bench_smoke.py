"""The benchmark harness still runs: `python -m bench --quick` with tiny counts.

No timing is asserted anywhere (a loaded CI machine would make that flaky); only that every
section ran and the report has its tables.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("bench")
    output = folder / "BENCHMARKS.md"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--output",
            str(output),
            "--scratch",
            str(folder / "scratch"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return output.read_text()


def test_report_has_every_section(report: str) -> None:
    for heading in (
        "# Benchmarks",
        "## Machine",
        "## Commands",
        "## Targets",
        "## 1. Per-call overhead",
        "## 2. Throughput",
        "## 3. Import time",
        "## 4. Generation time",
        "## 5. Streaming",
        "## 6. Pagination",
        "## What was tried",
    ):
        assert heading in report, heading
    assert "Smoke run (`--quick`)" in report


def test_report_compares_the_contenders(report: str) -> None:
    for contender in ("`raw httpx`", "`b2b_graphql`", "`gql`", "`ariadne default`"):
        assert contender in report, contender
    assert "### AXRO `billingAddress`" in report
    assert "### AXRO `products`" in report
    assert "| Concurrency | Client |" in report
    assert "floor" in report
    assert "Whole iteration: peak growth" in report
    for walk in ("AXRO `iter_products`", "Order41 `iter_products`", "Hipex `iter_domains`"):
        assert f"### {walk}" in report, walk
    for contender in (
        "ours, concurrency=1 (sequential)",
        "ours, concurrency=8",
        "raw httpx, sequential loop",
    ):
        assert f"`{contender}`" in report, contender
    assert "- Python: " in report and "- CPU: " in report


def _page(items: int) -> dict[str, object]:
    product = {
        "productNumber": "P1",
        "ean": None,
        "brand": "HP",
        "oemNumber": None,
        "stock": 1,
        "price": [],
        "title": None,
        "category": None,
        "modifiedAt": None,
    }
    return {"data": {"products": {"totalPages": 1, "products": [product] * items}}}


def test_large_parse_restores_the_collector() -> None:
    """The GC pause around a large parse (`_parsing.validate_json`) leaves the collector as it
    found it, also when validation fails."""
    from axro_gql.products import Products

    from b2b_graphql import AxroClient
    from b2b_graphql._parsing import PAUSE_GC_FROM as _PAUSE_GC_FROM
    from b2b_graphql.axro import DEFAULT_URL

    page = _page(200)
    good = json.dumps(page, separators=(",", ":")).encode()
    bad = good.replace(b'"stock":1', b'"stock":"lots"')
    assert len(good) >= _PAUSE_GC_FROM
    client = AxroClient(token="t", url=DEFAULT_URL)
    request = httpx.Request("POST", DEFAULT_URL)

    def parse(body: bytes) -> object:
        response = httpx.Response(
            200, content=body, headers={"content-type": "application/json"}, request=request
        )
        return client.get_model(response, Products)

    assert gc.isenabled()
    assert len(parse(good).products.products) == 200  # type: ignore[attr-defined]
    assert gc.isenabled()
    with pytest.raises(Exception, match="stock"):
        parse(bad)
    assert gc.isenabled()
    gc.disable()
    try:
        parse(good)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_large_result_skips_the_young_collections() -> None:
    """What a large parse built goes straight to the oldest generation (no young collection
    walks it, the count of new objects starts again from nothing), unless the process froze
    objects of its own: those stay frozen."""
    from axro_gql.products import Products

    from b2b_graphql import AxroClient
    from b2b_graphql._parsing import PROMOTE_RESULTS
    from b2b_graphql.axro import DEFAULT_URL

    body = json.dumps(_page(500), separators=(",", ":")).encode()
    client = AxroClient(token="t", url=DEFAULT_URL)
    request = httpx.Request("POST", DEFAULT_URL)

    def parse() -> object:
        response = httpx.Response(
            200, content=body, headers={"content-type": "application/json"}, request=request
        )
        return client.get_model(response, Products)

    def young() -> set[int]:
        return {id(o) for generation in (0, 1) for o in gc.get_objects(generation=generation)}

    assert PROMOTE_RESULTS and gc.get_freeze_count() == 0
    result = parse()
    rows = result.products.products  # type: ignore[attr-defined]
    assert len(rows) == 500
    assert gc.get_count()[0] < 100  # not the ~1,500 objects of the result
    assert not young() & {id(result), id(rows), *map(id, rows)}
    assert gc.get_freeze_count() == 0 and gc.isenabled()

    mine = [object() for _ in range(3)]
    gc.freeze()  # as a pre-fork server does
    try:
        result = parse()
        assert len(result.products.products) == 500  # type: ignore[attr-defined]
        # still frozen (the collector's generations do not list the permanent one)
        assert gc.get_freeze_count() > 0
        assert not any(o is mine for o in gc.get_objects())
    finally:
        gc.unfreeze()
    assert any(o is mine for o in gc.get_objects())


async def test_large_parse_leaves_a_readable_response() -> None:
    """A large response read through the client gets a plain `ByteStream` (no reference cycle
    with its stream), and still reads the same."""
    from axro_gql.products import Products

    from b2b_graphql import AxroClient
    from b2b_graphql._parsing import PAUSE_GC_FROM as _PAUSE_GC_FROM

    page = _page(400)
    body = json.dumps(page).encode()
    assert len(body) >= _PAUSE_GC_FROM
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )
    async with AxroClient(token="t", url="http://axro.test/", transport=transport) as client:
        response = await client.execute("query products { x }", "products")
        assert not isinstance(response.stream, httpx.ByteStream)
        result = client.get_model(response, Products)
        assert isinstance(response.stream, httpx.ByteStream)
        assert result.products is not None and len(result.products.products or []) == 400
        assert response.content == body and await response.aread() == body
        assert response.json() == page
