"""A local Hipex Pack server: the SDL shipped in `hipex_gql` over seeded, in-memory data.

It behaves as the Hipex notes describe:

- `Login` checks the credentials (`DEFAULT_USERNAME` / `DEFAULT_PASSWORD` unless configured) and
  answers with the token in the `Authorization` response header; a wrong password is
  `success: false` with `errorMessage`/`errorMessageId` in data, and no header.
- The token rotates: every `rotate_every` authenticated responses and/or once it is
  `rotate_after` seconds old, a response (also one carrying GraphQL errors) brings a new
  `Authorization` header. Each login is a session with one current token; a replaced token keeps
  working for `grace` seconds, then it is rejected.
- Without a valid token, queries answer empty lists (or null) and mutations fail with an error
  (`UNAUTHENTICATED`), as the real API does. `rejected` counts requests whose token was refused.
- Entity queries implement the filter tree, `sort`, and `skip`/`limit` (`filters`); entity
  mutations create, update or delete, validate their input (`FormValidation::failed` with
  `fields`), and record a `ServerChange` that finishes `change_delay` seconds later; checklists,
  performance scans and integration tests finish after their delay.

`state` holds the store, `seed` the data, `filters` and `entities` what entity fields share,
and one resolver module per part of the API, as `queries/hipex/` is split.
"""

from __future__ import annotations

from .app import PATH, create_app
from .errors import FormValidationError
from .state import DEFAULT_PASSWORD, DEFAULT_USERNAME, HipexSandbox

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_USERNAME",
    "PATH",
    "FormValidationError",
    "HipexSandbox",
    "create_app",
]
