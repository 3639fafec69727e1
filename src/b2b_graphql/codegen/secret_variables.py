"""ariadne-codegen plugin: the generated client knows which variables of each operation are
secret (`b2b_graphql._secret_inputs`), so the base client keeps them out of logs and messages.

Each operation's secret variable paths are computed from the schema as its method is
generated, and the client class gets them as `secret_variables = {"operationName": ("path",
...)}` (operations without secrets are left out). Extra secret input fields come from the
API's codegen config: `[tool.b2b-graphql] secret_fields = ["KeyValueInput.value"]`.
"""

from __future__ import annotations

import ast
from typing import Any

from ariadne_codegen.plugins.base import Plugin
from graphql import GraphQLSchema, OperationDefinitionNode

from .._secret_inputs import secret_paths

__all__ = ["SecretVariablesPlugin"]


class SecretVariablesPlugin(Plugin):
    def __init__(self, schema: GraphQLSchema, config_dict: dict[str, Any]) -> None:
        super().__init__(schema, config_dict)
        ours = config_dict.get("tool", {}).get("b2b-graphql", {})
        self.listed = frozenset(ours.get("secret_fields", ()))
        unknown = [name for name in self.listed if not _exists(schema, name)]
        if unknown:
            raise ValueError(f"secret_fields names no input field of the schema: {unknown}")
        self.paths: dict[str, tuple[str, ...]] = {}

    def generate_client_method(
        self, method_def: Any, operation_definition: OperationDefinitionNode
    ) -> Any:
        if operation_definition.name is not None:
            paths = secret_paths(self.schema, operation_definition, self.listed)
            if paths:
                self.paths[operation_definition.name.value] = paths
        return method_def

    def generate_client_class(self, class_def: ast.ClassDef) -> ast.ClassDef:
        mapping = {name: self.paths[name] for name in sorted(self.paths)}
        assignment = ast.parse(f"secret_variables = {mapping!r}").body[0]
        class_def.body.insert(0, assignment)
        return class_def


def _exists(schema: GraphQLSchema, name: str) -> bool:
    from graphql import GraphQLInputObjectType

    type_name, _, field = name.partition(".")
    found = schema.get_type(type_name)
    return isinstance(found, GraphQLInputObjectType) and field in found.fields
