"""Subcommands: each module offers `register(subparsers)`; its handler returns an exit code."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
EXIT_CODEGEN = 4


def commands() -> list[Register]:
    from . import drift, generate, init, sandbox, scaffold, update

    return [
        sandbox.register,
        generate.register,
        drift.register,
        update.register,
        scaffold.register,
        init.register,
    ]
