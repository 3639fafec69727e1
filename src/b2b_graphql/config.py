"""Where an API's pieces live: one `codegen/<api>.toml` per API names them all.

The file is an ariadne-codegen config (`[tool.ariadne-codegen]`) plus our own section
`[tool.b2b-graphql]` (`url`: the live endpoint that `check`/`update` introspect; `headers`:
extra request headers, values may say `$ENV_VAR`; `api_name`, `lenient_enums`,
`lenient_unions`, `ignore`, `scaffold`: see docs/drift.md). Paths are relative to the project
root.

Without a `codegen/<api>.toml` in the project, an installed client package named `<api>_gql`
answers instead: `b2b-graphql generate` writes its config into the package (`MANIFEST`), with
the SDL and the operation documents it was generated from, so an installed wheel can check
itself against the live API.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._errors import B2BGraphQLError

__all__ = ["ENV_REFERENCE", "MANIFEST", "ApiConfig", "ConfigError", "find_apis", "load_api"]

ENV_REFERENCE = re.compile(r"\$\{(\w+)\}|\$(\w+)")
"""`$VAR` or `${VAR}` in a header value: read from the environment when sending."""

MANIFEST = "b2b_graphql_api.json"
"""The config a generated package ships (written by `b2b-graphql generate`)."""

_PATH_KEYS = ("schema_path", "queries_path", "target_package_path", "base_client_file_path")


class ConfigError(B2BGraphQLError):
    """A codegen config is missing or incomplete (exit code 2 on the command line)."""


@dataclass(frozen=True)
class ApiConfig:
    name: str
    root: Path
    config_path: Path
    codegen: dict[str, Any] = field(repr=False)
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    options: dict[str, Any] = field(default_factory=dict, repr=False)
    """The whole `[tool.b2b-graphql]` section."""
    installed: bool = False
    """Read from an installed package's manifest (read-only: nothing to generate into)."""

    @property
    def api_name(self) -> str:
        """The name the generated client logs and traces under (`api_name` key)."""
        return str(self.options.get("api_name", self.name))

    def display(self, path: Path) -> str:
        """`path` as the user knows it: relative to the project root when inside it."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    #: `Type.field` input fields the codegen treats as secret beyond the naming rule
    secret_fields: tuple[str, ...] = ()

    @property
    def schema_path(self) -> Path:
        return self.root / str(self.codegen["schema_path"])

    @property
    def queries_path(self) -> Path:
        return self.root / str(self.codegen["queries_path"])

    @property
    def package_name(self) -> str:
        return str(self.codegen.get("target_package_name", "graphql_client"))

    @property
    def package_path(self) -> Path:
        return self.root / str(self.codegen.get("target_package_path", ".")) / self.package_name

    def codegen_config(self, target_package_path: Path | None = None) -> dict[str, Any]:
        """The ariadne-codegen config dict with absolute paths (it resolves against the cwd)."""
        section = dict(self.codegen)
        for key in _PATH_KEYS:
            if key in section:
                section[key] = str(self.root / section[key])
        if "files_to_include" in section:
            section["files_to_include"] = [str(self.root / f) for f in section["files_to_include"]]
        if target_package_path is not None:
            section["target_package_path"] = str(target_package_path)
        ours = {"secret_fields": list(self.secret_fields)}  # read by SecretVariablesPlugin
        return {"tool": {"ariadne-codegen": section, "b2b-graphql": ours}}

    def resolved_headers(self) -> dict[str, str]:
        """`headers` with `$VAR` / `${VAR}` read from the environment (`"Bearer $TOKEN"`); a
        header naming a variable that is unset or empty is left out, so CI without the
        secret still introspects an API that allows it anonymously."""
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            missing = False

            def env(match: re.Match[str]) -> str:
                nonlocal missing
                found = os.environ.get(match.group(1) or match.group(2), "")
                missing = missing or not found
                return found

            resolved = ENV_REFERENCE.sub(env, value)
            if not missing:
                headers[name] = resolved
        return headers


def load_api(name: str, root: Path | None = None) -> ApiConfig:
    """`codegen/<name>.toml` under `root`, else the installed package `<name>_gql`'s config."""
    root = (root or Path.cwd()).resolve()
    path = root / "codegen" / f"{name}.toml"
    if not path.is_file():
        installed = _installed_api(name)
        if installed is not None:
            return installed
        known = ", ".join(find_apis(root)) or "none"
        raise ConfigError(
            f"no config for API {name!r}: {path} does not exist and no installed package "
            f"{name}_gql ships one (known here: {known})"
        )
    try:
        data = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    tool = data.get("tool", {})
    codegen = tool.get("ariadne-codegen")
    if not isinstance(codegen, dict):
        raise ConfigError(f"{path}: missing [tool.ariadne-codegen]")
    for key in ("schema_path", "queries_path"):
        if key not in codegen:
            raise ConfigError(f"{path}: [tool.ariadne-codegen] needs {key}")
    ours = tool.get("b2b-graphql", {})
    return ApiConfig(
        name=name,
        root=root,
        config_path=path,
        codegen=codegen,
        url=ours.get("url"),
        headers=dict(ours.get("headers", {})),
        options=dict(ours),
        secret_fields=tuple(str(name) for name in ours.get("secret_fields", ())),
    )


def _installed_api(name: str) -> ApiConfig | None:
    """The config an installed generated package carries (see `MANIFEST`), if any."""
    if not name.isidentifier():
        return None
    try:
        spec = importlib.util.find_spec(f"{name}_gql")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in map(Path, spec.submodule_search_locations):
        manifest = folder / MANIFEST
        if manifest.is_file():
            try:
                data = json.loads(manifest.read_text("utf-8"))
            except ValueError as exc:
                raise ConfigError(f"{manifest}: {exc}") from None
            ours = data.get("b2b-graphql", {})
            return ApiConfig(
                name=name,
                root=folder,
                config_path=manifest,
                codegen=data["ariadne-codegen"],
                url=ours.get("url"),
                headers=dict(ours.get("headers", {})),
                options=dict(ours),
                installed=True,
            )
    return None


def find_apis(root: Path | None = None) -> list[str]:
    """Names of the APIs configured under `codegen/`, sorted."""
    folder = (root or Path.cwd()) / "codegen"
    return sorted(p.stem for p in folder.glob("*.toml"))
