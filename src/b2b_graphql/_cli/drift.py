"""`introspect`, `diff`, `check`, `update`: snapshot an API's schema and judge how it changed.

`check` and `update` read the API's `codegen/<api>.toml` for the live URL (or `--url`), the
committed snapshot and the operations; every report can be text, versioned JSON or GitHub
workflow commands, and exits 0/1/2/3 as documented in `--help`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from graphql import GraphQLSchema

from .._secrets import display_url
from ..codegen.generate import GenerateError, generate
from ..config import ApiConfig, ConfigError, load_api
from ..schema import (
    DiffReport,
    IntrospectionError,
    OperationFile,
    OperationLoadError,
    SchemaLoadError,
    diff_schemas,
    introspect,
    load_operations,
    load_schema,
    print_sdl,
    render_github,
    render_json,
    render_text,
    validate_operations,
)
from . import EXIT_FAIL, EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from ._output import error, progress
from ._project import strictness

RENDERERS = {"text": render_text, "json": render_json, "github": render_github}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("introspect", help="write a live endpoint's schema as deterministic SDL")
    p.add_argument("url", help="GraphQL endpoint to introspect")
    _auth_options(p)
    p.add_argument("-o", "--output", type=Path, help="SDL file to write (default: stdout)")
    p.set_defaults(run=run_introspect)

    p = sub.add_parser("diff", help="classify the changes between two SDL files")
    p.add_argument("old", type=Path, help="the schema before (SDL file)")
    p.add_argument("new", type=Path, help="the schema after (SDL file)")
    p.add_argument("--operations", type=Path, help="folder of .graphql operations to judge against")
    p.add_argument(
        "--api",
        help="judge with this API's config: its operations (unless --operations), lenient "
        "enums/unions and ignore rules (codegen/NAME.toml, else the installed NAME_gql)",
    )
    p.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    _report_options(p)
    p.set_defaults(run=run_diff)

    p = sub.add_parser(
        "check", help="diff a live endpoint against the committed schema and operations"
    )
    _api_options(p)
    _report_options(p)
    p.set_defaults(run=run_check)

    p = sub.add_parser(
        "update", help="snapshot the live schema and regenerate the client (unless ops break)"
    )
    _api_options(p)
    _report_options(p)
    p.set_defaults(run=run_update)


def _auth_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-H", "--header", action="append", default=[], metavar="'Name: value'",
        help="request header (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--token-env", metavar="VAR", help="send the environment variable VAR as Authorization"
    )
    parser.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS",
        help="give up introspecting after SECONDS, retries included (default: 30)",
    )  # fmt: skip


def _api_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api", required=True, help="API name: codegen/NAME.toml")
    parser.add_argument("--url", help="endpoint to introspect (default: the config's url)")
    _auth_options(parser)
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project root holding codegen/ (default: .)"
    )


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=sorted(RENDERERS), default="text",
        help="report format: text, versioned json, or github workflow annotations",
    )  # fmt: skip
    parser.add_argument(
        "--fail-on", choices=("breaking", "dangerous", "never"), default="breaking",
        help="what makes the exit code 1 (default: breaking changes that affect our operations)",
    )  # fmt: skip


def _headers(args: argparse.Namespace, base: dict[str, str] | None = None) -> dict[str, str]:
    headers = dict(base or {})
    for raw in args.header:
        name, sep, value = raw.partition(":")
        if not sep or not name.strip():
            raise ConfigError(f"header {name.strip()!r} is not of the form 'Name: value'")
        headers[name.strip()] = value.strip()
    if args.token_env:
        token = os.environ.get(args.token_env)
        if not token:
            raise ConfigError(f"--token-env {args.token_env}: the variable is not set")
        headers["Authorization"] = token
    return headers


def _emit(report: DiffReport, fmt: str) -> None:
    text = RENDERERS[fmt](report)
    if text:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _live_schema(url: str, headers: dict[str, str], timeout: float) -> GraphQLSchema:
    shown = display_url(url)
    progress(f"introspecting {shown} (up to {timeout:g}s)")

    def retrying(attempt: int, attempts: int, reason: str, wait: float) -> None:
        progress(f"{shown}: {reason}; attempt {attempt}/{attempts} in {wait:.1f}s")

    if timeout <= 0:
        raise ConfigError("--timeout must be more than 0 seconds")
    return asyncio.run(introspect(url, headers, timeout=timeout, on_retry=retrying))


def run_introspect(args: argparse.Namespace) -> int:
    try:
        schema = _live_schema(args.url, _headers(args), args.timeout)
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    except IntrospectionError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    sdl = print_sdl(schema)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(sdl)
        progress(f"wrote {args.output}")
    else:
        sys.stdout.write(sdl)
    return EXIT_OK


def run_diff(args: argparse.Namespace) -> int:
    try:
        api = load_api(args.api, args.root) if args.api else None
        rules = strictness(api)
        operations = load_operations(args.operations) if args.operations else None
        if operations is None and api is not None:
            operations = _operations(api)
    except (ConfigError, OperationLoadError) as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        old, new = load_schema(args.old), load_schema(args.new)
    except SchemaLoadError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    report = diff_schemas(old, new, operations, lenient=rules.lenient, ignore=rules.ignore)
    _emit(report, args.format)
    return report.exit_code(args.fail_on)


Live = tuple[ApiConfig, GraphQLSchema, list[OperationFile], DiffReport]


def _against_live(args: argparse.Namespace) -> Live | int:
    """Config, live schema, operations and report, or the exit code explaining why not."""
    try:
        api = load_api(args.api, args.root)
        url = args.url or api.url
        if not url:
            raise ConfigError(f"{api.config_path}: no [tool.b2b-graphql] url; pass --url")
        headers = _headers(args, api.resolved_headers())
        rules = strictness(api)  # a bad config fails before anything is sent
        committed = load_schema(api.schema_path)
        operations = _operations(api)
    except (ConfigError, OperationLoadError) as exc:
        error(str(exc))
        return EXIT_USAGE
    except SchemaLoadError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    try:
        live = _live_schema(url, headers, args.timeout)
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    except IntrospectionError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    report = diff_schemas(committed, live, operations, lenient=rules.lenient, ignore=rules.ignore)
    return api, live, operations, report


def _operations(api: ApiConfig) -> list[OperationFile]:
    """The API's operations, named by their path from the project root (as CI annotates)."""
    if not api.queries_path.is_dir():
        raise OperationLoadError(str(api.queries_path), "not a directory of operation files")
    files = sorted(api.queries_path.rglob("*.graphql"))
    return [
        OperationFile.parse(p.read_text("utf-8"), p.relative_to(api.root).as_posix()) for p in files
    ]


def run_check(args: argparse.Namespace) -> int:
    outcome = _against_live(args)
    if isinstance(outcome, int):
        return outcome
    report = outcome[-1]
    _emit(report, args.format)
    return report.exit_code(args.fail_on)


def run_update(args: argparse.Namespace) -> int:
    outcome = _against_live(args)
    if isinstance(outcome, int):
        return outcome
    api, live, operations, report = outcome
    _emit(report, args.format)
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
    print(
        f"{api.name}: wrote {api.schema_path.relative_to(api.root)} ({len(report.changes)} changes)"
    )
    try:
        result = generate(api, progress=progress)
    except GenerateError as exc:
        error(str(exc))
        return EXIT_FAIL
    print(f"{api.name}: regenerated {api.display(result.package)}")
    return EXIT_OK
