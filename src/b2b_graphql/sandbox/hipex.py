"""A local Hipex Pack server: executes the SDL shipped in `hipex_gql` over seeded, in-memory data.

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
- Entity queries implement the filter tree (`$eq` ... `$notBetween`, `$and`/`$or`, dotted paths
  such as `server.id`; `host` is an alias of `server`), `sort`, and `skip`/`limit`. The list and
  range operators read their value as a JSON array string (`"[1,2]"`), as the client sends it.
- Entity mutations (Domain, DomainPointer, Database, DatabaseUser, User, SSHKey) create, update
  or delete (returning null), validate their input (`FormValidation::failed` with `fields`), and
  record a `ServerChange` that finishes `change_delay` seconds later; `ChecklistStart` creates a
  checklist that finishes `checklist_delay` seconds later.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from graphql import (
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLResolveInfo,
)

from ._app import GraphQLApp, RequestContext, load_sdl

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_USERNAME",
    "PATH",
    "HipexSandbox",
    "create_app",
]

DEFAULT_USERNAME = "sandbox@hipex.test"
DEFAULT_PASSWORD = "hipex-sandbox-password"
PATH = "/hipex-pack-api"
FORM_VALIDATION = "FormValidation::failed"
UNAUTHORIZED = "Unauthorized: log in with the Login mutation and send its Authorization header"
PUBLIC_MUTATIONS = frozenset(
    {"Login", "RegisterUser", "VerifyRegisteredUser", "ForgotPassword", "VerifyForgotPassword"}
)
_HOSTNAME = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

Row = dict[str, Any]


class FilterError(GraphQLError):
    def __init__(self, message: str) -> None:
        super().__init__(f"Filter::invalid: {message}", extensions={"code": "BAD_USER_INPUT"})


class FormValidationError(GraphQLError):
    """`{"message": "FormValidation::failed", "fields": {...}}`. `fields` goes at the top level
    of the entry (where the PHP client reads it), under `extensions`, or both (`placement`)."""

    def __init__(self, fields: dict[str, list[str]], placement: str = "both") -> None:
        extensions = {"fields": fields} if placement in ("extensions", "both") else None
        super().__init__(FORM_VALIDATION, extensions=extensions)
        self.fields = fields
        self.placement = placement

    @property
    def formatted(self) -> dict[str, Any]:  # type: ignore[override]
        entry: dict[str, Any] = dict(super().formatted)
        if self.placement in ("top", "both"):
            entry["fields"] = self.fields
        return entry


@dataclass
class _Session:
    id: int
    token: str
    issued: float
    responses: int = 0


@dataclass
class _Token:
    session: int
    expires: float | None = None  # set (now + grace) when the token is replaced


@dataclass
class HipexSandbox:
    """The server's state; `create_app` wraps it in an ASGI app. Tests may read and change it."""

    username: str = DEFAULT_USERNAME
    password: str = field(default=DEFAULT_PASSWORD, repr=False)
    rotate_every: int | None = 1
    rotate_after: float | None = None
    grace: float = 30.0
    change_delay: float = 0.2
    checklist_delay: float = 0.3
    #: Where `FormValidation::failed` errors carry `fields`: "top", "extensions" or "both".
    validation_fields_in: str = "both"
    #: Enum values the server knows beyond the SDL (API drift), e.g. {"PhpVersion": ("php81",)}.
    extra_enum_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)

    customers: dict[int, Row] = field(default_factory=dict, repr=False)
    servers: dict[int, Row] = field(default_factory=dict, repr=False)
    domains: dict[int, Row] = field(default_factory=dict, repr=False)
    pointers: dict[int, Row] = field(default_factory=dict, repr=False)
    databases: dict[int, Row] = field(default_factory=dict, repr=False)
    database_users: dict[int, Row] = field(default_factory=dict, repr=False)
    users: dict[int, Row] = field(default_factory=dict, repr=False)
    ssh_keys: dict[int, Row] = field(default_factory=dict, repr=False)
    server_changes: dict[int, Row] = field(default_factory=dict, repr=False)
    checklists: dict[int, Row] = field(default_factory=dict, repr=False)
    performance_scans: dict[int, Row] = field(default_factory=dict, repr=False)
    empty: dict[int, Row] = field(default_factory=dict, repr=False)

    rejected: int = 0
    tokens_issued: int = 0
    _tokens: dict[str, _Token] = field(default_factory=dict, repr=False)
    _sessions: dict[int, _Session] = field(default_factory=dict, repr=False)
    _ids: Counter[str] = field(default_factory=Counter, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def seeded(cls, *, domains: int = 24, **options: Any) -> HipexSandbox:
        """Four servers (two application servers behind a load balancer, one database server),
        SSH users and keys, `domains` domains with pointers, databases and database users, a
        finished `ServerChange` per domain and a finished checklist."""
        sandbox = cls(**options)
        customer = sandbox._add(sandbox.customers, {"name": "Sandbox B.V."})
        specs = [
            ("lb01.sandbox.hipex.test", "balancer", False),
            ("web01.sandbox.hipex.test", "application", False),
            ("web02.sandbox.hipex.test", "application", True),
            ("db01.sandbox.hipex.test", "database", False),
        ]
        for name, kind, development in specs:
            sandbox._add(
                sandbox.servers,
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
        balancer, web01, web02 = sandbox.servers[1], sandbox.servers[2], sandbox.servers[3]
        for web in (web01, web02):
            web["parent"] = balancer
            balancer["children"].append(web)
        for server, login in ((web01, "app"), (web01, "deploy"), (web02, "app")):
            sandbox._create_user({"user": login, "server": server["id"]})
        for index, name in enumerate(("laptop", "ci", "backup")):
            sandbox._create_ssh_key(
                {
                    "name": name,
                    "key": f"AAAAB3NzaC1yc2EAAAADAQABAAABAQC{index}sandbox",
                    "type": "ssh_rsa",
                    "servers": [web01["id"], web02["id"]],
                    "users": [1],
                }
            )
        kinds = ("shop", "blog", "api", "staging")
        versions = ("php74", "php80", "php73")
        for index in range(domains):
            server = web02 if index % 3 == 2 else web01
            domain = sandbox._create_domain(
                {
                    "domain": f"{kinds[index % 4]}{index + 1:02d}.example.nl",
                    "host": server["id"],
                    "mainPhp": versions[index % 3],
                    "backup": index % 3 == 0,
                },
                created=_EPOCH + timedelta(days=index),
            )
            sandbox._record_change("Domain", domain, "create", domain["domain"])
            if kinds[index % 4] == "shop":
                sandbox._create_pointer(
                    {"pointer": f"www.{domain['domain']}", "domain": domain["id"]}
                )
            database = sandbox._create_database(
                {"domain": domain["id"], "database": f"db_{index + 1:02d}", "charset": "utf8mb4"}
            )
            sandbox._create_database_user(
                {"username": f"dbu_{index + 1:02d}", "databases": [database["id"]]}
            )
        for change in sandbox.server_changes.values():
            change["due"] = 0.0
            created = sandbox.domains[change["entityId"]]["createdAt"]
            change["createdAt"] = change["started"] = created
        if sandbox.domains:
            checklist = sandbox.start_checklist({"domainId": 1, "groupsToRun": ["security"]})
            checklist["due"] = 0.0
        sandbox.tick()
        return sandbox

    # -- authentication ---------------------------------------------------------------------------

    def login(self, username: str, password: str) -> tuple[Row, str | None]:
        """The `Authentication` payload and the new session's token (None when refused)."""
        if not (
            secrets.compare_digest(username.encode(), self.username.encode())
            and secrets.compare_digest(password.encode(), self.password.encode())
        ):
            return {
                "id": None,
                "success": False,
                "errorMessage": "Invalid username or password.",
                "errorMessageId": "login.invalid_credentials",
                "email": None,
                "name": None,
                "locale": None,
                "settings": None,
                "ssoJwt": None,
            }, None
        with self._lock:
            session = _Session(id=len(self._sessions) + 1, token="", issued=self.clock())
            self._sessions[session.id] = session
            token = self._issue(session)
        return {
            "id": 1,
            "success": True,
            "errorMessage": None,
            "errorMessageId": None,
            "email": self.username,
            "name": "Sandbox User",
            "locale": "en_US",
            "settings": [{"key": "theme", "value": "light"}],
            "ssoJwt": None,
        }, token

    def session_for(self, header: str | None) -> _Session | None:
        """The session a request's `Authorization` header belongs to, if it is still valid."""
        if not header:
            return None
        with self._lock:
            token = self._tokens.get(header)
            if token is None or (token.expires is not None and self.clock() >= token.expires):
                self.rejected += 1
                return None
            return self._sessions.get(token.session)

    def after_response(self, session: _Session) -> str | None:
        """Count a response of `session`; return the new token when it is time to rotate."""
        with self._lock:
            session.responses += 1
            every = self.rotate_every and session.responses % self.rotate_every == 0
            old = (
                self.rotate_after is not None and self.clock() - session.issued >= self.rotate_after
            )
            return self._issue(session) if every or old else None

    def token_status(self, token: str) -> str:
        """`current`, `grace` (replaced, still accepted), `expired` or `unknown`."""
        with self._lock:
            found = self._tokens.get(token)
            if found is None:
                return "unknown"
            if found.expires is None:
                return "current"
            return "grace" if self.clock() < found.expires else "expired"

    def current_tokens(self) -> list[str]:
        """The current token of every session."""
        with self._lock:
            return [session.token for session in self._sessions.values()]

    def revoke_all(self) -> None:
        """Forget every token and session (as if they had all expired)."""
        with self._lock:
            self._tokens.clear()
            self._sessions.clear()

    def _issue(self, session: _Session) -> str:
        now = self.clock()
        if session.token in self._tokens:
            self._tokens[session.token].expires = now + self.grace
        session.token = f"hpx.{session.id}.{secrets.token_urlsafe(24)}"
        session.issued = now
        self._tokens[session.token] = _Token(session=session.id)
        self.tokens_issued += 1
        return session.token

    # -- asynchronous work ------------------------------------------------------------------------

    def tick(self) -> None:
        """Finish the server changes and checklists whose delay has passed."""
        now, stamp = self.clock(), _now()
        for change in self.server_changes.values():
            if change["finished"] is None and change["due"] <= now:
                change.update(finished=stamp, successful=True)
                change["executions"] = [
                    {
                        "started": change["started"],
                        "finished": stamp,
                        "successful": True,
                        "steps": [
                            {
                                "message": "%s %s",
                                "messageArguments": [change["action"], change["entityName"]],
                                "finished": stamp,
                                "successful": True,
                            }
                        ],
                    }
                ]
        for checklist in self.checklists.values():
            if checklist["finished"] is None and checklist["due"] <= now:
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

    def _record_change(self, kind: str, row: Row, action: str, name: str) -> Row:
        stamp = _now()
        return self._add(
            self.server_changes,
            {
                "entityType": kind,
                "entityId": row["id"],
                "entityName": name,
                "action": action,
                "createdAt": stamp,
                "metaData": [],
                "started": stamp,
                "finished": None,
                "successful": None,
                "user": None,
                "executions": [],
                "due": self.clock() + self.change_delay,
            },
        )

    def start_checklist(self, data: Row) -> Row:
        domain = self.domains.get(data.get("domainId") or 0)
        if domain is None:
            raise FormValidationError({"domainId": [f"Domain {data.get('domainId')} not found."]})
        checklist = self._add(
            self.checklists,
            {
                "status": "pending",
                "error": None,
                "finished": None,
                "groupsToRun": list(data.get("groupsToRun") or ["security", "performance"]),
                "domain": domain,
                "applicationInfo": {
                    "type": "magento2",
                    "version": "2.4.6",
                    "latestVersion": "2.4.7",
                    "url": f"https://{domain['domain']}",
                },
                "groups": [],
                "due": self.clock() + self.checklist_delay,
            },
        )
        domain["lastChecklist"] = checklist
        return checklist

    # -- queries ----------------------------------------------------------------------------------

    def query(
        self,
        rows: Iterable[Row],
        filter: Row | None = None,
        sort: Row | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        found = [row for row in rows if filter is None or _matches(row, filter)]
        if sort:
            found = _sorted(found, sort["field"], sort.get("direction") == "desc")
        if (skip is not None and skip < 0) or (limit is not None and limit < 0):
            raise GraphQLError("skip and limit must not be negative")
        start = skip or 0
        return found[start : None if limit is None else start + limit]

    # -- entity mutations -------------------------------------------------------------------------

    def mutate(self, kind: str, entity: Row | None, delete: bool) -> Row | None:
        """Create (no id), update (id) or delete (id + delete) one entity of `kind`."""
        create, update, remove, collection, name_key = self._handlers()[kind]
        entity = dict(entity or {})
        ident = entity.get("id")
        if ident is not None and ident not in collection:
            raise FormValidationError({"id": [f"{kind} {ident} not found."]})
        if delete:
            if ident is None:
                raise FormValidationError({"id": ["An id is required to delete."]})
            row = collection[ident]
            remove(row)
            del collection[ident]
            self._record_change(kind, row, "delete", str(row[name_key]))
            return None
        if ident is None:
            row = create(entity)
            self._record_change(kind, row, "create", str(row[name_key]))
            return row
        row = update(collection[ident], entity)
        self._record_change(kind, row, "update", str(row[name_key]))
        return row

    def _handlers(
        self,
    ) -> dict[
        str,
        tuple[
            Callable[[Row], Row],
            Callable[[Row, Row], Row],
            Callable[[Row], None],
            dict[int, Row],
            str,
        ],
    ]:
        return {
            "Domain": (
                self._create_domain,
                self._update_domain,
                self._remove_domain,
                self.domains,
                "domain",
            ),
            "DomainPointer": (
                self._create_pointer,
                self._update_pointer,
                self._remove_pointer,
                self.pointers,
                "pointer",
            ),
            "Database": (
                self._create_database,
                self._update_database,
                self._remove_database,
                self.databases,
                "database",
            ),
            "DatabaseUser": (
                self._create_database_user,
                self._update_database_user,
                self._remove_database_user,
                self.database_users,
                "username",
            ),
            "User": (self._create_user, self._update_user, self._remove_user, self.users, "user"),
            "SSHKey": (
                self._create_ssh_key,
                self._update_ssh_key,
                self._remove_ssh_key,
                self.ssh_keys,
                "name",
            ),
        }

    def _create_domain(self, data: Row, created: datetime | None = None) -> Row:
        problems: dict[str, list[str]] = {}
        name = str(data.get("domain") or "").strip().lower()
        _check_hostname(problems, "domain", name, self.domains.values(), "domain")
        server = self.servers.get(data.get("host") or 0)
        if server is None:
            problems.setdefault("host", []).append(
                "A server is required." if data.get("host") is None else "Server not found."
            )
        user = self.users.get(data.get("user") or 0) if data.get("user") is not None else None
        if server is not None:
            if data.get("user") is not None and (user is None or user["server"] is not server):
                problems.setdefault("user", []).append("SSH user not found on this server.")
            elif user is None and not server["users"]:
                problems.setdefault("user", []).append("The server has no SSH user.")
            user = user or (server["users"][0] if server["users"] else None)
        if problems:
            raise FormValidationError(problems)
        assert server is not None
        domain = self._add(
            self.domains,
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
                "createdAt": created or _now(),
            },
        )
        server["domains"].append(domain)
        return domain

    def _update_domain(self, domain: Row, data: Row) -> Row:
        problems: dict[str, list[str]] = {}
        if "domain" in data:
            name = str(data.get("domain") or "").strip().lower()
            others = (d for d in self.domains.values() if d is not domain)
            _check_hostname(problems, "domain", name, others, "domain")
            data["domain"] = name
        if problems:
            raise FormValidationError(problems)
        renamed = {"saveAccessLogs": "accessLogs"}
        for key in (
            "domain",
            "backup",
            "monitor",
            "letsEncryptSsl",
            "mainPhp",
            "alternativePhp",
            "saveAccessLogs",
            "newRelicKey",
            "blackFireId",
            "blackFireToken",
            "phpMyAdmin",
        ):
            if key in data and data[key] is not None:
                domain[renamed.get(key, key)] = data[key]
        return domain

    def _remove_domain(self, domain: Row) -> None:
        domain["server"]["domains"].remove(domain)
        for pointer in list(domain["pointers"]):
            del self.pointers[pointer["id"]]
        for database in list(domain["databases"]):
            del self.databases[database["id"]]
        for user in list(domain["databaseUsers"]):
            del self.database_users[user["id"]]

    def _create_pointer(self, data: Row) -> Row:
        problems: dict[str, list[str]] = {}
        name = str(data.get("pointer") or "").strip().lower()
        _check_hostname(problems, "pointer", name, self.pointers.values(), "pointer")
        domain = self.domains.get(data.get("domain") or 0)
        if domain is None:
            problems.setdefault("domain", []).append("Domain not found.")
        if problems:
            raise FormValidationError(problems)
        assert domain is not None
        pointer = self._add(
            self.pointers,
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
        domain["pointers"].append(pointer)
        return pointer

    def _update_pointer(self, pointer: Row, data: Row) -> Row:
        if "pointer" in data:
            problems: dict[str, list[str]] = {}
            name = str(data.get("pointer") or "").strip().lower()
            others = (p for p in self.pointers.values() if p is not pointer)
            _check_hostname(problems, "pointer", name, others, "pointer")
            if problems:
                raise FormValidationError(problems)
            pointer["pointer"] = name
        for key in ("monitor", "letsEncryptSsl"):
            if data.get(key) is not None:
                pointer[key] = data[key]
        return pointer

    def _remove_pointer(self, pointer: Row) -> None:
        pointer["domain"]["pointers"].remove(pointer)

    def _create_database(self, data: Row) -> Row:
        problems: dict[str, list[str]] = {}
        name = str(data.get("database") or "")
        domain = self.domains.get(data.get("domain") or 0)
        if not _NAME.match(name):
            problems["database"] = ["Use 1-32 lowercase letters, digits or _, starting a-z."]
        elif any(d["database"] == name for d in self.databases.values()):
            problems["database"] = ["This database already exists."]
        if domain is None:
            problems["domain"] = ["Domain not found."]
        if problems:
            raise FormValidationError(problems)
        assert domain is not None
        database = self._add(
            self.databases,
            {
                "database": name,
                "backup": bool(data.get("backup") or False),
                "charset": data.get("charset") or "utf8mb4",
                "domain": domain,
                "users": [],
                "entityTypeName": "Database",
            },
        )
        domain["databases"].append(database)
        return database

    def _update_database(self, database: Row, data: Row) -> Row:
        for key in ("backup", "charset"):
            if data.get(key) is not None:
                database[key] = data[key]
        return database

    def _remove_database(self, database: Row) -> None:
        database["domain"]["databases"].remove(database)
        for user in database["users"]:
            user["databases"].remove(database)

    def _create_database_user(self, data: Row) -> Row:
        problems: dict[str, list[str]] = {}
        name = str(data.get("username") or "")
        databases = [self.databases.get(i or 0) for i in data.get("databases") or []]
        if not _NAME.match(name):
            problems["username"] = ["Use 1-32 lowercase letters, digits or _, starting a-z."]
        elif any(u["username"] == name for u in self.database_users.values()):
            problems["username"] = ["This database user already exists."]
        if not databases or any(d is None for d in databases):
            problems["databases"] = ["Give at least one existing database."]
        if problems:
            raise FormValidationError(problems)
        found = [d for d in databases if d is not None]
        user = self._add(
            self.database_users,
            {
                "username": name,
                "readOnly": bool(data.get("readOnly") or False),
                "domain": found[0]["domain"],
                "databases": found,
                "entityTypeName": "DatabaseUser",
            },
        )
        for database in found:
            database["users"].append(user)
        found[0]["domain"]["databaseUsers"].append(user)
        return user

    def _update_database_user(self, user: Row, data: Row) -> Row:
        if data.get("readOnly") is not None:
            user["readOnly"] = data["readOnly"]
        return user

    def _remove_database_user(self, user: Row) -> None:
        for database in user["databases"]:
            database["users"].remove(user)
        user["domain"]["databaseUsers"].remove(user)

    def _create_user(self, data: Row) -> Row:
        problems: dict[str, list[str]] = {}
        name = str(data.get("user") or "")
        server = self.servers.get(data.get("server") or 0)
        if not _NAME.match(name):
            problems["user"] = ["Use 1-32 lowercase letters, digits or _, starting a-z."]
        if server is None:
            problems["server"] = ["Server not found."]
        elif any(u["user"] == name for u in server["users"]):
            problems["user"] = ["This SSH user already exists on the server."]
        if problems:
            raise FormValidationError(problems)
        assert server is not None
        user = self._add(
            self.users,
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

    def _update_user(self, user: Row, data: Row) -> Row:
        if data.get("passwordEnabled") is not None:
            user["passwordEnabled"] = data["passwordEnabled"]
        return user

    def _remove_user(self, user: Row) -> None:
        if any(d["user"] is user for d in self.domains.values()):
            raise FormValidationError({"id": ["Domains still run as this SSH user."]})
        user["server"]["users"].remove(user)
        for key in user["sshKeys"]:
            key["users"].remove(user)

    def _create_ssh_key(self, data: Row) -> Row:
        problems: dict[str, list[str]] = {}
        if not str(data.get("name") or "").strip():
            problems["name"] = ["A name is required."]
        if not str(data.get("key") or "").strip():
            problems["key"] = ["A public key is required."]
        servers = [self.servers.get(i or 0) for i in data.get("servers") or []]
        users = [self.users.get(i or 0) for i in data.get("users") or []]
        if any(s is None for s in servers):
            problems["servers"] = ["Server not found."]
        if any(u is None for u in users):
            problems["users"] = ["SSH user not found."]
        if problems:
            raise FormValidationError(problems)
        key = self._add(
            self.ssh_keys,
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

    def _update_ssh_key(self, key: Row, data: Row) -> Row:
        for name in ("name", "validUntil", "fromPattern"):
            if data.get(name) is not None:
                key[name] = data[name]
        return key

    def _remove_ssh_key(self, key: Row) -> None:
        for server in key["servers"]:
            server["sshKeys"].remove(key)
        for user in key["users"]:
            user["sshKeys"].remove(key)

    def _add(self, collection: dict[int, Row], row: Row) -> Row:
        name = next(k for k, v in vars(self).items() if v is collection)
        self._ids[name] += 1
        row["id"] = self._ids[name]
        collection[row["id"]] = row
        return row


# -- filters and sorting ------------------------------------------------------------------------


def _matches(row: Row, node: Row) -> bool:
    operator = node.get("operator") or ""
    children = node.get("children")
    if children is not None or operator in ("$and", "$or"):
        results = [_matches(row, child) for child in children or [] if child is not None]
        if operator == "$or":
            return any(results)
        if operator in ("", "$and"):
            return all(results)
        raise FilterError(f"operator {operator!r} cannot combine children")
    path = node.get("field")
    if not path:
        raise FilterError("a condition needs a field")
    operator = operator or "$eq"
    negated = {"$ne": "$eq", "$notLike": "$like", "$notIn": "$in", "$notBetween": "$between"}
    if operator in negated:
        return not _test(_values(row, path.split(".")), negated[operator], node.get("value"))
    return _test(_values(row, path.split(".")), operator, node.get("value"))


def _test(values: list[Any], operator: str, raw: str | None) -> bool:
    if operator in ("$in", "$between"):
        items = _json_list(raw, operator)
        if operator == "$between" and len(items) != 2:
            raise FilterError("$between takes a JSON array of two values")
    for actual in values:
        if operator == "$eq":
            if _coerce(actual, raw) == actual:
                return True
        elif operator == "$like":
            if actual is not None and _like(raw or "").fullmatch(str(actual)):
                return True
        elif operator == "$in":
            if any(_coerce(actual, item) == actual for item in items):
                return True
        elif operator == "$between":
            low, high = (_coerce(actual, item) for item in items)
            if actual is not None and low <= actual <= high:
                return True
        elif operator in ("$gt", "$gte", "$lt", "$lte"):
            if actual is None:
                continue
            other = _coerce(actual, raw)
            if other is None:
                continue
            if {
                "$gt": actual > other,
                "$gte": actual >= other,
                "$lt": actual < other,
                "$lte": actual <= other,
            }[operator]:
                return True
        else:
            raise FilterError(f"unknown operator {operator!r}")
    return False


def _values(row: Any, parts: list[str]) -> list[Any]:
    """Every value at a dotted path (a list along the way means "any of them")."""
    if isinstance(row, list):
        return [value for item in row for value in _values(item, parts)]
    if not parts:
        return [row["id"] if isinstance(row, dict) and "id" in row else row]
    if not isinstance(row, dict):
        return [None]
    key = parts[0] if parts[0] in row or parts[0] != "host" else "server"
    return _values(row.get(key), parts[1:])


def _coerce(actual: Any, raw: Any) -> Any:
    """The filter's text as the type of the value it is compared with."""
    if raw is None:
        return None
    text = raw if isinstance(raw, str) else json.dumps(raw)
    try:
        if isinstance(actual, bool):
            return text.strip().lower() in ("1", "true", "yes")
        if isinstance(actual, int | float):
            number = float(text)
            return int(number) if isinstance(actual, int) and number.is_integer() else number
        if isinstance(actual, datetime):
            return _parse_datetime(text)
    except ValueError:
        raise FilterError(f"{text!r} is not comparable with {actual!r}") from None
    return text


def _json_list(raw: str | None, operator: str) -> list[Any]:
    try:
        items = json.loads(raw or "")
    except ValueError:
        items = None
    if not isinstance(items, list):
        raise FilterError(f"{operator} takes a JSON array string, e.g. '[1,2]'")
    return items


def _like(pattern: str) -> re.Pattern[str]:
    parts = (".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def _sorted(rows: list[Row], path: str, descending: bool) -> list[Row]:
    def key(row: Row) -> Any:
        values = _values(row, path.split("."))
        return values[0] if values else None

    present = [row for row in rows if key(row) is not None]
    missing = [row for row in rows if key(row) is None]
    present.sort(key=lambda row: (key(row), row["id"]), reverse=descending)
    return present + missing


def _check_hostname(
    problems: dict[str, list[str]], name: str, value: str, rows: Iterable[Row], key: str
) -> None:
    if not value:
        problems.setdefault(name, []).append("This value should not be blank.")
    elif not _HOSTNAME.match(value):
        problems.setdefault(name, []).append("This value is not a valid hostname.")
    elif any(row[key] == value for row in rows):
        problems.setdefault(name, []).append("This hostname is already in use.")


def _now() -> datetime:
    return datetime.now(UTC)


def _parse_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _serialize_datetime(value: Any) -> str:
    if isinstance(value, datetime):
        text = value.astimezone(UTC).isoformat()
        return text.replace("+00:00", "Z")
    return str(value)


def _parse_datetime_value(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("DateTime must be an ISO-8601 string")
    return _parse_datetime(value)


# -- the app ----------------------------------------------------------------------------------


def create_app(sandbox: HipexSandbox | None = None) -> GraphQLApp:
    """The ASGI app (serving `PATH`); `app.state` is the `HipexSandbox`, for tests to inspect."""
    from ariadne import MutationType, QueryType, ScalarType, make_executable_schema

    state = sandbox or HipexSandbox.seeded()
    query, mutation = QueryType(), MutationType()
    datetime_scalar = ScalarType(
        "DateTime", serializer=_serialize_datetime, value_parser=_parse_datetime_value
    )

    entity_queries = {
        "Server": lambda: state.servers,
        "ServerChange": lambda: state.server_changes,
        "Domain": lambda: state.domains,
        "DomainPointer": lambda: state.pointers,
        "Database": lambda: state.databases,
        "DatabaseUser": lambda: state.database_users,
        "User": lambda: state.users,
        "SSHKey": lambda: state.ssh_keys,
        "Checklist": lambda: state.checklists,
        "PerformanceScan": lambda: state.performance_scans,
        "FtpUser": lambda: state.empty,
        "SSLCertificate": lambda: state.empty,
        "IntegrationTest": lambda: state.empty,
    }
    for root, rows in entity_queries.items():
        query.set_field(root, _entity_query(state, rows))
    for root in ("Backup", "FilesystemApplication", "FilesystemUser"):
        query.set_field(root, lambda *_, **__: [])
    for root in ("DiskIo", "DiskSpace", "MemoryUsage", "NetworkTraffic", "ServerLoad"):
        query.set_field(f"Monitor{root}", lambda *_, **__: [])
    query.set_field(
        "MonitorValidate",
        lambda _, info, domainName=None: {
            "domainName": domainName or "",
            "successful": True,
            "result": [{"successful": True, "message": "Reachable", "messageArguments": []}],
        },
    )

    @mutation.field("Login")
    def _login(_: Any, info: GraphQLResolveInfo, username: str, password: str) -> Row:
        payload, token = state.login(username, password)
        if token is not None:
            info.context.response_headers["Authorization"] = token
            info.context.state["logged_in"] = True
        return payload

    for kind in ("Domain", "DomainPointer", "Database", "DatabaseUser", "User", "SSHKey"):
        mutation.set_field(kind, _entity_mutation(state, kind))
    mutation.set_field(
        "ChecklistStart", lambda _, info, checklist=None: state.start_checklist(checklist or {})
    )
    mutation.set_field(
        "PerformanceScanStart",
        lambda _, info, website: state._add(
            state.performance_scans,
            {
                "url": website,
                "createdAt": _now(),
                "name": website,
                "domain": None,
                "finished": None,
                "score": None,
                "screenDesktop": None,
                "screenMobile": None,
                "groups": [],
            },
        ),
    )
    mutation.set_field(
        "LetsEncryptRequest",
        lambda _, info, entity=None: {
            "steps": [{"message": "Validation succeeded", "successful": True}]
        },
    )
    mutation.set_field(
        "AccountSelf",
        lambda _, info, delete, entity=None: {"id": 1, "email": state.username, "locale": "en_US"},
    )
    mutation.set_field(
        "RegisterUser",
        lambda _, info, email, name, password: {"email": email, "display_name": name},
    )
    mutation.set_field("ForgotPassword", lambda _, info, email: {"email": email})
    for root in ("VerifyRegisteredUser", "VerifyForgotPassword"):
        mutation.set_field(
            root,
            lambda *_, **__: {"success": False, "message": "Unknown verification token."},
        )
    for root in ("FtpUser", "SSLCertificate", "IntegrationTestStart"):
        mutation.set_field(root, _not_in_sandbox(root))

    sdl = load_sdl("hipex_gql", "hipex.graphql")
    for enum_name, values in state.extra_enum_values.items():
        sdl, found = re.subn(
            rf"^(enum {re.escape(enum_name)} {{)$", rf"\1\n  {' '.join(values)}", sdl, flags=re.M
        )
        if not found:
            raise ValueError(f"no enum {enum_name} in the Hipex SDL")
    schema = make_executable_schema(sdl, query, mutation, datetime_scalar)

    def on_request(context: RequestContext) -> None:
        with state._lock:
            state.tick()
        context.state["session"] = state.session_for(context.headers.get("authorization"))
        context.state["fields_in"] = state.validation_fields_in

    def on_response(context: RequestContext) -> None:
        session = context.state.get("session")
        if session is not None and not context.state.get("logged_in"):
            token = state.after_response(session)
            if token is not None:
                context.response_headers["Authorization"] = token

    app = GraphQLApp(schema, on_request=on_request, on_response=on_response, path=PATH, state=state)
    _guard_root_fields(schema)
    return app


def _entity_query(state: HipexSandbox, rows: Callable[[], dict[int, Row]]) -> Any:
    def resolve(
        _: Any,
        info: GraphQLResolveInfo,
        filter: Row | None = None,
        limit: int | None = None,
        skip: int | None = None,
        sort: Row | None = None,
    ) -> list[Row]:
        with state._lock:
            return state.query(list(rows().values()), filter, sort, skip, limit)

    return resolve


def _entity_mutation(state: HipexSandbox, kind: str) -> Any:
    def resolve(_: Any, info: GraphQLResolveInfo, delete: bool, entity: Row | None = None) -> Any:
        with state._lock:
            return state.mutate(kind, entity, delete)

    return resolve


def _not_in_sandbox(root: str) -> Any:
    def resolve(*_: Any, **__: Any) -> Any:
        raise GraphQLError(f"{root} is not implemented by the sandbox")

    return resolve


def _guard_root_fields(schema: Any) -> None:
    """No valid token: queries answer empty (a list) or null; mutations fail, except the public
    ones (Login, registration, password reset)."""
    for field_name, field_def in schema.query_type.fields.items():
        if field_name.startswith("__"):
            continue
        field_type = field_def.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        empty: Any = [] if isinstance(field_type, GraphQLList) else None
        field_def.resolve = _query_guard(field_def.resolve, empty)
    for field_name, field_def in schema.mutation_type.fields.items():
        if field_name not in PUBLIC_MUTATIONS:
            field_def.resolve = _mutation_guard(field_def.resolve)


def _query_guard(resolve: Any, empty: Any) -> Any:
    def guarded(obj: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        if info.context.state.get("session") is None:
            return [] if isinstance(empty, list) else empty
        return resolve(obj, info, **args)

    return guarded


def _mutation_guard(resolve: Any) -> Any:
    def guarded(obj: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        if info.context.state.get("session") is None:
            raise GraphQLError(UNAUTHORIZED, extensions={"code": "UNAUTHENTICATED"})
        try:
            return resolve(obj, info, **args)
        except FormValidationError as error:
            # With a path, graphql-core passes our error through instead of wrapping it, so
            # its `formatted` (with top-level `fields`) reaches the response.
            located = FormValidationError(error.fields, info.context.state["fields_in"])
            located.path = info.path.as_list()
            raise located from None

    return guarded
