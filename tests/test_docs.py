"""The API reference pages (docs/_hooks/api_pages.py) cover every generated method of every
API, one page per queries file; `make docs` builds the site itself with warnings as errors."""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from b2b_graphql.config import find_apis, load_api

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def _hook() -> ModuleType:
    pytest.importorskip("mkdocs")
    spec = importlib.util.spec_from_file_location("api_pages", ROOT / "docs/_hooks/api_pages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _generated_methods(api: str) -> set[str]:
    config = load_api(api, ROOT)
    tree = ast.parse((config.package_path / "client.py").read_text())
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef))
    return {n.name for n in cls.body if isinstance(n, ast.AsyncFunctionDef)}


@pytest.mark.parametrize("api", find_apis(ROOT))
def test_every_generated_method_has_its_section(api: str) -> None:
    pages = _hook()._api_pages(load_api(api, ROOT))
    queries = sorted(p.stem for p in (ROOT / "queries" / api).glob("*.graphql"))
    assert sorted(pages) == sorted(
        [f"apis/{api}/index.md", *(f"apis/{api}/{q}.md" for q in queries)]
    )
    documented = {
        name for page in pages.values() for name in re.findall(r"^## `(\w+)`$", page, re.M)
    }
    assert documented == _generated_methods(api)
    for page in pages.values():
        assert page.count("```") % 2 == 0  # every code block is closed


@pytest.mark.parametrize("api", find_apis(ROOT))
def test_the_nav_lists_every_page(api: str) -> None:
    item = _hook()._expand({api: f"apis/{api}/index.md"})
    listed = [
        next(iter(entry.values())) if isinstance(entry, dict) else entry for entry in item[api]
    ]
    assert sorted(listed) == sorted(_hook()._api_pages(load_api(api, ROOT)))


def test_an_operation_without_a_generated_method_fails_the_build() -> None:
    hook = _hook()
    config = load_api("axro", ROOT)
    methods = hook._methods(config)
    methods.pop("brands")
    with pytest.raises(hook.PluginError, match="brands"):
        for path in sorted(config.queries_path.glob("*.graphql")):
            hook._domain_page(
                config, path, hook.parse(path.read_text()), methods, hook._fragments(config)
            )
