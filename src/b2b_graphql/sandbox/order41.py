"""A local Order41 server: executes the SDL shipped in `order41_gql` over in-memory data.

Served at `/` like the real API (`https://api.o41.io`). Behaviour:

- Auth: `Authorization: <token>` (no scheme). `login(email, password)` issues short-lived tokens
  that expire after `token_lifetime` seconds (of `Order41Sandbox.now()`: real time plus whatever
  `advance_clock` added); `generateLongLivedToken`/`integrationToken` issue tokens that do not
  expire; `invalidateToken` revokes the token it is sent with. The reference does not document
  the server's answer to a bad token; this sandbox answers HTTP 200 with
  `{"errors": [{"message": "Unauthenticated: ...", "extensions": {"code": "UNAUTHENTICATED",
  "reason": "TOKEN_MISSING" | "TOKEN_INVALID" | "TOKEN_EXPIRED"}}], "data": {"<field>": null}}`.
  `login`, `signup*`, `passwordResetEmail`, `resetPassword` and `generateGuestId` need no token.
- Stateful: products and their variants (variants are products with a `parentId`, shown as
  `ProductVariant`), drops (products in drops, sharing), carts (add, update, remove, duplicate,
  order), orders (from carts, updates, extra costs, statistics), contacts (access lists),
  pricelists (values, access), users (signup, password change). `list*` and `_list*Meta`
  apply the same filters, so counts and lists agree; `first`/`offset`/`orderBy` work.
- Everything else answers type-correct, deterministic generated data (`_fake.FakeData`).
- Entities named by "id or urlkey" accept either; neither, or an unknown one, is an error with
  `extensions.code` `BAD_USER_INPUT` or `NOT_FOUND`.
- Scalars on the wire: `DateTime` as `2025-01-06T09:00:00Z`, `Date` as `2025-01-06`, `Json` as a
  JSON-encoded string (as the reference's examples show), `SmartBoolean` read from true/false,
  1/0 or "1"/"0".
"""

from __future__ import annotations

import copy
import json
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from graphql import (
    GraphQLError,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    build_schema,
    get_named_type,
    is_leaf_type,
)

from ._app import GraphQLApp, RequestContext, load_sdl
from ._fake import FakeData, FakeObject, install_fallback, isoformat, number

__all__ = [
    "DEFAULT_EMAIL",
    "DEFAULT_LONG_LIVED_TOKEN",
    "DEFAULT_PASSWORD",
    "PUBLIC_FIELDS",
    "Order41Sandbox",
    "create_app",
    "credentials",
    "schema",
]

DEFAULT_EMAIL = "demo@order41.test"
DEFAULT_PASSWORD = "sandbox-password"
DEFAULT_LONG_LIVED_TOKEN = "o41-sandbox-long-lived-token"
DEFAULT_TOKEN_LIFETIME = 3600.0
PUBLIC_FIELDS = frozenset(
    {
        "login",
        "signup",
        "signupConfirm",
        "passwordResetEmail",
        "resetPassword",
        "resendSignupVerificationEmail",
        "generateGuestId",
    }
)
AUTH_MESSAGES = {
    "missing": ("TOKEN_MISSING", "Unauthenticated: send your token in the Authorization header"),
    "invalid": ("TOKEN_INVALID", "Unauthenticated: invalid token"),
    "expired": ("TOKEN_EXPIRED", "Unauthenticated: the token has expired"),
}
DROP_STATUS = ["INACTIVE", "ACTIVE", "ARCHIVED"]
ORDER_TAGS = ["NEW", "PROGRESS", "HOLD", "COMPLETE", "GUEST", "SHIPPED", "APPROVED"]
DEFAULT_PAGE = 25

Record = dict[str, Any]
Args = dict[str, Any]


def credentials() -> dict[str, str]:
    """What works on a seeded sandbox: the long-lived `token`, and `email`/`password`."""
    return {"token": DEFAULT_LONG_LIVED_TOKEN, "email": DEFAULT_EMAIL, "password": DEFAULT_PASSWORD}


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
    """A record with every scalar field of the types set to None (so no field is faked)."""
    return {name: None for type_name in type_names for name in _leaf_fields(type_name)}


