"""Deterministic seed data: something behind every root query once logged in.

Four servers (two application servers behind a load balancer, one database server), SSH
users and keys, `domains` domains with pointers, databases, database users, FTP users and
backups, a certificate on the first shop, a finished server change per domain, a finished
checklist, performance scan and integration test. `HipexSandbox.seed` picks the varying
details (PHP versions, sizes, which domains keep backups), the same seed the same data.
"""

from __future__ import annotations

import random
from datetime import timedelta

from . import checks
from .databases import create_database, create_database_user
from .domains import create_domain, create_pointer
from .files import create_ftp_user
from .seed_time import EPOCH
from .ssh import create_ssh_key, create_user
from .ssl import create_certificate, pem
from .state import HipexSandbox, Row

__all__ = ["populate"]

SERVERS = [
    ("lb01.sandbox.hipex.test", "balancer", False),
    ("web01.sandbox.hipex.test", "application", False),
    ("web02.sandbox.hipex.test", "application", True),
    ("db01.sandbox.hipex.test", "database", False),
]
KINDS = ("shop", "blog", "api", "staging")
VERSIONS = ("php74", "php80", "php73")


def populate(state: HipexSandbox, *, domains: int) -> None:
    rng = random.Random(state.seed)
    customer = state.add(state.customers, {"name": "Sandbox B.V."})
    for name, kind, development in SERVERS:
        state.add(
            state.servers,
            {
                "name": name,
                "type": kind,
                "development": development,
                "customer": customer,
                "parent": None,
                "children": [],
                "domains": [],
                "users": [],
                "sshKeys": [],
            },
        )
    balancer, web01, web02 = state.servers[1], state.servers[2], state.servers[3]
    for web in (web01, web02):
        web["parent"] = balancer
        balancer["children"].append(web)
    for server, login in ((web01, "app"), (web01, "deploy"), (web02, "app")):
        create_user(state, {"user": login, "server": server["id"]})
    for index, name in enumerate(("laptop", "ci", "backup")):
        create_ssh_key(
            state,
            {
                "name": name,
                "key": f"AAAAB3NzaC1yc2EAAAADAQABAAABAQC{index}sandbox",
                "type": "ssh_rsa",
                "servers": [web01["id"], web02["id"]],
                "users": [1],
            },
        )
    for index in range(domains):
        _domain(state, rng, index, web02 if index % 3 == 2 else web01)
    for change in state.server_changes.values():
        change["due"] = 0.0
        created = state.domains[change["entityId"]]["createdAt"]
        change["createdAt"] = change["started"] = created
    if state.domains:
        _checks(state)
    state.tick()


def _domain(state: HipexSandbox, rng: random.Random, index: int, server: Row) -> None:
    kind = KINDS[index % 4]
    created = EPOCH + timedelta(days=index)
    domain = create_domain(
        state,
        {
            "domain": f"{kind}{index + 1:02d}.example.nl",
            "host": server["id"],
            "mainPhp": rng.choice(VERSIONS),
            "backup": index % 3 == 0,
        },
        created=created,
    )
    state.record_change("Domain", domain, "create", domain["domain"])
    if kind == "shop":
        create_pointer(state, {"pointer": f"www.{domain['domain']}", "domain": domain["id"]})
    database = create_database(
        state,
        {"domain": domain["id"], "database": f"db_{index + 1:02d}", "charset": "utf8mb4",
         "backup": index % 3 == 0},
    )  # fmt: skip
    create_database_user(state, {"username": f"dbu_{index + 1:02d}", "databases": [database["id"]]})
    if kind in ("shop", "staging"):
        create_ftp_user(
            state,
            {
                "domain": domain["id"],
                "username": f"ftp_{index + 1:02d}",
                "password": f"ftp-password-{index + 1:02d}",
                "path": "/public",
            },
        )
    if domain["backup"]:
        for day in range(3):
            stamp = created + timedelta(days=30 + day)
            for what, size in (
                ("files", rng.randrange(10**6, 10**9)),
                ("database", rng.randrange(10**5, 10**8)),
            ):
                backup_id = f"{stamp:%Y%m%d}-{what}-{domain['id']}"
                state.add(
                    state.backups,
                    {
                        "backupId": backup_id,
                        "created": stamp,
                        "size": size,
                        "url": f"https://backups.sandbox.hipex.test/{backup_id}.tar.gz",
                        "domain": domain,
                        "domainId": domain["id"],
                        "database": database if what == "database" else None,
                    },
                )


def _checks(state: HipexSandbox) -> None:
    first = state.domains[1]
    shop_pointers = [p["id"] for p in first["pointers"]]
    create_certificate(
        state,
        {
            "certificate": pem("CERTIFICATE", first["domain"]),
            "key": pem("PRIVATE KEY", first["domain"]),
            "chain": pem("CERTIFICATE", "sandbox-ca"),
            "domains": [first["id"]],
            "domainPointers": shop_pointers,
        },
    )
    checklist = checks.start_checklist(state, {"domainId": 1, "groupsToRun": ["security"]})
    scan = checks.start_scan(state, f"https://{first['domain']}", created=EPOCH)
    test = checks.add_test(state, first, "Checkout flow")
    for row in (checklist, scan, test):
        row["due"] = 0.0
