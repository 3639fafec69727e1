"""Regenerating clients, and checking that `generated/` is what the inputs produce.

ariadne-codegen writes into a package folder and never deletes: a removed operation leaves its
module behind. We always generate into a scratch folder, then either compare (check mode) or
replace the whole package (so orphans go), and never leave a half-written package.
"""

from __future__ import annotations

import contextlib
import difflib
import filecmp
import io
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import B2BGraphQLError
from ..config import ApiConfig

__all__ = ["GenerateError", "GenerationResult", "generate"]


class GenerateError(B2BGraphQLError):
    """ariadne-codegen refused the inputs (invalid schema or operation, bad config)."""


@dataclass
class GenerationResult:
    api: str
    package: Path
    stale: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)

    @property
    def up_to_date(self) -> bool:
        return not (self.stale or self.missing or self.orphans)


def generate(
    api: ApiConfig, *, check: bool = False, progress: Callable[[str], None] | None = None
) -> GenerationResult:
    """Generate `api`'s client. With `check`, write nothing and report what differs."""
    with tempfile.TemporaryDirectory(prefix=f"b2b-graphql-{api.name}-") as scratch:
        fresh = _run_codegen(api, Path(scratch))
        result = _compare(api, fresh)
        if not check and not result.up_to_date:
            _replace(fresh, api.package_path)
        if progress:
            progress(f"{api.name}: {'checked' if check else 'generated'} {api.package_path.name}")
        return result


def _run_codegen(api: ApiConfig, scratch: Path) -> Path:
    try:
        from ariadne_codegen.main import client
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise GenerateError(
            "generating needs ariadne-codegen: pip install 'b2b-graphql[codegen]'"
        ) from exc
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            client(api.codegen_config(target_package_path=scratch))  # type: ignore[no-untyped-call]
    except Exception as exc:  # ariadne-codegen raises many unrelated types for bad input
        raise GenerateError(f"{api.name}: ariadne-codegen failed: {exc}") from exc
    return scratch / api.package_name


def _files(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _compare(api: ApiConfig, fresh: Path) -> GenerationResult:
    current = api.package_path
    result = GenerationResult(api=api.name, package=current)
    new_files, old_files = _files(fresh), _files(current)
    result.missing = sorted(new_files - old_files)
    result.orphans = sorted(old_files - new_files)
    for name in sorted(new_files & old_files):
        if not filecmp.cmp(fresh / name, current / name, shallow=False):
            result.stale.append(name)
            result.diffs.append(
                "".join(
                    difflib.unified_diff(
                        (current / name).read_text().splitlines(keepends=True),
                        (fresh / name).read_text().splitlines(keepends=True),
                        f"{current.name}/{name} (committed)",
                        f"{current.name}/{name} (regenerated)",
                        n=1,
                    )
                )
            )
    return result


def _replace(fresh: Path, target: Path) -> None:
    """Swap the package in one rename, so an interrupted run leaves the old one intact."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(target.name + ".new")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(fresh, staged)
    if target.exists():
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
        staged.rename(target)
        shutil.rmtree(old)
    else:
        staged.rename(target)
