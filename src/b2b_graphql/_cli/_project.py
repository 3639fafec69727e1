"""What the commands read from an API's config besides paths: strictness and ignore rules.

`[tool.b2b-graphql]` keys (docs/drift.md): `lenient_enums` / `lenient_unions` (true, or a list
of type names) say which closed types the generated models accept leniently; a config whose
plugins include `LenientEnumsPlugin` has every enum lenient. `[[tool.b2b-graphql.ignore]]`
tables accept changes: `coordinate` (a glob) and/or `code`, and a `reason` (required).
"""

from __future__ import annotations

from typing import Any

from ..config import ApiConfig, ConfigError
from ..schema import IgnoreRule, Leniency, Strictness

LENIENT_ENUMS_PLUGIN = "b2b_graphql.codegen.lenient_enums.LenientEnumsPlugin"


def strictness(api: ApiConfig | None) -> Strictness:
    """How `api`'s generated models judge new values, and the changes its config accepts."""
    if api is None:
        return Strictness()
    plugins = api.codegen.get("plugins", [])
    enums = True if LENIENT_ENUMS_PLUGIN in plugins else _names(api, "lenient_enums")
    lenient = Leniency(enums=enums, unions=_names(api, "lenient_unions"))
    return Strictness(lenient=lenient, ignore=tuple(_ignore_rules(api)))


def _names(api: ApiConfig, key: str) -> bool | frozenset[str]:
    value = api.options.get(key, False)
    if isinstance(value, bool):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(value)
    raise ConfigError(f"{api.config_path}: {key} must be true, false or a list of type names")


def _ignore_rules(api: ApiConfig) -> list[IgnoreRule]:
    rules = []
    entries: Any = api.options.get("ignore", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{api.config_path}: ignore must be an array of tables")
    for number, entry in enumerate(entries, 1):
        where = f"{api.config_path}: ignore rule {number}"
        if not isinstance(entry, dict) or not entry.get("reason"):
            raise ConfigError(f"{where} needs a reason")
        unknown = set(entry) - {"coordinate", "code", "reason"}
        if unknown:
            raise ConfigError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        if "coordinate" not in entry and "code" not in entry:
            raise ConfigError(f"{where} needs a coordinate or a code")
        rules.append(IgnoreRule(str(entry["reason"]), entry.get("coordinate"), entry.get("code")))
    return rules
