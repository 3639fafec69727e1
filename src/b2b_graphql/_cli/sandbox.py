"""`sandbox NAME [--port N] [--json]`: serve an API's sandbox on 127.0.0.1 until interrupted.

`sandbox --schema FILE` serves schema-driven data for any schema instead (`sandbox.custom`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .._errors import B2BGraphQLError
from . import EXIT_OK, EXIT_USAGE
from ._output import error

SANDBOXES = ("axro", "order41", "hipex")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "sandbox", help="run a local sandbox server on 127.0.0.1 (an API's, or any --schema's)"
    )
    parser.add_argument("name", nargs="?", choices=SANDBOXES, help="which API's sandbox to serve")
    parser.add_argument(
        "--schema", type=Path, metavar="FILE",
        help="instead of NAME: serve schema-driven data for this SDL file at /graphql",
    )  # fmt: skip
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='announce readiness as one JSON line: {"name", "url", "credentials"} (for scripts)',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..sandbox import build_app

    if (args.name is None) == (args.schema is None):
        error("name a sandbox (axro, order41, hipex) or pass --schema FILE, not both")
        return EXIT_USAGE
    try:
        if args.schema is not None:
            from ..sandbox import custom

            app = custom.create_app_from_file(args.schema)
            path, credentials = custom.DEFAULT_PATH, dict[str, str]()
            args.name = args.schema.stem
        else:
            app, path, credentials = build_app(args.name)
    except (ImportError, KeyError, B2BGraphQLError) as exc:
        error(f"cannot start the {args.name or args.schema} sandbox: {exc}")
        return EXIT_USAGE
    from ..sandbox.runner import SandboxServer

    def announce(server: SandboxServer) -> None:
        if args.json:
            ready = {"name": args.name, "url": server.url, "credentials": credentials}
            print(json.dumps(ready), flush=True)
            return
        print(f"{args.name} sandbox listening on {server.url}", flush=True)
        for key, value in credentials.items():
            print(f"  {key}: {value}", flush=True)

    SandboxServer(app, port=args.port, path=path).serve_forever(on_ready=announce)
    return EXIT_OK
