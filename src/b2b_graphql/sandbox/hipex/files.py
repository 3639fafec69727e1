"""FTP users and the two filesystem listings (an application's code, an SSH user's home)."""

from __future__ import annotations

import hashlib
import posixpath
from datetime import timedelta
from typing import Any

from graphql import GraphQLError

from .._core import Call, Resolvers
from .entities import NAME, NAME_RULE, Entity, entity_mutation, entity_query
from .seed_time import EPOCH
from .state import HipexSandbox, Row

__all__ = ["create_ftp_user", "resolvers"]

resolvers = Resolvers()
MIN_PASSWORD = 8


def _path_problems(path: Any) -> list[str]:
    if path is None:
        return []
    text = str(path)
    if not text.startswith("/") or ".." in text.split("/"):
        return ["Use an absolute path inside the domain, e.g. /public."]
    return []


def create_ftp_user(state: HipexSandbox, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    name = str(data.get("username") or "")
    domain = state.domains.get(data.get("domain") or 0)
    if not NAME.match(name):
        problems["username"] = [NAME_RULE]
    elif any(f["username"] == name for f in state.ftp_users.values()):
        problems["username"] = ["This FTP user already exists."]
    if domain is None:
        problems["domain"] = ["Domain not found."]
    if len(str(data.get("password") or "")) < MIN_PASSWORD:
        problems["password"] = [f"Use at least {MIN_PASSWORD} characters."]
    if _path_problems(data.get("path")):
        problems["path"] = _path_problems(data.get("path"))
    if problems:
        raise state.invalid(problems)
    assert domain is not None
    ftp_user = state.add(
        state.ftp_users,
        {
            "username": name,
            "user": domain["user"],
            "path": posixpath.normpath(data.get("path") or "/"),
            "domain": domain,
            "password": data["password"],
            "entityTypeName": "FtpUser",
        },
    )
    domain["ftpUsers"].append(ftp_user)
    return ftp_user


def _update_ftp_user(state: HipexSandbox, ftp_user: Row, data: Row) -> Row:
    problems: dict[str, list[str]] = {}
    name = data.get("username")
    if name is not None and name != ftp_user["username"]:
        if not NAME.match(name):
            problems["username"] = [NAME_RULE]
        elif any(f["username"] == name for f in state.ftp_users.values()):
            problems["username"] = ["This FTP user already exists."]
    if data.get("password") is not None and len(data["password"]) < MIN_PASSWORD:
        problems["password"] = [f"Use at least {MIN_PASSWORD} characters."]
    if _path_problems(data.get("path")):
        problems["path"] = _path_problems(data.get("path"))
    if problems:
        raise state.invalid(problems)
    if name is not None:
        ftp_user["username"] = name
    if data.get("password") is not None:
        ftp_user["password"] = data["password"]
    if data.get("path") is not None:
        ftp_user["path"] = posixpath.normpath(data["path"])
    return ftp_user


def _remove_ftp_user(state: HipexSandbox, ftp_user: Row) -> None:
    ftp_user["domain"]["ftpUsers"].remove(ftp_user)


# -- filesystems --------------------------------------------------------------------------------


def _entry(state: HipexSandbox, root: str, path: str, kind: str) -> Row:
    digest = hashlib.blake2b(f"{state.seed}:{root}:{path}".encode(), digest_size=4).digest()
    n = int.from_bytes(digest, "big")
    return {
        "path": path,
        "size": 4096 if kind == "directory" else (64 if kind == "symlink" else 200 + n % 90000),
        "type": kind,
        "modifiedTime": EPOCH + timedelta(minutes=n % 200000),
    }


def application_tree(state: HipexSandbox, domain: Row) -> list[Row]:
    """A Magento-like release layout; every domain has one, new ones included."""
    root = f"domain:{domain['id']}"
    layout = [
        ("/current", "symlink"),
        ("/releases", "directory"),
        ("/releases/1", "directory"),
        ("/releases/1/app", "directory"),
        ("/releases/1/app/etc", "directory"),
        ("/releases/1/app/etc/env.php", "file"),
        ("/releases/1/composer.json", "file"),
        ("/public", "directory"),
        ("/public/index.php", "file"),
        ("/public/robots.txt", "file"),
        ("/public/static", "directory"),
        ("/var", "directory"),
        ("/var/log", "directory"),
        ("/var/log/system.log", "file"),
    ]
    return [_entry(state, root, path, kind) for path, kind in layout]


def user_tree(state: HipexSandbox, user: Row) -> list[Row]:
    """An SSH user's chroot: its domains (as links), its keys, a backups folder."""
    root = f"user:{user['id']}"
    layout = [("/domains", "directory"), ("/.ssh", "directory"), ("/.ssh/authorized_keys", "file")]
    layout += [("/backups", "directory"), ("/.bash_history", "file")]
    layout += [
        (f"/domains/{d['domain']}", "symlink") for d in state.domains.values() if d["user"] is user
    ]
    return [_entry(state, root, path, kind) for path, kind in layout]


def listing(tree: list[Row], path: str | None, depth: int | None, kind: str | None) -> list[Row]:
    """DECISION: `path` (default "/") must be a directory of the tree, else nothing; `depth`
    (default 1) counts levels below it (0: just the directory itself); `type` keeps one kind.
    A path with `..` lists nothing: it would leave the chroot, where nothing is visible."""
    if depth is not None and depth < 0:
        raise GraphQLError("depth must not be negative", extensions={"code": "BAD_USER_INPUT"})
    raw = path or "/"
    if ".." in raw.split("/"):
        return []
    base = posixpath.normpath("/" + raw.lstrip("/"))
    levels = 1 if depth is None else depth
    directories = {"/"} | {e["path"] for e in tree if e["type"] == "directory"}
    if base not in directories:
        return []
    prefix = base.rstrip("/") + "/"
    found: list[Row] = []
    if levels == 0:
        root = {"path": "/", "size": 4096, "type": "directory", "modifiedTime": EPOCH}
        found = [e for e in tree if e["path"] == base] or [root]
    else:
        for entry in tree:
            if entry["path"].startswith(prefix):
                below = entry["path"][len(prefix) :].count("/") + 1
                if below <= levels:
                    found.append(entry)
    return sorted((e for e in found if kind in (None, e["type"])), key=lambda e: e["path"])


@resolvers.query("FilesystemApplication")
def filesystem_application(
    call: Call[HipexSandbox],
    *,
    applicationId: int,
    path: str | None = None,
    depth: int | None = None,
    type: str | None = None,
) -> list[Row]:
    """DECISION: an application is a domain (`applicationId` is a domain id): what a Hipex
    server runs per domain is its application. An unknown id lists nothing."""
    domain = call.state.domains.get(applicationId)
    return (
        [] if domain is None else listing(application_tree(call.state, domain), path, depth, type)
    )


@resolvers.query("FilesystemUser")
def filesystem_user(
    call: Call[HipexSandbox],
    *,
    userId: int,
    path: str | None = None,
    depth: int | None = None,
    type: str | None = None,
) -> list[Row]:
    user = call.state.users.get(userId)
    return [] if user is None else listing(user_tree(call.state, user), path, depth, type)


entity_query(resolvers, "FtpUser", "ftp_users")
entity_mutation(
    resolvers,
    Entity("FtpUser", "ftp_users", "username", create_ftp_user, _update_ftp_user, _remove_ftp_user),
)
