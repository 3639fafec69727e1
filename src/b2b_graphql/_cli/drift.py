"""`introspect`, `diff`, `check`, `validate`: snapshot an API's schema and judge how it changed.

`check` (and `update`, in `update.py`) read the API's `codegen/<api>.toml` (or the installed
package's copy) for the live URL, the committed snapshot, the operations, lenient types and
ignore rules; `diff` and `validate` take SDL files or URLs. Reports come as text, versioned
JSON, GitHub annotations, GitLab Code Quality or markdown, and exit 0/1/2/3 as `--help` says.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from graphql import GraphQLSchema

from ..config import ApiConfig, ConfigError, load_api
from ..schema import (
    NO_CHANGES,
    DiffReport,
    IntrospectionError,
    OperationFile,
    OperationLoadError,
    OperationProblem,
    SchemaLoadError,
    deprecated_usages,
    diff_schemas,
    load_schema,
    print_sdl,
    render_github,
    render_gitlab,
    render_json,
    render_markdown,
    render_text,
    validate_operations,
)
from ..schema.report import workflow_command
from . import EXIT_FAIL, EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from ._inputs import (
    add_auth_options,
    api_operations,
    headers,
    live_schema,
    operation_files,
    schema_from,
)
from ._output import error, progress
from ._project import strictness

RENDERERS: dict[str, Callable[[DiffReport], str]] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
    "gitlab": render_gitlab,
    "markdown": render_markdown,
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("introspect", help="write a live endpoint's schema as deterministic SDL")
    p.add_argument("url", help="GraphQL endpoint to introspect")
    add_auth_options(p)
    p.add_argument("-o", "--output", type=Path, help="SDL file to write (default: stdout)")
    p.set_defaults(run=run_introspect)

    p = sub.add_parser("diff", help="classify the changes between two schemas (files or URLs)")
    p.add_argument("old", help="the schema before: an SDL file or an http(s) endpoint")
    p.add_argument("new", help="the schema after: an SDL file or an http(s) endpoint")
    p.add_argument(
        "--operations", nargs="+", action="extend", metavar="PATH",
        help="operation files, folders or globs to judge the changes against (repeatable)",
    )  # fmt: skip
    p.add_argument(
        "--api",
        help="judge with this API's config: its operations (unless --operations), lenient "
        "enums/unions and ignore rules (codegen/NAME.toml, else the installed NAME_gql)",
    )
    p.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    add_auth_options(p)
    report_options(p)
    p.set_defaults(run=run_diff)

    p = sub.add_parser(
        "check", help="diff a live endpoint against the committed schema and operations"
    )
    api_options(p)
    report_options(p)
    p.set_defaults(run=run_check)

    p = sub.add_parser(
        "validate", help="validate operations against a schema; report deprecated usage too"
    )
    p.add_argument(
        "--schema", required=True, help="SDL file or http(s) endpoint to validate against"
    )
    p.add_argument("operations", nargs="+", help="operation files, folders or globs")
    p.add_argument(
        "--format", choices=("text", "github"), default="text",
        help="text (file:line:col: ...) or github workflow annotations",
    )  # fmt: skip
    p.add_argument(
        "--fail-on-deprecated", action="store_true",
        help="exit 1 when an operation uses something deprecated (default: only report it)",
    )  # fmt: skip
    add_auth_options(p)
    p.set_defaults(run=run_validate)


def api_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api", required=True,
        help="API name: codegen/NAME.toml, else the installed package NAME_gql",
    )  # fmt: skip
    parser.add_argument("--url", help="endpoint to introspect (default: the config's url)")
    add_auth_options(parser)
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project root holding codegen/ (default: .)"
    )


def report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=sorted(RENDERERS), default="text",
        help="report format: text, versioned json (docs/drift.md), github annotations, "
        "gitlab Code Quality, or markdown",
    )  # fmt: skip
    parser.add_argument(
        "--fail-on", choices=("breaking", "dangerous", "never"), default="breaking",
        help="what makes the exit code 1 (default: breaking changes that affect our operations)",
    )  # fmt: skip
    parser.add_argument(
        "--summary", type=Path, metavar="FILE",
        default=Path(os.environ["GITHUB_STEP_SUMMARY"])
        if os.environ.get("GITHUB_STEP_SUMMARY") else None,
        help="also append a markdown summary to FILE (default: $GITHUB_STEP_SUMMARY when set)",
    )  # fmt: skip


def emit(
    report: DiffReport,
    args: argparse.Namespace,
    title: str = "Schema drift",
    schema_file: str | None = None,
) -> None:
    """The report on stdout in `--format`, and the markdown job summary when asked.
    `schema_file`: where GitLab places changes no operation position locates."""
    if args.format == "gitlab" and schema_file is not None:
        text = render_gitlab(report, schema_file)
    else:
        text = RENDERERS[args.format](report)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if args.format == "gitlab" and not report.changes:
        print(NO_CHANGES, file=sys.stderr)
    if args.summary is not None:
        with args.summary.open("a", encoding="utf-8") as handle:
            handle.write(render_markdown(report, title) + "\n")


def run_introspect(args: argparse.Namespace) -> int:
    try:
        schema = live_schema(args.url, headers(args), args.timeout)
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
        operations = operation_files(args.operations) if args.operations else None
        if operations is None and api is not None:
            operations = api_operations(api)
        headers(args)  # a bad -H fails before anything is sent
    except (ConfigError, OperationLoadError) as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        old, new = schema_from(args.old, args), schema_from(args.new, args)
    except (SchemaLoadError, IntrospectionError) as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    report = diff_schemas(old, new, operations, lenient=rules.lenient, ignore=rules.ignore)
    emit(report, args, f"Schema drift: {args.old} → {args.new}", args.new)
    return report.exit_code(args.fail_on)


Live = tuple[ApiConfig, GraphQLSchema, list[OperationFile], DiffReport]


def against_live(args: argparse.Namespace, *, writes: bool = False) -> Live | int:
    """Config, live schema, operations and report, or the exit code explaining why not.
    `writes`: the command changes the project, so an installed package's config will not do."""
    try:
        api = load_api(args.api, args.root)
        if writes and api.installed:
            raise ConfigError(
                f"{api.name}: this needs the project's own codegen/{api.name}.toml (found only "
                f"the installed package's copy, {api.config_path}); `b2b-graphql init` sets a "
                "project up"
            )
        url = args.url or api.url
        if not url:
            raise ConfigError(f"{api.config_path}: no [tool.b2b-graphql] url; pass --url")
        request_headers = headers(args, api.resolved_headers())
        rules = strictness(api)  # a bad config fails before anything is sent
        committed = load_schema(api.schema_path)
        operations = api_operations(api)
    except (ConfigError, OperationLoadError) as exc:
        error(str(exc))
        return EXIT_USAGE
    except SchemaLoadError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    try:
        live = live_schema(url, request_headers, args.timeout)
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    except IntrospectionError as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    report = diff_schemas(committed, live, operations, lenient=rules.lenient, ignore=rules.ignore)
    return api, live, operations, report


