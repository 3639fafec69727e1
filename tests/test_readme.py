"""The README is complete: every Python block is a whole program (or a whole test file), and
everything a user can configure is documented. tests/installed/test_readme_blocks.py runs the
blocks from the installed wheel against the sandboxes."""

from __future__ import annotations

import ast
import dataclasses
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from b2b_graphql._options import CallOptions, ClientOptions
from b2b_graphql.sandbox.pytest_plugin import APIS, RunningSandbox

from .installed.readme import README, Block, blocks, python_blocks

ROOT = Path(__file__).resolve().parents[1]
TEXT = README.read_text()
#: Blocks marked not runnable: they must stay few, and each must say why.
MAX_SKIPPED = 2


@pytest.mark.parametrize("block", python_blocks(), ids=lambda b: b.id)
def test_block_is_a_whole_program(block: Block) -> None:
    if block.kind == "skip":
        assert block.reason, f"{block.id}: a skipped block says why"
        return
    tree = ast.parse(block.code, filename=block.id)  # no top-level `async with` / `await`
    assert block.kind in {"script", "pytest"}, block.kind
    if block.kind == "script":
        has_async = any(isinstance(node, ast.AsyncFunctionDef) for node in tree.body)
        if has_async:
            assert block.code.rstrip().endswith("asyncio.run(main())"), block.id
    else:
        tests = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        assert tests and all(n.name.startswith("test_") for n in tests), block.id


@pytest.mark.parametrize("block", python_blocks(), ids=lambda b: b.id)
def test_block_uses_no_undefined_name(block: Block, tmp_path: Path) -> None:
    path = tmp_path / f"{block.id.replace('-', '_')}.py"
    path.write_text(block.code)
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated", "--select", "F",
         "--target-version", "py311", str(path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("block", python_blocks(), ids=lambda b: b.id)
def test_block_is_formatted(block: Block) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", "100", "-"],
        input=block.code, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert result.stdout == block.code, f"{block.id}: ruff format would change it"


def test_few_blocks_are_not_run() -> None:
    skipped = [b.id for b in blocks() if b.kind == "skip"]
    assert len(skipped) <= MAX_SKIPPED, skipped
    assert sum(b.kind == "pytest" for b in blocks()) >= 1
    assert sum(b.kind == "pyproject" for b in blocks()) == 1


def _env_vars_read() -> set[str]:
    names: set[str] = set()
    for api in APIS:
        source = (ROOT / f"src/b2b_graphql/{api}/client.py").read_text()
        names |= set(re.findall(r'os\.environ(?:\.get\(|\[)"([A-Z0-9_]+)"', source))
    return names


@pytest.mark.parametrize("name", sorted(_env_vars_read()))
def test_every_environment_variable_a_client_reads_is_documented(name: str) -> None:
    assert f"`{name}`" in TEXT


@pytest.mark.parametrize(
    "option",
    sorted(set(typing.get_type_hints(ClientOptions)) | set(typing.get_type_hints(CallOptions))),
)
def test_every_client_and_call_option_is_documented(option: str) -> None:
    assert f"`{option}=" in TEXT


@pytest.mark.parametrize("api", APIS)
def test_every_fixture_is_documented(api: str) -> None:
    from b2b_graphql.sandbox import pytest_plugin

    for name in (f"{api}_sandbox", f"{api}_sandbox_fresh"):
        assert hasattr(pytest_plugin, name), name
        assert f"`{name}`" in TEXT, name


def _fixture_attributes() -> list[str]:
    properties = [n for n, v in vars(RunningSandbox).items() if isinstance(v, property)]
    return sorted({f.name for f in dataclasses.fields(RunningSandbox)} | set(properties))


@pytest.mark.parametrize("attribute", _fixture_attributes())
def test_every_fixture_attribute_is_documented(attribute: str) -> None:
    assert f"| `.{attribute}`" in TEXT, attribute
