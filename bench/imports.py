"""3. Import time: a fresh interpreter importing a package and reaching its client class."""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field

from .measure import fmt_time, paired_ratio, rotated
from .payloads import ROOT, order41_operations, order41_products_page
from .report import Report, table
from .scratch import available, defaults_dir, ensure_default_client, scratch_dir
from .settings import Settings

_PRELUDE = "import time as _t\n_t0 = _t.perf_counter()\n"
_EPILOGUE = "\nprint(_t.perf_counter() - _t0)\n"

_RESPONSE = """
import httpx
_body = open({path!r}, "rb").read()
_request = httpx.Request("POST", "http://127.0.0.1/")
response = httpx.Response(
    200, content=_body, headers={{"content-type": "application/json"}}, request=_request
)
"""


@dataclass
class Script:
    label: str
    code: str
    wall: list[float] = field(default_factory=list)
    inside: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)

    @property
    def inside_median(self) -> float:
        return statistics.median(self.inside)

    # Paired by run: the floor script itself moves by ±10% between runs on a shared VM.
    def wall_ratio(self, base: Script) -> float:
        return paired_ratio(self.wall, base.wall)

    def inside_ratio(self, base: Script) -> float:
        return paired_ratio(self.inside, base.inside)


def generated_clients() -> list[tuple[str, str]]:
    """(package, client class) for every configured API whose package exists."""
    found = []
    for config in sorted((ROOT / "codegen").glob("*.toml")):
        section = tomllib.loads(config.read_text()).get("tool", {}).get("ariadne-codegen", {})
        package = section.get("target_package_name")
        client = section.get("client_name", "Client")
        if package and (ROOT / section.get("target_package_path", ".") / package).is_dir():
            found.append((package, client))
    return found


def run_script(script: Script, env: dict[str, str]) -> None:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PRELUDE + script.code + _EPILOGUE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        script.error = (done.stderr.strip().splitlines() or ["no output"])[-1][:300]
        return
    script.wall.append(wall)
    script.inside.append(float(done.stdout.strip().splitlines()[-1]))


def run(report: Report, settings: Settings) -> None:
    lines = report.section("3. Import time")
    clients = generated_clients()
    packages = {package for package, _ in clients}
    with_order41 = "order41_gql" in packages and available("order41_default")

    floor = Script("**floor**: `import httpx; from pydantic import BaseModel`", _FLOOR)
    working = Script(
        "working floor: the floor + `import asyncio`, an `httpx.AsyncClient()`, one model "
        "defined and parsed",
        _WORKING_FLOOR,
    )
    scripts = [Script("bare interpreter (`python -c pass`)", "pass"), floor, working]
    for package, client in clients:
        scripts.append(
            Script(
                f"`import {package}; {package}.{client}`", f"import {package}\n{package}.{client}"
            )
        )
    scripts.append(
        Script("`from b2b_graphql import AxroClient`", "from b2b_graphql import AxroClient")
    )
    ours_parse = default_parse = default_reach = ours_reach = None
    phases_code = ""
    if with_order41:
        ensure_default_client("order41_default")
        body = order41_products_page(order41_operations(), settings.order41_parse_products)
        path = scratch_dir("imports") / "order41_list_products.json"
        path.write_bytes(body)
        default_reach = Script(
            "`import order41_default; order41_default.Client` (ariadne-codegen defaults)",
            "import order41_default\norder41_default.Client",
        )
        ours_reach = next(s for s in scripts if s.label.startswith("`import order41_gql"))
        ours_parse = Script(
            "Order41, ours: import, reach the client, parse one `listProducts` response",
            _RESPONSE.format(path=str(path))
            + "import order41_gql\n"
            + "client = order41_gql.Order41GeneratedClient(url='http://127.0.0.1/')\n"
            + "from order41_gql.list_products import ListProducts\n"
            + "result = client.get_model(response, ListProducts)\n"
            + f"assert len(result.list_products) == {settings.order41_parse_products}\n",
        )
        default_parse = Script(
            "Order41, ariadne-codegen defaults: import, reach the client, parse the same",
            _RESPONSE.format(path=str(path))
            + "import order41_default\n"
            + "client = order41_default.Client(url='http://127.0.0.1/')\n"
            + "from order41_default.list_products import ListProducts\n"
            + "result = ListProducts.model_validate(client.get_data(response))\n"
            + f"assert len(result.list_products) == {settings.order41_parse_products}\n",
        )
        scripts += [default_reach, ours_parse, default_parse]
        phases_code = _PHASES.format(response=_RESPONSE.format(path=str(path)))

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(defaults_dir()), env.get("PYTHONPATH", "")) if p
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for script in scripts:  # warm-up: byte-compile, fill the OS page cache
        run_script(script, env)
        script.wall.clear()
        script.inside.clear()
    if floor.error or working.error:
        raise RuntimeError(f"import floor failed: {floor.error or working.error}")
    for run_ in range(settings.import_runs):
        for script in rotated(scripts, run_):
            if script.error is None:
                run_script(script, env)

    lines += [
        f"Each line is a fresh `python -c` run ({settings.import_runs} runs each, interleaved "
        "in a rotated order, after one warm-up run; medians, and ratios are medians of each "
        "run's ratio to the floor's in the same run). **Process** is the wall time of the whole "
        "subprocess (interpreter start-up included: what a user waits for); **imports** is "
        "measured inside the script, from its first line to its last (start-up excluded). "
        "Ratios are to the floor: a fresh interpreter importing httpx and pydantic, which "
        "every client here needs anyway. pydantic imports lazily, so the floor does not yet "
        "include what defining a model costs; the *working floor* adds what any async client "
        "on httpx + pydantic pays by its first request (asyncio, an `httpx.AsyncClient`, "
        "whose TLS context and httpcore import are most of it, one model class and a parse). "
        "Ours builds its pool at the first request and imports asyncio at the first call, so "
        "the Order41 script below, which parses without sending, pays neither.",
        "",
    ]
    rows = []
    for script in scripts:
        if script.error is not None:
            rows.append([script.label, "failed", "-", script.error, "-"])
            continue
        rows.append(
            [
                script.label,
                fmt_time(script.wall_median),
                f"{script.wall_ratio(floor):.2f}x",
                fmt_time(script.inside_median),
                f"{script.inside_ratio(floor):.2f}x",
            ]
        )
    lines += table(["Script", "Process", "vs floor", "Imports", "vs floor"], rows)
    lines.append("")
    failed = any(s.error for s in (ours_parse, default_parse) if s is not None)
    if not with_order41 or failed:
        reason = "a script failed (above)" if failed else "no `generated/order41_gql`"
        lines += [f"Order41: skipped ({reason}).", ""]
        report.target("Order41 import+reach+parse vs floor", "≤ 1.3x", "skipped", None)
        report.target("Order41 import+reach+parse vs defaults", "≥ 4x faster", "skipped", None)
        return
    assert ours_parse and default_parse and default_reach and ours_reach and phases_code
    phases = _phases(phases_code, env, settings.import_runs)
    lines += [
        f"Where ours goes, phase by phase (one script doing the Order41 import + reach + parse "
        f"step by step, {settings.import_runs} runs, medians):",
        "",
        *table(
            ["Phase", "Time"],
            [[label, fmt_time(value)] for label, value in phases],
        ),
        "",
    ]

    def above(script: Script, base: Script) -> float:
        return statistics.median(a - b for a, b in zip(script.inside, base.inside, strict=True))

    vs_floor = ours_parse.wall_ratio(floor)
    vs_working = ours_parse.wall_ratio(working)
    speedup = default_parse.wall_ratio(ours_parse)
    above_floor = above(default_parse, floor) / max(above(ours_parse, floor), 1e-9)
    lines += [
        f"Order41 import + reach + parse ({settings.order41_parse_products} products): "
        f"**{vs_floor:.2f}x the floor**, {vs_working:.2f}x the working floor (process). "
        f"ariadne-codegen's defaults take **{speedup:.1f}x** as long as ours in total "
        "(process). Counting only what each adds (imports, inside the script): on top of the "
        f"floor the defaults cost {above_floor:.1f}x what ours does.",
        "",
    ]
    report.target(
        "Order41 import + reach + parse one response, vs the httpx+pydantic floor",
        "≤ 1.3x",
        f"{vs_floor:.2f}x the floor; {vs_working:.2f}x the working floor (process wall)",
        vs_floor <= 1.3,
    )
    report.target(
        "Order41 import + reach + parse: ariadne-codegen defaults vs ours",
        "≥ 4x faster",
        f"{speedup:.1f}x in total; {above_floor:.1f}x on what each adds above the floor",
        speedup >= 4,
    )


