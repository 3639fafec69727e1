"""Every generated package ships a PEP 561 marker (PyTypedPlugin), and regeneration keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from b2b_graphql.__main__ import main
from b2b_graphql.config import find_apis, load_api

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("api", find_apis(ROOT))
def test_generated_package_is_marked_typed(api: str) -> None:
    config = load_api(api, ROOT)
    assert (
        "b2b_graphql.codegen.py_typed.PyTypedPlugin"
        in config.codegen_config()["tool"]["ariadne-codegen"]["plugins"]
    )
    marker = config.package_path / "py.typed"
    assert marker.is_file() and marker.read_text() == ""


def test_a_deleted_marker_is_missing_for_check_and_generate_restores_it(
    axro_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = axro_project / "generated/axro_gql/py.typed"
    marker.unlink()
    args = ["generate", "--api", "axro", "--root", str(axro_project)]
    assert main([*args, "--check"]) == 1
    assert "missing: generated/axro_gql/py.typed" in capsys.readouterr().out
    assert main(args) == 0
    assert marker.is_file()
