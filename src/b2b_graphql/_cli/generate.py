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
    parser.add_argument(
        "--api", action="append", metavar="NAME",
        help="only the API of codegen/NAME.toml (repeatable; default: every codegen/*.toml)",
    )  # fmt: skip
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
    stale: list[str] = []
    for name in names:
        try:
            api = load_api(name, args.root)
            result = generate(api, check=args.check, progress=progress)
        except ConfigError as exc:
            error(str(exc))
            return EXIT_USAGE
        except GenerateError as exc:
            error(str(exc))
            failed = True
            continue
        package = api.display(result.package)
        if args.check and not result.up_to_date:
            failed = True
            stale.append(name)
            for kind, names_ in (
                ("stale", result.stale),
                ("missing", result.missing),
                ("orphan", result.orphans),
            ):
                for file in names_:
                    print(f"{kind}: {package}/{file}")
            for diff in result.diffs[:5]:
                sys.stdout.write(diff)
        elif args.check:
            print(f"{name}: {package} is up to date")
        else:
            print(f"{name}: {package}")
    if stale:
        apis = " ".join(f"--api {name}" for name in stale)
        error(f"generated code is stale: run `b2b-graphql generate {apis}` and commit the result")
    return EXIT_FAIL if failed else EXIT_OK
