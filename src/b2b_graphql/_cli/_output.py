"""Progress on a terminal, silence in CI: long steps report through `progress()`."""

from __future__ import annotations

import os
import sys


def interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def progress(message: str) -> None:
    if interactive():
        print(f"… {message}", file=sys.stderr, flush=True)


def error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
