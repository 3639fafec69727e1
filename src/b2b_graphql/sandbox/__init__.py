"""Local sandbox servers for the three APIs, built from the committed schemas.

`build_app(name, **options)` returns `(asgi_app, path, credentials)`; `SandboxServer` runs it on
127.0.0.1. They serve our tests, the demo, `python -m b2b_graphql sandbox NAME`, and users' own
tests through the pytest plugin (`axro_sandbox`, ... fixtures).

Each API is a package of the same shape (`axro`, `hipex`, `order41`: state, seed, resolvers by
domain, app) on the shared core in `_core` (the GraphQL app, resolver binding, the auth guard).
"""

from __future__ import annotations

from typing import Any

from .runner import SandboxServer

__all__ = ["OPTIONS", "SandboxServer", "build_app"]

#: The options `build_app` takes for every API: `seed` (the seed data), `latency` (seconds
#: each GraphQL answer is held back).
COMMON_OPTIONS = ("seed", "latency")
#: What each sandbox accepts besides the common options (the CLI checks its flags against it).
OPTIONS: dict[str, tuple[str, ...]] = {
    "axro": ("token", "products"),
    "order41": ("token_lifetime", "products", "orders"),
    "hipex": (
        "rotate_every",
        "rotate_after",
        "grace",
        "change_delay",
        "checklist_delay",
        "scan_delay",
        "domains",
        "username",
        "password",
    ),
}


def build_app(name: str, **options: Any) -> tuple[Any, str, dict[str, str]]:
    """The ASGI app of sandbox `name`, the path it serves, and credentials that work on it
    (axro: `token`; order41: `token`, `email`, `password`; hipex: `username`, `password`)."""
    if name not in OPTIONS:
        raise KeyError(f"unknown sandbox {name!r}")
    unknown = set(options) - set(OPTIONS[name]) - set(COMMON_OPTIONS)
    if unknown:
        raise TypeError(f"the {name} sandbox has no option {', '.join(sorted(unknown))}")
    latency = float(options.pop("latency", 0.0) or 0.0)
    app, path, credentials = _build(name, options)
    app.latency = latency
    return app, path, credentials


def _build(name: str, options: dict[str, Any]) -> tuple[Any, str, dict[str, str]]:
    if name == "axro":
        from . import axro

        app = axro.create_app(axro.AxroSandbox.seeded(**options))
        return app, axro.PATH, {"token": app.state.token}
    if name == "order41":
        from . import order41

        app = order41.create_app(order41.Order41Sandbox.seeded(**options))
        return app, "/", order41.credentials()
    from . import hipex

    app = hipex.create_app(hipex.HipexSandbox.seeded(**options))
    return app, hipex.PATH, {"username": app.state.username, "password": app.state.password}
