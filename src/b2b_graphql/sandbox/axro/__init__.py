"""A local AXRO server: the committed `schemas/axro.graphql` over seeded, in-memory data.

It behaves as the AXRO document says: Bearer token for data, introspection without one,
comma-separated product filters, page/limit/totalPages, BMEcat 2005 for `format: "xml"`, the
documented error strings, the `{error: true, status, body}` payload for rejected mutations,
`shippingCreate(check: true)` normalising without saving, addresses that wait for approval,
and orders placed with `orderCreate(place: true)` appearing in `orderList` with a shipment.

`state` holds the store, `seed` the data (every identifier the document's examples use),
`account`/`catalog`/`orders`/`shipments` the resolvers (as `queries/axro/` is split), `app` the
wiring and the auth rule.
"""

from __future__ import annotations

from .app import PATH, create_app
from .state import DEFAULT_TOKEN, AxroSandbox

__all__ = ["DEFAULT_TOKEN", "PATH", "AxroSandbox", "create_app"]
