"""ariadne-codegen plugin: an input with a key its GraphQL type does not have is refused.

The generated `BaseModel` leaves pydantic's `extra="ignore"`, so `FilterInput(domian="x")` or
`filter_={"domian": "x"}` would drop the misspelt key and send a request without the filter (a
delete or update that matches more than meant). Two changes close that:

- every generated input class gets `model_config = ConfigDict(extra="forbid")` (pydantic merges
  it with the base's config); result models keep ignoring fields an API adds later;
- every generated method passes each input-typed argument through the base client's
  `_input_argument`, which validates a mapping into its model (and a list item by item), so a
  dict the caller hands a generated method is checked like a model and refused with
  `InputValidationError` before anything is sent (a stock method sends the dict as it is).
"""

from __future__ import annotations

import ast
from typing import Any

from ariadne_codegen.plugins.base import Plugin
from graphql import (
    GraphQLInputObjectType,
    ListTypeNode,
    NonNullTypeNode,
    OperationDefinitionNode,
    TypeNode,
)

__all__ = ["StrictInputsPlugin"]

#: The `GraphQLBaseClient` method the generated methods call (see `_client/base.py`).
VALIDATE = "_input_argument"

_FORBID = 'model_config = ConfigDict(extra="forbid")'


class StrictInputsPlugin(Plugin):
    def generate_input_class(self, class_def: ast.ClassDef, input_type: Any) -> ast.ClassDef:
        body = [node for node in class_def.body if not isinstance(node, ast.Pass)]
        docstring = int(bool(body) and _is_docstring(body[0]))
        body[docstring:docstring] = ast.parse(_FORBID).body  # first, as pydantic's docs put it
        class_def.body = body
        return class_def

    def generate_inputs_module(self, module: ast.Module) -> ast.Module:
        config = ast.ImportFrom(module="pydantic", names=[ast.alias(name="ConfigDict")], level=0)
        module.body.insert(0, config)
        return module

    def generate_client_method(
        self, method_def: Any, operation_definition: OperationDefinitionNode
    ) -> Any:
        inputs = {
            definition.variable.name.value: name
            for definition in operation_definition.variable_definitions or ()
            if (name := self._input_type(definition.type)) is not None
        }
        if not inputs:
            return method_def
        variables = _variables_dict(method_def)
        used: set[str] = set()
        for index, (key, value) in enumerate(zip(variables.keys, variables.values, strict=True)):
            if not (isinstance(key, ast.Constant) and key.value in inputs):
                continue
            if not isinstance(value, ast.Name):
                raise RuntimeError(
                    f"StrictInputsPlugin: {method_def.name} passes ${key.value} as an "
                    "expression, not its argument; update the plugin"
                )
            model = inputs[key.value]
            used.add(model)
            variables.values[index] = ast.Call(
                func=ast.Attribute(value=ast.Name(id="self", ctx=ast.Load()), attr=VALIDATE),
                args=[ast.Constant(value=value.id), ast.Name(id=model, ctx=ast.Load()), value],
                keywords=[],
            )
        settings = self.config_dict.get("tool", {}).get("ariadne-codegen", {})
        module = settings.get("input_types_module_name", "input_types")
        names = [ast.alias(name=name) for name in sorted(used)]
        method_def.body.insert(0, ast.ImportFrom(module=module, names=names, level=1))
        return method_def

    def _input_type(self, node: TypeNode) -> str | None:
        """The input object type a variable's type names (through `!` and `[...]`), if any."""
        while isinstance(node, NonNullTypeNode | ListTypeNode):
            node = node.type
        name: str = node.name.value  # type: ignore[attr-defined]  # a NamedTypeNode now
        return name if isinstance(self.schema.get_type(name), GraphQLInputObjectType) else None


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _variables_dict(method_def: Any) -> ast.Dict:
    for statement in method_def.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.value, ast.Dict):
            return statement.value
    raise RuntimeError(
        f"StrictInputsPlugin: {method_def.name} builds no variables dict; update the plugin"
    )
