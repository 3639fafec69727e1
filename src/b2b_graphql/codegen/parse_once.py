"""ariadne-codegen plugin: generated methods parse the response bytes straight into their model.

The stock method ends `data = self.get_data(response)` / `return Model.model_validate(data)`:
JSON decoded into dicts, then validated again. We rewrite it to `return self.get_model(response,
Model)`, which validates the raw bytes once (`model_validate_json`) and raises our typed errors.

The rewrite runs on the final, formatted client code (`generate_client_code`), after
`lazy_imports` has placed each model's import inside its method, so that machinery is unchanged.
"""

from __future__ import annotations

import re

from ariadne_codegen.plugins.base import Plugin

_STOCK_ENDING = re.compile(
    # ariadne-codegen names the local `_data` when an operation has a `$data` variable.
    r"^(?P<indent>[ \t]+)(?P<var>_*data) = self\.get_data\(response\)\n"
    r"(?P=indent)return (?P<model>\w+)\.model_validate\((?P=var)\)$",
    re.MULTILINE,
)


class ParseOncePlugin(Plugin):
    def generate_client_code(self, generated_code: str) -> str:
        code, count = _STOCK_ENDING.subn(
            r"\g<indent>return self.get_model(response, \g<model>)", generated_code
        )
        if count != generated_code.count("self.get_data(response)"):
            raise RuntimeError(
                "ParseOncePlugin: ariadne-codegen's method body changed shape; update the plugin"
            )
        return code
