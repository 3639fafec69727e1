"""Domains and domain pointers: their entity queries and mutations."""

from __future__ import annotations

from datetime import datetime

from .._core import Resolvers
from .entities import Entity, entity_mutation, entity_query, hostname_problems
from .state import HipexSandbox, Row, now

__all__ = ["create_domain", "create_pointer", "resolvers"]

resolvers = Resolvers()

_DOMAIN_SETTINGS = {
    "domain": "domain",
    "backup": "backup",
    "monitor": "monitor",
    "letsEncryptSsl": "letsEncryptSsl",
    "mainPhp": "mainPhp",
    "alternativePhp": "alternativePhp",
    "saveAccessLogs": "accessLogs",
    "newRelicKey": "newRelicKey",
    "blackFireId": "blackFireId",
    "blackFireToken": "blackFireToken",
    "phpMyAdmin": "phpMyAdmin",
}


def _certificate(state: HipexSandbox, data: Row, problems: dict[str, list[str]]) -> Row | None:
    ident = data.get("certificate")
    if ident is None:
        return None
    found = state.ssl_certificates.get(ident)
    if found is None:
        problems.setdefault("certificate", []).append("SSL certificate not found.")
    return found


def _link_certificate(row: Row, certificate: Row | None, key: str) -> None:
    """Point `row` (a domain or pointer) at `certificate`, keeping both sides in step."""
    old = row.get("SSLCertificate")
    if old is not None and row in old[key]:
        old[key].remove(row)
    row["SSLCertificate"] = certificate
    if certificate is not None and row not in certificate[key]:
        certificate[key].append(row)


def create_domain(state: HipexSandbox, data: Row, created: datetime | None = None) -> Row:
    problems: dict[str, list[str]] = {}
    name = str(data.get("domain") or "").strip().lower()
    hostname_problems(problems, "domain", name, {d["domain"] for d in state.domains.values()})
    server = state.servers.get(data.get("host") or 0)
    if server is None:
        problems.setdefault("host", []).append(
            "A server is required." if data.get("host") is None else "Server not found."
        )
    user = state.users.get(data.get("user") or 0) if data.get("user") is not None else None
    if server is not None:
        if data.get("user") is not None and (user is None or user["server"] is not server):
            problems.setdefault("user", []).append("SSH user not found on this server.")
        elif user is None and not server["users"]:
            problems.setdefault("user", []).append("The server has no SSH user.")
        user = user or (server["users"][0] if server["users"] else None)
    certificate = _certificate(state, data, problems)
    if problems:
        raise state.invalid(problems)
    assert server is not None
    domain = state.add(
        state.domains,
        {
            "domain": name,
            "server": server,
            "user": user,
            "customer": server["customer"],
            "entityTypeName": "Domain",
            "backup": bool(data.get("backup") or False),
            "monitor": bool(data.get("monitor") or False),
            "letsEncryptSsl": bool(data.get("letsEncryptSsl") or False),
            "mainPhp": data.get("mainPhp") or "php74",
            "alternativePhp": data.get("alternativePhp") or "php74",
            "accessLogs": data.get("saveAccessLogs") or "default",
            "newRelicKey": data.get("newRelicKey"),
            "blackFireId": data.get("blackFireId"),
            "blackFireToken": data.get("blackFireToken"),
            "phpMyAdmin": bool(data.get("phpMyAdmin") or False),
            "development": bool(server["development"]),
            "devOpsAsAService": False,
            "letsEncryptCertificate": None,
            "SSLCertificate": None,
            "lastPerformanceScan": None,
            "lastChecklist": None,
            "lastIntegrationTest": None,
            "pointers": [],
            "databases": [],
            "databaseUsers": [],
            "ftpUsers": [],
            "integrationTests": [],
            "createdAt": created or now(),
        },
    )
    _link_certificate(domain, certificate, "connectedDomains")
    server["domains"].append(domain)
    return domain


