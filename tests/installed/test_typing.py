"""Types reach the user: `mypy --strict` on a user's script, against the installed wheel only,
sees the generated models and reports wrong-typed arguments (and misspelt per-call options)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .conftest import HERE, InstalledProduct

SCRIPTS = HERE / "user_typing"

_REPORT = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<level>error|note): (?P<text>.*)$")


def _expected(script: Path) -> tuple[dict[int, str], dict[int, str]]:
    """{line: revealed type} and {line: error code}, from the script's comments."""
    reveals: dict[int, str] = {}
    errors: dict[int, str] = {}
    lines = script.read_text().splitlines()
    for number, line in enumerate(lines, start=1):
        if found := re.match(r"\s*# revealed: (.+)$", line):
            reveals[number + 1] = found.group(1)
        if found := re.search(r"# error: ([\w-]+)$", line):
            errors[number] = found.group(1)
    return reveals, errors


def _mypy(
    installed: InstalledProduct, project: Path, name: str
) -> tuple[dict[int, str], dict[int, str]]:
    shutil.copy(SCRIPTS / name, project / name)
    result = installed.run("mypy", "--strict", "--no-incremental", name, cwd=project)
    reveals: dict[int, str] = {}
    errors: dict[int, str] = {}
    for line in result.stdout.splitlines():
        report = _REPORT.match(line)
        if report is None:
            continue
        number, text = int(report["line"]), report["text"]
        if report["level"] == "note" and text.startswith("Revealed type is "):
            reveals[number] = text.removeprefix("Revealed type is ").strip('"')
        elif report["level"] == "error":
            code = re.search(r"\[([\w-]+)\]$", text)
            errors[number] = code.group(1) if code else text
    assert "Cannot find implementation or library stub" not in result.stdout, result.stdout
    return reveals, errors


def test_results_are_the_generated_models_and_wrong_arguments_are_errors(
    installed: InstalledProduct, user_project: Path
) -> None:
    reveals, errors = _mypy(installed, user_project, "typed_calls.py")
    expected_reveals, expected_errors = _expected(SCRIPTS / "typed_calls.py")
    assert expected_reveals and expected_errors
    assert reveals == expected_reveals
    assert errors == expected_errors


@pytest.mark.parametrize(
    "script",
    [
        "misspelt_options.py",
        "misspelt_facade_options.py",
    ],
)
def test_a_misspelt_keyword_is_a_type_error(
    installed: InstalledProduct, user_project: Path, script: str
) -> None:
    _, errors = _mypy(installed, user_project, script)
    _, expected_errors = _expected(SCRIPTS / script)
    assert expected_errors
    assert errors == expected_errors


def test_a_misspelt_call_option_is_refused_before_sending(
    installed: InstalledProduct, user_project: Path, axro_sandbox: RunningSandbox
) -> None:
    script = (
        "import asyncio, os\n"
        "from b2b_graphql import AxroClient, InputValidationError\n"
        "async def main():\n"
        "    async with AxroClient.from_env() as axro:\n"
        "        try:\n"
        "            await axro.brands(timout=5)\n"
        "        except InputValidationError as error:\n"
        "            print(error)\n"
        "asyncio.run(main())\n"
    )
    (user_project / "misspelt.py").write_text(script)
    result = installed.python("misspelt.py", cwd=user_project, env=axro_sandbox.env)
    assert result.returncode == 0, result.stderr
    assert "timout" in result.stdout
    assert axro_sandbox.faults.requests["brands"] == 0  # nothing was sent