def fail(message: str, code: str = "BAD_USER_INPUT") -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


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
    and `restore()`, the entity dicts."""

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
    login_count: int = 0
    #: Root fields refused for want of a valid token, by reason ("missing", "invalid", "expired").
    auth_failures: Counter[str] = field(default_factory=Counter)
    clock_offset: float = 0.0
    _next_id: dict[str, int] = field(default_factory=dict)

    # -- setup ----------------------------------------------------------------------------------

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
        `DEFAULT_LONG_LIVED_TOKEN`), three buyers, contacts, `products` products (some with
        variants), drops, a cart, `orders` orders and a pricelist. Entity 1 of each exists."""
        sandbox = cls(token_lifetime=token_lifetime)
        sandbox.populate(products=products, orders=orders, seed=seed)
        return sandbox

    def populate(self, *, products: int = 60, orders: int = 30, seed: int = 41) -> None:
        """Seed the data, dated over the past 30 days (the clock is set back meanwhile)."""
        offset = self.clock_offset
        self.clock_offset -= 30 * 86400
        try:
            self._populate(products, orders, seed)
        finally:
            self.clock_offset = offset

    def _populate(self, products: int, orders: int, seed: int) -> None:
        step = 10 * 86400 / max(1, products)
        seller = self.add_user(DEFAULT_EMAIL, DEFAULT_PASSWORD, "Demo Seller")
        self.issue_token(seller["id"], "long", value=DEFAULT_LONG_LIVED_TOKEN)
        buyers = [
            self.add_user(f"buyer{n}@order41.test", DEFAULT_PASSWORD, f"Buyer {n}")
            for n in (1, 2, 3)
        ]
        for n, buyer in enumerate(buyers, start=1):
            self.create_contact(
                seller,
                {
                    "name": buyer["name"],
                    "email": f"buyer{n}@order41.test",
                    "contactUserId": buyer["id"],
                    "type": 1,
                    "currency": "EUR",
                    "invoiceCity": ["Hamburg", "Berlin", "Munich"][n - 1],
                },
            )
        for n in range(1, 4):
            self.create_contact(
                seller, {"name": f"Supplier {n}", "email": f"supplier{n}@example.com", "type": 2}
            )
        colours = ["Black", "Navy", "Sand", "Olive"]
        for n in range(1, products + 1):
            product = self.create_product(
                seller,
                {
                    "name": f"{['Jacket', 'Shirt', 'Cap', 'Scarf', 'Boots'][n % 5]} {n:03d}",
                    "sku": f"SKU-{n:04d}",
                    "price": float(20 + number(f"{seed}:price:{n}") % 180),
                    "cost": float(8 + number(f"{seed}:cost:{n}") % 60),
                    "rrp": str(40 + number(f"{seed}:rrp:{n}") % 300),
                    "color": colours[n % len(colours)],
                    "supplierId": str(4 + n % 3),
                    "inventoryStock": str(number(f"{seed}:stock:{n}") % 200),
                },
            )
            self.advance_clock(step)
            if n % 3 == 1:
                self.create_variants(
                    seller,
                    product["id"],
                    [{"optionValue1": size, "sku": f"SKU-{n:04d}-{size}"} for size in "SML"],
                )
        parents = [p for p in self.products.values() if p["parentId"] is None]
        size = max(1, len(parents) // 3)
        for n, name in enumerate(["Spring Collection", "Summer Basics", "Outlet"], start=1):
            drop = self.create_drop(seller, {"name": name, "season": f"SS{24 + n}"})
            chunk = parents[(n - 1) * size : n * size] if n < 3 else parents[2 * size :]
            self.add_products_to_drop(drop["id"], [p["id"] for p in chunk])
        self.share_drop(self.drops["1"], {"message": "New season", "allContacts": True})
        standing = self.create_cart(seller, {"dropId": "1", "buyerId": buyers[0]["id"]})
        self.add_line(standing, "1", 2.0)
        for n in range(1, orders + 1):
            buyer = buyers[n % len(buyers)]
            drop_id = str(1 + n % 2)
            cart = self.create_cart(seller, {"dropId": drop_id, "buyerId": buyer["id"]})
            members = self.drop_products[drop_id]
            for k in range(1 + n % 3):
                entry = members[(n * 7 + k * 3) % len(members)]
                self.add_line(cart, entry["productId"], float(1 + (n + k) % 4))
            self.create_order(seller, cart, note=f"Seeded order {n}")
            self.advance_clock(15 * 86400 / max(1, orders))
        first_order = self.orders["1"]
        self.extra_costs["1"].append(
            {
                "id": self.new_id("extraCost"),
                "amount": 4.9,
                "name": "SHIPPING_COST_VAT",
                "taxRatio": 0.19,
            }
        )
        self.recalculate(first_order)
        pricelist = self.create_pricelist(
            seller, {"name": "Wholesale EUR", "currency": "EUR", "dropId": "1"}
        )
        self.upsert_pricelist_values(
            pricelist["id"],
            [{"productId": p["productId"], "price": 10.0} for p in self.drop_products["1"][:5]],
        )
        self.add_pricelist_access(pricelist, {"contactId": "1"})

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
        "_next_id",
    )

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of all data (tokens included), for `restore`."""
        return copy.deepcopy({name: getattr(self, name) for name in self._DATA})

    def restore(self, snapshot: Mapping[str, Any]) -> None:
        """Put the data back as it was at `snapshot()` (a test's changes undone)."""
        for name, value in copy.deepcopy(dict(snapshot)).items():
            setattr(self, name, value)

    # -- clock and ids --------------------------------------------------------------------------

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

    def _stamp(self, kind: str, record: Record) -> Record:
        id_ = self.new_id("product" if kind == "variant" else kind)
        now = self.now_dt()
        record.update(id=id_, createdAt=now, updatedAt=now)
        if "urlkey" in record:
            record["urlkey"] = self.urlkey(kind, id_)
        return record

    # -- auth -----------------------------------------------------------------------------------

    def add_user(self, email: str, password: str, name: str, account: str = "SELLER") -> Record:
        user = self._stamp("user", blank("User"))
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

    # -- products -------------------------------------------------------------------------------

    def product(self, id_: Any = None, urlkey: Any = None, *, what: str = "product") -> Record:
        return _find(self.products, id_, urlkey, what)

    def create_product(self, owner: Record, data: Mapping[str, Any]) -> Record:
        record = self._stamp("product", blank("Product", "ProductVariant"))
        record.update(
            ownerId=owner["id"],
            images=[],
            optionGroups=[],
            externalProducts=[],
            soldOut=False,
            parentOrChild="parent",
            rowOrder=0,
        )
        self._apply_product(record, data)
        if record["parentId"] is not None:
            parent = self.product(record["parentId"], what="parent product")
            record["parentOrChild"] = "child"
            record["rowOrder"] = len(self.variants_of(parent["id"]))
        self.products[record["id"]] = record
        return record

    def _apply_product(self, record: Record, data: Mapping[str, Any]) -> None:
        for key, value in data.items():
            if key == "imgUrls" and value is not None:
                record["images"] = list(value)
            elif key == "options" and value:
                for index, option in enumerate(value[:5], start=1):
                    record[f"optionValue{index}"] = option.get("value")
            elif key in record and key not in ("id", "createdAt", "urlkey"):
                record[key] = value
        if record["parentId"] is not None and (
            record["parentId"] == record["id"]
            or self.products.get(record["parentId"], {}).get("parentId") is not None
        ):
            raise fail("parentId must name a product that is not a variant (nor itself)")
        record["updatedAt"] = self.now_dt()

    def variants_of(self, product_id: str) -> list[Record]:
        found = [p for p in self.products.values() if p["parentId"] == product_id]
        return sorted(found, key=lambda p: (p["rowOrder"] or 0, int(p["id"])))

    def create_variants(
        self, owner: Record, parent_id: str, variants: Iterable[Mapping[str, Any]]
    ) -> list[Record]:
        parent = self.product(parent_id, what="parent product")
        created = []
        for variant in variants:
            data = {"price": parent["price"], "cost": parent["cost"], "rrp": parent["rrp"]}
            data |= {"name": parent["name"], "color": parent["color"]}
            data |= {k: v for k, v in variant.items() if v is not None}
            created.append(self.create_product(owner, {**data, "parentId": parent["id"]}))
        return created

    def delete_products(self, ids: Iterable[str]) -> list[Record]:
        deleted = []
        for id_ in list(ids):
            record = self.products.pop(id_, None)
            if record is None:
                continue
            deleted.append(record)
            deleted += self.delete_products([v["id"] for v in self.variants_of(id_)])
            for members in self.drop_products.values():
                members[:] = [m for m in members if m["productId"] != id_]
            for lines in self.cart_lines.values():
                lines[:] = [line for line in lines if line["productId"] != id_]
        return deleted

    def unit_price(self, product_id: str) -> float:
        product = self.products.get(product_id)
        if product is None:
            return 0.0
        if product["price"] is None and product["parentId"]:
            return self.unit_price(product["parentId"])
        return float(product["price"] or 0.0)

    def parent_id(self, product_id: str) -> str:
        product = self.products.get(product_id)
        return str(product["parentId"]) if product and product["parentId"] else product_id

    # -- drops ----------------------------------------------------------------------------------

    def drop(self, id_: Any = None, urlkey: Any = None) -> Record:
        return _find(self.drops, id_, urlkey, "drop")

    def create_drop(self, owner: Record, data: Mapping[str, Any]) -> Record:
        record = self._stamp("drop", blank("Drop"))
        record.update(
            ownerId=owner["id"],
            status=0,
            currencyBuy="EUR",
            currencySell="EUR",
            assets=[],
            images=[],
            filters=[],
            discoverable=False,
            isPublic=False,
            deadlineStop=False,
            order=len(self.drops),
            access=0,
        )
        self._apply_drop(record, data)
        self.drops[record["id"]] = record
        self.drop_products[record["id"]] = []
        self.drop_shares[record["id"]] = []
        return record

    def _apply_drop(self, record: Record, data: Mapping[str, Any]) -> None:
        computed = {"orderQty", "orderItemsQty", "orderTotal", "id", "urlkey", "createdAt"}
        for key, value in data.items():
            if key in record and key not in computed:
                record[key] = value
        record["updatedAt"] = self.now_dt()

    def add_products_to_drop(self, drop_id: str, product_ids: Iterable[str]) -> int:
        members = self.drop_products[self.drop(drop_id)["id"]]
        present = {m["productId"] for m in members}
        added = 0
        for product_id in product_ids:
            product = self.product(product_id)
            if product["id"] in present:
                continue
            members.append(
                {
                    "id": self.new_id("dropProduct"),
                    "dropId": drop_id,
                    "productId": product["id"],
                    "rowOrder": len(members),
                }
            )
            present.add(product["id"])
            added += 1
        return added

    def in_drop(self, drop_id: str, product_id: str) -> bool:
        parent = self.parent_id(product_id)
        return any(m["productId"] in (product_id, parent) for m in self.drop_products[drop_id])

    def share_drop(self, drop: Record, share: Mapping[str, Any]) -> Record:
        if not str(share.get("message") or "").strip():
            raise fail("shareDrop: input.message must not be empty")
        self.drop_shares[drop["id"]].append(dict(share))
        drop.update(status=1, lastPromotion=self.now_dt(), updatedAt=self.now_dt())
        return drop

    def drop_orders(self, drop_id: str) -> list[Record]:
        return [o for o in self.orders.values() if o["dropId"] == drop_id]

    # -- carts ----------------------------------------------------------------------------------

    def cart(self, id_: Any = None, urlkey: Any = None) -> Record:
        return _find(self.carts, id_, urlkey, "cart")

    def create_cart(self, owner: Record, data: Mapping[str, Any]) -> Record:
        record = self._stamp("cart", blank("Cart"))
        record.update(ownerId=owner["id"], sellerId=owner["id"], creatorType="seller")
        record.update(isPrivate=False)
        for key in ("buyerId", "dropId", "guestId", "isPrivate", "repId"):
            if data.get(key) is not None:
                record[key] = data[key]
        if record["dropId"] is not None:
            self.drop(record["dropId"])
        self.carts[record["id"]] = record
        self.cart_lines[record["id"]] = []
        for line in data.get("cartProducts") or []:
            self.add_line(record, line["productId"], line.get("quantity"))
        return record

    def add_line(self, cart: Record, product_id: str, quantity: float | None) -> Record:
        product = self.product(product_id)
        if cart["dropId"] is not None and not self.in_drop(cart["dropId"], product["id"]):
            raise fail(f"product {product['id']} is not in drop {cart['dropId']}")
        amount = 1.0 if quantity is None else float(quantity)
        if amount <= 0:
            raise fail("quantity must be positive")
        lines = self.cart_lines[cart["id"]]
        for line in lines:
            if line["productId"] == product["id"]:
                line["quantity"] += amount
                break
        else:
            line = {
                "id": self.new_id("cartProduct"),
                "cartId": cart["id"],
                "productId": product["id"],
                "quantity": amount,
                "variants": [],
            }
            lines.append(line)
        cart["updatedAt"] = self.now_dt()
        return line

    def set_line(self, cart: Record, product_id: str, quantity: float | None) -> Record | None:
        """Set (None: remove) a line's quantity; the line as it is now (quantity 0: gone)."""
        lines = self.cart_lines[cart["id"]]
        line = next((item for item in lines if item["productId"] == str(product_id)), None)
        if line is None:
            raise fail(f"product {product_id} is not in cart {cart['id']}", "NOT_FOUND")
        line["quantity"] = max(0.0, float(quantity or 0.0))
        if line["quantity"] == 0:
            lines.remove(line)
        cart["updatedAt"] = self.now_dt()
        return line

    def grouped_lines(self, lines: list[Record]) -> list[Record]:
        """Lines grouped by parent product, variants nested (CartProduct / OrderProduct)."""
        groups: dict[str, Record] = {}
        for line in lines:
            parent = self.parent_id(line["productId"])
            group = groups.get(parent)
            if group is None:
                group = groups[parent] = {
                    "id": f"{line.get('cartId') or line.get('orderId')}-{parent}",
                    "cartId": line.get("cartId"),
                    "productId": parent,
                    "quantity": 0.0,
                    "price": self.unit_price(parent),
                    "variants": [],
                }
            group["quantity"] += line["quantity"]
            if parent == line["productId"] and "price" in line:
                group["price"] = line["price"]
            if parent != line["productId"]:
                group["variants"].append({**line, "variants": [], "price": line.get("price", 0.0)})
        return list(groups.values())

    def cart_meta(self, cart: Record) -> Record:
        lines = self.cart_lines.get(cart["id"], [])
        total = sum(self.unit_price(line["productId"]) * line["quantity"] for line in lines)
        rrp = sum(
            _float(self._field(line["productId"], "rrp")) * line["quantity"] for line in lines
        )
        cost = sum(
            _float(self._field(line["productId"], "cost")) * line["quantity"] for line in lines
        )
        quantity = sum(line["quantity"] for line in lines)
        currency = self.drops[cart["dropId"]]["currencySell"] if cart["dropId"] else "EUR"
        return {
            "appliedDiscount": 0.0,
            "count": len(lines),
            "currency": currency,
            "discountAmount": 0.0,
            "margin": round(total - cost, 2),
            "msrpMultiplier": round(rrp / total, 2) if total else 0.0,
            "parentCount": len({self.parent_id(line["productId"]) for line in lines}),
            "profit": round(total - cost, 2),
            "quantity": quantity,
            "summary": f"{len(lines)} products, {quantity:g} items, {total:.2f} {currency}",
            "total": round(total, 2),
            "totalRrp": round(rrp, 2),
        }

    def _field(self, product_id: str, name: str) -> Any:
        product = self.products.get(product_id)
        if product is None:
            return None
        if product[name] is None and product["parentId"]:
            return self._field(product["parentId"], name)
        return product[name]

    # -- orders ---------------------------------------------------------------------------------

    def order(self, id_: Any = None, urlkey: Any = None) -> Record:
        return _find(self.orders, id_, urlkey, "order")

    def create_order(
        self, owner: Record, cart: Record, *, note: str | None = None, rating: int | None = None
    ) -> Record:
        lines = self.cart_lines[cart["id"]]
        if not lines:
            raise fail(f"cart {cart['id']} is empty: add products before ordering")
        record = self._stamp("order", blank("Order"))
        drop = self.drops.get(cart["dropId"] or "")
        record.update(
            buyerId=cart["buyerId"],
            dropId=cart["dropId"],
            ownerId=owner["id"],
            sellerId=drop["ownerId"] if drop else owner["id"],
            repId=cart["repId"],
            comment=note,
            rating=rating,
            currency=drop["currencySell"] if drop else "EUR",
            status=True,
            cancel=False,
            inform=False,
            isSeller=True,
            orderTag="NEW",
            shippingCosts=0.0,
            extraCosts=0.0,
            discountAmount=0.0,
            vat=0.0,
            invoiceNo=f"INV-{int(self._next_id['order']):05d}",
            invoiceDate=self.now_dt().date(),
        )
        self.orders[record["id"]] = record
        self.order_lines[record["id"]] = [
            {
                "orderId": record["id"],
                "productId": line["productId"],
                "quantity": line["quantity"],
                "price": self.unit_price(line["productId"]),
            }
            for line in lines
        ]
        self.extra_costs[record["id"]] = []
        self.recalculate(record)
        del self.carts[cart["id"]]
        del self.cart_lines[cart["id"]]
        return record

    def recalculate(self, order: Record) -> None:
        lines = self.order_lines[order["id"]]
        products = sum(line["price"] * line["quantity"] for line in lines)
        extra = sum(_float(cost["amount"]) for cost in self.extra_costs[order["id"]])
        order.update(
            qty=sum(line["quantity"] for line in lines),
            sumOfProducts=round(products, 2),
            extraCosts=round(extra, 2),
            totalAmount=round(products + extra + _float(order["shippingCosts"]), 2),
            updatedAt=self.now_dt(),
        )

    def order_meta(self, order: Record) -> Record:
        lines = self.order_lines[order["id"]]
        rrp = sum(_float(self._field(li["productId"], "rrp")) * li["quantity"] for li in lines)
        cost = sum(_float(self._field(li["productId"], "cost")) * li["quantity"] for li in lines)
        total = _float(order["sumOfProducts"])
        return {
            "margin": round(total - cost, 2),
            "msrpMultiplier": round(rrp / total, 2) if total else 0.0,
            "profit": round(total - cost, 2),
            "totalRrp": round(rrp, 2),
        }

    # -- contacts -------------------------------------------------------------------------------

    def contact(self, id_: Any = None, urlkey: Any = None) -> Record:
        return _find(self.contacts, id_, urlkey, "contact")

    def create_contact(self, owner: Record, data: Mapping[str, Any]) -> Record:
        record = self._stamp("contact", blank("Contact"))
        record.update(
            ownerId=owner["id"],
            img=[],
            invite=False,
            status=1,
            type=1,
            discount=0.0,
            accessCustomers=[],
            accessSuppliers=[],
        )
        self._apply(record, data, keep=("id", "urlkey"))
        self.contacts[record["id"]] = record
        return record

    def set_access(self, contact: Record, key: str, ids: Iterable[str], add: bool) -> Record:
        current: list[Record] = contact[key]
        wanted = [str(i) for i in ids]
        if add:
            present = {entry["accessContactId"] for entry in current}
            for other_id in wanted:
                other = self.contact(other_id)
                if other["id"] not in present:
                    current.append(
                        {
                            "accessContactId": other["id"],
                            "accessType": 1,
                            "accessUserId": other["contactUserId"],
                            "contactId": contact["id"],
                            "contactUserId": contact["contactUserId"],
                            "ownerId": contact["ownerId"],
                        }
                    )
        else:
            current[:] = [e for e in current if e["accessContactId"] not in wanted]
        return contact

    # -- pricelists -----------------------------------------------------------------------------

    def pricelist(self, id_: Any) -> Record:
        return _find(self.pricelists, id_, None, "pricelist")

    def create_pricelist(self, owner: Record, data: Mapping[str, Any]) -> Record:
        record = self._stamp("pricelist", blank("Pricelist"))
        record.update(ownerId=owner["id"], status=True, type=1, currency="EUR")
        self.pricelists[record["id"]] = record
        self.pricelist_values[record["id"]] = []
        self.pricelist_access[record["id"]] = []
        self.update_pricelist(record, data)
        return record

    def update_pricelist(self, record: Record, data: Mapping[str, Any]) -> Record:
        self._apply(record, data, keep=("id", "urlkey", "dropName"))
        if record["dropId"] is not None:
            record["dropName"] = self.drop(record["dropId"])["name"]
        if data.get("values") is not None:
            self.upsert_pricelist_values(record["id"], data["values"])
        for access in data.get("access") or []:
            self.add_pricelist_access(record, access)
        return record

    def upsert_pricelist_values(
        self, pricelist_id: str, values: Iterable[Mapping[str, Any]]
    ) -> list[Record]:
        pricelist = self.pricelist(pricelist_id)
        current = self.pricelist_values[pricelist["id"]]
        changed = []
        for value in values:
            product = self.product(value["productId"])
            entry = next((v for v in current if v["productId"] == product["id"]), None)
            if entry is None:
                entry = blank("PricelistValue")
                entry.update(
                    id=self.new_id("pricelistValue"),
                    pricelistId=pricelist["id"],
                    productId=product["id"],
                    dropId=pricelist["dropId"],
                    ownerId=pricelist["ownerId"],
                )
                current.append(entry)
            for key in ("price", "rrp"):
                if value.get(key) is not None:
                    entry[key] = value[key]
            changed.append(entry)
        return changed

    def pricelist_value(self, value_id: str) -> Record:
        for values in self.pricelist_values.values():
            for value in values:
                if value["id"] == str(value_id):
                    return value
        raise fail(f"pricelist value {value_id} not found", "NOT_FOUND")

    def add_pricelist_access(self, pricelist: Record, access: Mapping[str, Any]) -> Record:
        contact = self.contact(access.get("contactId"))
        entry = blank("PricelistAccess")
        entry.update(
            id=self.new_id("pricelistAccess"),
            pricelistId=pricelist["id"],
            contactId=contact["id"],
            contactUserId=contact["contactUserId"],
            accessType=access.get("accessType") or 1,
            dropId=pricelist["dropId"],
            ownerId=pricelist["ownerId"],
        )
        self.pricelist_access[pricelist["id"]].append(entry)
        return entry

    # -- helpers --------------------------------------------------------------------------------

    def _apply(self, record: Record, data: Mapping[str, Any], keep: tuple[str, ...]) -> None:
        for key, value in data.items():
            if key in record and key not in keep:
                record[key] = value


# -- filtering, ordering, paging ----------------------------------------------------------------


def _find(table: Mapping[str, Record], id_: Any, urlkey: Any, what: str) -> Record:
    if id_ in (None, "") and urlkey in (None, ""):
        raise fail(f"{what}: give an id or a urlkey")
    if id_ not in (None, ""):
        record = table.get(str(id_))
    else:
        record = next((r for r in table.values() if r.get("urlkey") == urlkey), None)
    if record is None:
        raise fail(f"{what} {id_ if id_ not in (None, '') else urlkey} not found", "NOT_FOUND")
    return record


def _float(value: Any) -> float:
    try:
        return float(value or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _matches(value: Any, condition: Mapping[str, Any] | None) -> bool:
    """IdFilter / StringFilter / UrlkeyFilter / IntegerFilter: eq, neq, in."""
    if not condition:
        return True
    text = None if value is None else str(value)
    if condition.get("eq") is not None and text != str(condition["eq"]):
        return False
    if condition.get("neq") is not None and text == str(condition["neq"]):
        return False
    return condition.get("in") is None or text in {str(v) for v in condition["in"]}


def _query_matches(record: Record, query: str | None, keys: tuple[str, ...]) -> bool:
    if not query:
        return True
    needle = query.lower()
    return any(needle in str(record.get(key) or "").lower() for key in keys)


def _sort_key(name: str) -> tuple[str, bool]:
    field_name, _, direction = name.rpartition("_")
    words = field_name.lower().split("_")
    return words[0] + "".join(w.capitalize() for w in words[1:]), direction == "DESC"


def _ordered(records: Iterable[Record], order_by: Any) -> list[Record]:
    items = sorted(records, key=lambda r: int(r["id"]))
    for name in reversed(list(order_by or [])):
        key, descending = _sort_key(str(name))
        items.sort(key=_by(key), reverse=descending)
    return items


def _by(key: str) -> Callable[[Record], Any]:
    return lambda record: _comparable(record.get(key))


def _comparable(value: Any) -> Any:
    if value is None:
        return (0, "")
    if isinstance(value, str) and value.isdigit():
        return (1, int(value))
    if isinstance(value, datetime | date):
        return (1, value.isoformat())
    return (1, value)


def _page(records: list[Record], first: Any, offset: Any) -> list[Record]:
    size = DEFAULT_PAGE if first is None else int(first)
    start = 0 if offset is None else int(offset)
    if size < 0 or start < 0:
        raise fail("first and offset must not be negative")
    return records[start : start + size]


# -- the app ------------------------------------------------------------------------------------


def _parse_smart_boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (1, 0) or value in ("1", "0"):
        return str(value) == "1"
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise GraphQLError(f"SmartBoolean cannot represent {value!r}")


def _parse_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise GraphQLError(f"DateTime cannot represent {value!r}")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise GraphQLError(f"DateTime cannot represent {value!r}") from None
    if parsed.utcoffset() not in (None, timedelta(0)):
        raise GraphQLError("DateTime must be in UTC (Z); other offsets are rejected")
    return parsed.replace(tzinfo=UTC)


def _parse_date(value: Any) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise GraphQLError(f"Date cannot represent {value!r}") from None


def _serialize_json(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _parse_json(value: Any) -> str:
    return _serialize_json(value)


def _scalar_literal(parse: Callable[[Any], Any]) -> Callable[..., Any]:
    from graphql import value_from_ast_untyped

    def parse_literal(node: Any, variables: Any = None) -> Any:
        return parse(value_from_ast_untyped(node, variables))

    return parse_literal


def _bind_scalars(schema_: GraphQLSchema) -> None:
    behaviours: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
        "DateTime": (lambda v: isoformat(v) if isinstance(v, datetime) else v, _parse_datetime),
        "Date": (lambda v: isoformat(v) if isinstance(v, date) else v, _parse_date),
        "Json": (_serialize_json, _parse_json),
        "SmartBoolean": (_parse_smart_boolean, _parse_smart_boolean),
    }
    for name, (serialize, parse) in behaviours.items():
        scalar = schema_.get_type(name)
        assert isinstance(scalar, GraphQLScalarType)
        scalar.serialize = serialize  # type: ignore[method-assign,assignment]
        scalar.parse_value = parse  # type: ignore[method-assign,assignment]
        scalar.parse_literal = _scalar_literal(parse)  # type: ignore[method-assign]


def create_app(sandbox: Order41Sandbox | None = None) -> GraphQLApp:
    """The ASGI app; `app.state` is the `Order41Sandbox`, for tests to inspect and steer."""
    state = sandbox or Order41Sandbox.seeded()
    executable = build_schema(load_sdl("order41_gql", "order41.graphql"))
    _bind_scalars(executable)
    api = _Resolvers(state)
    fake = FakeData(executable, scalars=_FAKE_SCALARS)
    for attribute in dir(api):
        type_name, sep, field_name = attribute.partition("_")
        if not sep or not type_name[:1].isupper():
            continue
        type_ = executable.get_type(type_name)
        assert isinstance(type_, GraphQLObjectType), attribute
        assert field_name in type_.fields, attribute
        type_.fields[field_name].resolve = _bound(getattr(api, attribute), fake)
    install_fallback(executable, fake)
    _guard_root_fields(executable, state)

    def authenticate(context: RequestContext) -> None:
        status, user, token = state.authenticate(context.headers.get("authorization"))
        context.state.update(auth=status, user=user, token=token)

    return GraphQLApp(executable, on_request=authenticate, path="/", state=state)


_FAKE_SCALARS: dict[str, Callable[[int, str], Any]] = {
    "Json": lambda n, name: json.dumps({"key": f"{name}-{n % 1000}", "n": n % 100}),
    "SmartBoolean": lambda n, name: n % 2 == 0,
}


def _bound(method: Callable[[Any, Args, Any], Any], fake: FakeData) -> Callable[..., Any]:
    """A `_Resolvers` method as a field resolver; generated parents stay generated."""

    def resolve(parent: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        if isinstance(parent, FakeObject):
            return fake.resolve(parent, info, **args)
        return method(parent, args, info.context)

    return resolve


def _guard_root_fields(schema_: GraphQLSchema, state: Order41Sandbox) -> None:
    for root in (schema_.query_type, schema_.mutation_type):
        assert root is not None
        for name, field_def in root.fields.items():
            if name not in PUBLIC_FIELDS:
                field_def.resolve = _authorized(field_def.resolve, state)


def _authorized(resolve: Any, state: Order41Sandbox) -> Any:
    def guarded(parent: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        status = info.context.state.get("auth")
        if status != "ok":
            state.auth_failures[status] += 1
            reason, message = AUTH_MESSAGES.get(status, AUTH_MESSAGES["invalid"])
            raise GraphQLError(message, extensions={"code": "UNAUTHENTICATED", "reason": reason})
        return resolve(parent, info, **args)

    return guarded


def _user(context: RequestContext) -> Record:
    user: Record | None = context.state.get("user")
    if user is None:  # only public fields run without one
        raise GraphQLError("Unauthenticated", extensions={"code": "UNAUTHENTICATED"})
    return user


class _Resolvers:
    """Resolvers named `<Type>_<field>`, called as `(parent, args, context)`."""

    def __init__(self, state: Order41Sandbox) -> None:
        self.s = state

    # -- auth and account -----------------------------------------------------------------------

    def Mutation_login(self, _: Any, args: Args, ctx: RequestContext) -> str:
        return self.s.login(args["email"], args["password"])

    def Mutation_loginAs(self, _: Any, args: Args, ctx: RequestContext) -> str:
        known = self.s.passwords.get(str(args["email"]).lower())
        if known is None:
            raise fail(f"no user with email {args['email']}", "NOT_FOUND")
        return self.s.issue_token(known[0], "short").value

    def Mutation_switchWorkspace(self, _: Any, args: Args, ctx: RequestContext) -> str:
        user_id = str(args.get("userId") or _user(ctx)["id"])
        if user_id not in self.s.users:
            raise fail(f"workspace {user_id} not found", "NOT_FOUND")
        return self.s.issue_token(user_id, "short").value

    def Mutation_generateLongLivedToken(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.token_record(self.s.issue_token(_user(ctx)["id"], "long"))

    def Mutation_integrationToken(self, _: Any, args: Args, ctx: RequestContext) -> str:
        user_id = str(args.get("userId") or _user(ctx)["id"])
        return self.s.issue_token(user_id, "long").value

    def Mutation_generateGuestId(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        owner = ctx.state.get("user") or self.s.users["1"]
        return self.s.token_record(self.s.issue_token(owner["id"], "guest"))

    def Mutation_invalidateToken(self, _: Any, args: Args, ctx: RequestContext) -> str:
        token: Token = ctx.state["token"]
        token.valid = False
        return "Token invalidated"

    def Mutation_updatePassword(self, _: Any, args: Args, ctx: RequestContext) -> str:
        user = _user(ctx)
        email = next(e for e, (uid, _pw) in self.s.passwords.items() if uid == user["id"])
        if self.s.passwords[email][1] != args["password"]:
            raise fail("the current password is wrong", "INVALID_CREDENTIALS")
        self.s.passwords[email] = (user["id"], args["newPassword"])
        return "Password updated"

    def Mutation_signup(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args.get("input") or {}
        if not data.get("acceptTerms"):
            raise fail("signup: the terms must be accepted")
        if str(data["email"]).lower() in self.s.passwords:
            raise fail(f"an account with email {data['email']} exists already")
        account = data.get("accountType") or "SELLER"
        name = data.get("name") or data["email"]
        user = self.s.add_user(data["email"], data["password"], name, account)
        return {"id": user["id"], "urlkey": user["urlkey"], "accountType": account}

    def Query_getCredential(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        user = _user(ctx)
        email = next(e for e, (uid, _pw) in self.s.passwords.items() if uid == user["id"])
        return {
            "userId": user["id"],
            "email": email,
            "accountType": user.get("accountType") or "SELLER",
            "isAdmin": True,
            "status": True,
            "welcome": False,
            "nlAccept": False,
        }

    def Query_getProfile(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        if args.get("id") or args.get("urlkey"):
            return _find(self.s.users, args.get("id"), args.get("urlkey"), "user")
        return _user(ctx)

    def Mutation_updateProfile(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        user = _user(ctx)
        self.s._apply(user, args.get("user") or {}, keep=("id", "urlkey"))
        return user

    def Query_getDropProfile(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        drop = self.s.drop(args.get("id"), args.get("urlkey"))
        return self.s.users[drop["ownerId"]]

    def User_contacts(self, user: Record, args: Args, ctx: RequestContext) -> list[Record]:
        owned = [c for c in self.s.contacts.values() if c["ownerId"] == user["id"]]
        return _page(_ordered(owned, None), args.get("first") or 10, args.get("offset"))

    # -- products -------------------------------------------------------------------------------

    def _products(self, args: Args) -> list[Record]:
        f = args.get("filter") or {}
        parent_filter = f.get("parentId")
        found = []
        for product in self.s.products.values():
            if parent_filter is None and product["parentId"] is not None:
                continue
            drop_filter = f.get("dropId")
            if drop_filter and not any(
                self.s.in_drop(d, product["id"]) for d in self.s.drops if _matches(d, drop_filter)
            ):
                continue
            supplier = self.s.contacts.get(product["supplierId"] or "")
            if (
                _matches(product["id"], f.get("id"))
                and _matches(product["parentId"], parent_filter)
                and _matches(product["supplierId"], f.get("supplierId"))
                and _matches(supplier["name"] if supplier else None, f.get("supplierName"))
                and _query_matches(product, f.get("query"), ("name", "sku", "info"))
            ):
                found.append(product)
        return found

    def Query_listProducts(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self._products(args), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query__listProductsMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self._products(args))}

    def Query_getProduct(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.product(args.get("id"), args.get("urlkey"))

    def Mutation_createProduct(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args.get("data") or {}
        if not data.get("name"):
            raise fail("createProduct: data.name is required")
        return self.s.create_product(_user(ctx), data)

    def Mutation_updateProduct(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        product = self.s.product(args.get("id"))
        self.s._apply_product(product, args["data"])
        return product

    def Mutation_duplicateProduct(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        source = self.s.product(args.get("id"))
        data = {k: v for k, v in source.items() if k not in ("id", "urlkey", "createdAt")}
        copy = self.s.create_product(_user(ctx), {**data, **(args.get("data") or {})})
        variants = [
            {k: v for k, v in variant.items() if k not in ("id", "urlkey", "parentId")}
            for variant in self.s.variants_of(source["id"])
        ]
        self.s.create_variants(_user(ctx), copy["id"], variants)
        return copy

    def Mutation_deleteProducts(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        condition = args.get("id")
        if not condition:
            raise fail("deleteProducts: give an id filter (eq or in)")
        ids = [p for p in self.s.products if _matches(p, condition)]
        return self.s.delete_products(ids)

    def Mutation_createProductVariants(
        self, _: Any, args: Args, ctx: RequestContext
    ) -> list[Record]:
        return self.s.create_variants(_user(ctx), args["parentId"], args.get("variants") or [])

    def Mutation_updateProductVariants(
        self, _: Any, args: Args, ctx: RequestContext
    ) -> list[Record]:
        updated = []
        for change in args.get("variants") or []:
            variant = self.s.product(change.get("id"), what="variant")
            self.s._apply_product(variant, {k: v for k, v in change.items() if k != "id"})
            updated.append(variant)
        return updated

    def Mutation_deleteProductVariants(
        self, _: Any, args: Args, ctx: RequestContext
    ) -> list[Record]:
        ids = [str(i) for i in args.get("ids") or []]
        for id_ in ids:
            if self.s.product(id_, what="variant")["parentId"] is None:
                raise fail(f"product {id_} is not a variant")
        return self.s.delete_products(ids)

    def Mutation_updateVariantRowOrder(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        variant = self.s.product(args["id"], what="variant")
        variant["rowOrder"] = args.get("rowOrder") or 0
        return variant

    def Product_variantsV2(self, product: Record, args: Args, ctx: RequestContext) -> Any:
        return _page(
            self.s.variants_of(product["id"]), args.get("first") or 100, args.get("offset")
        )

    def Product_variants(self, product: Record, args: Args, ctx: RequestContext) -> Any:
        return self.Product_variantsV2(product, args, ctx)

    def Product_parent(self, product: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.products.get(product["parentId"] or "")

    def ProductVariant_parent(self, variant: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.products.get(variant["parentId"] or "")

    def Product_supplier(self, product: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.contacts.get(product["supplierId"] or "")

    def Product_owner(self, product: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(product["ownerId"] or "")

    # -- drops ----------------------------------------------------------------------------------

    def _drops(self, args: Args, *, shared: bool = False) -> list[Record]:
        f = args.get("filter") or {}
        status = f.get("status") or {}
        found = []
        for drop in self.s.drops.values():
            owner = self.s.users.get(drop["ownerId"] or "") or {}
            state = DROP_STATUS[drop["status"] or 0]
            if shared and not self.s.drop_shares.get(drop["id"]):
                continue
            if (
                _matches(drop["ownerId"], f.get("ownerId"))
                and _matches(owner.get("urlkey"), f.get("ownerUrlkey"))
                and (status.get("eq") is None or state == status["eq"])
                and (status.get("neq") is None or state != status["neq"])
                and _query_matches(drop, f.get("query"), ("name", "season", "info"))
            ):
                found.append(drop)
        return found

    def Query_listDrops(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self._drops(args), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query__listDropsMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self._drops(args))}

    def Query_listSharedDrops(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self._drops(args, shared=True), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query__listSharedDropsMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self._drops(args, shared=True))}

    def Query_recentDrops(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self.s.drops.values(), ["UPDATED_AT_DESC"])
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query_getDrop(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.drop(args.get("id"), args.get("urlkey"))

    def Query__getDropMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        drop = self.s.drop(args.get("id"), args.get("urlkey"))
        return {
            "orderItemsQty": self.Drop_orderItemsQty(drop, {}, ctx),
            "orderQty": self.Drop_orderQty(drop, {}, ctx),
            "orderTotal": self.Drop_orderTotal(drop, {}, ctx),
            "orderTotalArray": self.Drop_orderTotalArray(drop, {}, ctx),
            "productFilters": [],
        }

    def Mutation_createDrop(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args["input"]
        if not data.get("name"):
            raise fail("createDrop: input.name is required")
        return self.s.create_drop(_user(ctx), data)

    def Mutation_updateDrop(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        drop = self.s.drop(args.get("id"), args.get("urlkey"))
        self.s._apply_drop(drop, args["dropData"])
        return drop

    def Mutation_deleteDrop(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        drop = self.s.drop(args.get("id"), args.get("urlkey"))
        del self.s.drops[drop["id"]]
        self.s.drop_products.pop(drop["id"], None)
        self.s.drop_shares.pop(drop["id"], None)
        return drop

    def Mutation_duplicateDrop(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        source = self.s.drop(args.get("id"), args.get("urlkey"))
        data = {k: v for k, v in source.items() if k not in ("id", "urlkey", "createdAt")}
        copy = self.s.create_drop(_user(ctx), {**data, "name": f"{source['name']} (copy)"})
        self.s.add_products_to_drop(
            copy["id"], [m["productId"] for m in self.s.drop_products[source["id"]]]
        )
        return copy

    def Mutation_addProductsToDrop(self, _: Any, args: Args, ctx: RequestContext) -> int:
        drop = self.s.drop(args.get("dropId"))
        return self.s.add_products_to_drop(
            drop["id"], [str(i) for i in args.get("productIds") or []]
        )

    def Mutation_removeProductsFromDrop(self, _: Any, args: Args, ctx: RequestContext) -> int:
        drop = self.s.drop(args.get("dropId"))
        ids = {str(i) for i in args.get("productIds") or []}
        members = self.s.drop_products[drop["id"]]
        before = len(members)
        members[:] = [m for m in members if m["productId"] not in ids]
        return before - len(members)

    def Mutation_shareDrop(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        drop = self.s.drop(args.get("id"), args.get("urlkey"))
        return self.s.share_drop(drop, args["input"])

    def Mutation_updateDropProduct(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        drop = self.s.drop(args.get("dropId"))
        for member in self.s.drop_products[drop["id"]]:
            if (
                str(args.get("id")) == member["id"]
                or str(args.get("productId")) == member["productId"]
            ):
                member["rowOrder"] = args["rowOrder"]
                return member
        raise fail("drop product not found", "NOT_FOUND")

    def Drop_dropProducts(self, drop: Record, args: Args, ctx: RequestContext) -> Any:
        ordered = _ordered(self.s.drop_products.get(drop["id"], []), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Drop__dropProductsMeta(self, drop: Record, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self.s.drop_products.get(drop["id"], []))}

    def Drop__products(self, drop: Record, args: Args, ctx: RequestContext) -> Record:
        return self.Drop__dropProductsMeta(drop, args, ctx)

    def Drop_products(self, drop: Record, args: Args, ctx: RequestContext) -> Any:
        ids = [m["productId"] for m in self.s.drop_products.get(drop["id"], [])]
        found = [self.s.products[i] for i in ids if i in self.s.products]
        return _page(found, args.get("first"), args.get("offset"))

    def DropProduct_product(self, member: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.products.get(member["productId"])

    def Drop_orderQty(self, drop: Record, args: Args, ctx: RequestContext) -> int:
        return len(self.s.drop_orders(drop["id"]))

    def Drop_orderItemsQty(self, drop: Record, args: Args, ctx: RequestContext) -> float:
        return float(sum(_float(o["qty"]) for o in self.s.drop_orders(drop["id"])))

    def Drop_orderTotal(self, drop: Record, args: Args, ctx: RequestContext) -> float:
        return round(sum(_float(o["totalAmount"]) for o in self.s.drop_orders(drop["id"])), 2)

    def Drop_orderTotalArray(self, drop: Record, args: Args, ctx: RequestContext) -> Any:
        total = self.Drop_orderTotal(drop, args, ctx)
        return [{"amount": f"{total:.2f}", "currency": drop["currencySell"] or "EUR"}]

    def Drop_owner(self, drop: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(drop["ownerId"] or "")

    def Drop_supplier(self, drop: Record, args: Args, ctx: RequestContext) -> Any:
        return None

    def Drop_discounts(self, drop: Record, args: Args, ctx: RequestContext) -> Any:
        return []

    # -- carts ----------------------------------------------------------------------------------

    def _carts(self, args: Args) -> list[Record]:
        f = args.get("filter") or {}
        return [
            c
            for c in self.s.carts.values()
            if _matches(c["buyerId"], f.get("buyerId")) and _matches(c["dropId"], f.get("dropId"))
        ]

    def Query_listCarts(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self._carts(args), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query__listCartsMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self._carts(args))}

    def Query_getCart(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.cart(args.get("id"), args.get("urlkey"))

    def Mutation_addToCart(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args.get("input") or args.get("cartProduct") or {}
        user = _user(ctx)
        if data.get("cartId") or data.get("cartUrlkey"):
            cart = self.s.cart(data.get("cartId"), data.get("cartUrlkey"))
        else:
            buyer = data.get("buyerId") or user["id"]
            open_cart: Record | None = next(
                (
                    c
                    for c in self.s.carts.values()
                    if c["dropId"] == data.get("dropId") and c["buyerId"] == buyer
                ),
                None,
            )
            cart = open_cart or self.s.create_cart(
                user, {"dropId": data.get("dropId"), "buyerId": buyer}
            )
        items = list(data.get("items") or [])
        if data.get("productId"):
            items.append({"productId": data["productId"], "quantity": data.get("quantity")})
        if not items:
            raise fail("addToCart: give a productId or items")
        for item in items:
            self.s.add_line(cart, str(item["productId"]), item.get("quantity"))
        return cart

    def Mutation_updateCartProduct(self, _: Any, args: Args, ctx: RequestContext) -> Any:
        cart = self.s.cart(args.get("cartId"), args.get("cartUrlkey"))
        if args["quantity"] > 0 and not any(
            line["productId"] == str(args["productId"]) for line in self.s.cart_lines[cart["id"]]
        ):
            return self.s.add_line(cart, str(args["productId"]), args["quantity"])
        return self.s.set_line(cart, args["productId"], args["quantity"])

    def Mutation_removeFromCart(self, _: Any, args: Args, ctx: RequestContext) -> Any:
        cart = self.s.cart(args.get("cartId"), args.get("cartUrlkey"))
        line = next(
            (
                li
                for li in self.s.cart_lines[cart["id"]]
                if li["productId"] == str(args["productId"])
            ),
            None,
        )
        if line is None:
            raise fail(f"product {args['productId']} is not in cart {cart['id']}", "NOT_FOUND")
        remove = args.get("quantity")
        remaining = 0.0 if remove is None else line["quantity"] - float(remove)
        return self.s.set_line(cart, args["productId"], remaining)

    def Mutation_updateCart(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        cart = self.s.cart(args.get("id"), args.get("urlkey"))
        data = args.get("cartData") or {}
        for key in ("buyerId", "dropId", "guestId", "isPrivate", "repId"):
            if key in data:
                cart[key] = data[key]
        if data.get("cartProducts") is not None:
            self.s.cart_lines[cart["id"]] = []
            for line in data["cartProducts"]:
                self.s.add_line(cart, str(line["productId"]), line.get("quantity"))
        cart["updatedAt"] = self.s.now_dt()
        return cart

    def Mutation_deleteCart(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        cart = self.s.cart(args.get("id"), args.get("urlkey"))
        del self.s.carts[cart["id"]]  # its lines stay, so the answer can show them
        return cart

    def Mutation_duplicateCart(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        source = self.s.cart(args.get("id"), args.get("urlkey"))
        lines = [
            {"productId": li["productId"], "quantity": li["quantity"]}
            for li in self.s.cart_lines[source["id"]]
        ]
        return self.s.create_cart(_user(ctx), {**source, "cartProducts": lines})

    def Mutation_createCartFromOrder(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args.get("id"), args.get("urlkey"))
        lines = [
            {"productId": li["productId"], "quantity": li["quantity"]}
            for li in self.s.order_lines[order["id"]]
            if li["productId"] in self.s.products
        ]
        data = {"dropId": order["dropId"], "buyerId": order["buyerId"], "cartProducts": lines}
        if order["dropId"] not in self.s.drops:
            data["dropId"] = None
        return self.s.create_cart(_user(ctx), data)

    def Mutation_autoGenerateCart(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        drop = self.s.drop(args["dropId"])
        lines = [
            {"productId": m["productId"], "quantity": 1} for m in self.s.drop_products[drop["id"]]
        ]
        data = {"dropId": drop["id"], "buyerId": args.get("buyerId"), "cartProducts": lines}
        return self.s.create_cart(_user(ctx), data)

    def Cart_parentProducts(self, cart: Record, args: Args, ctx: RequestContext) -> Any:
        groups = self.s.grouped_lines(self.s.cart_lines.get(cart["id"], []))
        return _page(groups, args.get("first") or 100, args.get("offset"))

    def Cart_cartProducts(self, cart: Record, args: Args, ctx: RequestContext) -> Any:
        return _page(
            self.s.cart_lines.get(cart["id"], []), args.get("first") or 100, args.get("offset")
        )

    def Cart__parentProductsMeta(self, cart: Record, args: Args, ctx: RequestContext) -> Record:
        return self.s.cart_meta(cart)

    def Cart__cartProductsMeta(self, cart: Record, args: Args, ctx: RequestContext) -> Record:
        return self.s.cart_meta(cart)

    def Cart_drop(self, cart: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.drops.get(cart["dropId"] or "")

    def Cart_buyer(self, cart: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(cart["buyerId"] or "")

    def Cart_seller(self, cart: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(cart["sellerId"] or "")

    def CartProduct_product(self, line: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.products.get(line["productId"])

    def CartProduct_cart(self, line: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.carts.get(line.get("cartId") or "")

    # -- orders ---------------------------------------------------------------------------------

    def _orders(self, args: Args) -> list[Record]:
        f = args.get("filter") or args.get("orderFilter") or {}
        found = []
        for order in self.s.orders.values():
            status = f.get("status")
            if status is not None and order["status"] != (status == "ENABLED"):
                continue
            if f.get("orderTag") is not None and order["orderTag"] != f["orderTag"]:
                continue
            if f.get("fromDate") is not None and order["createdAt"] < f["fromDate"]:
                continue
            if f.get("toDate") is not None and order["createdAt"] > f["toDate"]:
                continue
            if (
                _matches(order["id"], f.get("id"))
                and _matches(order["buyerId"], f.get("buyerId"))
                and _matches(order["dropId"], f.get("dropId"))
                and _query_matches(order, f.get("query"), ("comment", "invoiceNo", "urlkey"))
            ):
                found.append(order)
        return found

    def Query_listOrders(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self._orders(args), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query__listOrdersMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self._orders(args))}

    def Query_getOrder(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.order(args.get("id"), args.get("urlkey"))

    def Query_ordersByIds(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        return [
            self.s.orders[str(i)] for i in args.get("orderIds") or [] if str(i) in self.s.orders
        ]

    def Query_orderStatistics(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        orders = self._orders(args)
        return {
            "totalAmount": round(sum(_float(o["totalAmount"]) for o in orders), 2),
            "totalOrderedItems": float(sum(_float(o["qty"]) for o in orders)),
            "amountBySupplier": [],
        }

    def Query_getOrdersPricelistId(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args.get("orderId"))
        return {"pricelistId": order["appliedPricelistId"], "valid": True}

    def Mutation_createOrder(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        cart = self.s.cart(args.get("id"), args.get("urlkey"))
        return self.s.create_order(
            _user(ctx), cart, note=args.get("note"), rating=args.get("rating")
        )

    def Mutation_updateOrder2(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args.get("id"), args.get("urlkey"))
        data = dict(args.get("data") or {})
        if "vat" in data:
            data["vat"] = _float(data["vat"])
        if isinstance(data.get("orderTag"), int):
            data["orderTag"] = ORDER_TAGS[data["orderTag"] % len(ORDER_TAGS)]
        self.s._apply(order, data, keep=("id", "urlkey", "qty", "sumOfProducts", "totalAmount"))
        self.s.recalculate(order)
        return order

    def Mutation_deleteOrder(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args.get("id"), args.get("urlkey"))
        del self.s.orders[order["id"]]
        return order

    def Mutation_rateOrder(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args["id"])
        order["rating"] = args.get("rating")
        return order

    def Mutation_returnOrderToStock(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args.get("id"), args.get("urlkey"))
        order.update(status=False, cancel=True, updatedAt=self.s.now_dt())
        return order

    def Mutation_sendOrderConfirmation(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args.get("id"))
        order.update(inform=True, updatedAt=self.s.now_dt())
        return order

    def Mutation_addProductToOrder(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        # The reference documents `id` as "id of the drop" and `urlkey` as the order's.
        order = (
            self.s.order(urlkey=args["urlkey"])
            if args.get("urlkey")
            else self.s.order(args.get("id"))
        )
        product = self.s.product(args.get("productId"))
        self.s.order_lines[order["id"]].append(
            {
                "orderId": order["id"],
                "productId": product["id"],
                "quantity": float(args.get("quantity") or 1.0),
                "price": self.s.unit_price(product["id"]),
            }
        )
        self.s.recalculate(order)
        return order

    def Mutation_createOrderExtraCost(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order = self.s.order(args["orderId"])
        data = args.get("data") or {}
        cost = {
            "id": self.s.new_id("extraCost"),
            "amount": data.get("amount") or 0.0,
            "name": data.get("name"),
            "taxRatio": data.get("taxRatio"),
        }
        self.s.extra_costs[order["id"]].append(cost)
        self.s.recalculate(order)
        return cost

    def _extra_cost(self, cost_id: str) -> tuple[Record, Record]:
        for order_id, costs in self.s.extra_costs.items():
            for cost in costs:
                if cost["id"] == str(cost_id) and order_id in self.s.orders:
                    return self.s.orders[order_id], cost
        raise fail(f"extra cost {cost_id} not found", "NOT_FOUND")

    def Mutation_updateOrderExtraCost(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order, cost = self._extra_cost(args["id"])
        cost.update({k: v for k, v in (args.get("data") or {}).items() if v is not None})
        self.s.recalculate(order)
        return cost

    def Mutation_deleteOrderExtraCost(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        order, cost = self._extra_cost(args["id"])
        self.s.extra_costs[order["id"]].remove(cost)
        self.s.recalculate(order)
        return cost

    def Order_parentProducts(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        groups = self.s.grouped_lines(self.s.order_lines.get(order["id"], []))
        return _page(groups, args.get("first") or 100, args.get("offset"))

    def Order_products(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        ids = dict.fromkeys(
            self.s.parent_id(li["productId"]) for li in self.s.order_lines[order["id"]]
        )
        found = [self.s.products[i] for i in ids if i in self.s.products]
        return _page(found, args.get("first") or 100, args.get("offset"))

    def Order_rows(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        rows = [
            {
                "id": f"{order['id']}-{index}",
                "price": line["price"],
                "quantity": int(line["quantity"]),
                "productId": line["productId"],
            }
            for index, line in enumerate(self.s.order_lines.get(order["id"], []), start=1)
        ]
        return _page(rows, args.get("first") or 100, args.get("offset"))

    def Order_orderMeta(self, order: Record, args: Args, ctx: RequestContext) -> Record:
        return self.s.order_meta(order)

    def Order_orderExtraCosts(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.extra_costs.get(order["id"], [])

    def Order_drop(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.drops.get(order["dropId"] or "")

    def Order_buyer(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(order["buyerId"] or "")

    def Order_owner(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(order["ownerId"] or "")

    def Order_rep(self, order: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(order["repId"] or "")

    def OrderProduct_product(self, line: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.products.get(line["productId"])

    def OrderRow_product(self, row: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.products.get(row["productId"])

    # -- contacts -------------------------------------------------------------------------------

    def _contacts(self, args: Args) -> list[Record]:
        f = args.get("filter") or {}
        return [
            c
            for c in self.s.contacts.values()
            if _matches(c["contactUserId"], f.get("contactUserId"))
            and _matches(c["name"], f.get("name"))
            and _matches(c["ownerId"], f.get("ownerId"))
            and _matches(c["type"], f.get("type"))
            and _query_matches(c, f.get("query"), ("name", "email", "invoiceCompany"))
        ]

    def Query_listContacts(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self._contacts(args), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query__listContactsMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        found = self._contacts(args)
        access = sum(len(c["accessCustomers"]) + len(c["accessSuppliers"]) for c in found)
        return {"count": len(found), "accessCount": access}

    def Query_getContact(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.contact(args.get("id"), args.get("urlkey"))

    def Mutation_createContactV2(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args.get("data") or {}
        if not (data.get("name") or data.get("email")):
            raise fail("createContactV2: data.name or data.email is required")
        return self.s.create_contact(_user(ctx), data)

    def Mutation_updateContact(self, _: Any, args: Args, ctx: RequestContext) -> str:
        contact = self.s.contact(args.get("id"))
        self.s._apply(contact, args.get("data") or {}, keep=("id", "urlkey"))
        return "Contact updated"

    def Mutation_deleteContact(self, _: Any, args: Args, ctx: RequestContext) -> str:
        contact = self.s.contact(args.get("contactId"))
        del self.s.contacts[contact["id"]]
        return "Contact deleted"

    def Mutation_inviteContact(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        contact = self.s.contact(args.get("id"))
        contact.update(invite=True, lastInvite=self.s.now_dt())
        return contact

    def Mutation_addAccessCustomers(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        contact = self.s.contact(args["id"])
        return self.s.set_access(contact, "accessCustomers", args.get("customerIds") or [], True)

    def Mutation_removeAccessCustomers(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        contact = self.s.contact(args["id"])
        return self.s.set_access(contact, "accessCustomers", args.get("customerIds") or [], False)

    def Mutation_addAccessSuppliers(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        contact = self.s.contact(args["id"])
        return self.s.set_access(contact, "accessSuppliers", args.get("supplierIds") or [], True)

    def Mutation_removeAccessSuppliers(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        contact = self.s.contact(args["id"])
        return self.s.set_access(contact, "accessSuppliers", args.get("supplierIds") or [], False)

    def Contact_contactUser(self, contact: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(contact["contactUserId"] or "")

    def AccessContact_accessContact(self, entry: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.contacts.get(entry["accessContactId"] or "")

    # -- pricelists -----------------------------------------------------------------------------

    def _pricelists(self, args: Args) -> list[Record]:
        f = args.get("filter") or {}
        return [
            p
            for p in self.s.pricelists.values()
            if _matches(p["dropId"], f.get("dropId"))
            and _query_matches(p, f.get("query"), ("name", "dropName"))
        ]

    def Query_listPricelists(self, _: Any, args: Args, ctx: RequestContext) -> list[Record]:
        ordered = _ordered(self._pricelists(args), args.get("orderBy"))
        return _page(ordered, args.get("first"), args.get("offset"))

    def Query__listPricelistsMeta(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self._pricelists(args))}

    def Query_getPricelist(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.pricelist(args.get("id"))

    def Query_getPricelistValuesByPricelistId(
        self, _: Any, args: Args, ctx: RequestContext
    ) -> list[Record]:
        return self.s.pricelist_values[self.s.pricelist(args["pricelistId"])["id"]]

    def Mutation_createPricelist(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args["pricelist"]
        if not data.get("name"):
            raise fail("createPricelist: pricelist.name is required")
        return self.s.create_pricelist(_user(ctx), data)

    def Mutation_updatePricelist(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        return self.s.update_pricelist(self.s.pricelist(args["id"]), args["pricelist"])

    def Mutation_deletePricelist(self, _: Any, args: Args, ctx: RequestContext) -> str:
        pricelist = self.s.pricelist(args["pricelistId"])
        del self.s.pricelists[pricelist["id"]]
        return "Pricelist deleted"

    def Mutation_createPricelistValue(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args["pricelistValue"]
        return self.s.upsert_pricelist_values(data["pricelistId"], [data])[0]

    def Mutation_updatePricelistValue(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        value = self.s.pricelist_value(args["id"])
        for key in ("price", "rrp"):
            if args["pricelistValue"].get(key) is not None:
                value[key] = args["pricelistValue"][key]
        return value

    def Mutation_updatePricelistValues(
        self, _: Any, args: Args, ctx: RequestContext
    ) -> list[Record]:
        return self.s.upsert_pricelist_values(args["pricelistId"], args["values"])

    def Mutation_deletePricelistValue(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        value = self.s.pricelist_value(args["id"])
        self.s.pricelist_values[value["pricelistId"]].remove(value)
        return value

    def Mutation_createPricelistAccess(self, _: Any, args: Args, ctx: RequestContext) -> Record:
        data = args["pricelistAccess"]
        return self.s.add_pricelist_access(self.s.pricelist(data["pricelistId"]), data)

    def Mutation_deletePricelistAccess(self, _: Any, args: Args, ctx: RequestContext) -> Any:
        for pricelist_id, entries in self.s.pricelist_access.items():
            for entry in entries:
                if (args.get("id") is not None and entry["id"] == str(args["id"])) or (
                    args.get("id") is None
                    and entry["contactId"] == str(args.get("contactId"))
                    and pricelist_id == str(args.get("pricelistId"))
                ):
                    entries.remove(entry)
                    return entry
        raise fail("pricelist access not found", "NOT_FOUND")

    def Pricelist_values(self, pricelist: Record, args: Args, ctx: RequestContext) -> Any:
        values = self.s.pricelist_values.get(pricelist["id"], [])
        return _page(values, args.get("first") or 100, args.get("offset"))

    def Pricelist_access(self, pricelist: Record, args: Args, ctx: RequestContext) -> Any:
        entries = self.s.pricelist_access.get(pricelist["id"], [])
        return _page(entries, args.get("first") or 100, args.get("offset"))

    def Pricelist__values(self, pricelist: Record, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self.s.pricelist_values.get(pricelist["id"], []))}

    def Pricelist__access(self, pricelist: Record, args: Args, ctx: RequestContext) -> Record:
        return {"count": len(self.s.pricelist_access.get(pricelist["id"], []))}

    def Pricelist_drop(self, pricelist: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.drops.get(pricelist["dropId"] or "")

    def Pricelist_owner(self, pricelist: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.users.get(pricelist["ownerId"] or "")

    def PricelistValue_product(self, value: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.products.get(value["productId"] or "")

    def PricelistValue_drop(self, value: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.drops.get(value["dropId"] or "")

    def PricelistAccess_contact(self, entry: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.contacts.get(entry["contactId"] or "")

    def PricelistAccess_drop(self, entry: Record, args: Args, ctx: RequestContext) -> Any:
        return self.s.drops.get(entry["dropId"] or "")
