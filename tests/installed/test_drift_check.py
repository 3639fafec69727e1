"""`b2b-graphql check` from an installed wheel alone: each shipped client package carries its
SDL, its operations and its config, so no file of this checkout is needed."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import InstalledProduct

SHIPPED = ("axro", "order41", "hipex")


@contextmanager
def sandbox_process(
    installed: InstalledProduct, *args: str, cwd: Path
) -> Iterator[dict[str, object]]:
    """`b2b-graphql sandbox ARGS --json` in the background; yields its ready line."""
    process = subprocess.Popen(
        [str(installed.bin("b2b-graphql")), "sandbox", *args, "--json"],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise AssertionError(f"sandbox {args} did not start: {process.stderr.read()}")  # type: ignore[union-attr]
        yield json.loads(line)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("api", SHIPPED)
def test_check_of_a_shipped_api_needs_only_the_wheel(
    installed: InstalledProduct, user_project: Path, api: str
) -> None:
    with sandbox_process(installed, api, cwd=user_project) as ready:
        result = installed.run(
            "b2b-graphql", "check", "--api", api, "--url", str(ready["url"]), "--timeout", "20",
            cwd=user_project, check=True,
        )  # fmt: skip
    assert "No schema changes" in result.stdout
    assert list(user_project.iterdir()) == []


def test_check_reports_drift_against_the_installed_operations(
    installed: InstalledProduct, user_project: Path
) -> None:
    """The installed operations are what a removed field is judged against."""
    shipped = installed.python(
        "-c", "import axro_gql, pathlib; print(pathlib.Path(axro_gql.__file__).parent)",
        cwd=user_project, check=True,
    ).stdout.strip()  # fmt: skip
    sdl = (Path(shipped) / "axro.graphql").read_text()
    changed = user_project / "changed.graphql"
    changed.write_text(sdl.replace("  trackingCode: String\n", ""))
    result = installed.run(
        "b2b-graphql", "diff", str(Path(shipped) / "axro.graphql"), str(changed),
        "--api", "axro", "--format", "json", cwd=user_project,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    removed = next(c for c in report["changes"] if c["code"] == "FIELD_REMOVED")
    assert removed["coordinate"] == "ShipmentItem.trackingCode"
    assert removed["locations"][0]["file"] == "axro_gql/operations/shipments.graphql"
