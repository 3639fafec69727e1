"""Which URL a client talks to when the caller does not say: one rule for the three APIs."""

from __future__ import annotations

import os

from ._coercion import text

__all__ = ["endpoint"]


def endpoint(url: str | None, env_var: str, default: str) -> str:
    """`url` if given, else the environment variable `env_var` if set and non-empty, else
    `default` (the API's documented endpoint).

    DECISION: every entry point of a client (the constructor, `login`, `from_env`) follows
    this same rule with the same variable (`AXRO_URL`, `ORDER41_URL`, `HIPEX_URL`), so pointing
    a program at a local sandbox is one environment variable, whichever constructor it uses.
    """
    if url is None:
        url = os.environ.get(env_var) or default
    return text("url", url)
