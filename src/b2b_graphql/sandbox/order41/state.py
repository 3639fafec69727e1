"""The Order41 sandbox's store: every table, the clock, ids and urlkeys, users and tokens.

Domain behaviour (what a create or an update does to the tables) lives in the resolver module
of its domain; this module holds what every domain shares and the invariants of the store:
ids are per-kind counters as strings, every record carries every scalar field of its GraphQL
type (None when unset, so nothing is ever invented), `snapshot()`/`restore()` cover all data.
"""

from __future__ import annotations

import copy
import secrets
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import Any

from graphql import GraphQLObjectType, GraphQLSchema, build_schema, get_named_type, is_leaf_type

from .._core.app import load_sdl
from .._fake import number
from .filters import Record, fail, find

__all__ = [
    "DEFAULT_EMAIL",
    "DEFAULT_LONG_LIVED_TOKEN",
    "DEFAULT_PASSWORD",
    "DEFAULT_TOKEN_LIFETIME",
    "TABLES",
    "Order41Sandbox",
    "Token",
    "blank",
    "schema",
]

DEFAULT_EMAIL = "demo@order41.test"
DEFAULT_PASSWORD = "sandbox-password"
DEFAULT_LONG_LIVED_TOKEN = "o41-sandbox-long-lived-token"
DEFAULT_TOKEN_LIFETIME = 3600.0

#: Entity tables beyond the core ones (each: id -> record).
TABLES = (
    "brands",
    "connect_requests",
    "discounts",
    "drop_discounts",
    "drop_rates",
    "events",
    "external_contacts",
    "external_orders",
    "external_products",
    "files",
    "industries",
    "integration_configurations",
    "integration_data",
    "integrations",
    "jobs",
    "notifications",
    "partner_integrations",
    "password_resets",
    "payment_subscriptions",
    "plan_change_requests",
    "plans",
    "product_option_groups",
    "product_options",
    "settings",
    "signups",
    "team_users",
    "user_plans",
    "webhook_events",
    "webhooks",
)


@lru_cache(maxsize=1)
def schema() -> GraphQLSchema:
    """The Order41 schema, as shipped in the generated client package."""
    return build_schema(load_sdl("order41_gql", "order41.graphql"))


@cache
def _leaf_fields(type_name: str) -> tuple[str, ...]:
    type_ = schema().get_type(type_name)
    assert isinstance(type_, GraphQLObjectType), type_name
    return tuple(name for name, f in type_.fields.items() if is_leaf_type(get_named_type(f.type)))


def blank(*type_names: str) -> Record:
    """A record with every scalar field of the types set to None (so no field is invented)."""
    return {name: None for type_name in type_names for name in _leaf_fields(type_name)}


@dataclass
class Token:
    value: str
    user_id: str
    kind: str  # "short" | "long" | "guest"
    expires_at: float | None
    id: str
    valid: bool = True


