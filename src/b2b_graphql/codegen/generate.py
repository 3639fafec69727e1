"""Regenerating clients, and checking that `generated/` is what the inputs produce.

ariadne-codegen writes into a package folder and never deletes: a removed operation leaves its
module behind. We always generate into a scratch folder, then either compare (check mode) or
replace the whole package (so orphans go), and never leave a half-written package.

Beside ariadne-codegen's output, every package gets what checking it later needs without this
project's files: its operation documents (`operations/`), its SDL, and its config
(`b2b_graphql_api.json`, see `b2b_graphql.config`). When a config names no
`base_client_file_path`, the base class is our public `b2b_graphql.GraphQLBaseClient`, found
next to this module wherever the package is installed, with the API's `api_name`.
"""

from __future__ import annotations

import contextlib
import difflib
import filecmp
import io
import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import B2BGraphQLError
from ..config import ENV_REFERENCE, MANIFEST, ApiConfig

__all__ = ["OPERATIONS_FOLDER", "GenerateError", "GenerationResult", "generate"]

OPERATIONS_FOLDER = "operations"
"""Where a generated package keeps the operation documents it was generated from."""
MANIFEST_FORMAT = 1
BASE_CLIENT_TEMPLATE = Path(__file__).with_name("base_client.py")


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
    if api.installed:
        raise GenerateError(
            f"{api.name}: no codegen/{api.name}.toml in this project (only the installed "
            f"package's config, {api.config_path}); `b2b-graphql init` sets a project up"
        )
    if progress:
        progress(f"{api.name}: running ariadne-codegen for {api.package_name}")
    with tempfile.TemporaryDirectory(prefix=f"b2b-graphql-{api.name}-") as scratch:
        fresh = _run_codegen(api, Path(scratch))
        result = _compare(api, fresh)
        if not check and not result.up_to_date:
            _replace(fresh, api.package_path)
        return result


def _run_codegen(api: ApiConfig, scratch: Path) -> Path:
    try:
        from ariadne_codegen.main import client
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise GenerateError(
            "generating needs ariadne-codegen: pip install 'b2b-graphql[codegen]'"
        ) from exc
    output = io.StringIO()
    package = scratch / "out"
    package.mkdir()
    config = api.codegen_config(target_package_path=package)
    section = config["tool"]["ariadne-codegen"]
    # A copy: ariadne-codegen appends to the list it is given (lazy_imports adds a plugin).
    section["plugins"] = list(section.get("plugins", []))
    if "base_client_file_path" not in section:
        section["base_client_file_path"] = str(_base_client(api, scratch))
        section.setdefault("base_client_name", "AsyncBaseClient")
        section.setdefault("base_client_module_name", "async_base_client")
    try:
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            client(config)  # type: ignore[no-untyped-call]
    except Exception as exc:  # ariadne-codegen raises many unrelated types for bad input
        raise GenerateError(f"{api.name}: ariadne-codegen failed: {exc}") from exc
    fresh = package / api.package_name
    _ship_inputs(api, fresh)
    return fresh


def _base_client(api: ApiConfig, scratch: Path) -> Path:
    """Our base-client template with the API's `api_name` (logs and traces are named by it)."""
    text = BASE_CLIENT_TEMPLATE.read_text("utf-8")
    text, count = re.subn(
        r"^(    api_name = ).*$", rf"\g<1>{json.dumps(api.api_name)}", text, flags=re.MULTILINE
    )
    assert count == 1, "base_client.py lost its api_name line"
    path = scratch / "async_base_client.py"
    path.write_text(text, "utf-8")
    return path


def _ship_inputs(api: ApiConfig, package: Path) -> None:
    """The SDL, the operations and the config, so the installed package can check itself."""
    schema_name = api.schema_path.name
    if not (package / schema_name).exists():
        shutil.copyfile(api.schema_path, package / schema_name)
    operations = package / OPERATIONS_FOLDER
    for source in sorted(api.queries_path.rglob("*.graphql")):
        target = operations / source.relative_to(api.queries_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    codegen = {
        "schema_path": schema_name,
        "queries_path": OPERATIONS_FOLDER,
        "target_package_name": api.package_name,
        "target_package_path": "..",
        "plugins": list(api.codegen.get("plugins", [])),
    }
    options = dict(api.options)
    if "headers" in options:
        # Only `$VAR` references travel: a literal value may be a secret, and the package may
        # be published as a wheel.
        options["headers"] = {
            name: value for name, value in api.headers.items() if ENV_REFERENCE.search(value)
        }
    manifest = {
        "format": MANIFEST_FORMAT,
        "api": api.name,
        "b2b-graphql": options,
        "ariadne-codegen": codegen,
    }
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (package / MANIFEST).write_text(text, "utf-8")


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
