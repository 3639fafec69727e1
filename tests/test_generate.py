"""`generate --check` catches every way `generated/` can drift from its inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from b2b_graphql.__main__ import main

ROOT = Path(__file__).resolve().parents[1]


def check(root: Path) -> int:
    return main(["generate", "--check", "--api", "axro", "--root", str(root)])


def test_committed_code_is_current(axro_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(axro_project) == 0
    assert "up to date" in capsys.readouterr().out


def test_changed_operation_without_regenerating_fails(axro_project: Path, capsys) -> None:
    path = axro_project / "queries/axro/catalog.graphql"
    path.write_text(
        path.read_text().replace("    brands\n  }\n}", "    brands\n  }\n  categories { id }\n}")
    )
    assert check(axro_project) == 1
    assert "stale: generated/axro_gql/brands.py" in capsys.readouterr().out


def test_hand_edit_of_generated_code_fails(axro_project: Path, capsys) -> None:
    path = axro_project / "generated/axro_gql/products.py"
    path.write_text(path.read_text() + "\n# tweaked by hand\n")
    assert check(axro_project) == 1
    assert "stale: generated/axro_gql/products.py" in capsys.readouterr().out


def test_orphan_module_fails_and_generate_removes_it(axro_project: Path, capsys) -> None:
    path = axro_project / "queries/axro/shipments.graphql"
    text = path.read_text()
    start = text.index("query trackingHistory")
    path.write_text(text[:start])
    assert check(axro_project) == 1
    out = capsys.readouterr().out
    assert "orphan: generated/axro_gql/tracking_history.py" in out
    assert main(["generate", "--api", "axro", "--root", str(axro_project)]) == 0
    assert not (axro_project / "generated/axro_gql/tracking_history.py").exists()
    assert check(axro_project) == 0


def test_schema_or_config_change_fails(axro_project: Path) -> None:
    config = axro_project / "codegen/axro.toml"
    config.write_text(
        config.read_text().replace('client_name = "AxroGeneratedClient"', 'client_name = "Other"')
    )
    assert check(axro_project) == 1


def test_invalid_operation_is_reported_not_generated(axro_project: Path, capsys) -> None:
    (axro_project / "queries/axro/broken.graphql").write_text("query broken { noSuchField }")
    assert main(["generate", "--api", "axro", "--root", str(axro_project)]) == 1
    assert "noSuchField" in capsys.readouterr().err
    assert (axro_project / "generated/axro_gql/products.py").exists()


@pytest.mark.parametrize("api", ["axro", "hipex", "order41"])
def test_each_package_ships_its_inputs(api: str) -> None:
    """SDL, every operation file and the config travel inside the package (see config.py)."""
    import json

    from b2b_graphql.config import MANIFEST, load_api

    config = load_api(api, ROOT)
    package = config.package_path
    assert (package / config.schema_path.name).read_text() == config.schema_path.read_text()
    for source in config.queries_path.rglob("*.graphql"):
        shipped = package / "operations" / source.relative_to(config.queries_path)
        assert shipped.read_text() == source.read_text()
    manifest = json.loads((package / MANIFEST).read_text())
    assert manifest["api"] == api
    assert manifest["b2b-graphql"]["url"] == config.url
    assert manifest["ariadne-codegen"]["plugins"] == config.codegen["plugins"]
    base = (package / "async_base_client.py").read_text()
    assert f'api_name = "{api}"' in base and "from b2b_graphql import GraphQLBaseClient" in base


def test_a_project_config_wins_over_the_installed_package(tmp_path: Path) -> None:
    from b2b_graphql.config import load_api

    assert load_api("axro", tmp_path).installed
    (tmp_path / "codegen").mkdir()
    (tmp_path / "codegen/axro.toml").write_text(
        '[tool.ariadne-codegen]\nschema_path = "s.graphql"\nqueries_path = "q"\n'
    )
    mine = load_api("axro", tmp_path)
    assert not mine.installed and mine.schema_path == tmp_path / "s.graphql"


def test_the_base_client_and_token_auth_are_public() -> None:
    import b2b_graphql
    from b2b_graphql import GraphQLBaseClient, StaticTokenAuth
    from b2b_graphql._auth import StaticTokenAuth as Private
    from b2b_graphql._client import GraphQLBaseClient as PrivateBase

    assert {"GraphQLBaseClient", "StaticTokenAuth"} <= set(b2b_graphql.__all__)
    assert GraphQLBaseClient is PrivateBase and StaticTokenAuth is Private


def test_update_refuses_an_installed_package_config(tmp_path: Path, capsys) -> None:
    """No codegen/axro.toml here: update would have nothing to write into, so it says so
    before introspecting anything."""
    assert main(["update", "--api", "axro", "--url", "http://127.0.0.1:9/", "--root",
                 str(tmp_path)]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "installed package's copy" in err and "introspecting" not in err


def test_only_environment_references_of_headers_travel_in_the_package(axro_project: Path) -> None:
    import json

    from b2b_graphql.config import MANIFEST

    config = axro_project / "codegen/axro.toml"
    config.write_text(
        config.read_text().replace(
            'headers = { Authorization = "Bearer $AXRO_TOKEN" }',
            'headers = { Authorization = "Bearer $AXRO_TOKEN", X-Key = "literal-secret-value" }',
        )
    )
    assert main(["generate", "--api", "axro", "--root", str(axro_project)]) == 0
    manifest = (axro_project / "generated/axro_gql" / MANIFEST).read_text()
    assert "literal-secret-value" not in manifest
    assert json.loads(manifest)["b2b-graphql"]["headers"] == {"Authorization": "Bearer $AXRO_TOKEN"}
