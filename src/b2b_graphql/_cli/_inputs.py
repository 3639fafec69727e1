"""Reading what the drift commands are pointed at: schemas (SDL file or live URL), operation
files (files, folders, globs), request headers, and an API's operations from its config."""

from __future__ import annotations

import argparse
import asyncio
import glob
import os
from pathlib import Path

from graphql import GraphQLSchema

from .._secrets import display_url
from ..config import ApiConfig, ConfigError
from ..schema import OperationFile, OperationLoadError, introspect, load_schema
from ._output import progress

GLOB_CHARACTERS = frozenset("*?[")


def add_auth_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-H", "--header", action="append", default=[], metavar="'Name: value'",
        help="request header for introspection (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--token-env", metavar="VAR", help="send the environment variable VAR as Authorization"
    )
    parser.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS",
        help="give up introspecting after SECONDS, retries included (default: 30)",
    )  # fmt: skip


def headers(args: argparse.Namespace, base: dict[str, str] | None = None) -> dict[str, str]:
    """`base` (the config's), then `-H` headers, then `--token-env` as Authorization."""
    result = dict(base or {})
    for raw in args.header:
        name, sep, value = raw.partition(":")
        if not sep or not name.strip():
            raise ConfigError(f"header {name.strip()!r} is not of the form 'Name: value'")
        result[name.strip()] = value.strip()
    if args.token_env:
        token = os.environ.get(args.token_env)
        if not token:
            raise ConfigError(f"--token-env {args.token_env}: the variable is not set")
        result["Authorization"] = token
    return result


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def live_schema(url: str, request_headers: dict[str, str], timeout: float) -> GraphQLSchema:
    """Introspect `url`, saying so first and reporting each retry as it happens."""
    if timeout <= 0:
        raise ConfigError("--timeout must be more than 0 seconds")
    shown = display_url(url)
    progress(f"introspecting {shown} (up to {timeout:g}s)")

    def retrying(attempt: int, attempts: int, reason: str, wait: float) -> None:
        progress(f"{shown}: {reason}; attempt {attempt}/{attempts} in {wait:.1f}s")

    return asyncio.run(introspect(url, request_headers, timeout=timeout, on_retry=retrying))


def schema_from(source: str, args: argparse.Namespace) -> GraphQLSchema:
    """An SDL file, or a live endpoint when `source` is an http(s) URL."""
    if is_url(source):
        return live_schema(source, headers(args), args.timeout)
    return load_schema(source)


def display(path: Path, base: Path | None = None) -> str:
    """`path` relative to `base` (default: the working directory) when inside it, so CI
    annotations point at repository files."""
    absolute = path.absolute()
    try:
        return absolute.relative_to((base or Path.cwd()).absolute()).as_posix()
    except ValueError:
        return str(path)


def operation_files(items: list[str], base: Path | None = None) -> list[OperationFile]:
    """Files, folders (every `*.graphql` below) and globs (`queries/**/*.graphql`)."""
    paths: list[Path] = []
    for item in items:
        if Path(item).is_dir():
            found = sorted(Path(item).rglob("*.graphql"))
        elif GLOB_CHARACTERS & set(item):
            found = [Path(p) for p in sorted(glob.glob(item, recursive=True)) if Path(p).is_file()]
            if not found:
                raise OperationLoadError(item, "no operation files match")
        else:
            found = [Path(item)]
        paths.extend(p for p in found if p not in paths)
    files = []
    for path in paths:
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise OperationLoadError(str(path), f"cannot read: {exc}") from None
        files.append(OperationFile.parse(text, display(path, base)))
    return files


def api_operations(api: ApiConfig) -> list[OperationFile]:
    """The API's operations, named by their path from the project root (as CI annotates), or
    for an installed package's copy from the package (`axro_gql/operations/...`)."""
    if not api.queries_path.is_dir():
        raise OperationLoadError(str(api.queries_path), "not a directory of operation files")
    return operation_files([str(api.queries_path)], api.root.parent if api.installed else api.root)
