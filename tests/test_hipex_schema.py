"""The committed Hipex Pack API SDL and operation documents (no server, no network)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    OperationDefinitionNode,
    SelectionSetNode,
    assert_valid_schema,
    build_schema,
    get_named_type,
    is_leaf_type,
    parse,
    specified_scalar_types,
    validate,
)

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "hipex.graphql"
QUERIES_DIR = ROOT / "queries" / "hipex"
OPERATION_FILES = sorted(QUERIES_DIR.glob("*.graphql"))

ENTITY_QUERIES = {
    "Checklist",
    "Database",
    "DatabaseUser",
    "Domain",
    "DomainPointer",
    "FtpUser",
    "IntegrationTest",
    "PerformanceScan",
    "SSHKey",
    "SSLCertificate",
    "Server",
    "ServerChange",
    "User",
}
MONITOR_SERIES = {
    "MonitorDiskIo",
    "MonitorDiskSpace",
    "MonitorMemoryUsage",
    "MonitorNetworkTraffic",
    "MonitorServerLoad",
}
QUERIES = (
    ENTITY_QUERIES
    | MONITOR_SERIES
    | {
        "Backup",
        "FilesystemApplication",
        "FilesystemUser",
        "MonitorValidate",
    }
)
ENTITY_MUTATIONS = {
    "AccountSelf": "AccountSelfInput",
    "Database": "DatabaseInput",
    "DatabaseUser": "DatabaseUserInput",
    "Domain": "DomainInput",
    "DomainPointer": "DomainPointerInput",
    "FtpUser": "FtpUserInput",
    "SSHKey": "SshKeyInput",
    "SSLCertificate": "SslCertificateInput",
    "User": "UserInput",
}
MUTATIONS = set(ENTITY_MUTATIONS) | {
    "ChecklistStart",
    "ForgotPassword",
    "IntegrationTestStart",
    "LetsEncryptRequest",
    "Login",
    "PerformanceScanStart",
    "RegisterUser",
    "VerifyForgotPassword",
    "VerifyRegisteredUser",
}
ENUMS = {
    "AccessLog",
    "DatabaseCharset",
    "FileType",
    "Locale",
    "PhpVersion",
    "SSHKeyType",
    "ServerType",
    "SortDirection",
    "StatusType",
}
FILTER_OPERATORS = (
    "$eq $ne $gt $gte $lt $lte $like $notLike $in $notIn $between $notBetween $and $or"
)


@cache
def schema() -> GraphQLSchema:
    return build_schema(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def document(path: Path) -> DocumentNode:
    return parse(path.read_text(encoding="utf-8"))


def named_types(kind: type) -> set[str]:
    return {
        name
        for name, t in schema().type_map.items()
        if isinstance(t, kind)
        and not name.startswith("__")
        and name not in specified_scalar_types
        and name not in ("Query", "Mutation")
    }


def operations() -> list[tuple[Path, OperationDefinitionNode]]:
    return [
        (path, d)
        for path in OPERATION_FILES
        for d in document(path).definitions
        if isinstance(d, OperationDefinitionNode)
    ]


def snake(name: str) -> str:
    # the same word split ariadne-codegen uses for method names
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?=[A-Z][a-z]|\d|\W|_|$)|\d+", name)
    return "_".join(w.lower() for w in words)


def field_type(type_name: str, field: str) -> str:
    return str(schema().type_map[type_name].fields[field].type)  # type: ignore[attr-defined]


# --- the schema -------------------------------------------------------------------------------


def test_schema_builds_and_is_valid() -> None:
    assert_valid_schema(schema())
    assert schema().query_type is not None and schema().query_type.name == "Query"
    assert schema().mutation_type is not None and schema().mutation_type.name == "Mutation"
    assert schema().subscription_type is None


def test_root_fields() -> None:
    assert schema().query_type is not None and schema().mutation_type is not None
    assert set(schema().query_type.fields) == QUERIES
    assert set(schema().mutation_type.fields) == MUTATIONS
    assert len(QUERIES) == 22
    assert len(MUTATIONS) == 18


def test_type_counts() -> None:
    assert len(named_types(GraphQLObjectType)) == 37
    assert len(named_types(GraphQLInputObjectType)) == 13
    assert named_types(GraphQLEnumType) == ENUMS
    assert named_types(GraphQLScalarType) == {"DateTime", "ChrootPath"}
    # stale since API 1.43.0
    assert "Invoice" not in schema().type_map
    assert "InvoiceLine" not in schema().type_map


def test_root_fields_are_nullable() -> None:
    for root in (schema().query_type, schema().mutation_type):
        assert root is not None
        for name, field in root.fields.items():
            assert not isinstance(field.type, GraphQLNonNull), name


def test_entity_queries_take_filter_sort_skip_limit() -> None:
    query = schema().query_type
    assert query is not None
    for name in ENTITY_QUERIES:
        field = query.fields[name]
        args = {arg: str(a.type) for arg, a in field.args.items()}
        assert args == {"filter": "FilterInput", "limit": "Int", "skip": "Int", "sort": "SortInput"}
        assert str(field.type) == f"[{name}]"


def test_entity_mutations_take_entity_and_required_delete() -> None:
    mutation = schema().mutation_type
    assert mutation is not None
    for name, input_name in ENTITY_MUTATIONS.items():
        field = mutation.fields[name]
        args = {arg: str(a.type) for arg, a in field.args.items()}
        assert args == {"entity": input_name, "delete": "Boolean!"}
        assert str(field.type) == name


def test_filter_and_sort_inputs() -> None:
    filter_input = schema().type_map["FilterInput"]
    assert isinstance(filter_input, GraphQLInputObjectType)
    assert {n: str(f.type) for n, f in filter_input.fields.items()} == {
        "field": "String",
        "value": "String",
        "operator": "String",
        "children": "[FilterInput]",
    }
    assert filter_input.description is not None
    for op in FILTER_OPERATORS.split():
        assert op in filter_input.description, op
    sort_input = schema().type_map["SortInput"]
    assert isinstance(sort_input, GraphQLInputObjectType)
    assert {n: str(f.type) for n, f in sort_input.fields.items()} == {
        "field": "String!",
        "direction": "SortDirection",
    }
    direction = schema().type_map["SortDirection"]
    assert isinstance(direction, GraphQLEnumType)
    assert list(direction.values) == ["asc", "desc"]


def test_no_id_scalar_and_ids_are_int() -> None:
    for name, t in schema().type_map.items():
        if isinstance(t, GraphQLObjectType | GraphQLInputObjectType) and not name.startswith("__"):
            for fname, f in t.fields.items():
                assert get_named_type(f.type).name != "ID", f"{name}.{fname}"
                if fname == "id" and name != "Backup":
                    assert get_named_type(f.type).name == "Int", f"{name}.{fname}"
    assert field_type("Backup", "id") == "String"
    query = schema().query_type
    assert query is not None
    assert str(query.fields["Backup"].args["id"].type) == "String"
    assert str(query.fields["FilesystemUser"].args["userId"].type) == "Int!"
    assert str(query.fields["FilesystemApplication"].args["applicationId"].type) == "Int!"
    for name in MONITOR_SERIES:
        args = {a: str(v.type) for a, v in query.fields[name].args.items()}
        assert args == dict.fromkeys(
            ("applicationId", "serverId", "startTime", "endTime"), "String"
        )


def test_lists_have_nullable_items() -> None:
    for name, t in schema().type_map.items():
        if isinstance(t, GraphQLObjectType | GraphQLInputObjectType) and not name.startswith("__"):
            for fname, f in t.fields.items():
                inner = f.type.of_type if isinstance(f.type, GraphQLNonNull) else f.type
                if isinstance(inner, GraphQLList):
                    assert not isinstance(f.type, GraphQLNonNull), f"{name}.{fname}"
                    assert not isinstance(inner.of_type, GraphQLNonNull), f"{name}.{fname}"


@pytest.mark.parametrize(
    ("coordinate", "expected"),
    [
        # high-confidence enum bindings (typed with the enum class by the 1.1-1.9 generator)
        ("Domain.mainPhp", "PhpVersion!"),
        ("Domain.alternativePhp", "PhpVersion!"),
        ("Domain.accessLogs", "AccessLog!"),
        ("DomainInput.mainPhp", "PhpVersion"),
        ("DomainInput.saveAccessLogs", "AccessLog"),
        ("SortInput.direction", "SortDirection"),
        ("Checklist.status", "StatusType"),
        ("CheckType.status", "StatusType"),
        ("Filesystem.type", "FileType!"),
        ("SSHKey.type", "SSHKeyType"),
        # medium-confidence bindings decided for the enum
        ("SshKeyInput.type", "SSHKeyType"),
        ("Server.type", "ServerType"),
        ("Database.charset", "DatabaseCharset"),
        ("DatabaseInput.charset", "DatabaseCharset"),
        ("AccountSelf.locale", "Locale"),
        ("AccountSelfInput.locale", "Locale"),
        # kept String
        ("Authentication.locale", "String"),
        ("StepType.status", "String"),
        ("Filesystem.path", "String!"),
        ("MonitorQueryValue.date", "String!"),
        ("ServerChange.metaData", "[String]"),
        ("FilterInput.operator", "String"),
        ("FilterInput.value", "String"),
        # 32-bit Int byte counts, DateTime custom scalar
        ("Backup.size", "Int"),
        ("Filesystem.size", "Int!"),
        ("ServerChange.finished", "DateTime"),
        ("SshKeyInput.validUntil", "DateTime"),
        ("Checklist.finished", "DateTime"),
        # the API's own odd names
        ("Domain.SSLCertificate", "SSLCertificate"),
        ("RegisterUser.display_name", "String"),
        ("Execution.steps", "[Execution_step]"),
        ("FtpUserInput.username", "String!"),
    ],
)
def test_decided_field_types(coordinate: str, expected: str) -> None:
    type_name, field = coordinate.split(".")
    assert field_type(type_name, field) == expected


def test_filesystem_path_argument_is_chroot_path() -> None:
    query = schema().query_type
    assert query is not None
    for name in ("FilesystemUser", "FilesystemApplication"):
        assert str(query.fields[name].args["path"].type) == "ChrootPath"
        assert str(query.fields[name].args["type"].type) == "FileType"


def test_authentication_has_no_token_field() -> None:
    auth = schema().type_map["Authentication"]
    assert isinstance(auth, GraphQLObjectType)
    assert set(auth.fields) == {
        "id",
        "success",
        "errorMessage",
        "errorMessageId",
        "email",
        "name",
        "locale",
        "settings",
        "ssoJwt",
    }
    mutation = schema().mutation_type
    assert mutation is not None
    login = mutation.fields["Login"]
    assert {a: str(v.type) for a, v in login.args.items()} == {
        "username": "String!",
        "password": "String!",
    }
    assert str(login.type) == "Authentication"


def test_enum_values_are_the_api_constants() -> None:
    php = schema().type_map["PhpVersion"]
    assert isinstance(php, GraphQLEnumType)
    assert "php80" in php.values and "php74" in php.values
    assert all(not v.deprecation_reason for v in php.values.values())
    locale = schema().type_map["Locale"]
    assert isinstance(locale, GraphQLEnumType)
    assert set(locale.values) == {"nl_NL", "en_US"}
    ssh = schema().type_map["SSHKeyType"]
    assert isinstance(ssh, GraphQLEnumType)
    assert set(ssh.values) == {"ssh_rsa", "ssh_dsa", "ssh_dss", "ssh_ecdsa"}


# --- the operations ---------------------------------------------------------------------------


def test_operation_files_exist() -> None:
    assert len(OPERATION_FILES) >= 5


@pytest.mark.parametrize("path", OPERATION_FILES, ids=lambda p: p.name)
def test_operation_file_validates(path: Path) -> None:
    errors = validate(schema(), document(path))
    assert not errors, [e.message for e in errors]


def test_whole_operation_directory_validates() -> None:
    # ariadne-codegen reads the directory as one document: fragment names must not clash either
    combined = "\n".join(p.read_text(encoding="utf-8") for p in OPERATION_FILES)
    errors = validate(schema(), parse(combined))
    assert not errors, [e.message for e in errors]


def test_one_operation_per_root_field() -> None:
    covered: dict[tuple[str, str], str] = {}
    for _, op in operations():
        assert op.name is not None, "operations must be named"
        (selection,) = op.selection_set.selections
        assert isinstance(selection, FieldNode)
        key = (op.operation.value, selection.name.value)
        assert key not in covered, f"{key} covered by {covered.get(key)} and {op.name.value}"
        covered[key] = op.name.value
    assert {f for kind, f in covered if kind == "query"} == QUERIES
    assert {f for kind, f in covered if kind == "mutation"} == MUTATIONS


def test_operation_names_make_distinct_python_methods() -> None:
    names = [op.name.value for _, op in operations() if op.name is not None]
    methods = [snake(n) for n in names]
    assert len(set(methods)) == len(methods) == 40
    assert "login_with_password" in methods  # never `login`: that is the facade classmethod
    assert "servers" in methods
    assert "server_changes" in methods
    for method in methods:
        assert method.isidentifier() and method == method.lower()


def _selected_fields(
    selection_set: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]
) -> dict[str, FieldNode]:
    fields: dict[str, FieldNode] = {}
    for sel in selection_set.selections:
        if isinstance(sel, FieldNode):
            fields[sel.name.value] = sel
        elif isinstance(sel, FragmentSpreadNode):
            fields.update(_selected_fields(fragments[sel.name.value].selection_set, fragments))
    return fields


def _max_depth(
    selection_set: SelectionSetNode | None, fragments: dict[str, FragmentDefinitionNode]
) -> int:
    if selection_set is None:
        return 0
    subs = _selected_fields(selection_set, fragments).values()
    return 1 + max((_max_depth(f.selection_set, fragments) for f in subs), default=0)


@pytest.mark.parametrize("path", OPERATION_FILES, ids=lambda p: p.name)
def test_operations_select_every_scalar_field(path: Path) -> None:
    doc = document(path)
    fragments = {d.name.value: d for d in doc.definitions if isinstance(d, FragmentDefinitionNode)}
    for op in doc.definitions:
        if not isinstance(op, OperationDefinitionNode):
            continue
        root = schema().query_type if op.operation.value == "query" else schema().mutation_type
        assert root is not None
        (selection,) = op.selection_set.selections
        assert isinstance(selection, FieldNode)
        root_field = root.fields[selection.name.value]
        # every argument is passed, as a variable
        assert {a.name.value for a in selection.arguments} == set(root_field.args)
        assert all(a.value.kind == "variable" for a in selection.arguments)
        result_type = get_named_type(root_field.type)
        assert isinstance(result_type, GraphQLObjectType)
        assert selection.selection_set is not None
        selected = _selected_fields(selection.selection_set, fragments)
        leaves = {n for n, f in result_type.fields.items() if is_leaf_type(get_named_type(f.type))}
        assert leaves <= set(selected), (op.name, leaves - set(selected))
        assert _max_depth(selection.selection_set, fragments) <= 3, op.name


def test_login_selects_the_authentication_result() -> None:
    (op,) = [
        op
        for _, op in operations()
        if op.name is not None
        and op.name.value == "loginWithPassword"
        and op.operation.value == "mutation"
    ]
    (selection,) = op.selection_set.selections
    assert isinstance(selection, FieldNode) and selection.name.value == "Login"
    assert selection.selection_set is not None
    selected = {
        s.name.value for s in selection.selection_set.selections if isinstance(s, FieldNode)
    }
    assert {"success", "errorMessage", "errorMessageId", "ssoJwt", "settings"} <= selected
