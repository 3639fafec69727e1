"""`scaffold --schema FILE --out DIR [--depth N]`: write operations for uncovered root fields."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..schema import SchemaLoadError, SchemaToolError, load_schema, scaffold_operations
from . import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from ._output import error


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "scaffold",
        help="write a valid operation for every root field that has none yet (never overwrites)",
    )
    parser.add_argument("--schema", type=Path, required=True, help="SDL file")
    parser.add_argument("--out", type=Path, required=True, help="operations folder")
    parser.add_argument("--depth", type=int, default=2, help="nested object levels (default: 2)")
    parser.add_argument("--dry-run", action="store_true", help="print what would be written")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.depth < 0:
        error("--depth must be 0 or more")
        return EXIT_USAGE
    try:
        schema = load_schema(args.schema)
    except SchemaLoadError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    try:
        result = scaffold_operations(schema, args.out, depth=args.depth, dry_run=args.dry_run)
    except SchemaToolError as exc:
        error(str(exc))
        return EXIT_USAGE
    for file in result.files:
        names = ", ".join(op.name for op in file.operations)
        print(f"{'would write' if args.dry_run else 'wrote'} {file.path}: {names}")
    covered = [c for c, reason in result.skipped if reason.startswith("already used")]
    for coordinate, reason in result.skipped:
        if coordinate not in covered:
            print(f"skipped {coordinate}: {reason}")
    if not result.files:
        print("every root field already has an operation")
    elif covered:
        print(f"{len(covered)} root field(s) already had an operation")
    return EXIT_OK
