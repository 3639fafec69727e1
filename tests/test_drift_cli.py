"""`introspect`, `check`, `update`, `diff`, `scaffold` end to end, against sandboxes over HTTP."""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from b2b_graphql.__main__ import main
from b2b_graphql.sandbox import SandboxServer
from b2b_graphql.sandbox.axro import AxroSandbox, create_app

ROOT = Path(__file__).resolve().parents[1]
SDL = (ROOT / "schemas/axro.graphql").read_text()


def update(root: Path, url: str) -> int:
    return main(["update", "--api", "axro", "--url", url, "--root", str(root)])


def serve(sdl: str) -> SandboxServer:
    return SandboxServer(create_app(AxroSandbox.seeded(products=30), sdl=sdl), path="/gql/v1")


@pytest.fixture(scope="module")
def live() -> Iterator[str]:
    with serve(SDL) as server:
        yield server.url


# Removes a field our `shipments` operation selects, adds a required argument to one we call,
# changes a default, and removes a type field nothing of ours selects... (all fields are selected,
# so a field of an unused root is tightened instead).
BROKEN = (
    SDL.replace("  trackingCode: String\n", "")
    .replace("categories: [Category]", "categories(lang: String!): [Category]")
    .replace("check: Boolean = false", "check: Boolean = true")
)


def test_check_against_an_unchanged_api_passes(live: str, capsys) -> None:
    assert main(["check", "--api", "axro", "--url", live, "--root", str(ROOT)]) == 0
    assert "breaking" not in capsys.readouterr().out.split("\n", 1)[0].lower().replace(
        "0 breaking", ""
    )


