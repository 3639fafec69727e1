"""The product as a user gets it: the wheel built from this checkout, installed with its extras
into a scratch venv, and driven from a directory that is not this checkout.

`installed` (session-scoped) builds the wheel once and installs it; `user_project` is a fresh
empty directory outside the repository for each test. Tests run the venv's own `python`,
`b2b-graphql`, `mypy` and `pytest`, so nothing here can reach the checkout's sources: the venv
has no editable install and the working directory is not the repo.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
#: Files of a user's own project, copied into `user_project` and run there (not by our pytest).
collect_ignore = ["user_suite"]
#: Extras a user installs to get everything: codegen for `generate`/`update`, sandbox for the
#: servers and the pytest plugin.
EXTRAS = "codegen,sandbox"
#: What a user's own project adds beside our package to type-check and test their code.
USER_TOOLS = ("mypy", "pytest", "pytest-asyncio")


def _uv() -> str:
    found = shutil.which("uv") or str(Path.home() / ".local/bin/uv")
    if not Path(found).exists():
        pytest.skip("uv is not installed (make setup installs it)")
    return found


@dataclass(frozen=True)
class InstalledProduct:
    """A scratch venv holding the built wheel: run its tools from anywhere."""

    venv: Path
    wheel: Path

    def bin(self, name: str) -> Path:
        return self.venv / "bin" / name

    def run(
        self,
        program: str,
        *args: str | os.PathLike[str],
        cwd: Path,
        env: Mapping[str, str] | None = None,
        timeout: float = 300,
        check: bool = False,
    ) -> subprocess.CompletedProcess[str]:
        """`program` from the venv's bin (python, b2b-graphql, mypy, pytest...), in `cwd`.

        The environment is the test's own minus anything that would point Python back at the
        checkout (PYTHONPATH, VIRTUAL_ENV), plus `env`."""
        base = {
            k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PWD"}
        }
        base["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{base.get('PATH', '')}"
        result = subprocess.run(
            [str(self.bin(program)), *map(str, args)],
            cwd=cwd,
            env={**base, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"{program} {' '.join(map(str, args))} exited {result.returncode}\n"
                f"--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}"
            )
        return result

    def python(
        self, *args: str | os.PathLike[str], cwd: Path, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        return self.run("python", *args, cwd=cwd, **kwargs)  # type: ignore[arg-type]


def _sh(command: Sequence[str], **kwargs: object) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]


def _install(uv: str, venv: Path, *requirements: str) -> None:
    _sh([uv, "venv", "-q", "--python", sys.executable, str(venv)])
    _sh([uv, "pip", "install", "-q", "--python", str(venv / "bin/python"), *requirements])


@pytest.fixture(scope="session")
def installed() -> Iterator[InstalledProduct]:
    """Build the wheel from this checkout and install it with its extras into a scratch venv."""
    uv = _uv()
    scratch = Path(tempfile.mkdtemp(prefix="b2b-installed-"))
    try:
        dist = scratch / "dist"
        _sh([uv, "build", "--wheel", "-q", "-o", str(dist), str(ROOT)], cwd=ROOT)
        wheel = next(dist.glob("b2b_graphql-*.whl"))
        venv = scratch / "venv"
        _install(uv, venv, f"{wheel}[{EXTRAS}]", *USER_TOOLS)
        yield InstalledProduct(venv=venv, wheel=wheel)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture(scope="session")
def installed_bare(installed: InstalledProduct) -> Iterator[InstalledProduct]:
    """The same wheel without any extra (a plain `pip install b2b-graphql`), plus pytest."""
    scratch = Path(tempfile.mkdtemp(prefix="b2b-installed-bare-"))
    try:
        _install(_uv(), scratch / "venv", str(installed.wheel), *USER_TOOLS)
        yield InstalledProduct(venv=scratch / "venv", wheel=installed.wheel)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture
def user_project() -> Iterator[Path]:
    """An empty directory outside the checkout, as a user's own project would be."""
    path = Path(tempfile.mkdtemp(prefix="b2b-user-project-"))
    assert ROOT not in path.parents
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
