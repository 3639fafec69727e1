"""Every root field of the Order41 schema has a behaviour check (`BEHAVIOUR`), run here over
HTTP against the sandbox: a field added to the schema without one fails
`test_every_root_field_has_a_behaviour_check` (tests/sandbox/test_no_fallback.py proves
none is answered by fake data)."""

from __future__ import annotations

import pytest

from . import (  # noqa: F401  (each registers its checks)
    checks_account,
    checks_drops,
    checks_integrations,
    checks_lists,
    checks_orders,
    checks_people,
    checks_products,
)
from .api import BEHAVIOUR, ROOTS, Api

FIELDS = sorted(name for root in ROOTS.values() for name in root.fields)


def test_every_root_field_has_a_behaviour_check() -> None:
    assert sorted(BEHAVIOUR) == FIELDS


@pytest.mark.parametrize("field", FIELDS)
def test_root_field_behaves(field: str, api: Api) -> None:
    check = BEHAVIOUR.get(field)
    if check is None:
        pytest.fail(f"{field} has no behaviour check")
    check(api)
