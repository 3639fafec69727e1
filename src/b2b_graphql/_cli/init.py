"""`init NAME --schema FILE|URL [--dir DIR]`: set up your own API in your own project.

Writes `codegen/NAME.toml`, the schema snapshot `schemas/NAME.graphql` (a file is copied as
written, comments kept; a URL is introspected), scaffolded operations in `queries/NAME/`, and
generates the typed client `generated/NAME_gql`, whose base class is our public
`b2b_graphql.GraphQLBaseClient` from the installed package. Nothing existing is overwritten.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from ..codegen import STANDARD_PLUGINS
from ..codegen.generate import GenerateError, generate
from ..config import ConfigError, load_api
from ..schema import (
    IntrospectionError,
    SchemaLoadError,
    SchemaToolError,
    print_sdl,
    scaffold_operations,
    schema_from_sdl,
)
from . import EXIT_CODEGEN, EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE
from ._inputs import add_auth_options, headers, is_url, live_schema
from ._output import error, progress

_NAME = re.compile(r"[a-z][a-z0-9_]*")

CONFIG_TEMPLATE = """\
# ariadne-codegen configuration for the {name} API, written by `b2b-graphql init`.
#   b2b-graphql generate --api {name}   regenerate generated/{package} after editing queries/
#   b2b-graphql check --api {name}      compare the live schema with schemas/{name}.graphql
#   b2b-graphql update --api {name}     apply the live schema in place and regenerate
# Keys of [tool.b2b-graphql]: docs/drift.md of b2b-graphql.

[tool.b2b-graphql]
{url_line}
# The name logs and traces use for this API's calls.
api_name = {api_name}
# Request headers for introspection; "$VAR" values are read from the environment.
# headers = {{ Authorization = "${env}_TOKEN" }}

[tool.ariadne-codegen]
schema_path = "schemas/{name}.graphql"
queries_path = "queries/{name}"
target_package_name = "{package}"
target_package_path = "generated"
client_name = "{client}"
plugins = [
{plugins}
]
# The schema ships inside the client package (for `sandbox --schema` and `check`).
files_to_include = ["schemas/{name}.graphql"]
include_comments = "none"
multipart_uploads = false
include_all_inputs = false
include_all_enums = false
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "init", help="set up your own API: config, schema snapshot, operations, typed client"
    )
    p.add_argument("name", help="API name (lowercase): codegen/NAME.toml, package NAME_gql")
    p.add_argument("--schema", required=True, help="SDL file or http(s) endpoint to start from")
    p.add_argument(
        "--dir", type=Path, default=Path.cwd(), help="project root to set up (default: .)"
    )
    p.add_argument("--url", help="live endpoint for check/update (default: --schema's URL)")
    p.add_argument(
        "--no-generate", action="store_true", help="write the inputs only; generate later"
    )
    add_auth_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    name: str = args.name
    root: Path = args.dir
    if not _NAME.fullmatch(name):
        error(f"{name!r}: an API name is lowercase letters, digits and _ (starting a letter)")
        return EXIT_USAGE
    config = root / "codegen" / f"{name}.toml"
    schema_file = root / "schemas" / f"{name}.graphql"
    for existing in (config, schema_file):
        if existing.exists():
            error(f"{existing} already exists; init never overwrites (use update/generate)")
            return EXIT_USAGE
    try:
        sdl = _snapshot(args)
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    except (SchemaLoadError, IntrospectionError) as exc:
        error(str(exc))
        return EXIT_UNREACHABLE
    url = args.url or (args.schema if is_url(args.schema) else None)
    schema_file.parent.mkdir(parents=True, exist_ok=True)
    schema_file.write_text(sdl, "utf-8")
    print(f"wrote {schema_file}")
    try:
        result = scaffold_operations(schema_from_sdl(sdl), root / "queries" / name)
    except SchemaToolError as exc:
        error(str(exc))
        return EXIT_USAGE
    for file in result.files:
        print(f"wrote {file.path}: {', '.join(op.name for op in file.operations)}")
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(_config_text(name, url), "utf-8")
    print(f"wrote {config}")
    if args.no_generate:
        return EXIT_OK
    try:
        generated = generate(load_api(name, root), progress=progress)
    except (ConfigError, GenerateError) as exc:
        error(
            f"{exc}\nthe inputs are written; fix them and run `b2b-graphql generate --api {name}`"
        )
        return EXIT_CODEGEN
    print(f"generated {generated.package}")
    print(
        f"next: put {generated.package.parent} on your import path (e.g. PYTHONPATH), then\n"
        f"  from {name}_gql import {_client_name(name)}"
    )
    return EXIT_OK


def _snapshot(args: argparse.Namespace) -> str:
    """The schema text to commit: a file as written (validated), a URL introspected."""
    if is_url(args.schema):
        return print_sdl(live_schema(args.schema, headers(args), args.timeout))
    path = Path(args.schema)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaLoadError(str(path), [(None, f"cannot read: {exc}")]) from None
    schema_from_sdl(text, source_name=str(path))
    return text if text.endswith("\n") else text + "\n"


def _client_name(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("_")) + "Client"


def _config_text(name: str, url: str | None) -> str:
    url_line = (
        f"url = {json.dumps(url)}"
        if url
        else '# url = "https://..."  # the live endpoint check/update introspect'
    )
    return CONFIG_TEMPLATE.format(
        name=name,
        package=f"{name}_gql",
        client=_client_name(name),
        url_line=url_line,
        api_name=json.dumps(name),
        env=name.upper(),
        plugins="\n".join(f"    {json.dumps(plugin)}," for plugin in STANDARD_PLUGINS),
    )
