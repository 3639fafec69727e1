"""ariadne-codegen plugin: generated enums accept values the schema does not list (yet).

An API may add an enum value at any time (Hipex added `php80` in 1.50.0). A stock generated
`class PhpVersion(str, Enum)` makes pydantic reject such a response. This plugin gives every
generated enum a `_missing_` hook that turns an unknown string into a pseudo-member: it is still
a `PhpVersion` (and a `str` equal to the raw value), is not listed by iteration, and serialises
back unchanged. Known values behave exactly as before (`PhpVersion("php74") is PhpVersion.php74`).
"""

from __future__ import annotations

import ast
from typing import Any

from ariadne_codegen.plugins.base import Plugin

__all__ = ["LenientEnumsPlugin"]

_MISSING = """
@classmethod
def _missing_(cls, value: object) -> "typing.Any":
    if not isinstance(value, str):
        return None
    member = str.__new__(cls, value)
    member._name_ = value
    member._value_ = value
    return cls._value2member_map_.setdefault(value, member)
"""


class LenientEnumsPlugin(Plugin):
    def generate_enum(self, class_def: ast.ClassDef, enum_type: Any) -> ast.ClassDef:
        class_def.body.extend(ast.parse(_MISSING).body)
        return class_def

    def generate_enums_module(self, module: ast.Module) -> ast.Module:
        module.body.insert(0, ast.Import(names=[ast.alias(name="typing")]))
        return module
