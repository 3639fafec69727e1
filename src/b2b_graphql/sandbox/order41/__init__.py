"""A local Order41 server: executes the SDL shipped in `order41_gql` over in-memory data.

Every root field has real behaviour over one store (`state`), seeded deterministically
(`seed`), with one filtering/paging implementation (`filters`) and resolvers split by domain
as `queries/order41/` is (`account`, `auth`, `carts`, ...). `create_app` binds them (`app`).

- Lists honour `first`/`offset`/`filter`/`orderBy` and agree with their `_list*Meta` count.
- Entities named by "id or urlkey" accept either (the id wins when both are given); neither
  is `BAD_USER_INPUT`, an unknown one `NOT_FOUND` (as `extensions.code`).
- Creates keep what was sent, updates are visible, deletes remove (and cascade where the
  entity owns others); background jobs go queued -> running -> finished (see `jobs`).
- Scalars on the wire: see `scalars`.
"""

from __future__ import annotations

from .app import PUBLIC_FIELDS, create_app, credentials
from .state import (
    DEFAULT_EMAIL,
    DEFAULT_LONG_LIVED_TOKEN,
    DEFAULT_PASSWORD,
    Order41Sandbox,
    Token,
    schema,
)

__all__ = [
    "DEFAULT_EMAIL",
    "DEFAULT_LONG_LIVED_TOKEN",
    "DEFAULT_PASSWORD",
    "PUBLIC_FIELDS",
    "Order41Sandbox",
    "Token",
    "create_app",
    "credentials",
    "schema",
]