def run_check(args: argparse.Namespace) -> int:
    outcome = against_live(args)
    if isinstance(outcome, int):
        return outcome
    api, _, _, report = outcome
    emit(report, args, f"Schema drift: {api.name}", api.display(api.schema_path))
    return report.exit_code(args.fail_on)


def run_validate(args: argparse.Namespace) -> int:
    try:
        operations = operation_files(args.operations)
        headers(args)
    except (ConfigError, OperationLoadError) as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        schema = schema_from(args.schema, args)
    except (SchemaLoadError, IntrospectionError) as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    problems = validate_operations(schema, operations)
    deprecated = deprecated_usages(schema, operations)
    for level, found in (("error", problems), ("deprecated", deprecated)):
        for problem in found:
            print(_validation_line(problem, level, args.format))
    files = f"{len(operations)} file{'s' if len(operations) != 1 else ''}"
    if not problems and not deprecated:
        print(f"{files}: every operation validates, nothing deprecated is used")
    else:
        print(f"{files}: {len(problems)} error(s), {len(deprecated)} deprecated usage(s)")
    if problems or (deprecated and args.fail_on_deprecated):
        return EXIT_FAIL
    return EXIT_OK


def _validation_line(problem: OperationProblem, level: str, fmt: str) -> str:
    if fmt == "text":
        return f"{problem.position or '<operations>'}: {level}: {problem.message}"
    where = problem.position
    properties = (
        {"file": where.file, "line": str(where.line), "col": str(where.column)} if where else {}
    )
    title = "invalid operation" if level == "error" else "deprecated usage"
    command = "error" if level == "error" else "warning"
    return workflow_command(command, {**properties, "title": title}, problem.message)
