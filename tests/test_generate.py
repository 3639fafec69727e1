"""`generate --check` catches every way `generated/` can drift from its inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from b2b_graphql.__main__ import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the AXRO inputs and output, to break on purpose."""
    for item in (
        "codegen/axro.toml",
        "schemas/axro.graphql",
        "src/b2b_graphql/codegen/base_client.py",
    ):
        (tmp_path / item).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / item, tmp_path / item)
    shutil.copytree(ROOT / "queries/axro", tmp_path / "queries/axro")
    shutil.copytree(ROOT / "generated/axro_gql", tmp_path / "generated/axro_gql",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    return tmp_path


def check(root: Path) -> int:
    return main(["generate", "--check", "--api", "axro", "--root", str(root)])


def test_committed_code_is_current(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(project) == 0
    assert "up to date" in capsys.readouterr().out


def test_changed_operation_without_regenerating_fails(project: Path, capsys) -> None:
    path = project / "queries/axro/catalog.graphql"
    path.write_text(
        path.read_text().replace("    brands\n  }\n}", "    brands\n  }\n  categories { id }\n}")
    )
    assert check(project) == 1
    assert "stale: generated/axro_gql/brands.py" in capsys.readouterr().out


def test_hand_edit_of_generated_code_fails(project: Path, capsys) -> None:
    path = project / "generated/axro_gql/products.py"
    path.write_text(path.read_text() + "\n# tweaked by hand\n")
    assert check(project) == 1
    assert "stale: generated/axro_gql/products.py" in capsys.readouterr().out


def test_orphan_module_fails_and_generate_removes_it(project: Path, capsys) -> None:
    path = project / "queries/axro/shipments.graphql"
    text = path.read_text()
    start = text.index("query trackingHistory")
    path.write_text(text[:start])
    assert check(project) == 1
    out = capsys.readouterr().out
    assert "orphan: generated/axro_gql/tracking_history.py" in out
    assert main(["generate", "--api", "axro", "--root", str(project)]) == 0
    assert not (project / "generated/axro_gql/tracking_history.py").exists()
    assert check(project) == 0


def test_schema_or_config_change_fails(project: Path) -> None:
    config = project / "codegen/axro.toml"
    config.write_text(
        config.read_text().replace('client_name = "AxroGeneratedClient"', 'client_name = "Other"')
    )
    assert check(project) == 1


def test_invalid_operation_is_reported_not_generated(project: Path, capsys) -> None:
    (project / "queries/axro/broken.graphql").write_text("query broken { noSuchField }")
    assert main(["generate", "--api", "axro", "--root", str(project)]) == 1
    assert "noSuchField" in capsys.readouterr().err
    assert (project / "generated/axro_gql/products.py").exists()