@dataclass
class Order41Sandbox:
    """The server's state; `create_app` wraps it in an ASGI app. Tests read and steer it:
    `login_count`, `auth_failures`, `advance_clock(seconds)`, `expire_tokens()`, `snapshot()`
    and `restore()`, the entity dicts (`products`, `drops`, ..., and `tables[name]`)."""

    token_lifetime: float = DEFAULT_TOKEN_LIFETIME
    users: dict[str, Record] = field(default_factory=dict)
    passwords: dict[str, tuple[str, str]] = field(default_factory=dict)  # email -> (id, pw)
    tokens: dict[str, Token] = field(default_factory=dict)
    products: dict[str, Record] = field(default_factory=dict)  # products and variants
    drops: dict[str, Record] = field(default_factory=dict)
    drop_products: dict[str, list[Record]] = field(default_factory=dict)
    drop_shares: dict[str, list[Record]] = field(default_factory=dict)
    carts: dict[str, Record] = field(default_factory=dict)
    cart_lines: dict[str, list[Record]] = field(default_factory=dict)
    orders: dict[str, Record] = field(default_factory=dict)
    order_lines: dict[str, list[Record]] = field(default_factory=dict)
    extra_costs: dict[str, list[Record]] = field(default_factory=dict)
    contacts: dict[str, Record] = field(default_factory=dict)
    pricelists: dict[str, Record] = field(default_factory=dict)
    pricelist_values: dict[str, list[Record]] = field(default_factory=dict)
    pricelist_access: dict[str, list[Record]] = field(default_factory=dict)
    tables: dict[str, dict[str, Record]] = field(
        default_factory=lambda: {name: {} for name in TABLES}
    )
    login_count: int = 0
    #: Root fields refused for want of a valid token, by reason ("missing", "invalid", "expired").
    auth_failures: Counter[str] = field(default_factory=Counter)
    clock_offset: float = 0.0
    _next_id: dict[str, int] = field(default_factory=dict)

    _DATA = (
        "users",
        "passwords",
        "tokens",
        "products",
        "drops",
        "drop_products",
        "drop_shares",
        "carts",
        "cart_lines",
        "orders",
        "order_lines",
        "extra_costs",
        "contacts",
        "pricelists",
        "pricelist_values",
        "pricelist_access",
        "tables",
        "_next_id",
    )

    @classmethod
    def seeded(
        cls,
        *,
        token_lifetime: float = DEFAULT_TOKEN_LIFETIME,
        products: int = 60,
        orders: int = 30,
        seed: int = 41,
    ) -> Order41Sandbox:
        """A seller account (`DEFAULT_EMAIL`/`DEFAULT_PASSWORD`, long-lived token
        `DEFAULT_LONG_LIVED_TOKEN`) and data in every table; entities 1 to 4 of each kind exist
        (the reference's examples use id 4). `seed` varies prices and stock."""
        from .seed import populate

        sandbox = cls(token_lifetime=token_lifetime)
        populate(sandbox, products=products, orders=orders, seed=seed)
        return sandbox

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of all data (tokens included), for `restore`."""
        return copy.deepcopy({name: getattr(self, name) for name in self._DATA})

    def restore(self, snapshot: Mapping[str, Any]) -> None:
        """Put the data back as it was at `snapshot()` (a test's changes undone)."""
        for name, value in copy.deepcopy(dict(snapshot)).items():
            setattr(self, name, value)

    # -- clock, ids, records --------------------------------------------------------------------

    def now(self) -> float:
        return time.time() + self.clock_offset

    def now_dt(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC).replace(microsecond=0)

    def advance_clock(self, seconds: float) -> None:
        """Move the sandbox's clock forward (short-lived tokens expire without waiting)."""
        self.clock_offset += seconds

    def expire_tokens(self) -> None:
        """Expire every short-lived token now."""
        now = self.now()
        for token in self.tokens.values():
            if token.expires_at is not None:
                token.expires_at = min(token.expires_at, now)

    def new_id(self, kind: str) -> str:
        self._next_id[kind] = self._next_id.get(kind, 0) + 1
        return str(self._next_id[kind])

    def urlkey(self, kind: str, id_: str) -> str:
        return f"{kind[:2]}{id_}{number(f'{kind}:{id_}') % 0xFFFFFF:06x}"

    def stamp(self, kind: str, record: Record) -> Record:
        """Give `record` its id (the `kind` counter), timestamps and urlkey (where it has one)."""
        id_ = self.new_id("product" if kind == "variant" else kind)
        now = self.now_dt()
        # Every record is dated, shown or not: lists order by CREATED_AT/UPDATED_AT either way.
        record.update(id=id_, createdAt=now, updatedAt=now)
        if "urlkey" in record:
            record["urlkey"] = self.urlkey(kind, id_)
        return record

    def table(self, name: str) -> dict[str, Record]:
        return self.tables[name]

    def insert(
        self, table: str, type_name: str, data: Mapping[str, Any] | None, **server: Any
    ) -> Record:
        """Create a record of GraphQL type `type_name` in `table` from an input: every input
        key the type has is kept as sent; `server` sets what the server decides."""
        record = self.stamp(table, blank(type_name))
        apply(record, data or {})
        record.update(server)
        self.tables[table][record["id"]] = record
        return record

    def get(self, table: str, id_: Any, urlkey: Any = None, what: str | None = None) -> Record:
        return find(self.tables[table], id_, urlkey, what or table.rstrip("s").replace("_", " "))

    def touch(self, record: Record) -> Record:
        record["updatedAt"] = self.now_dt()
        return record

    # -- users and tokens -----------------------------------------------------------------------

    def add_user(self, email: str, password: str, name: str, account: str = "SELLER") -> Record:
        user = self.stamp("user", blank("User"))
        user.update(
            name=name,
            displayName=name,
            emailProfile=email,
            canSearch=True,
            discoverable=True,
            images=[],
            img=[],
            imgMood=[],
            plans=[],
            accountType=account,
        )
        self.users[user["id"]] = user
        self.passwords[email.lower()] = (user["id"], password)
        return user

    def email_of(self, user_id: str) -> str | None:
        return next((e for e, (uid, _pw) in self.passwords.items() if uid == user_id), None)

    def user(self, id_: Any = None, urlkey: Any = None) -> Record:
        return find(self.users, id_, urlkey, "user")

    def issue_token(self, user_id: str, kind: str, *, value: str | None = None) -> Token:
        lifetime = self.token_lifetime if kind == "short" else None
        token = Token(
            value=value or f"o41-{kind}-{secrets.token_urlsafe(18)}",
            user_id=user_id,
            kind=kind,
            expires_at=None if lifetime is None else self.now() + lifetime,
            id=self.new_id("token"),
        )
        self.tokens[token.value] = token
        return token

    def authenticate(self, header: str | None) -> tuple[str, Record | None, Token | None]:
        """("ok", user, token), or ("missing" | "invalid" | "expired", None, None)."""
        if not header or not header.strip():
            return "missing", None, None
        token = self.tokens.get(header.strip())
        if token is None or not token.valid or token.user_id not in self.users:
            return "invalid", None, None
        if token.expires_at is not None and token.expires_at <= self.now():
            return "expired", None, None
        return "ok", self.users[token.user_id], token

    def login(self, email: str, password: str) -> str:
        known = self.passwords.get(email.strip().lower())
        if known is None or known[1] != password:
            raise fail("Invalid email or password", "INVALID_CREDENTIALS")
        self.login_count += 1
        return self.issue_token(known[0], "short").value

    def token_record(self, token: Token) -> Record:
        return {
            "id": token.id,
            "value": token.value,
            "isValid": token.valid,
            "type": {"long": "long_lived", "guest": "guest"}.get(token.kind, "short_lived"),
            "ownerId": token.user_id,
            "userId": int(token.user_id),
            "comment": None,
        }

    def variants_of(self, product_id: str) -> list[Record]:
        found = [p for p in self.products.values() if p["parentId"] == product_id]
        return sorted(found, key=lambda p: (p["rowOrder"] or 0, int(p["id"])))


def apply(record: Record, data: Mapping[str, Any], keep: tuple[str, ...] = ("id",)) -> Record:
    """Copy every input key the record's type has (except `keep`) onto the record."""
    for key, value in data.items():
        if key in record and key not in keep:
            record[key] = value
    return record