def _phases(code: str, env: dict[str, str], runs: int) -> list[tuple[str, float]]:
    durations: dict[str, list[float]] = {}
    for _ in range(runs + 1):
        done = subprocess.run(
            [sys.executable, "-c", _PRELUDE + code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        marks = json.loads(done.stdout.strip().splitlines()[-1])
        for (_, previous), (label, end) in itertools.pairwise(marks):
            durations.setdefault(label, []).append(end - previous)
    # the first run is a warm-up
    return [(label, statistics.median(v[1:] or v)) for label, v in durations.items()]


_FLOOR = "import httpx\nfrom pydantic import BaseModel"

# What any async GraphQL client on httpx + pydantic needs before its own code: an event loop
# library, a connection pool (httpx builds its TLS context here), a model class and a parse.
_WORKING_FLOOR = """import asyncio
import httpx
from pydantic import BaseModel
http = httpx.AsyncClient()
class Item(BaseModel):
    id: int
    name: str | None = None
Item.model_validate_json(b'{"id": 1, "name": "x"}')
"""

# The Order41 import + reach + parse script, one phase at a time (`_t` is the prelude's clock).
_PHASES = """
_marks = [("start", _t0)]
def _mark(label):
    _marks.append((label, _t.perf_counter()))
import httpx
from pydantic import BaseModel
_mark("httpx + pydantic (the floor)")
import pydantic.fields
_mark("pydantic.fields (any model class needs it)")
import b2b_graphql._client
_mark("b2b_graphql runtime (_client, _errors, _retry, _secrets, _transport)")
import order41_gql
order41_gql.Order41GeneratedClient
_mark("order41_gql package + client module (reach the client)")
client = order41_gql.Order41GeneratedClient(url="http://127.0.0.1/")
_mark("client instance (httpx.AsyncClient; pool and TLS context wait for the first request)")
from order41_gql.list_products import ListProducts
_mark("operation models (list_products + the fragments it spreads, build deferred)")
{response}
try:  # pydantic's own step, private: timed apart so the next phase is the validator build alone
    from pydantic.plugin._loader import get_plugins
except ImportError:
    pass
else:
    get_plugins()
_mark("pydantic plugin discovery (imports importlib.metadata, scans installed entry points)")
result = client.get_model(response, ListProducts)
_mark("first parse (builds the models' validators, then validates)")
import json
print(json.dumps([[label, end] for label, end in _marks]))
"""
