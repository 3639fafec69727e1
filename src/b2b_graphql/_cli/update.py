"""`update --api NAME`: snapshot the live schema into the committed SDL and regenerate."""

from __future__ import annotations

import argparse
import sys

from ..codegen.generate import GenerateError, generate
from ..schema import print_sdl, validate_operations
from . import EXIT_FAIL, EXIT_OK
from ._output import error, progress
from .drift import against_live, api_options, emit, report_options


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "update", help="snapshot the live schema and regenerate the client (unless ops break)"
    )
    api_options(p)
    report_options(p)
    p.set_defaults(run=run_update)


def run_update(args: argparse.Namespace) -> int:
    outcome = against_live(args)
    if isinstance(outcome, int):
        return outcome
    api, live, operations, report = outcome
    emit(report, args, f"Schema update: {api.name}")
    problems = validate_operations(live, operations)
    if problems:
        for problem in problems:
            print(f"{problem.position or api.queries_path}: {problem.message}", file=sys.stderr)
        error(
            f"{len(problems)} problem(s): operations no longer validate against the live schema; "
            f"fix {api.display(api.queries_path)} first (nothing was written or generated)"
        )
        return EXIT_FAIL
    if not report.changes:
        print(f"{api.name}: the committed schema already matches the live one")
        return EXIT_OK
    api.schema_path.write_text(print_sdl(live))
    print(f"{api.name}: wrote {api.display(api.schema_path)} ({len(report.changes)} changes)")
    try:
        result = generate(api, progress=progress)
    except GenerateError as exc:
        error(str(exc))
        return EXIT_FAIL
    print(f"{api.name}: regenerated {api.display(result.package)}")
    return EXIT_OK
