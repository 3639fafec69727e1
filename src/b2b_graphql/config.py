"""Where an API's pieces live: one `codegen/<api>.toml` per API names them all.

The file is an ariadne-codegen config (`[tool.ariadne-codegen]`) plus our own section
`[tool.b2b-graphql]` (`url`: the live endpoint that `check`/`update` introspect; `headers`:
extra request headers, values may say `$ENV_VAR`). Paths are relative to the project root.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._errors import B2BGraphQLError

__all__ = ["ApiConfig", "ConfigError", "find_apis", "load_api"]

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
        """`headers` with `$VAR` values read from the environment (missing ones left out)."""
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            if value.startswith("$"):
                env = os.environ.get(value[1:])
                if env:
                    headers[name] = env
            else:
                headers[name] = value
        return headers


def load_api(name: str, root: Path | None = None) -> ApiConfig:
    root = (root or Path.cwd()).resolve()
    path = root / "codegen" / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(find_apis(root)) or "none"
        raise ConfigError(f"no config for API {name!r}: {path} does not exist (known: {known})")
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
        secret_fields=tuple(str(name) for name in ours.get("secret_fields", ())),
    )


def find_apis(root: Path | None = None) -> list[str]:
    """Names of the APIs configured under `codegen/`, sorted."""
    folder = (root or Path.cwd()) / "codegen"
    return sorted(p.stem for p in folder.glob("*.toml"))
