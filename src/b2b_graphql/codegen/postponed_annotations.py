"""ariadne-codegen plugin: the client module does not evaluate its annotations at import.

Without `from __future__ import annotations` every method signature's `Union[...]`,
`Optional[...]` and quoted model name is built by `typing` when the class body runs: for
Order41's 203 methods that is ~5 of the ~7 ms the client module takes to import, for
annotations only type checkers read. Model modules are left alone: pydantic reads theirs.
"""

from __future__ import annotations

import io
import tokenize

from ariadne_codegen.plugins.base import Plugin

FUTURE_IMPORT = "from __future__ import annotations\n"


class PostponedAnnotationsPlugin(Plugin):
    def generate_client_code(self, generated_code: str) -> str:
        return postpone_annotations(generated_code)


def postpone_annotations(code: str) -> str:
    """`code` with the `__future__` import as its first statement (after a docstring)."""
    if FUTURE_IMPORT in code:
        return code
    # The first token tells whether there is a docstring; no need to parse the ~270 kB module.
    tokens = tokenize.generate_tokens(io.StringIO(code).readline)
    first = next(t for t in tokens if t.type not in (tokenize.COMMENT, tokenize.NL))
    if first.type != tokenize.STRING:
        return FUTURE_IMPORT + "\n" + code
    lines = code.splitlines(keepends=True)
    end = first.end[0]
    return "".join([*lines[:end], "\n", FUTURE_IMPORT, *lines[end:]])
