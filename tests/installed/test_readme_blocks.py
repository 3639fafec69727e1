"""Every Python block of the README, run from the installed wheel in a user's directory, against
freshly seeded sandboxes, with the documented environment variables pointing at them."""

from __future__ import annotations

from pathlib import Path

import pytest

from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .conftest import InstalledProduct
from .readme import Block, pyproject, python_blocks


def _marks(block: Block) -> list[pytest.MarkDecorator]:
    marks = []
    if block.kind == "skip":
        marks.append(pytest.mark.skip(reason=block.reason))
    return marks


def _params() -> list[object]:
    return [pytest.param(block, id=block.id, marks=_marks(block)) for block in python_blocks()]


@pytest.fixture
def sandbox_env(
    axro_sandbox_fresh: RunningSandbox,
    order41_sandbox_fresh: RunningSandbox,
    hipex_sandbox_fresh: RunningSandbox,
) -> dict[str, str]:
    """The README's environment variables, pointing at sandboxes seeded for this block alone."""
    env = {"NO_PROXY": "127.0.0.1,localhost"}
    for sandbox in (axro_sandbox_fresh, order41_sandbox_fresh, hipex_sandbox_fresh):
        env |= sandbox.env
    return env


@pytest.mark.parametrize("block", _params())
def test_readme_block_runs(
    block: Block, installed: InstalledProduct, user_project: Path, sandbox_env: dict[str, str]
) -> None:
    if block.kind == "pytest":
        (user_project / "pyproject.toml").write_text(pyproject())
        (user_project / "test_from_readme.py").write_text(block.code)
        args: tuple[str, ...] = ("pytest", "-q", "-p", "no:cacheprovider", "-W", "error")
    else:
        (user_project / "example.py").write_text(block.code)
        args = ("python", "-W", "error", "example.py")
    result = installed.run(*args, cwd=user_project, env=sandbox_env, timeout=120)
    assert result.returncode == 0, f"{block.id}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    assert "Traceback" not in result.stderr, result.stderr
