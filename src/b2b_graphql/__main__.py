"""The command line: `python -m b2b_graphql COMMAND` (also installed as `b2b-graphql`).

Exit codes: 0 nothing to fail on; 1 breaking changes (or dangerous ones with
`--fail-on dangerous`), stale generated code, or operations that no longer validate; 2 usage or
configuration error; 3 could not reach or read the schema; 4 `update`'s code generation failed
(nothing changed). docs/drift.md has the details.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .__about__ import __version__
from ._cli import commands

EXIT_CODES = """\
exit codes:
  0  nothing to fail on
  1  breaking changes (or dangerous ones with --fail-on dangerous), stale generated code,
     or operations that no longer validate
  2  usage or configuration error
  3  could not reach or read the schema
  4  update: code generation failed (the schema and generated code are as before)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="b2b-graphql",
        description="Typed GraphQL clients for AXRO, Order41, Hipex and your own APIs: "
        "sandbox servers, code generation and schema-drift checks (docs/drift.md).",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in commands():
        register(sub)
    for name, command in sub.choices.items():
        # `b2b-graphql NAME --help` opens with the same line the command list shows.
        command.description = command.description or _help_of(sub, name)
    return parser


def _help_of(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str) -> str | None:
    return next((a.help for a in sub._choices_actions if a.dest == name), None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
