"""`sandbox NAME [--port N] [--json] [knobs]`: serve an API's sandbox on 127.0.0.1 until
interrupted. The knobs are `build_app` options; the ones of another API are refused."""

from __future__ import annotations

import argparse
import json
from typing import Any

from . import EXIT_OK, EXIT_USAGE
from ._output import error

SANDBOXES = ("axro", "order41", "hipex")
# flag destination -> (build_app option, the only sandbox it applies to, or None for all)
KNOBS: dict[str, tuple[str, str | None]] = {
    "seed": ("seed", None),
    "latency": ("latency", None),
    "rotate_every": ("rotate_every", "hipex"),
    "rotate_seconds": ("rotate_after", "hipex"),
    "grace": ("grace", "hipex"),
    "token_lifetime": ("token_lifetime", "order41"),
}


def _non_negative(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        value = kind(text)
        if value < 0:
            raise argparse.ArgumentTypeError(f"must not be negative: {text}")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its error message
    return parse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "sandbox",
        help="run a local sandbox server on 127.0.0.1",
        description="Serve a seeded, in-memory sandbox of NAME on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument("name", choices=SANDBOXES)
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='announce readiness as one JSON line: {"name", "url", "credentials"} (for scripts)',
    )
    parser.add_argument(
        "--seed", type=int, help="seed of the generated data (the same seed, the same data)"
    )
    parser.add_argument(
        "--latency",
        type=_non_negative(float),
        metavar="MS",
        help="hold every GraphQL answer back MS milliseconds (timeouts, benchmarks)",
    )
    hipex = parser.add_argument_group("hipex")
    hipex.add_argument(
        "--rotate-every",
        type=_non_negative(int),
        metavar="N",
        help="rotate the session token every N authenticated responses (0: never; default 1)",
    )
    hipex.add_argument(
        "--rotate-seconds",
        type=_non_negative(float),
        metavar="S",
        help="also rotate a token once it is S seconds old (default: never)",
    )
    hipex.add_argument(
        "--grace",
        type=_non_negative(float),
        metavar="S",
        help="a replaced token keeps working for S seconds (default 30)",
    )
    order41 = parser.add_argument_group("order41")
    order41.add_argument(
        "--token-lifetime",
        type=_non_negative(float),
        metavar="S",
        help="short-lived login tokens expire after S seconds",
    )
    parser.set_defaults(run=run)


def sandbox_options(args: argparse.Namespace) -> dict[str, Any]:
    """The `build_app` options the flags ask for; a flag of another API is a usage error."""
    options: dict[str, Any] = {}
    for dest, (option, only) in KNOBS.items():
        value = getattr(args, dest, None)
        if value is None:
            continue
        if only is not None and only != args.name:
            flag = "--" + dest.replace("_", "-")
            raise ValueError(f"{flag} applies to the {only} sandbox, not {args.name}")
        options[option] = value
    if "latency" in options:
        options["latency"] /= 1000
    if options.get("rotate_every") == 0:
        options["rotate_every"] = None
    return options


def run(args: argparse.Namespace) -> int:
    from ..sandbox import build_app

    try:
        app, path, credentials = build_app(args.name, **sandbox_options(args))
    except (ImportError, KeyError, TypeError, ValueError) as exc:
        error(f"cannot start the {args.name} sandbox: {exc}")
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

    server = SandboxServer(app, port=args.port, path=path)
    try:
        server.listen()
    except OSError as exc:
        error(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}")
        return EXIT_USAGE
    server.serve_forever(on_ready=announce)
    return EXIT_OK
