"""Where `GraphQLApp` lived before the shared core: kept only while the old single-module
Order41 sandbox (`order41.py`) imports it; it goes away with that module."""

from __future__ import annotations

from ._core.app import GraphQLApp, RequestContext, load_sdl, require

__all__ = ["GraphQLApp", "RequestContext", "load_sdl", "require"]
