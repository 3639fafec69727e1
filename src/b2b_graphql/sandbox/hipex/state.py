"""The Hipex sandbox's store: entities by kind, accounts and their sessions (the rotating
token), and the background work (server changes, checklists, scans, integration tests) that
finishes a configured delay after it was started."""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .errors import FormValidationError

__all__ = ["DEFAULT_PASSWORD", "DEFAULT_USERNAME", "HipexSandbox", "Row", "now"]

DEFAULT_USERNAME = "sandbox@hipex.test"
DEFAULT_PASSWORD = "hipex-sandbox-password"

Row = dict[str, Any]


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Session:
    id: int
    account: int
    token: str
    issued: float
    responses: int = 0


@dataclass
class _Token:
    session: int
    expires: float | None = None  # set (now + grace) when the token is replaced


@dataclass
class HipexSandbox:
    """The server's state; `create_app` wraps it in an ASGI app. Tests may read and change it.

    `username`/`password` are the seeded account's credentials (kept in step when the account
    changes them); `outbox` holds the mails the server would have sent (verification and
    password-reset tokens), newest last.
    """

    username: str = DEFAULT_USERNAME
    password: str = field(default=DEFAULT_PASSWORD, repr=False)
    rotate_every: int | None = 1
    rotate_after: float | None = None
    grace: float = 30.0
    change_delay: float = 0.2
    checklist_delay: float = 0.3
    #: How long performance scans and integration tests run.
    scan_delay: float = 0.3
    #: Where `FormValidation::failed` errors carry `fields`: "top", "extensions" or "both".
    validation_fields_in: str = "both"
    #: Enum values the server knows beyond the SDL (API drift), e.g. {"PhpVersion": ("php81",)}.
    extra_enum_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    seed: int = 41
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)

    customers: dict[int, Row] = field(default_factory=dict, repr=False)
    servers: dict[int, Row] = field(default_factory=dict, repr=False)
    domains: dict[int, Row] = field(default_factory=dict, repr=False)
    pointers: dict[int, Row] = field(default_factory=dict, repr=False)
    databases: dict[int, Row] = field(default_factory=dict, repr=False)
    database_users: dict[int, Row] = field(default_factory=dict, repr=False)
    users: dict[int, Row] = field(default_factory=dict, repr=False)
    ssh_keys: dict[int, Row] = field(default_factory=dict, repr=False)
    ftp_users: dict[int, Row] = field(default_factory=dict, repr=False)
    ssl_certificates: dict[int, Row] = field(default_factory=dict, repr=False)
    backups: dict[int, Row] = field(default_factory=dict, repr=False)
    server_changes: dict[int, Row] = field(default_factory=dict, repr=False)
    checklists: dict[int, Row] = field(default_factory=dict, repr=False)
    performance_scans: dict[int, Row] = field(default_factory=dict, repr=False)
    integration_tests: dict[int, Row] = field(default_factory=dict, repr=False)
    accounts: dict[int, Row] = field(default_factory=dict, repr=False)
    outbox: list[Row] = field(default_factory=list, repr=False)

    rejected: int = 0
    tokens_issued: int = 0
    _tokens: dict[str, _Token] = field(default_factory=dict, repr=False)
    _sessions: dict[int, Session] = field(default_factory=dict, repr=False)
    _ids: Counter[str] = field(default_factory=Counter, repr=False)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def __post_init__(self) -> None:
        self.add(
            self.accounts,
            {
                "email": self.username,
                "name": "Sandbox User",
                "password": self.password,
                "locale": "en_US",
                "settings": [{"key": "theme", "value": "light"}],
                "verified": True,
                "closed": False,
            },
        )

    @classmethod
    def seeded(cls, *, domains: int = 24, **options: Any) -> HipexSandbox:
        """Servers, SSH users and keys, `domains` domains with everything that hangs off them
        (see `seed.populate`), derived from `seed`."""
        from .seed import populate

        sandbox = cls(**options)
        populate(sandbox, domains=domains)
        return sandbox

    # -- rows -----------------------------------------------------------------------------------

    def add(self, table: dict[int, Row], row: Row) -> Row:
        """Store `row` in `table` under the table's next id (ids are never reused)."""
        name = next(k for k, v in vars(self).items() if v is table)
        self._ids[name] += 1
        row["id"] = self._ids[name]
        table[row["id"]] = row
        return row

    def invalid(self, fields: dict[str, list[str]]) -> FormValidationError:
        """The `FormValidation::failed` error, placed as configured."""
        return FormValidationError(fields, self.validation_fields_in)

    # -- accounts and sessions --------------------------------------------------------------------

    def account_by_email(self, email: str) -> Row | None:
        wanted = email.strip().lower()
        return next((a for a in self.accounts.values() if a["email"].lower() == wanted), None)

    def check_login(self, username: str, password: str) -> Row | None:
        """The open, verified account these credentials belong to."""
        account = self.account_by_email(username)
        if account is None or account["closed"] or not account["verified"]:
            secrets.compare_digest(password.encode(), b"-")  # same work either way
            return None
        if not secrets.compare_digest(password.encode(), account["password"].encode()):
            return None
        return account

    def open_session(self, account: Row) -> str:
        """A new session (one per login) and its first token."""
        with self.lock:
            session = Session(len(self._sessions) + 1, account["id"], "", self.clock())
            self._sessions[session.id] = session
            return self._issue(session)

    def session_for(self, header: str | None) -> Session | None:
        """The session a request's `Authorization` header belongs to, if it is still valid."""
        if not header:
            return None
        with self.lock:
            token = self._tokens.get(header)
            if token is None or (token.expires is not None and self.clock() >= token.expires):
                self.rejected += 1
                return None
            return self._sessions.get(token.session)

    def after_response(self, session: Session) -> str | None:
        """Count a response of `session`; return the new token when it is time to rotate."""
        with self.lock:
            session.responses += 1
            every = self.rotate_every and session.responses % self.rotate_every == 0
            old = (
                self.rotate_after is not None and self.clock() - session.issued >= self.rotate_after
            )
            return self._issue(session) if every or old else None

    def token_status(self, token: str) -> str:
        """`current`, `grace` (replaced, still accepted), `expired` or `unknown`."""
        with self.lock:
            found = self._tokens.get(token)
            if found is None:
                return "unknown"
            if found.expires is None:
                return "current"
            return "grace" if self.clock() < found.expires else "expired"

    def current_tokens(self) -> list[str]:
        """The current token of every session."""
        with self.lock:
            return [session.token for session in self._sessions.values()]

    def revoke_all(self, account: int | None = None, *, keep: int | None = None) -> None:
        """Forget every token and session (of one account, or all; but the session `keep`),
        as if they had expired."""
        with self.lock:
            ended = {
                s.id
                for s in self._sessions.values()
                if account in (None, s.account) and s.id != keep
            }
            self._tokens = {k: t for k, t in self._tokens.items() if t.session not in ended}
            self._sessions = {i: s for i, s in self._sessions.items() if i not in ended}

    def _issue(self, session: Session) -> str:
        clock = self.clock()
        if session.token in self._tokens:
            self._tokens[session.token].expires = clock + self.grace
        session.token = f"hpx.{session.id}.{secrets.token_urlsafe(24)}"
        session.issued = clock
        self._tokens[session.token] = _Token(session=session.id)
        self.tokens_issued += 1
        return session.token

    def mail(self, to: str, subject: str, token: str) -> None:
        """Record a mail the real service would send (tests read the token from `outbox`)."""
        self.outbox.append({"to": to, "subject": subject, "token": token})

    # -- background work --------------------------------------------------------------------------

    def due(self, delay: float) -> float:
        return self.clock() + delay

    def record_change(self, kind: str, row: Row, action: str, name: str) -> Row:
        """The `ServerChange` a mutation of `row` starts; it finishes `change_delay` later."""
        stamp = now()
        return self.add(
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
                "due": self.due(self.change_delay),
            },
        )

    def tick(self) -> None:
        """Finish the background work whose delay has passed (runs before each request)."""
        from . import checks

        clock, stamp = self.clock(), now()
        for change in self.server_changes.values():
            if change["finished"] is None and change["due"] <= clock:
                _finish_change(change, stamp)
        for table, finish in (
            (self.checklists, checks.finish_checklist),
            (self.performance_scans, checks.finish_scan),
            (self.integration_tests, checks.finish_test),
        ):
            for row in table.values():
                if row["finished"] is None and row["due"] <= clock:
                    finish(self, row, stamp)


def _finish_change(change: Row, stamp: datetime) -> None:
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
