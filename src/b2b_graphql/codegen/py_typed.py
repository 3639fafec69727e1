"""ariadne-codegen plugin: mark the generated package as typed (PEP 561).

Without a `py.typed` marker, mypy treats an installed package as untyped and a user's
`await axro.products(...)` reveals `Any`. ariadne-codegen does not write one, and anything
added by hand to `generated/` is removed by the next `make generate`; writing it here keeps it
through regeneration, and `generate --check` reports it missing like any generated file.
"""

from __future__ import annotations

from pathlib import Path

from ariadne_codegen.plugins.base import Plugin

__all__ = ["PyTypedPlugin"]

MARKER = "py.typed"


class PyTypedPlugin(Plugin):
    def generate_files(self, generated_files: list[str]) -> list[str]:
        settings = self.config_dict.get("tool", {}).get("ariadne-codegen", {})
        package = Path(settings.get("target_package_path", ".")) / settings["target_package_name"]
        (package / MARKER).write_text("")  # PEP 561: an empty marker means "inline types"
        return sorted({*generated_files, MARKER})
