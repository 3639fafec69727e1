"""`update --api NAME`: apply the live schema to the committed SDL and regenerate, all or
nothing: the SDL file is patched in place (`schema.patch`), and if code generation then fails
the file is put back, so the schema and the generated package are exactly as before."""

from __future__ import annotations

import argparse
import sys

from ..codegen.generate import GenerateError, generate
from ..schema import validate_operations
from ..schema.patch import patch_sdl
from . import EXIT_CODEGEN, EXIT_FAIL, EXIT_OK
from ._output import error, progress
from .drift import against_live, api_options, emit, report_options


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "update", help="apply the live schema to the committed SDL in place and regenerate"
    )
    api_options(p)
    report_options(p)
    p.set_defaults(run=run_update)


def run_update(args: argparse.Namespace) -> int:
    outcome = against_live(args, writes=True)
    if isinstance(outcome, int):
        return outcome
    api, live, operations, report = outcome
    emit(report, args, f"Schema update: {api.name}", api.display(api.schema_path))
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
    schema_file = api.display(api.schema_path)
    before = api.schema_path.read_bytes()
    patched = patch_sdl(before.decode("utf-8"), live, source_name=schema_file)
    if not patched.exact:
        progress(f"{schema_file} could not be patched in place: printing the live schema afresh")
    try:
        api.schema_path.write_text(patched.text, "utf-8")
        result = generate(api, progress=progress)
    except GenerateError as exc:
        api.schema_path.write_bytes(before)
        error(f"{exc}\n{schema_file} restored; nothing was changed")
        return EXIT_CODEGEN
    except BaseException:
        api.schema_path.write_bytes(before)
        raise
    print(f"{api.name}: updated {schema_file} ({len(report.changes)} changes)")
    print(f"{api.name}: regenerated {api.display(result.package)}")
    return EXIT_OK
