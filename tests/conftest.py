"""Fixtures shared across the suite (the sandbox fixtures come from our pytest plugin)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def axro_project(tmp_path: Path) -> Path:
    """A throwaway copy of the AXRO inputs and generated client, for commands that write."""
    for item in (
        "codegen/axro.toml",
        "schemas/axro.graphql",
        "src/b2b_graphql/codegen/base_client.py",
    ):
        (tmp_path / item).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / item, tmp_path / item)
    shutil.copytree(ROOT / "queries/axro", tmp_path / "queries/axro")
    shutil.copytree(
        ROOT / "generated/axro_gql",
        tmp_path / "generated/axro_gql",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return tmp_path
