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
