"""mkdocs hook: every top-level page of docs/ that the nav in mkdocs.yml does not name is listed
under "Guides", titled by its first heading, so a page added next to the code it documents
(e.g. docs/drift.md) is part of the site without editing the nav."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

SECTION = "Guides"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    named = set(_targets(config.nav or []))
    docs = Path(config.docs_dir)
    extra = [p for p in sorted(docs.glob("*.md")) if p.name not in named]
    if extra:
        nav = list(config.nav or [])
        nav.insert(len(nav) - 1 if nav else 0, {SECTION: [{_title(p): p.name} for p in extra]})
        config.nav = nav
    return config


def _targets(nav: list[Any]) -> list[str]:
    found: list[str] = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found += _targets(value)
        else:
            found.append(str(value))
    return found


def _title(page: Path) -> str:
    for line in page.read_text().splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.stem.replace("-", " ").capitalize()
