"""The installed wheel on its own: it imports from site-packages, not from this checkout."""

from __future__ import annotations

from pathlib import Path

from .conftest import ROOT, InstalledProduct


def test_packages_come_from_the_venv(installed: InstalledProduct, user_project: Path) -> None:
    script = (
        "import b2b_graphql, axro_gql, order41_gql, hipex_gql\n"
        "for m in (b2b_graphql, axro_gql, order41_gql, hipex_gql): print(m.__file__)\n"
    )
    result = installed.python("-c", script, cwd=user_project, check=True)
    paths = [Path(line) for line in result.stdout.split()]
    assert len(paths) == 4
    for path in paths:
        assert installed.venv in path.parents, path
        assert ROOT not in path.parents, path
