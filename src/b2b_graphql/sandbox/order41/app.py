"""The Order41 sandbox as an ASGI app: the schema, its scalars, every domain's resolvers and
the auth rule, bound once. Served at `/` like the real API (`https://api.o41.io`).

Auth: `Authorization: <token>` (no scheme). `login` issues tokens that expire after
`token_lifetime` seconds of the sandbox clock; `generateLongLivedToken`/`integrationToken`
issue tokens that do not expire; `invalidateToken` revokes the token it is sent with.
"""

from __future__ import annotations

from importlib import import_module

from graphql import GraphQLError, build_schema

from .._core.app import GraphQLApp, RequestContext, load_sdl
from ._wiring import Call, Guard, bind
from .filters import Record
from .scalars import bind_scalars
from .state import DEFAULT_EMAIL, DEFAULT_LONG_LIVED_TOKEN, DEFAULT_PASSWORD, Order41Sandbox

__all__ = ["DOMAINS", "PUBLIC_FIELDS", "REGISTRIES", "create_app", "credentials"]

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
#: The domain modules (as queries/order41/ is split), each with its `resolvers`.
DOMAINS = (
    "account",
    "auth",
    "carts",
    "catalog",
    "contacts",
    "discounts",
    "drops",
    "events",
    "integrations",
    "jobs",
    "network",
    "orders",
    "pricelists",
    "products",
)
REGISTRIES = [import_module(f".{name}", __package__).resolvers for name in DOMAINS]


def credentials() -> dict[str, str]:
    """What works on a seeded sandbox: the long-lived `token`, and `email`/`password`."""
    return {"token": DEFAULT_LONG_LIVED_TOKEN, "email": DEFAULT_EMAIL, "password": DEFAULT_PASSWORD}


def signed_in(call: Call, field_name: str, is_mutation: bool) -> Record:
    """Order41's rule: every non-public root field needs a valid token."""
    status = str(call.context.state.get("auth"))
    if status != "ok":
        call.state.auth_failures[status] += 1
        reason, message = AUTH_MESSAGES.get(status, AUTH_MESSAGES["invalid"])
        raise GraphQLError(message, extensions={"code": "UNAUTHENTICATED", "reason": reason})
    user: Record = call.context.state["user"]
    return user


def create_app(sandbox: Order41Sandbox | None = None) -> GraphQLApp:
    """The ASGI app; `app.state` is the `Order41Sandbox`, for tests to inspect and steer."""
    state = sandbox or Order41Sandbox.seeded()
    executable = build_schema(load_sdl("order41_gql", "order41.graphql"))
    bind_scalars(executable)
    bind(executable, REGISTRIES, state=state, guard=Guard(signed_in, public=PUBLIC_FIELDS))

    def authenticate(context: RequestContext) -> None:
        status, user, token = state.authenticate(context.headers.get("authorization"))
        context.state.update(auth=status, user=user, token=token)

    return GraphQLApp(executable, on_request=authenticate, path="/", state=state)
