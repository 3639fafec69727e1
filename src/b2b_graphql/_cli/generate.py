"""`generate [--api NAME] [--check]`: regenerate clients, or verify `generated/` is current."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..codegen.generate import GenerateError, generate
from ..config import ConfigError, find_apis, load_api
from . import EXIT_FAIL, EXIT_OK, EXIT_USAGE
from ._output import error, progress


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "generate",
        help="regenerate the clients (removing orphan modules), or --check that they are current",
    )
    parser.add_argument("--api", action="append", help="only this API (repeatable); default: all")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a scratch folder and report stale, missing or orphan files",
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    names = args.api or find_apis(args.root)
    if not names:
        error(f"no codegen/*.toml under {args.root}")
        return EXIT_USAGE
    failed = False
    for name in names:
        try:
            result = generate(load_api(name, args.root), check=args.check, progress=progress)
        except ConfigError as exc:
            error(str(exc))
            return EXIT_USAGE
        except GenerateError as exc:
            error(str(exc))
            failed = True
            continue
        if args.check and not result.up_to_date:
            failed = True
            package = result.package.name
            for kind, names_ in (
                ("stale", result.stale),
                ("missing", result.missing),
                ("orphan", result.orphans),
            ):
                for file in names_:
                    print(f"{kind}: generated/{package}/{file}")
            for diff in result.diffs[:5]:
                sys.stdout.write(diff)
        elif args.check:
            print(f"{name}: generated/{result.package.name} is up to date")
        else:
            print(f"{name}: generated/{result.package.name}")
    if failed and args.check:
        error("generated code is stale: run `make generate` and commit the result")
    return EXIT_FAIL if failed else EXIT_OK
