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


def test_version_has_one_source(installed: InstalledProduct, user_project: Path) -> None:
    script = (
        "import importlib.metadata, b2b_graphql\n"
        "print(b2b_graphql.__version__, importlib.metadata.version('b2b-graphql'))\n"
    )
    module, metadata = installed.python("-c", script, cwd=user_project, check=True).stdout.split()
    assert module == metadata
    assert (ROOT / "src/b2b_graphql/__about__.py").read_text().count(module) == 1
    cli = installed.run("b2b-graphql", "--version", cwd=user_project, check=True)
    assert cli.stdout.strip() == f"b2b-graphql {module}"


def test_wheel_metadata_names_license_and_urls(installed: InstalledProduct) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        info = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = wheel.read(info).decode()
        license_file = next(n for n in wheel.namelist() if n.endswith("/licenses/LICENSE"))
        license_text = wheel.read(license_file).decode()
    assert "License-Expression: MIT" in metadata
    assert license_text.startswith("MIT License")
    for label in ("Homepage", "Repository", "Issues", "Changelog"):
        assert f"Project-URL: {label}, https://" in metadata, label
