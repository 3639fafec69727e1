"""The per-call options every operation takes, as one `TypedDict` for `**options: Unpack[...]`.

Typing them (instead of `**kwargs: Any`) makes a misspelt keyword a type error in the user's
code; the base client also refuses an unknown one at run time, before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

import httpx

__all__ = ["CALL_OPTION_NAMES", "CallOptions"]


class CallOptions(TypedDict, total=False):
    """Keyword options of every generated method and facade call."""

    #: seconds (or an `httpx.Timeout`) for each attempt
    timeout: httpx.Timeout | float | None
    #: seconds for the whole call, retries included
    deadline: float | None
    #: opt a mutation you know to be idempotent into retries
    retry_mutation: bool
    #: extra request headers
    headers: Mapping[str, str] | None


CALL_OPTION_NAMES = frozenset(CallOptions.__annotations__)
