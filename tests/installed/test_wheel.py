"""The installed wheel on its own: it imports from site-packages, not from this checkout."""

from __future__ import annotations

import zipfile
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


def test_every_package_in_the_wheel_is_marked_typed(installed: InstalledProduct) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    packages = {name.split("/")[0] for name in names if name.endswith("/__init__.py")}
    assert {"b2b_graphql", "axro_gql", "order41_gql", "hipex_gql"} <= packages
    for package in packages:
        assert f"{package}/py.typed" in names, package
