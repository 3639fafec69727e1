"""docs/ci/schema-drift.yml runs as written: its steps, read from the file, are run one after
the other with bash in a scratch user repository (set up by `b2b-graphql init`), with only the
wheel installed and a sandbox standing in for the live API, under GitHub's step semantics (a
failed step skips the rest unless their `if:` says otherwise)."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .conftest import ROOT, InstalledProduct
from .test_drift_check import sandbox_process
from .test_init_project import SHOP

WORKFLOW = ROOT / "docs/ci/schema-drift.yml"
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def _workflow() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text())
    return document


def _value(expression: str, matrix: dict[str, Any]) -> Any:
    """The few expressions the workflow uses; anything else fails the test (update both)."""
    negate = expression.startswith("!")
    name = expression.lstrip("!")
    if name.startswith("matrix."):
        value: Any = matrix.get(name.removeprefix("matrix."), "")
    elif name.startswith("secrets."):
        value = ""
    elif name in {"cancelled()", "always()"}:
        value = name == "always()"  # nothing here cancels a run
    else:
        raise AssertionError(f"the test does not know the expression {expression!r}")
    return (not value) if negate else value


def _expand(text: str, matrix: dict[str, Any]) -> str:
    return EXPRESSION.sub(lambda m: str(_value(m.group(1), matrix)), text)


def _runs(condition: str | None, matrix: dict[str, Any], failed: bool) -> bool:
    if condition is None:
        return not failed
    expression = EXPRESSION.fullmatch(condition.strip())
    inner = expression.group(1) if expression else condition.strip()
    status_function = inner.lstrip("!") in {"cancelled()", "always()"}
    return bool(_value(inner, matrix)) and (status_function or not failed)


@dataclass
class JobRun:
    outcomes: dict[str, str] = field(default_factory=dict)
    output: str = ""
    summary: str = ""

    @property
    def failed(self) -> bool:
        return "failure" in self.outcomes.values()


def run_job(installed: InstalledProduct, repo: Path, matrix: dict[str, Any], tmp: Path) -> JobRun:
    workflow = _workflow()
    (job,) = workflow["jobs"].values()
    summary = tmp / f"summary-{matrix['api']}.md"
    summary.write_text("")
    run = JobRun()
    for step in job["steps"]:
        name = _expand(step.get("name", step.get("uses", "")), matrix)
        if "uses" in step:
            run.outcomes[name] = "skipped (action)"  # the scratch repo is the checkout
            continue
        if step["name"] == "Install b2b-graphql":
            # The venv already holds the wheel; the step must install what the README says.
            assert step["run"] == 'python -m pip install "$B2B_GRAPHQL"'
            assert re.fullmatch(
                r"b2b-graphql\[codegen\] @ git\+https://\S+@v?[\w.]+",
                workflow["env"]["B2B_GRAPHQL"],
            )
            run.outcomes[name] = "success"
            continue
        if not _runs(step.get("if"), matrix, run.failed):
            run.outcomes[name] = "skipped"
            continue
        env = {
            **{k: str(v) for k, v in workflow.get("env", {}).items()},
            **{k: _expand(str(v), matrix) for k, v in step.get("env", {}).items()},
            "GITHUB_STEP_SUMMARY": str(summary),
            "CI": "true",
        }
        result = _bash(installed, _expand(step["run"], matrix), repo, env)
        run.outcomes[name] = "success" if result.returncode == 0 else "failure"
        run.output += f"--- {name} (exit {result.returncode})\n{result.stdout}{result.stderr}"
    run.summary = summary.read_text()
    return run


def _bash(
    installed: InstalledProduct, script: str, repo: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """What a `run:` step does on a runner: `bash -e`, the venv's tools first on PATH."""
    path = f"{installed.venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"
    base = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=repo,
        env={**base, **env, "PATH": path},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_workflow_lints_and_lists_the_shipped_apis() -> None:
    lint = subprocess.run(
        [str(Path(__file__).parents[2] / ".venv/bin/actionlint"), str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout
    (job,) = _workflow()["jobs"].values()
    matrix = {entry["api"]: entry["live"] for entry in job["strategy"]["matrix"]["include"]}
    assert matrix == {"axro": True, "order41": True, "hipex": False}


def test_the_workflow_runs_green_then_reports_drift(
    installed: InstalledProduct, user_project: Path, tmp_path: Path
) -> None:
    (tmp_path / "shop.graphql").write_text(SHOP)
    (tmp_path / "drifted.graphql").write_text(SHOP.replace("  tags: [String!]!\n", ""))
    with sandbox_process(
        installed, "--schema", str(tmp_path / "shop.graphql"), cwd=tmp_path
    ) as live:
        installed.run(
            "b2b-graphql", "init", "shop", "--schema", tmp_path / "shop.graphql",
            "--url", str(live["url"]), cwd=user_project, check=True,
        )  # fmt: skip
        green = run_job(installed, user_project, {"api": "shop", "live": True}, tmp_path)
    assert not green.failed, green.output
    assert green.outcomes["Check shop against its live schema"] == "success"
    assert "shop: generated/shop_gql is up to date" in green.output
    assert "### Schema drift: shop" in green.summary and "No schema changes." in green.summary

    # The same endpoint (port) now serves a schema without Widget.tags, which an operation uses.
    port = str(live["url"]).split(":")[2].split("/")[0]
    drifted = ("--schema", str(tmp_path / "drifted.graphql"), "--port", port)
    with sandbox_process(installed, *drifted, cwd=tmp_path):
        red = run_job(installed, user_project, {"api": "shop", "live": True}, tmp_path)
    assert red.outcomes["Check shop against its live schema"] == "failure"
    assert "::error file=queries/shop/" in red.output and "FIELD_REMOVED Widget.tags" in red.output
    # The generated-code step runs although the check failed.
    assert red.outcomes["Generated code of shop is current"] == "success"
    assert "`FIELD_REMOVED`" in red.summary


def test_the_workflow_skips_the_end_of_life_hipex_on_purpose(
    installed: InstalledProduct, user_project: Path, tmp_path: Path
) -> None:
    run = run_job(installed, user_project, {"api": "hipex", "live": False}, tmp_path)
    assert not run.failed, run.output
    assert run.outcomes["Check hipex against its live schema"] == "skipped"
    assert "::notice title=schema drift::hipex is end of life" in run.output
    assert "end of life" in run.summary
    assert "no codegen/hipex.toml here" in run.output