def test_check_reports_breaking_changes_with_annotations(capsys) -> None:
    with serve(BROKEN) as server:
        code = main(["check", "--api", "axro", "--url", server.url, "--root", str(ROOT),
                     "--format", "github"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "::error file=queries/axro/shipments.graphql,line=" in out
    assert "ShipmentItem.trackingCode" in out
    assert "Query.categories(lang:)" in out
    assert "::warning" in out and "Mutation.shippingCreate(check:)" in out


def test_check_json_and_fail_on(capsys) -> None:
    with serve(BROKEN) as server:
        args = [
            "check",
            "--api",
            "axro",
            "--url",
            server.url,
            "--root",
            str(ROOT),
            "--format",
            "json",
        ]
        assert main([*args, "--fail-on", "never"]) == 0
        report = json.loads(capsys.readouterr().out)
    assert report["version"] == 2
    removed = next(c for c in report["changes"] if c["coordinate"] == "ShipmentItem.trackingCode")
    assert removed["severity"] == "breaking" and removed["affects_client"]
    assert removed["locations"][0]["file"] == "queries/axro/shipments.graphql"


def test_update_writes_snapshot_and_regenerates(axro_project: Path) -> None:
    additive = SDL.replace("  modifiedAt: String\n", "  modifiedAt: String\n  weight: Int\n")
    with serve(additive) as server:
        assert (
            main(["update", "--api", "axro", "--url", server.url, "--root", str(axro_project)]) == 0
        )
        assert "weight: Int" in (axro_project / "schemas/axro.graphql").read_text()
        assert "weight: Int" in (axro_project / "generated/axro_gql/axro.graphql").read_text()
        assert main(["generate", "--check", "--api", "axro", "--root", str(axro_project)]) == 0
        # The regenerated client imports and works (in a fresh interpreter, from the copy).
        script = (
            "import asyncio, axro_gql\n"
            "from b2b_graphql.sandbox.axro import DEFAULT_TOKEN\n"
            "from b2b_graphql._auth import StaticTokenAuth\n"
            "async def go():\n"
            f"    c = axro_gql.AxroGeneratedClient(url={server.url!r},\n"
            "                                     auth=StaticTokenAuth(DEFAULT_TOKEN))\n"
            "    print(len((await c.products(limit=3)).products.products), axro_gql.__file__)\n"
            "asyncio.run(go())\n"
        )
        env = {**os.environ, "PYTHONPATH": str(axro_project / "generated")}
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True
        )
    assert out.returncode == 0, out.stderr
    count, origin = out.stdout.split()
    assert count == "3" and origin.startswith(str(axro_project))


def test_update_refuses_when_an_operation_breaks(axro_project: Path, capsys) -> None:
    before = (axro_project / "schemas/axro.graphql").read_text()
    with serve(BROKEN) as server:
        assert (
            main(["update", "--api", "axro", "--url", server.url, "--root", str(axro_project)]) == 1
        )
    assert "no longer validate" in capsys.readouterr().err
    assert (axro_project / "schemas/axro.graphql").read_text() == before


def test_introspect_is_deterministic(live: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a.graphql", tmp_path / "b.graphql"
    assert main(["introspect", live, "-o", str(first)]) == 0
    assert main(["introspect", live, "-o", str(second)]) == 0
    assert first.read_text() == second.read_text()
    assert "type Query" in first.read_text() and "scalar JSON" in first.read_text()


def test_diff_of_files(tmp_path: Path, capsys) -> None:
    (tmp_path / "new.graphql").write_text(BROKEN)
    args = ["diff", str(ROOT / "schemas/axro.graphql"), str(tmp_path / "new.graphql")]
    assert main([*args, "--operations", str(ROOT / "queries/axro")]) == 1
    assert "ShipmentItem.trackingCode" in capsys.readouterr().out
    assert main([*args, "--fail-on", "never"]) == 0


def test_exit_codes_for_unreachable_and_misconfigured(tmp_path: Path, capsys) -> None:
    assert main(["introspect", "http://127.0.0.1:9/graphql"]) == 3
    assert main(["check", "--api", "nope", "--root", str(ROOT)]) == 2
    assert main(["introspect", "http://127.0.0.1:9/", "-H", "no-colon"]) == 2
    err = capsys.readouterr().err
    assert "nope" in err


def test_token_env_is_sent_and_never_printed(live: str, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DRIFT_TOKEN", "very-secret-value")
    assert main(["introspect", live, "--token-env", "DRIFT_TOKEN"]) == 0
    monkeypatch.setenv("DRIFT_TOKEN", "very-secret-value")
    assert main(["introspect", "http://127.0.0.1:9/", "--token-env", "DRIFT_TOKEN"]) == 3
    captured = capsys.readouterr()
    assert "very-secret-value" not in captured.out + captured.err


def test_scaffold_command(tmp_path: Path, capsys) -> None:
    out = tmp_path / "ops"
    out.mkdir()
    (out / "mine.graphql").write_text("query brands { brands { brands } }\n")
    assert (
        main(["scaffold", "--schema", str(ROOT / "schemas/axro.graphql"), "--out", str(out)]) == 0
    )
    assert (out / "mine.graphql").read_text() == "query brands { brands { brands } }\n"
    written = capsys.readouterr().out
    wrote = [line for line in written.splitlines() if line.startswith("wrote")]
    assert wrote and not any("brands" in line for line in wrote)
    assert "1 root field(s) already had an operation" in written
    assert (
        main(["scaffold", "--schema", str(ROOT / "schemas/axro.graphql"), "--out", str(out)]) == 0
    )
    assert "already has an operation" in capsys.readouterr().out


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    from b2b_graphql.__main__ import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_subcommand_and_option_is_described(name: str) -> None:
    """Issue 13/14: a one-line description per subcommand, help for every argument."""
    command = _subcommands()[name]
    assert command.description and "\n" not in command.description
    for action in command._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help, f"{name}: {action.dest} has no help"


def test_retries_are_reported_as_they_happen(capsys) -> None:
    """A flaky endpoint: each retry is announced on stderr before its wait, with its number."""
    with serve(SDL) as server:
        server.faults.inject("http_error", count=1, status=503)
        assert main(["introspect", server.url, "--timeout", "20"]) == 0
    err = capsys.readouterr().err
    assert err.index("introspecting") < err.index("HTTP 503; attempt 2/")


def test_timeout_is_honest_about_attempts(capsys) -> None:
    import socket

    with socket.socket() as stalled:  # accepts connections, never answers
        stalled.bind(("127.0.0.1", 0))
        stalled.listen(8)
        url = f"http://127.0.0.1:{stalled.getsockname()[1]}/graphql"
        assert main(["introspect", url, "--timeout", "1.5"]) == 3
    err = capsys.readouterr().err
    assert err.index("introspecting") < err.index("no answer within 1.5s")
    assert "attempt" in err


def test_diff_takes_a_url_on_either_side(live: str, tmp_path: Path, capsys) -> None:
    (tmp_path / "new.graphql").write_text(BROKEN)
    assert main(["diff", live, str(tmp_path / "new.graphql"), "--fail-on", "never"]) == 0
    assert "FIELD_REMOVED ShipmentItem.trackingCode" in capsys.readouterr().out
    assert main(["diff", str(ROOT / "schemas/axro.graphql"), live]) == 0
    assert "No schema changes." in capsys.readouterr().out


def test_operations_take_files_folders_and_globs(tmp_path: Path, capsys, monkeypatch) -> None:
    (tmp_path / "new.graphql").write_text(BROKEN)
    monkeypatch.chdir(ROOT)
    args = ["diff", "schemas/axro.graphql", str(tmp_path / "new.graphql"), "--format", "json"]
    found = {}
    for spec in (
        ["queries/axro/shipments.graphql"],
        ["queries/axro"],
        ["queries/**/ship*.graphql"],
        [str(ROOT / "queries/axro/shipments.graphql"), "queries/axro/catalog.graphql"],
    ):
        assert main([*args, "--operations", *spec]) == 1
        report = json.loads(capsys.readouterr().out)
        removed = next(c for c in report["changes"] if c["code"] == "FIELD_REMOVED")
        found[spec[0]] = removed["locations"][0]["file"]
    # Absolute inputs are annotated relative to the working directory (the repository).
    assert set(found.values()) == {"queries/axro/shipments.graphql"}
    assert main([*args, "--operations", "queries/nothing/*.graphql"]) == 2
    assert "no operation files match" in capsys.readouterr().err


def test_validate_reports_errors_and_deprecated_usage(tmp_path: Path, capsys) -> None:
    schema = tmp_path / "s.graphql"
    schema.write_text('type Query { a: Int\n old: Int @deprecated(reason: "use a") }\n')
    (tmp_path / "ops").mkdir()
    good = tmp_path / "ops/good.graphql"
    good.write_text("query q {\n  a\n  old\n}\n")
    bad = tmp_path / "ops/bad.graphql"
    bad.write_text("query r {\n  nope\n}\n")
    assert main(["validate", "--schema", str(schema), str(good)]) == 0
    out = capsys.readouterr().out
    assert f"{good}:3:3: deprecated: The field Query.old is deprecated. use a" in out
    assert main(["validate", "--schema", str(schema), str(good), "--fail-on-deprecated"]) == 1
    capsys.readouterr()
    assert main(["validate", "--schema", str(schema), str(tmp_path / "ops/*.graphql")]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:2:3: error: Cannot query field 'nope' on type 'Query'." in out
    assert "2 files: 1 error(s), 1 deprecated usage(s)" in out
    assert main(["validate", "--schema", str(schema), str(bad), "--format", "github"]) == 1
    assert (
        f"::error file={bad},line=2,col=3,title=invalid operation::Cannot query field 'nope'"
        in capsys.readouterr().out
    )


def test_check_formats_summary_and_ignore_rules(axro_project: Path, tmp_path: Path, capsys) -> None:
    config = axro_project / "codegen/axro.toml"
    config.write_text(
        config.read_text().replace(
            "[tool.ariadne-codegen]",
            '[[tool.b2b-graphql.ignore]]\ncoordinate = "ShipmentItem.trackingCode"\n'
            'code = "FIELD_REMOVED"\nreason = "AXRO drops tracking codes in June"\n\n'
            "[tool.ariadne-codegen]",
        )
    )
    summary = tmp_path / "summary.md"
    with serve(BROKEN) as server:
        args = ["check", "--api", "axro", "--url", server.url, "--root", str(axro_project)]
        code = main([*args, "--format", "gitlab", "--summary", str(summary)])
    issues = json.loads(capsys.readouterr().out)
    ignored = next(i for i in issues if "trackingCode" in i["description"])
    assert "[ignored: AXRO drops tracking codes in June]" in ignored["description"]
    assert ignored["severity"] == "info"
    assert code == 1  # the other breaking change (categories(lang:)) still fails
    assert "### Schema drift: axro" in summary.read_text()
    assert "`ARG_ADDED`" in summary.read_text()


def test_update_of_one_field_is_a_small_diff_that_keeps_comments(axro_project: Path) -> None:
    schema = axro_project / "schemas/axro.graphql"
    before = schema.read_text()
    additive = SDL.replace("  modifiedAt: String\n", "  modifiedAt: String\n  weight: Int\n", 1)
    with serve(additive) as server:
        assert update(axro_project, server.url) == 0
    after = schema.read_text()
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == ["+  weight: Int"]
    assert [line for line in before.splitlines() if line.startswith("#")] == [
        line for line in after.splitlines() if line.startswith("#")
    ]


def test_a_failing_update_changes_nothing(axro_project: Path, capsys) -> None:
    """Codegen fails after the schema was patched: the file is restored, generated/ untouched,
    and the exit code (4) says it was code generation."""
    config = axro_project / "codegen/axro.toml"
    config.write_text(config.read_text().replace("plugins = [", 'plugins = [\n  "no.such.Plugin",'))
    schema = axro_project / "schemas/axro.graphql"
    before = schema.read_bytes()
    generated = {p: p.read_bytes() for p in (axro_project / "generated").rglob("*") if p.is_file()}
    additive = SDL.replace("  modifiedAt: String\n", "  modifiedAt: String\n  weight: Int\n", 1)
    with serve(additive) as server:
        assert update(axro_project, server.url) == 4
    assert "restored" in capsys.readouterr().err
    assert schema.read_bytes() == before
    assert {
        p: p.read_bytes() for p in (axro_project / "generated").rglob("*") if p.is_file()
    } == generated


def test_scaffold_dry_run_prints_the_text_and_domains_are_configurable(
    tmp_path: Path, capsys
) -> None:
    schema = tmp_path / "s.graphql"
    schema.write_text("type W { id: ID! }\ntype Query { gizmoList: [W!]! widgets: [W!]! }\n")
    args = ["scaffold", "--schema", str(schema), "--out", str(tmp_path / "ops"), "--dry-run"]
    assert main([*args, "--domain", "gizmo=gadgets"]) == 0
    out = capsys.readouterr().out
    assert f"# --- would write {tmp_path / 'ops/gadgets.graphql'}: gizmoList" in out
    assert "query widgets {\n  widgets {\n    id\n  }\n}" in out  # grouped by type W: w.graphql
    assert f"{tmp_path / 'ops/w.graphql'}" in out
    assert not (tmp_path / "ops").exists()
    assert main([*args, "--domain", "nonsense"]) == 2


def test_init_from_a_url_with_a_custom_api_name(live: str, tmp_path: Path, capsys) -> None:
    """A URL is introspected into the snapshot and becomes the config's url; api_name in the
    config reaches the generated client's base class."""
    assert main(["init", "shop", "--schema", live, "--dir", str(tmp_path), "--no-generate"]) == 0
    assert "type Query" in (tmp_path / "schemas/shop.graphql").read_text()
    config = tmp_path / "codegen/shop.toml"
    assert f'url = "{live}"' in config.read_text()
    config.write_text(config.read_text().replace('api_name = "shop"', 'api_name = "shop-api"'))
    assert main(["generate", "--api", "shop", "--root", str(tmp_path)]) == 0
    base = (tmp_path / "generated/shop_gql/async_base_client.py").read_text()
    assert 'api_name = "shop-api"' in base
    assert main(["check", "--api", "shop", "--root", str(tmp_path)]) == 0
    assert "No schema changes." in capsys.readouterr().out
    assert main(["init", "Bad-Name", "--schema", live, "--dir", str(tmp_path)]) == 2


def test_config_headers_read_the_environment(tmp_path: Path, monkeypatch) -> None:
    from b2b_graphql.config import load_api

    (tmp_path / "codegen").mkdir()
    (tmp_path / "codegen/x.toml").write_text(
        '[tool.b2b-graphql]\nheaders = { Authorization = "Bearer $X_TOKEN", '
        'X-Tenant = "${X_TENANT}-eu", X-Fixed = "yes" }\n'
        '[tool.ariadne-codegen]\nschema_path = "s.graphql"\nqueries_path = "q"\n'
    )
    monkeypatch.delenv("X_TOKEN", raising=False)
    monkeypatch.setenv("X_TENANT", "acme")
    api = load_api("x", tmp_path)
    # An unset variable leaves its header out: anonymous introspection still works.
    assert api.resolved_headers() == {"X-Tenant": "acme-eu", "X-Fixed": "yes"}
    monkeypatch.setenv("X_TOKEN", "t0k3n")
    assert api.resolved_headers()["Authorization"] == "Bearer t0k3n"


def test_custom_sandbox_serves_deterministic_typed_data(tmp_path: Path) -> None:
    """The docs/drift.md snippet: schema-driven data for any schema, over real HTTP."""
    import httpx

    from b2b_graphql.sandbox.custom import DEFAULT_PATH, create_app_from_file

    schema = tmp_path / "s.graphql"
    schema.write_text(
        "scalar DateTime\nenum K { A B }\ntype W { id: ID! at: DateTime! k: K! }\n"
        "type G { id: ID! }\nunion U = W | G\n"
        "type Query { ws(first: Int): [W!]! u: U }\ntype Mutation { make(n: String!): W! }\n"
    )
    query = {"query": "{ ws(first: 2) { id at k } u { __typename } }"}
    with SandboxServer(create_app_from_file(schema), path=DEFAULT_PATH) as server:
        first = httpx.post(server.url, json=query, timeout=10).json()
        second = httpx.post(server.url, json=query, timeout=10).json()
        made = httpx.post(
            server.url, json={"query": 'mutation { make(n: "x") { id } }'}, timeout=10
        ).json()
    assert first == second and "errors" not in first
    widgets = first["data"]["ws"]
    assert len(widgets) == 2 and {w["k"] for w in widgets} <= {"A", "B"}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", w["at"]) for w in widgets)
    assert first["data"]["u"]["__typename"] in {"W", "G"}
    assert made["data"]["make"]["id"]
