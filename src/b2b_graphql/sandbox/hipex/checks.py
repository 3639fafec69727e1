"""Checklists, performance scans and integration tests: started by a mutation, running in the
background (`finished` null), done after the configured delay, queryable all along."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from .._core import Call, Resolvers
from .entities import entity_query
from .state import HipexSandbox, Row, now

__all__ = ["finish_checklist", "finish_scan", "finish_test", "resolvers", "start_checklist"]

resolvers = Resolvers()
CHECK_GROUPS = ("security", "performance")


def _score(state: HipexSandbox, what: str) -> float:
    digest = hashlib.blake2b(f"{state.seed}:{what}".encode(), digest_size=2).digest()
    return round(50 + int.from_bytes(digest, "big") % 5000 / 100, 2)


# -- checklists ---------------------------------------------------------------------------------


def start_checklist(state: HipexSandbox, data: Row) -> Row:
    domain = state.domains.get(data.get("domainId") or 0)
    if domain is None:
        raise state.invalid({"domainId": [f"Domain {data.get('domainId')} not found."]})
    groups = list(data.get("groupsToRun") or CHECK_GROUPS)
    unknown = [g for g in groups if g not in CHECK_GROUPS]
    if unknown:
        raise state.invalid({"groupsToRun": [f"Unknown group {g}." for g in unknown]})
    checklist = state.add(
        state.checklists,
        {
            "status": "pending",
            "error": None,
            "finished": None,
            "groupsToRun": groups,
            "domain": domain,
            "applicationInfo": {
                "type": "magento2",
                "version": "2.4.6",
                "latestVersion": "2.4.7",
                "url": f"https://{domain['domain']}",
            },
            "groups": [],
            "due": state.due(state.checklist_delay),
        },
    )
    domain["lastChecklist"] = checklist
    return checklist


def finish_checklist(state: HipexSandbox, checklist: Row, stamp: datetime) -> None:
    checklist.update(finished=stamp, status="good")
    checklist["groups"] = [
        {
            "title": group,
            "checks": [
                {
                    "title": f"{group} baseline",
                    "tooltip": None,
                    "status": "good",
                    "statusLevel": 0,
                    "error": None,
                }
            ],
        }
        for group in checklist["groupsToRun"]
    ]


@resolvers.mutation("ChecklistStart")
def checklist_start(call: Call[HipexSandbox], *, checklist: Row | None = None) -> Row:
    """DECISION: `groupsToRun` defaults to every group (security, performance); a group the
    sandbox does not know is a validation error, not silently skipped."""
    with call.state.lock:
        return start_checklist(call.state, checklist or {})


# -- performance scans --------------------------------------------------------------------------


def start_scan(state: HipexSandbox, website: str, created: datetime | None = None) -> Row:
    """DECISION: `website` is a URL or a bare host name (https is assumed); a host the account
    hosts links the scan to that domain, any other public site may be scanned too."""
    text = website.strip()
    url = text if "://" in text else f"https://{text}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or "." not in parts.hostname:
        raise state.invalid({"website": ["Give a URL such as https://www.example.com."]})
    host = parts.hostname.lower()
    domain = next(
        (d for d in state.domains.values() if host in (d["domain"], f"www.{d['domain']}")), None
    )
    scan = state.add(
        state.performance_scans,
        {
            "url": url,
            "createdAt": created or now(),
            "name": host,
            "domain": domain,
            "finished": None,
            "score": None,
            "screenDesktop": None,
            "screenMobile": None,
            "groups": [],
            "due": state.due(state.scan_delay),
        },
    )
    if domain is not None:
        domain["lastPerformanceScan"] = scan
    return scan


def finish_scan(state: HipexSandbox, scan: Row, stamp: datetime) -> None:
    score = _score(state, f"scan:{scan['url']}")
    scan.update(finished=stamp, score=score)
    scan["screenDesktop"] = f"https://scans.sandbox.hipex.test/{scan['id']}/desktop.png"
    scan["screenMobile"] = f"https://scans.sandbox.hipex.test/{scan['id']}/mobile.png"
    scan["groups"] = [
        {
            "name": name,
            "score": _score(state, f"scan:{scan['url']}:{name}"),
            "items": [
                {
                    "name": item,
                    "value": f"{_score(state, scan['url'] + item) / 40:.2f}s",
                    "generalDescription": f"How long until {item.lower()}.",
                    "scanDescription": f"{item} of {scan['url']}.",
                }
                for item in items
            ],
        }
        for name, items in (
            ("Speed", ("First Contentful Paint", "Time to Interactive")),
            ("Server", ("Time to First Byte",)),
        )
    ]


@resolvers.mutation("PerformanceScanStart")
def performance_scan_start(call: Call[HipexSandbox], *, website: str) -> Row:
    with call.state.lock:
        return start_scan(call.state, website)


# -- integration tests --------------------------------------------------------------------------


def add_test(state: HipexSandbox, domain: Row, name: str, previous: Row | None = None) -> Row:
    test = state.add(
        state.integration_tests,
        {
            "name": name,
            "finished": None,
            "maxRequestTime": 2000,
            "previousTest": previous,
            "domain": domain,
            "totalTime": None,
            "steps": [],
            "schedule": (previous or {}).get("schedule") or {"id": domain["id"]},
            "due": state.due(state.scan_delay),
        },
    )
    domain["integrationTests"].append(test)
    domain["lastIntegrationTest"] = test
    return test


def finish_test(state: HipexSandbox, test: Row, stamp: datetime) -> None:
    base = f"https://{test['domain']['domain']}"
    pages = ("/", "/catalog", "/checkout/cart")
    steps = []
    for index, page in enumerate(pages, start=1):
        spent = _score(state, f"test:{test['id']}:{page}") / 100
        steps.append(
            {
                "id": test["id"] * 10 + index,
                "test": test,
                "url": base + page,
                "started": stamp,
                "timeSpend": spent,
                "status": "good",
                "result": "200 OK",
                "screenShotPath": f"/integration-tests/{test['id']}/{index}.png",
            }
        )
    test.update(finished=stamp, steps=steps, totalTime=round(sum(s["timeSpend"] for s in steps), 2))


@resolvers.mutation("IntegrationTestStart")
def integration_test_start(call: Call[HipexSandbox], *, id: int) -> Any:
    """DECISION: `id` names an integration test; starting it runs the same test again: a new
    result with `previousTest` pointing at the run it repeats, finished after `scan_delay`."""
    state = call.state
    with state.lock:
        previous = state.integration_tests.get(id)
        if previous is None:
            raise state.invalid({"id": [f"IntegrationTest {id} not found."]})
        return add_test(state, previous["domain"], previous["name"], previous)


entity_query(resolvers, "Checklist", "checklists")
entity_query(resolvers, "PerformanceScan", "performance_scans")
entity_query(resolvers, "IntegrationTest", "integration_tests")
