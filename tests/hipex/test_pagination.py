"""skip/limit paging until a short page, with filters and sorting applied on every page."""

from __future__ import annotations

import pytest

from b2b_graphql import InputValidationError
from b2b_graphql.hipex import HipexClient, where
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox


async def test_pages_until_a_short_page(hipex: HipexClient, hipex_sandbox: RunningSandbox) -> None:
    app = hipex_sandbox.app
    total = len(app.state.domains)
    assert total == 24
    before = app.request_count
    ids = [d.id async for d in hipex.iter_domains(page_size=5, concurrency=1)]
    assert ids == sorted(app.state.domains)  # every domain once, in id order
    assert app.request_count - before == 5  # 5 + 5 + 5 + 5 + 4
    before = app.request_count
    assert [d.id async for d in hipex.iter_domains(page_size=5)] == ids
    # ahead of the short page, one more page was asked for (then cancelled or discarded)
    assert 5 <= app.request_count - before <= 6


async def test_an_exact_multiple_needs_one_empty_page(
    hipex: HipexClient, hipex_sandbox: RunningSandbox
) -> None:
    before = hipex_sandbox.app.request_count
    names = [d.domain async for d in hipex.iter_domains(page_size=6, concurrency=1)]
    assert len(names) == 24 and len(set(names)) == 24
    assert hipex_sandbox.app.request_count - before == 5  # 4 full pages, then an empty one


async def test_sort_and_filter_hold_across_pages(
    hipex: HipexClient, hipex_sandbox: RunningSandbox
) -> None:
    on_web01 = [d for d in hipex_sandbox.app.state.domains.values() if d["server"]["id"] == 2]
    newest_first = [
        d
        async for d in hipex.iter_domains(
            filter=where("server.id") == 2, sort=("createdAt", "desc"), page_size=4
        )
    ]
    assert 4 < len(newest_first) == len(on_web01) < 24
    assert all(d.server is not None and d.server.id == 2 for d in newest_first)
    ids = [d.id for d in newest_first]
    assert ids == sorted(ids, reverse=True)
    by_name = [d.domain async for d in hipex.iter_domains(sort="domain", page_size=7)]
    assert by_name == sorted(by_name)


async def test_every_entity_iterator(hipex: HipexClient, hipex_sandbox: RunningSandbox) -> None:
    state = hipex_sandbox.app.state
    assert [s.name async for s in hipex.iter_servers(page_size=3)] == [
        s["name"] for s in state.servers.values()
    ]
    assert len([p async for p in hipex.iter_domain_pointers(page_size=2)]) == len(state.pointers)
    assert len([d async for d in hipex.iter_databases(page_size=10)]) == len(state.databases)
    assert len([u async for u in hipex.iter_database_users()]) == len(state.database_users)
    assert [u.user async for u in hipex.iter_users(sort=("user", "asc"))] == sorted(
        u["user"] for u in state.users.values()
    )
    assert len([k async for k in hipex.iter_ssh_keys()]) == len(state.ssh_keys)
    changes = [c async for c in hipex.iter_server_changes(filter=where("entityType") == "Domain")]
    assert len(changes) >= 24 and all(c.finished is not None for c in changes)
    assert len([c async for c in hipex.iter_checklists()]) >= 1
    assert len([f async for f in hipex.iter_ftp_users(page_size=5)]) == len(state.ftp_users) > 5
    certificates = [s async for s in hipex.iter_ssl_certificates()]
    assert len(certificates) == len(state.ssl_certificates) >= 1
    assert len([t async for t in hipex.iter_integration_tests()]) == len(state.integration_tests)
    assert len([s async for s in hipex.iter_performance_scans()]) == len(state.performance_scans)


async def test_page_size_and_sort_are_checked(hipex: HipexClient) -> None:
    for bad in (0, -1, float("nan"), 2.0, True, "10", None):
        with pytest.raises(InputValidationError, match="page_size"):
            hipex.iter_domains(page_size=bad)  # type: ignore[arg-type]
        with pytest.raises(InputValidationError, match="concurrency"):
            hipex.iter_domains(concurrency=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        [d async for d in hipex.iter_domains(sort=("id", "sideways"))]
