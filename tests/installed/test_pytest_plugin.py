"""The pytest plugin as another project uses it: auto-loaded from the installed wheel."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import HERE, InstalledProduct

SUITE = HERE / "user_suite"


def test_a_user_suite_uses_all_three_sandboxes_in_isolation(
    installed: InstalledProduct, user_project: Path
) -> None:
    shutil.copytree(SUITE, user_project, dirs_exist_ok=True)
    tests = sorted(
        line.split("(")[0].removeprefix("async def ").removeprefix("def ")
        for line in (SUITE / "test_with_sandboxes.py").read_text().splitlines()
        if line.startswith(("def test_", "async def test_"))
    )
    result = installed.run("pytest", "-v", "-p", "no:cacheprovider", cwd=user_project)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    for name in tests:  # every test ran, and passed
        assert f"test_with_sandboxes.py::{name} PASSED" in result.stdout, name


def test_without_the_sandbox_extra_a_fixture_says_what_to_install(
    installed_bare: InstalledProduct, user_project: Path
) -> None:
    (user_project / "test_bare.py").write_text(
        "def test_unrelated():\n"
        "    assert True\n\n\n"
        "def test_needs_a_sandbox(axro_sandbox):\n"
        "    pass\n"
    )
    result = installed_bare.run("pytest", "-p", "no:cacheprovider", cwd=user_project)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output  # one test failed, nothing crashed
    assert "1 passed" in output and "1 error" in output, output
    assert "pip install 'b2b-graphql[sandbox]'" in output
    assert "ModuleNotFoundError" not in output and "Traceback" not in output, output
