"""ariadne-codegen plugin: the client module does not evaluate its annotations at import.

Without `from __future__ import annotations` every method signature's `Union[...]`,
`Optional[...]` and quoted model name is built by `typing` when the class body runs: for
Order41's 203 methods that is ~5 of the ~7 ms the client module takes to import, for
annotations only type checkers read. Model modules are left alone: pydantic reads theirs.
"""

from __future__ import annotations

import ast

from ariadne_codegen.plugins.base import Plugin

FUTURE_IMPORT = "from __future__ import annotations\n"


class PostponedAnnotationsPlugin(Plugin):
    def generate_client_code(self, generated_code: str) -> str:
        return postpone_annotations(generated_code)


def postpone_annotations(code: str) -> str:
    """`code` with the `__future__` import as its first statement (after a docstring)."""
    if FUTURE_IMPORT in code:
        return code
    body = ast.parse(code).body
    has_docstring = (
        bool(body)
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and isinstance(body[0].value.value, str)
    )
    if not has_docstring:
        return FUTURE_IMPORT + "\n" + code
    lines = code.splitlines(keepends=True)
    end = body[0].end_lineno or 1
    return "".join([*lines[:end], "\n", FUTURE_IMPORT, *lines[end:]])
