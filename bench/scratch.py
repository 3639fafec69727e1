"""Scratch space under `.bench/` (git-ignored): ariadne-codegen clients with default settings.

The "plain ariadne-codegen client" contender is generated from the same schema and operations
as ours with a config that names only the inputs and the package: no base-client swap, no
plugin, no deferred builds, no lazy imports. Generated once per change of its inputs.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from .payloads import ROOT

SCRATCH = ROOT / ".bench"
_scratch = [SCRATCH]

#: package name -> (schema, operations folder)
DEFAULT_CLIENTS = {
    "axro_default": ("schemas/axro.graphql", "queries/axro"),
    "order41_default": ("schemas/order41.graphql", "queries/order41"),
}


def set_scratch(path: Path) -> None:
    """Use `path` instead of `.bench/` (the smoke test keeps its runs apart)."""
    _scratch[0] = path


def scratch_dir(name: str) -> Path:
    path = _scratch[0] / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def defaults_dir() -> Path:
    """The folder holding the default-config packages (put it on `sys.path`)."""
    return scratch_dir("defaults")


def default_config(package: str, target: Path) -> str:
    schema, queries = DEFAULT_CLIENTS[package]
    return (
        "[tool.ariadne-codegen]\n"
        f'schema_path = "{ROOT / schema}"\n'
        f'queries_path = "{ROOT / queries}"\n'
        f'target_package_name = "{package}"\n'
        f'target_package_path = "{target}"\n'
    )


def _fingerprint(package: str) -> str:
    schema, queries = DEFAULT_CLIENTS[package]
    digest = hashlib.sha256(version("ariadne-codegen").encode())
    digest.update((ROOT / schema).read_bytes())
    for path in sorted((ROOT / queries).glob("*.graphql")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def available(package: str) -> bool:
    """Whether the inputs for `package` exist (Order41's operations may not yet)."""
    schema, queries = DEFAULT_CLIENTS[package]
    return (ROOT / schema).is_file() and any((ROOT / queries).glob("*.graphql"))


def ensure_default_client(package: str) -> Path:
    """Generate `package` with ariadne-codegen's defaults unless its inputs are unchanged."""
    folder = defaults_dir()
    target = folder / package
    stamp = folder / f"{package}.sha256"
    fingerprint = _fingerprint(package)
    if target.is_dir() and stamp.is_file() and stamp.read_text() == fingerprint:
        return target
    shutil.rmtree(target, ignore_errors=True)
    config = folder / f"{package}.toml"
    config.write_text(default_config(package, folder))
    codegen = Path(sys.executable).with_name("ariadne-codegen")
    command = [str(codegen)] if codegen.exists() else [sys.executable, "-m", "ariadne_codegen"]
    subprocess.run(
        [*command, "--config", str(config)],
        check=True,
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    stamp.write_text(fingerprint)
    return target
