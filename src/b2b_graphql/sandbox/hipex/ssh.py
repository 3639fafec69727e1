"""SSH users and SSH keys."""

from __future__ import annotations

from .._core import Resolvers
from .entities import NAME, NAME_RULE, Entity, entity_mutation, entity_query
from .state import HipexSandbox, Row

__all__ = ["create_ssh_key", "create_user", "resolvers"]

resolvers = Resolvers()


def create_user(state: HipexSandbox, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    name = str(data.get("user") or "")
    server = state.servers.get(data.get("server") or 0)
    if not NAME.match(name):
        problems["user"] = [NAME_RULE]
    if server is None:
        problems["server"] = ["Server not found."]
    elif any(u["user"] == name for u in server["users"]):
        problems["user"] = ["This SSH user already exists on the server."]
    if problems:
        raise state.invalid(problems)
    assert server is not None
    user = state.add(
        state.users,
        {
            "user": name,
            "passwordEnabled": bool(data.get("passwordEnabled") or False),
            "server": server,
            "sshKeys": [],
            "entityTypeName": "User",
        },
    )
    server["users"].append(user)
    return user


def _update_user(state: HipexSandbox, user: Row, data: Row) -> Row:
    if data.get("passwordEnabled") is not None:
        user["passwordEnabled"] = data["passwordEnabled"]
    return user


def _remove_user(state: HipexSandbox, user: Row) -> None:
    """DECISION: an SSH user that domains still run as cannot be deleted (the domain's user
    is non-null); the FTP users under it go with it."""
    if any(d["user"] is user for d in state.domains.values()):
        raise state.invalid({"id": ["Domains still run as this SSH user."]})
    user["server"]["users"].remove(user)
    for key in user["sshKeys"]:
        key["users"].remove(user)
    for ftp_user in [f for f in state.ftp_users.values() if f["user"] is user]:
        ftp_user["domain"]["ftpUsers"].remove(ftp_user)
        del state.ftp_users[ftp_user["id"]]


def create_ssh_key(state: HipexSandbox, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    if not str(data.get("name") or "").strip():
        problems["name"] = ["A name is required."]
    if not str(data.get("key") or "").strip():
        problems["key"] = ["A public key is required."]
    servers = [state.servers.get(i or 0) for i in data.get("servers") or []]
    users = [state.users.get(i or 0) for i in data.get("users") or []]
    if any(s is None for s in servers):
        problems["servers"] = ["Server not found."]
    if any(u is None for u in users):
        problems["users"] = ["SSH user not found."]
    if problems:
        raise state.invalid(problems)
    key = state.add(
        state.ssh_keys,
        {
            "name": data["name"],
            "key": data["key"],
            "type": data.get("type") or "ssh_rsa",
            "validUntil": data.get("validUntil"),
            "fromPattern": data.get("fromPattern"),
            "servers": [s for s in servers if s is not None],
            "users": [u for u in users if u is not None],
            "entityTypeName": "SSHKey",
        },
    )
    for server in key["servers"]:
        server["sshKeys"].append(key)
    for user in key["users"]:
        user["sshKeys"].append(key)
    return key


def _update_ssh_key(state: HipexSandbox, key: Row, data: Row) -> Row:
    for name in ("name", "validUntil", "fromPattern", "type"):
        if data.get(name) is not None:
            key[name] = data[name]
    for relation, table, back in (
        ("servers", state.servers, "sshKeys"),
        ("users", state.users, "sshKeys"),
    ):
        if data.get(relation) is None:
            continue
        rows = [table.get(i or 0) for i in data[relation]]
        if any(r is None for r in rows):
            raise state.invalid({relation: [f"{relation[:-1].capitalize()} not found."]})
        for row in key[relation]:
            row[back].remove(key)
        key[relation] = [r for r in rows if r is not None]
        for row in key[relation]:
            row[back].append(key)
    return key


def _remove_ssh_key(state: HipexSandbox, key: Row) -> None:
    for server in key["servers"]:
        server["sshKeys"].remove(key)
    for user in key["users"]:
        user["sshKeys"].remove(key)


entity_query(resolvers, "User", "users")
entity_query(resolvers, "SSHKey", "ssh_keys")
entity_mutation(resolvers, Entity("User", "users", "user", create_user, _update_user, _remove_user))
entity_mutation(
    resolvers,
    Entity("SSHKey", "ssh_keys", "name", create_ssh_key, _update_ssh_key, _remove_ssh_key),
)
