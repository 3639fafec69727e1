"""API-agnostic schema tooling: SDL snapshots, introspection, client-aware diffs, scaffolding."""

from .diff import (
    Change,
    ChangeKind,
    DiffReport,
    FailOn,
    IgnoreRule,
    Leniency,
    Severity,
    Strictness,
    diff_schemas,
)
from .errors import (
    IntrospectionConnectionError,
    IntrospectionDisabledError,
    IntrospectionError,
    IntrospectionHTTPError,
    IntrospectionResponseError,
    OperationLoadError,
    ScaffoldError,
    SchemaLoadError,
    SchemaToolError,
    SourcePosition,
)
from .introspect import introspect
from .operations import OperationFile, OperationProblem, load_operations, validate_operations
from .report import JSON_VERSION, render_github, render_json, render_text
from .scaffold import (
    DEFAULT_DOMAINS,
    ScaffoldedFile,
    ScaffoldedOperation,
    ScaffoldResult,
    scaffold_operations,
)
from .sdl import load_schema, print_sdl, schema_from_sdl

__all__ = [
    "DEFAULT_DOMAINS",
    "JSON_VERSION",
    "Change",
    "ChangeKind",
    "DiffReport",
    "FailOn",
    "IgnoreRule",
    "IntrospectionConnectionError",
    "IntrospectionDisabledError",
    "IntrospectionError",
    "IntrospectionHTTPError",
    "IntrospectionResponseError",
    "Leniency",
    "OperationFile",
    "OperationLoadError",
    "OperationProblem",
    "ScaffoldError",
    "ScaffoldResult",
    "ScaffoldedFile",
    "ScaffoldedOperation",
    "SchemaLoadError",
    "SchemaToolError",
    "Severity",
    "SourcePosition",
    "Strictness",
    "diff_schemas",
    "introspect",
    "load_operations",
    "load_schema",
    "print_sdl",
    "render_github",
    "render_json",
    "render_text",
    "scaffold_operations",
    "schema_from_sdl",
    "validate_operations",
]
