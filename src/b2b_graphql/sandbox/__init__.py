"""Local sandbox servers for the three APIs, built from the committed schemas.

`build_app(name)` returns `(asgi_app, path, credentials)`; `SandboxServer` runs it on 127.0.0.1.
They serve our tests, the demo, `python -m b2b_graphql sandbox NAME`, and users' own tests
through the pytest plugin (`axro_sandbox`, ... fixtures).
"""

from __future__ import annotations

from typing import Any

from .runner import SandboxServer

__all__ = ["SandboxServer", "build_app"]


def build_app(name: str, **options: Any) -> tuple[Any, str, dict[str, str]]:
    """The ASGI app of sandbox `name`, the path it serves, and credentials that work on it."""
    if name == "axro":
        from . import axro

        app = axro.create_app(axro.AxroSandbox.seeded(**options))
        return app, "/gql/v1", {"token": app.state.token}
    if name == "order41":
        from . import order41

        app = order41.create_app(order41.Order41Sandbox.seeded(**options))
        return app, "/", order41.credentials()
    if name == "hipex":
        from . import hipex

        app = hipex.create_app(hipex.HipexSandbox.seeded(**options))
        return app, hipex.PATH, {"username": app.state.username, "password": app.state.password}
    raise KeyError(f"unknown sandbox {name!r}")
