"""ariadne-codegen plugin: generated methods take `**options: Unpack[CallOptions]`.

The stock methods end their signature with `**kwargs: Any` and forward it to `execute`, so a
misspelt keyword (`timeuot=5`) type-checks and fails deep inside httpx. With the options typed,
a type checker reports it in the user's code, and `execute` refuses it at run time (before
anything is sent). The imports only matter to type checkers: the client module postpones its
annotations (PostponedAnnotationsPlugin), so they sit under `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import ast
from typing import Any

from ariadne_codegen.plugins.base import Plugin

from .._options import CallOptions

OPTIONS = "options"
# DECISION: an operation with a `$options` variable (Order41's loginWithPassword) already has a
# parameter of that name; its per-call options are `**call_options` instead. Users never type
# the name (they pass `timeout=...`), so only that method's signature differs.
FALLBACK = "call_options"
_STOCK_KWARGS = "kwargs"


class TypedOptionsPlugin(Plugin):
    def generate_client_method(self, method_def: Any, operation_definition: Any) -> Any:
        kwarg = method_def.args.kwarg
        if kwarg is None or kwarg.arg != _STOCK_KWARGS:
            raise RuntimeError(
                "TypedOptionsPlugin: ariadne-codegen's method signature changed shape; "
                "update the plugin"
            )
        taken = {a.arg for a in [*method_def.args.args, *method_def.args.kwonlyargs]}
        clash = taken & set(CallOptions.__annotations__)
        if clash:
            raise RuntimeError(
                f"TypedOptionsPlugin: {method_def.name} has a variable named like a call option "
                f"({', '.join(sorted(clash))}); rename the variable in its query"
            )
        name = OPTIONS if OPTIONS not in taken else FALLBACK
        method_def.args.kwarg = ast.arg(
            arg=name,
            annotation=ast.Subscript(
                value=ast.Name(id="Unpack", ctx=ast.Load()),
                slice=ast.Name(id="CallOptions", ctx=ast.Load()),
                ctx=ast.Load(),
            ),
        )
        for node in ast.walk(method_def):
            if isinstance(node, ast.keyword) and node.arg is None:
                value = node.value
                if isinstance(value, ast.Name) and value.id == _STOCK_KWARGS:
                    value.id = name
        return method_def

    def generate_client_module(self, module: ast.Module) -> ast.Module:
        imports: list[ast.stmt] = [
            ast.ImportFrom(module="typing", names=[ast.alias(name="Unpack")], level=0),
            ast.ImportFrom(module="b2b_graphql", names=[ast.alias(name="CallOptions")], level=0),
        ]
        for statement in module.body:
            if _is_type_checking_block(statement):
                assert isinstance(statement, ast.If)
                statement.body[:0] = imports
                return module
        position = next(
            (
                index
                for index, statement in enumerate(module.body)
                if not isinstance(statement, ast.Import | ast.ImportFrom)
            ),
            len(module.body),
        )
        module.body.insert(
            position,
            ast.If(test=ast.Name(id="TYPE_CHECKING", ctx=ast.Load()), body=imports, orelse=[]),
        )
        return module


def _is_type_checking_block(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.If)
        and isinstance(statement.test, ast.Name)
        and statement.test.id == "TYPE_CHECKING"
    )
