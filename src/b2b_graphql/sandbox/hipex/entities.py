"""The two shapes most Hipex root fields share, written once: the entity query
`X(filter, limit, skip, sort): [X]` and the entity mutation `X(entity, delete: Boolean!)`
(create without an id, update with one, delete with `delete: true`, answering null)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .._core import Call, Resolvers
from .filters import select
from .state import HipexSandbox, Row

__all__ = ["Entity", "entity_mutation", "entity_query", "hostname_problems", "require_id"]

_HOSTNAME = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
#: SSH users, database names and database users: 1-32 of a-z 0-9 _, starting with a letter.
NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
NAME_RULE = "Use 1-32 lowercase letters, digits or _, starting a-z."


@dataclass(frozen=True)
class Entity:
    """How one kind is created, updated and removed. `name_key` names the row in the
    `ServerChange` every mutation of it records."""

    kind: str
    table: str
    name_key: str
    create: Callable[[HipexSandbox, Row], Row]
    update: Callable[[HipexSandbox, Row, Row], Row]
    remove: Callable[[HipexSandbox, Row], None]


def entity_query(resolvers: Resolvers, kind: str, table: str) -> None:
    """Register the entity query `kind` over `HipexSandbox.<table>`."""

    @resolvers.query(kind)
    def query(
        call: Call[HipexSandbox],
        *,
        filter: Row | None = None,
        limit: int | None = None,
        skip: int | None = None,
        sort: Row | None = None,
    ) -> list[Row]:
        with call.state.lock:
            return select(getattr(call.state, table).values(), filter, sort, skip, limit)


def entity_mutation(resolvers: Resolvers, spec: Entity) -> None:
    """Register the entity mutation of `spec.kind`."""

    @resolvers.mutation(spec.kind)
    def mutate(call: Call[HipexSandbox], *, delete: bool, entity: Row | None = None) -> Row | None:
        state = call.state
        data = dict(entity or {})
        table: dict[int, Row] = getattr(state, spec.table)
        with state.lock:
            ident = data.get("id")
            if ident is not None and ident not in table:
                raise state.invalid({"id": [f"{spec.kind} {ident} not found."]})
            if delete:
                row = table[require_id(state, ident)]
                spec.remove(state, row)
                del table[row["id"]]
                action = "delete"
            elif ident is None:
                row = spec.create(state, data)
                action = "create"
            else:
                row = spec.update(state, table[ident], data)
                action = "update"
            state.record_change(spec.kind, row, action, str(row[spec.name_key]))
            return None if delete else row


def require_id(state: HipexSandbox, ident: int | None) -> int:
    if ident is None:
        raise state.invalid({"id": ["An id is required to delete."]})
    return ident


def hostname_problems(
    problems: dict[str, list[str]], name: str, value: str, taken: set[str]
) -> None:
    """Hostname rules shared by domains and pointers: present, valid, not in use."""
    if not value:
        problems.setdefault(name, []).append("This value should not be blank.")
    elif not _HOSTNAME.match(value):
        problems.setdefault(name, []).append("This value is not a valid hostname.")
    elif value in taken:
        problems.setdefault(name, []).append("This hostname is already in use.")
