"""Never data for an id that does not exist: every root field argument naming one entity by
id (`id`, `...Id` of type ID), given an unknown id, is answered with NOT_FOUND; the other
arguments are valid samples (IDs "1": the seed has entity 1 of each kind)."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLNonNull, GraphQLScalarType, get_nullable_type

from b2b_graphql.sandbox._fake import sample_input

from .api import ROOTS, UNKNOWN, Api


def id_arguments() -> list[tuple[str, str]]:
    found = []
    for root in ROOTS.values():
        for field_name, field in root.fields.items():
            for name, argument in field.args.items():
                type_ = get_nullable_type(argument.type)
                named_id = name == "id" or name.endswith("Id")
                if (
                    named_id
                    and isinstance(type_, GraphQLScalarType)
                    and type_.name in ("ID", "Int")
                ):
                    found.append((field_name, name))
    return found


#: field -> optional arguments naming where the unknown entity is looked up (given as "1")
WITHIN = {
    "addProductToOrder": ("id",),
    "removeFromCart": ("cartId",),
    "updateCartProduct": ("cartId",),
    "updateDropProduct": ("dropId",),
    "deleteExternalProduct": ("partnerIntegrationId", "productId"),
}


def arguments(field_name: str, unknown: str) -> dict[str, Any]:
    _, field = next((k, r.fields[field_name]) for k, r in ROOTS.items() if field_name in r.fields)
    values: dict[str, Any] = {}
    for name, argument in field.args.items():
        if name == unknown:
            type_ = get_nullable_type(argument.type)
            values[name] = int(UNKNOWN) if type_.name == "Int" else UNKNOWN
        elif isinstance(argument.type, GraphQLNonNull) or name in ("data", "input"):
            values[name] = sample_input(argument.type, name, complete=True)
        elif name in WITHIN.get(field_name, ()):
            values[name] = "1"  # the entity the unknown one is looked up in
    return values


ID_ARGUMENTS = id_arguments()


@pytest.mark.parametrize(
    ("field", "argument"), ID_ARGUMENTS, ids=[f"{f}.{a}" for f, a in ID_ARGUMENTS]
)
def test_an_unknown_id_is_not_found(field: str, argument: str, api: Api) -> None:
    assert api.error(field, **arguments(field, argument)) == "NOT_FOUND"
