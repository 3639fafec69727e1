"""`scaffold --schema FILE --out DIR [--depth N]`: write operations for uncovered root fields.

Grouping into files: `--domain KEYWORD=FILE` (repeatable) and the config's
`[tool.b2b-graphql.scaffold.domains]` (with `--api`) add keywords to the built-in ones
(`--no-default-domains` drops those); `--group-by root` writes query.graphql/mutation.graphql.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import ConfigError, load_api
from ..schema import (
    DEFAULT_DOMAINS,
    SchemaLoadError,
    SchemaToolError,
    load_schema,
    scaffold_operations,
)
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
    parser.add_argument(
        "--dry-run", action="store_true", help="print the files' text instead of writing them"
    )
    parser.add_argument(
        "--domain", action="append", default=[], metavar="KEYWORD=FILE",
        help="group fields whose name has KEYWORD at a word start into FILE.graphql (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--no-default-domains", action="store_true",
        help="drop the built-in keywords (products, orders, cart, ...)",
    )  # fmt: skip
    parser.add_argument(
        "--group-by", choices=("domain", "root"), default="domain",
        help="domain: by keyword, else by returned type (default); root: query/mutation files",
    )  # fmt: skip
    parser.add_argument(
        "--api", help="also read [tool.b2b-graphql.scaffold.domains] from codegen/NAME.toml"
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    parser.set_defaults(run=run)


def _domains(args: argparse.Namespace) -> dict[str, str]:
    domains = {} if args.no_default_domains else dict(DEFAULT_DOMAINS)
    if args.api:
        api = load_api(args.api, args.root)
        configured = api.options.get("scaffold", {}).get("domains", {})
        if not isinstance(configured, dict):
            raise ConfigError(f"{api.config_path}: scaffold.domains must be a table")
        domains.update({str(k).lower(): str(v) for k, v in configured.items()})
    for entry in args.domain:
        keyword, sep, file = entry.partition("=")
        if not sep or not keyword or not file:
            raise ConfigError(f"--domain {entry!r}: expected KEYWORD=FILE")
        domains[keyword.lower()] = file.removesuffix(".graphql")
    return domains


def run(args: argparse.Namespace) -> int:
    if args.depth < 0:
        error("--depth must be 0 or more")
        return EXIT_USAGE
    try:
        domains = _domains(args)
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        schema = load_schema(args.schema)
    except SchemaLoadError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    try:
        result = scaffold_operations(
            schema,
            args.out,
            depth=args.depth,
            domains=domains,
            group_by=args.group_by,
            dry_run=args.dry_run,
        )
    except SchemaToolError as exc:
        error(str(exc))
        return EXIT_USAGE
    for file in result.files:
        names = ", ".join(op.name for op in file.operations)
        if args.dry_run:
            print(f"# --- would write {file.path}: {names}")
            sys.stdout.write(file.text)
        else:
            print(f"wrote {file.path}: {names}")
    covered = [c for c, reason in result.skipped if reason.startswith("already used")]
    for coordinate, reason in result.skipped:
        if coordinate not in covered:
            print(f"skipped {coordinate}: {reason}")
    if not result.files:
        print("every root field already has an operation")
    elif covered:
        print(f"{len(covered)} root field(s) already had an operation")
    return EXIT_OK
