"""Which variables of an operation carry secrets, decided from the schema, and hiding them.

A variable's own name (`$password`) says little: `$entity: DomainInput` carries
`newRelicKey`, `$input: [KeyValueInput]` may carry an access token in `value`. So secrecy is
read from the schema when the client is generated (`codegen.secret_variables`): an input field
or argument is secret when its name ends in a secret word (`key`, `secret`, `token`,
`password`, ...; `code` only as `confirmCode`, `verificationCode`, ...), or when the API's
codegen config lists it (`[tool.b2b-graphql] secret_fields = ["KeyValueInput.value"]`). Each
operation gets the dotted paths of its secret variables (`entity.newRelicKey`; lists are
transparent), which the generated client carries as `secret_variables` and the base client
uses to mask DEBUG logs and scrub the values from anything a server echoes back.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._secrets import REDACTED, Secret

if TYPE_CHECKING:
    from graphql import GraphQLSchema, GraphQLType, OperationDefinitionNode

__all__ = ["is_secret_field", "redact_paths", "secret_paths", "values_at"]

SecretPaths = tuple[str, ...]

_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_SECRET_WORDS = frozenset(
    {"key", "secret", "token", "password", "passwd", "pwd", "jwt", "credential", "credentials"}
)
#: `code` alone is usually not secret (`countryCode`, `paymentTaxCode`); after these it is.
_CODE_PREFIXES = frozenset({"confirm", "confirmation", "verification", "verify", "auth", "reset"})
#: Deep enough for every input tree of the three schemas; recursive inputs stop here.
_MAX_DEPTH = 8
#: Shorter values are not scrubbed from messages (they would mangle ordinary words).
_MIN_SCRUB = 4


def is_secret_field(name: str) -> bool:
    """Whether an input field or argument called `name` carries a secret (see the module)."""
    words = [word.lower() for word in _WORDS.findall(name)]
    if not words:
        return False
    if words[-1] in _SECRET_WORDS:
        return True
    return words[-1] == "code" and len(words) > 1 and words[-2] in _CODE_PREFIXES


def secret_paths(
    schema: GraphQLSchema, operation: OperationDefinitionNode, listed: Collection[str] = ()
) -> SecretPaths:
    """The dotted paths of `operation`'s variables that carry secrets: a variable passed to a
    secret argument, and every secret field inside a variable's input type. `listed` holds
    extra `Type.field` names the config declares secret."""
    from graphql import ArgumentNode, FieldNode, VariableNode, type_from_ast, visit
    from graphql.language import Visitor

    found: set[str] = set()
    fed_to_secret_argument: set[str] = set()

    class Arguments(Visitor):
        def enter_field(self, node: FieldNode, *_: Any) -> None:
            for argument in node.arguments or ():
                _note(argument)

    def _note(argument: ArgumentNode) -> None:
        if isinstance(argument.value, VariableNode) and is_secret_field(argument.name.value):
            fed_to_secret_argument.add(argument.value.name.value)

    visit(operation, Arguments())
    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        if name in fed_to_secret_argument or is_secret_field(name):
            found.add(name)
            continue
        input_type = type_from_ast(schema, definition.type)
        if input_type is not None:
            found.update(_inside(input_type, name, listed, 0))
    return tuple(sorted(found))


def _inside(
    input_type: GraphQLType, prefix: str, listed: Collection[str], depth: int
) -> Iterable[str]:
    from graphql import GraphQLInputObjectType, get_named_type

    named = get_named_type(input_type)
    if not isinstance(named, GraphQLInputObjectType) or depth >= _MAX_DEPTH:
        return
    for field_name, field in named.fields.items():
        path = f"{prefix}.{field_name}"
        if is_secret_field(field_name) or f"{named.name}.{field_name}" in listed:
            yield path
        else:
            yield from _inside(field.type, path, listed, depth + 1)


# -- at run time --------------------------------------------------------------------------------


def redact_paths(variables: Any, paths: SecretPaths) -> Any:
    """A copy of `variables` with the value at every path replaced by `***` (lists are walked
    through); `variables` itself is not changed."""
    for path in paths:
        variables = _replace(variables, path.split("."))
    return variables


def _replace(value: Any, parts: list[str]) -> Any:
    if isinstance(value, list | tuple):
        return [_replace(item, parts) for item in value]
    if not parts or not isinstance(value, Mapping) or parts[0] not in value:
        return value
    head, rest = parts[0], parts[1:]
    inner = value[head]
    replaced = _replace(inner, rest) if rest else (REDACTED if inner is not None else None)
    return {**value, head: replaced}


def values_at(variables: Any, paths: SecretPaths) -> tuple[Secret, ...]:
    """The string values at `paths` (long enough to scrub), to keep out of error messages."""
    found: list[Secret] = []
    for path in paths:
        _collect(variables, path.split("."), found)
    return tuple(found)


def _collect(value: Any, parts: list[str], found: list[Secret]) -> None:
    if isinstance(value, list | tuple):
        for item in value:
            _collect(item, parts, found)
    elif not parts:
        if isinstance(value, str) and len(value) >= _MIN_SCRUB:
            found.append(Secret(value))
    elif isinstance(value, Mapping) and parts[0] in value:
        _collect(value[parts[0]], parts[1:], found)
