"""Every configured API: its schema loads, its operations validate, its config is complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from b2b_graphql.config import find_apis, load_api
from b2b_graphql.schema import load_operations, load_schema, validate_operations

ROOT = Path(__file__).resolve().parents[1]
APIS = find_apis(ROOT)


def test_all_three_apis_are_configured() -> None:
    assert {"axro", "hipex", "order41"} <= set(APIS)


@pytest.mark.parametrize("name", APIS)
def test_schema_and_operations_agree(name: str) -> None:
    api = load_api(name, ROOT)
    schema = load_schema(api.schema_path)
    operations = load_operations(api.queries_path)
    assert operations, f"queries/{name} has no operations"
    assert validate_operations(schema, operations) == []
    assert api.url and api.url.startswith("https://")
    shipped = api.codegen.get("files_to_include", [])
    assert api.codegen["schema_path"] in shipped, "the client package must ship its schema"


@pytest.mark.parametrize("api", ["axro", "order41", "hipex"])
def test_every_shipped_config_uses_the_standard_plugins(api: str) -> None:
    """`b2b-graphql init` gives a user's API STANDARD_PLUGINS; ours must use the same ones."""
    import tomllib

    from b2b_graphql.codegen import STANDARD_PLUGINS

    config = tomllib.loads((ROOT / "codegen" / f"{api}.toml").read_text("utf-8"))
    plugins = config["tool"]["ariadne-codegen"]["plugins"]
    assert [p for p in plugins if p in STANDARD_PLUGINS] == list(STANDARD_PLUGINS)
