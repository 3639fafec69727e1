"""SSL certificates (uploaded) and Let's Encrypt requests."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from .._core import Call, Resolvers
from .entities import Entity, entity_mutation, entity_query
from .state import HipexSandbox, Row, now

__all__ = ["create_certificate", "resolvers"]

resolvers = Resolvers()
PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----"
PEM_KEY = (
    "-----BEGIN PRIVATE KEY-----",
    "-----BEGIN RSA PRIVATE KEY-----",
    "-----BEGIN EC PRIVATE KEY-----",
)


def pem(kind: str, seed: str) -> str:
    """A PEM-shaped block (not a real certificate: the sandbox never does TLS with it)."""
    body = hashlib.sha256(seed.encode()).hexdigest() * 2
    return f"-----BEGIN {kind}-----\n{body[:64]}\n{body[64:]}\n-----END {kind}-----\n"


def _relations(
    state: HipexSandbox, data: Row, problems: dict[str, list[str]]
) -> tuple[list[Row], list[Row]]:
    domains = [state.domains.get(i or 0) for i in data.get("domains") or []]
    pointers = [state.pointers.get(i or 0) for i in data.get("domainPointers") or []]
    if any(d is None for d in domains):
        problems["domains"] = ["Domain not found."]
    if any(p is None for p in pointers):
        problems["domainPointers"] = ["Domain pointer not found."]
    return [d for d in domains if d is not None], [p for p in pointers if p is not None]


def _connect(certificate: Row, domains: list[Row], pointers: list[Row]) -> None:
    for key, rows in (("connectedDomains", domains), ("connectedDomainPointers", pointers)):
        for row in certificate[key]:
            row["SSLCertificate"] = None
        certificate[key] = list(rows)
        for row in rows:
            old = row.get("SSLCertificate")
            if old is not None and old is not certificate:
                old[key].remove(row)
            row["SSLCertificate"] = certificate
    names = [d["domain"] for d in certificate["connectedDomains"]]
    names += [p["pointer"] for p in certificate["connectedDomainPointers"]]
    certificate["domain"] = names[0] if names else None
    certificate["alternativeDomains"] = names[1:]


def create_certificate(state: HipexSandbox, data: Row) -> Row:
    """DECISION: the sandbox checks the PEM framing of `certificate` and `key` (it cannot
    verify a real chain); the certificate's common name is the first connected domain or
    pointer, the others are its alternative names, and it expires 90 days after upload."""
    problems: dict[str, list[str]] = {}
    if not str(data.get("certificate") or "").lstrip().startswith(PEM_CERTIFICATE):
        problems["certificate"] = ["Give a PEM encoded certificate."]
    if not str(data.get("key") or "").lstrip().startswith(PEM_KEY):
        problems["key"] = ["Give the PEM encoded private key."]
    domains, pointers = _relations(state, data, problems)
    if problems:
        raise state.invalid(problems)
    certificate = state.add(
        state.ssl_certificates,
        {
            "issuer": "Sandbox Issuing CA",
            "expires": now() + timedelta(days=90),
            "certificate": data["certificate"],
            "chain": data.get("chain"),
            "key": data["key"],
            "certificateError": None,
            "connectedDomains": [],
            "connectedDomainPointers": [],
            "domain": None,
            "alternativeDomains": [],
        },
    )
    _connect(certificate, domains, pointers)
    return certificate


def _update_certificate(state: HipexSandbox, certificate: Row, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    if data.get("certificate") is not None and not data["certificate"].lstrip().startswith(
        PEM_CERTIFICATE
    ):
        problems["certificate"] = ["Give a PEM encoded certificate."]
    if data.get("key") is not None and not data["key"].lstrip().startswith(PEM_KEY):
        problems["key"] = ["Give the PEM encoded private key."]
    domains, pointers = _relations(state, data, problems)
    if problems:
        raise state.invalid(problems)
    for key in ("certificate", "chain", "key"):
        if data.get(key) is not None:
            certificate[key] = data[key]
    if data.get("certificate") is not None:
        certificate["expires"] = now() + timedelta(days=90)
    if data.get("domains") is not None or data.get("domainPointers") is not None:
        _connect(
            certificate,
            domains if data.get("domains") is not None else certificate["connectedDomains"],
            pointers
            if data.get("domainPointers") is not None
            else certificate["connectedDomainPointers"],
        )
    return certificate


def _remove_certificate(state: HipexSandbox, certificate: Row) -> None:
    _connect(certificate, [], [])


@resolvers.mutation("LetsEncryptRequest")
def lets_encrypt_request(call: Call[HipexSandbox], *, entity: Row | None = None) -> Any:
    """Request a Let's Encrypt certificate for a domain or a pointer (exactly one): it is
    issued at once in the sandbox, stored on the entity, and `letsEncryptSsl` turns on."""
    state, data = call.state, entity or {}
    given = [k for k in ("domain", "domainPointer") if data.get(k) is not None]
    if len(given) != 1:
        raise state.invalid({"domain": ["Give a domain or a domain pointer."]})
    table, name_key = (
        (state.domains, "domain") if given[0] == "domain" else (state.pointers, "pointer")
    )
    with state.lock:
        row = table.get(data[given[0]])
        if row is None:
            raise state.invalid({given[0]: [f"{given[0]} {data[given[0]]} not found."]})
        name = row[name_key]
        row["letsEncryptSsl"] = True
        row["letsEncryptCertificate"] = {
            "id": row["id"],
            "issuer": "R3",
            "expires": now() + timedelta(days=90),
            "domain": name,
            "certificate": pem("CERTIFICATE", f"le:{name}"),
            "chain": pem("CERTIFICATE", "le:chain"),
            "key": pem("PRIVATE KEY", f"le-key:{name}"),
        }
    return {
        "steps": [
            {"message": f"Validation of {name} succeeded", "successful": True},
            {"message": f"Certificate for {name} issued", "successful": True},
        ]
    }


entity_query(resolvers, "SSLCertificate", "ssl_certificates")
entity_mutation(
    resolvers,
    Entity(
        "SSLCertificate",
        "ssl_certificates",
        "id",
        create_certificate,
        _update_certificate,
        _remove_certificate,
    ),
)