def _update_domain(state: HipexSandbox, domain: Row, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    if "domain" in data:
        name = str(data.get("domain") or "").strip().lower()
        taken = {d["domain"] for d in state.domains.values() if d is not domain}
        hostname_problems(problems, "domain", name, taken)
        data["domain"] = name
    if data.get("user") is not None:
        user = state.users.get(data["user"])
        if user is None or user["server"] is not domain["server"]:
            problems.setdefault("user", []).append("SSH user not found on this server.")
    certificate = _certificate(state, data, problems)
    if problems:
        raise state.invalid(problems)
    for key, stored in _DOMAIN_SETTINGS.items():
        if data.get(key) is not None:
            domain[stored] = data[key]
    if data.get("user") is not None:
        domain["user"] = state.users[data["user"]]
    if "certificate" in data:
        _link_certificate(domain, certificate, "connectedDomains")
    return domain


def _remove_domain(state: HipexSandbox, domain: Row) -> None:
    """DECISION: deleting a domain deletes what lives on it (pointers, databases and their
    users, FTP users, backups) and disconnects its certificate; the checks already run on
    it stay, as history."""
    domain["server"]["domains"].remove(domain)
    for pointer in list(domain["pointers"]):
        _remove_pointer(state, pointer)
        del state.pointers[pointer["id"]]
    for database in domain["databases"]:
        state.databases.pop(database["id"], None)
    for user in domain["databaseUsers"]:
        state.database_users.pop(user["id"], None)
    for ftp_user in domain["ftpUsers"]:
        state.ftp_users.pop(ftp_user["id"], None)
    for backup in [b for b in state.backups.values() if b["domain"] is domain]:
        del state.backups[backup["id"]]
    _link_certificate(domain, None, "connectedDomains")


def create_pointer(state: HipexSandbox, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    name = str(data.get("pointer") or "").strip().lower()
    hostname_problems(problems, "pointer", name, {p["pointer"] for p in state.pointers.values()})
    domain = state.domains.get(data.get("domain") or 0)
    if domain is None:
        problems.setdefault("domain", []).append("Domain not found.")
    certificate = _certificate(state, data, problems)
    if problems:
        raise state.invalid(problems)
    assert domain is not None
    pointer = state.add(
        state.pointers,
        {
            "pointer": name,
            "domain": domain,
            "server": domain["server"],
            "entityTypeName": "DomainPointer",
            "monitor": bool(data.get("monitor") or False),
            "letsEncryptSsl": bool(data.get("letsEncryptSsl") or False),
            "letsEncryptCertificate": None,
            "SSLCertificate": None,
        },
    )
    _link_certificate(pointer, certificate, "connectedDomainPointers")
    domain["pointers"].append(pointer)
    return pointer


def _update_pointer(state: HipexSandbox, pointer: Row, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    if "pointer" in data:
        name = str(data.get("pointer") or "").strip().lower()
        taken = {p["pointer"] for p in state.pointers.values() if p is not pointer}
        hostname_problems(problems, "pointer", name, taken)
        data["pointer"] = name
    certificate = _certificate(state, data, problems)
    if problems:
        raise state.invalid(problems)
    for key in ("pointer", "monitor", "letsEncryptSsl"):
        if data.get(key) is not None:
            pointer[key] = data[key]
    if "certificate" in data:
        _link_certificate(pointer, certificate, "connectedDomainPointers")
    return pointer


def _remove_pointer(state: HipexSandbox, pointer: Row) -> None:
    pointer["domain"]["pointers"].remove(pointer)
    _link_certificate(pointer, None, "connectedDomainPointers")


entity_query(resolvers, "Domain", "domains")
entity_query(resolvers, "DomainPointer", "pointers")
entity_mutation(
    resolvers, Entity("Domain", "domains", "domain", create_domain, _update_domain, _remove_domain)
)
entity_mutation(
    resolvers,
    Entity(
        "DomainPointer", "pointers", "pointer", create_pointer, _update_pointer, _remove_pointer
    ),
)
