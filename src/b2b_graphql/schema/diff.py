"""Classify every difference between two schemas, optionally from this client's point of view.

``find_breaking_changes`` from graphql-core says *that* something broke, not *where*; CI needs
a schema coordinate per change and the operation lines it hits. So both schemas are walked here
and each change gets a severity, a coordinate (``Type``, ``Type.field``, ``Type.field(arg:)``,
``Enum.VALUE``, ``Input.field``, ``@directive``, ``@directive(arg:)``) and a one-line reason.

Rules (graphql-level; they follow graphql-core's ``find_breaking_changes`` /
``find_dangerous_changes``, plus the safe changes it does not report):

===================================================  =========  ==============================
change                                               severity   becomes client-relevant when
===================================================  =========  ==============================
type added                                           safe       -
type removed / kind changed                          breaking   any reference to the type
field added                                          safe       -
field removed                                        breaking   the field is selected
output field type: ``T`` -> ``T!`` (tightened)       safe       the field is selected
output field type: ``T!`` -> ``T`` (loosened)        breaking   the field is selected (the
                                                                generated model requires it)
output field type: other change (named type, list)   breaking   the field is selected
argument added, required (``T!`` without default)    breaking   the field is selected
argument added, optional or with default             safe       -
argument removed                                     breaking   the argument is passed
argument type: ``T!`` -> ``T`` (loosened)            safe       the argument is passed
argument type: any other change                      breaking   the argument is passed (or, if
                                                                it became required, omitted)
argument default changed                             dangerous  the field is selected without it
input field added, required                          breaking   the input type is used
input field added, optional                          safe       -
input field removed / type changed (input rules)     breaking   a literal sets it or a variable
                                                                reaches its input type
input field default changed                          dangerous  the input type is used
enum value added                                     dangerous  BREAKING when a field of that
                                                                enum is selected: generated
                                                                enums reject unknown values
enum value removed                                   breaking   a literal uses it or a variable
                                                                reaches the enum
union member added                                   dangerous  BREAKING when a field of that
                                                                union is selected (``__typename``
                                                                is a closed ``Literal``)
union member removed                                 breaking   a fragment on it in the union
object implements a new interface (incl. a new       dangerous  BREAKING when a field of that
object type implementing it)                                    interface is selected (same
                                                                closed ``__typename``)
interface removed from a type                        breaking   a fragment on one within the
                                                                other
deprecation added / removed / reason changed         safe       used (listed so people see it)
description changed, ``@specifiedBy`` changed       safe       -
root operation type changed                          breaking   an operation of that kind
directive added / optional arg added / location      safe       -
added / made repeatable
directive removed / required arg added / location    breaking   the directive is used (at that
removed / no longer repeatable / arg removed / arg              location, with that argument)
type changed (input rules)
directive argument default changed                   dangerous  the directive is used
operation no longer validates (operations given)     breaking   always (kind
                                                                ``operation_invalid``)
===================================================  =========  ==============================

Where this differs from graphql-core: an optional argument or input field added is safe here
(graphql-core: dangerous; no existing operation can notice it); input-field default changes,
directive argument type/default changes, ``repeatable`` removal, root type changes and new
object types implementing an interface are reported here and not by graphql-core.

With operations, each change lists the operation positions it affects (resolved against the
OLD schema) and ``affects_client`` is true when there is at least one. A breaking change no
operation uses stays breaking but with ``affects_client=False`` ("breaking for the API,
harmless for this client") and sorts after the ones that matter. Without operations every
change has ``affects_client=True`` (unknown, so assumed) and no positions.

Validation problems of the operations against the new schema are reported as
``operation_invalid`` changes (coordinate ``query name`` / ``fragment Name``), except problems
that already exist against the old schema and problems inside a definition that an affecting
breaking change already points into (they are the same break, seen by the validator).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, cast

from graphql import (
    GraphQLArgument,
    GraphQLDirective,
    GraphQLEnumType,
    GraphQLError,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLType,
    GraphQLUnionType,
    ListValueNode,
    ObjectFieldNode,
    ObjectValueNode,
    Undefined,
    ValueNode,
    ast_from_value,
    is_introspection_type,
    is_non_null_type,
    is_required_argument,
    is_required_input_field,
    is_specified_directive,
    is_specified_scalar_type,
    print_ast,
)

from .errors import SourcePosition
from .operations import (
    OperationFile,
    OperationProblem,
    UsageIndex,
    definitions_containing,
    index_usages,
    positions,
    validate_operations,
)

__all__ = ["Change", "ChangeKind", "DiffReport", "FailOn", "Severity", "diff_schemas"]

Severity = Literal["breaking", "dangerous", "safe"]
FailOn = Literal["breaking", "dangerous", "never"]
SEVERITY_RANK: dict[str, int] = {"breaking": 0, "dangerous": 1, "safe": 2}


class ChangeKind(StrEnum):
    """What changed; the string values are part of the JSON report format."""

    TYPE_ADDED = "type_added"
    TYPE_REMOVED = "type_removed"
    TYPE_KIND_CHANGED = "type_kind_changed"
    FIELD_ADDED = "field_added"
    FIELD_REMOVED = "field_removed"
    FIELD_TYPE_CHANGED = "field_type_changed"
    ARG_ADDED = "arg_added"
    ARG_REMOVED = "arg_removed"
    ARG_TYPE_CHANGED = "arg_type_changed"
    ARG_DEFAULT_CHANGED = "arg_default_changed"
    INPUT_FIELD_ADDED = "input_field_added"
    INPUT_FIELD_REMOVED = "input_field_removed"
    INPUT_FIELD_TYPE_CHANGED = "input_field_type_changed"
    INPUT_FIELD_DEFAULT_CHANGED = "input_field_default_changed"
    ENUM_VALUE_ADDED = "enum_value_added"
    ENUM_VALUE_REMOVED = "enum_value_removed"
    UNION_MEMBER_ADDED = "union_member_added"
    UNION_MEMBER_REMOVED = "union_member_removed"
    INTERFACE_ADDED = "interface_added"
    INTERFACE_REMOVED = "interface_removed"
    DEPRECATION_ADDED = "deprecation_added"
    DEPRECATION_REMOVED = "deprecation_removed"
    DEPRECATION_CHANGED = "deprecation_changed"
    DESCRIPTION_CHANGED = "description_changed"
    SPECIFIED_BY_CHANGED = "specified_by_changed"
    ROOT_TYPE_CHANGED = "root_type_changed"
    DIRECTIVE_ADDED = "directive_added"
    DIRECTIVE_REMOVED = "directive_removed"
    DIRECTIVE_CHANGED = "directive_changed"
    DIRECTIVE_ARG_ADDED = "directive_arg_added"
    DIRECTIVE_ARG_REMOVED = "directive_arg_removed"
    DIRECTIVE_ARG_TYPE_CHANGED = "directive_arg_type_changed"
    DIRECTIVE_ARG_DEFAULT_CHANGED = "directive_arg_default_changed"
    DIRECTIVE_LOCATION_ADDED = "directive_location_added"
    DIRECTIVE_LOCATION_REMOVED = "directive_location_removed"
    OPERATION_INVALID = "operation_invalid"


@dataclass(frozen=True)
class Change:
    """One classified difference; ``locations`` are operation positions it affects."""

    kind: ChangeKind
    severity: Severity
    coordinate: str
    reason: str
    affects_client: bool = True
    locations: tuple[SourcePosition, ...] = ()

    def sort_key(self) -> tuple[int, bool, str, str, str]:
        """Severity first, client-affecting first, then coordinate (stable for equal ones)."""
        rank = SEVERITY_RANK[self.severity]
        return (rank, not self.affects_client, self.coordinate, self.kind.value, self.reason)


@dataclass(frozen=True)
class DiffReport:
    """All changes, sorted; ``operations_checked`` tells whether verdicts are client-aware."""

    changes: tuple[Change, ...]
    operations_checked: bool = False

    def by_severity(self, severity: Severity) -> list[Change]:
        return [change for change in self.changes if change.severity == severity]

    def failing(self, fail_on: FailOn = "breaking") -> list[Change]:
        """Changes that make CI fail.

        ``breaking``: breaking changes that affect the client (all of them without operations).
        ``dangerous``: the strict mode, every breaking or dangerous change, used or not.
        ``never``: nothing.
        """
        if fail_on == "never":
            return []
        if fail_on == "dangerous":
            return [c for c in self.changes if c.severity in ("breaking", "dangerous")]
        return [c for c in self.changes if c.severity == "breaking" and c.affects_client]

    def exit_code(self, fail_on: FailOn = "breaking") -> int:
        """0 when nothing fails under ``fail_on``, 1 otherwise."""
        return 1 if self.failing(fail_on) else 0


def diff_schemas(
    old: GraphQLSchema,
    new: GraphQLSchema,
    operations: Sequence[OperationFile] | None = None,
) -> DiffReport:
    """Compare ``old`` to ``new``; with ``operations``, judge each change for this client."""
    found = list(_diff(old, new))
    if operations is None:
        changes = [
            Change(f.kind, f.severity, f.coordinate, f.reason, affects_client=True) for f in found
        ]
        return DiffReport(tuple(sorted(changes, key=Change.sort_key)), operations_checked=False)

    index = index_usages(old, operations)
    changes = [_judge(f, index) for f in found]
    changes.extend(_operation_changes(old, new, operations, changes))
    return DiffReport(tuple(sorted(changes, key=Change.sort_key)), operations_checked=True)


# --- client verdicts -------------------------------------------------------------------------

Usages = Callable[[UsageIndex], Iterable[SourcePosition]]


@dataclass(frozen=True)
class _Found:
    """A graphql-level change plus how to find its usages and whether usage escalates it."""

    kind: ChangeKind
    severity: Severity
    coordinate: str
    reason: str
    usages: Usages | None = None
    escalated_reason: str | None = None  # set: becomes breaking when used


def _judge(found: _Found, index: UsageIndex) -> Change:
    locations = positions(found.usages(index)) if found.usages else ()
    severity, reason = found.severity, found.reason
    if found.escalated_reason is not None and locations:
        severity, reason = "breaking", found.escalated_reason
    return Change(found.kind, severity, found.coordinate, reason, bool(locations), locations)


def _operation_changes(
    old: GraphQLSchema,
    new: GraphQLSchema,
    operations: Sequence[OperationFile],
    changes: list[Change],
) -> list[Change]:
    """Validation problems the new schema introduces, minus those a change already explains."""

    def key(problem: OperationProblem) -> tuple[SourcePosition | None, str]:
        return (problem.position, problem.message)

    before = {key(p) for p in validate_operations(old, operations)}
    new_problems = [p for p in validate_operations(new, operations) if key(p) not in before]
    if not new_problems:
        return []
    explained = definitions_containing(
        operations,
        (
            pos
            for change in changes
            if change.severity == "breaking" and change.affects_client
            for pos in change.locations
        ),
    )
    result = []
    for problem in new_problems:
        if problem.definition is not None and problem.definition in explained:
            continue
        result.append(
            Change(
                ChangeKind.OPERATION_INVALID,
                "breaking",
                problem.definition or "<operations>",
                f"no longer validates: {problem.message}",
                affects_client=True,
                locations=(problem.position,) if problem.position else (),
            )
        )
    return result


# --- the schema walk ---------------------------------------------------------------------------


def _user_types(schema: GraphQLSchema) -> dict[str, GraphQLNamedType]:
    return {
        name: type_
        for name, type_ in schema.type_map.items()
        if not is_introspection_type(type_) and not is_specified_scalar_type(type_)
    }


def _kind(type_: GraphQLNamedType) -> str:
    return {
        GraphQLObjectType: "object type",
        GraphQLInterfaceType: "interface",
        GraphQLUnionType: "union",
        GraphQLEnumType: "enum",
        GraphQLInputObjectType: "input type",
        GraphQLScalarType: "scalar",
    }.get(type(type_), type(type_).__name__)


def _diff(old: GraphQLSchema, new: GraphQLSchema) -> Iterator[_Found]:
    old_types, new_types = _user_types(old), _user_types(new)
    for name in sorted(old_types.keys() | new_types.keys()):
        old_type, new_type = old_types.get(name), new_types.get(name)
        if old_type is None and new_type is not None:
            yield _Found(ChangeKind.TYPE_ADDED, "safe", name, f"{_kind(new_type)} added")
            if isinstance(new_type, GraphQLObjectType):
                for interface in new_type.interfaces:
                    yield _interface_added(new_type, interface)
        elif new_type is None and old_type is not None:
            yield _Found(
                ChangeKind.TYPE_REMOVED,
                "breaking",
                name,
                f"{_kind(old_type)} removed",
                _uses("type", name),
            )
        elif old_type is not None and new_type is not None:
            if type(old_type) is not type(new_type):
                yield _Found(
                    ChangeKind.TYPE_KIND_CHANGED,
                    "breaking",
                    name,
                    f"changed from {_kind(old_type)} to {_kind(new_type)}",
                    _uses("type", name),
                )
            else:
                yield from _diff_type(old_type, new_type)
    yield from _diff_roots(old, new)
    yield from _diff_directives(old, new)


def _diff_type(old: GraphQLNamedType, new: GraphQLNamedType) -> Iterator[_Found]:
    yield from _description(old.name, old.description, new.description)
    if isinstance(old, GraphQLObjectType | GraphQLInterfaceType):
        new_fields = cast(GraphQLObjectType | GraphQLInterfaceType, new)
        yield from _diff_fields(old, new_fields)
        yield from _diff_interfaces(old, new_fields)
    elif isinstance(old, GraphQLInputObjectType):
        yield from _diff_input_fields(old, cast(GraphQLInputObjectType, new))
    elif isinstance(old, GraphQLEnumType):
        yield from _diff_enum(old, cast(GraphQLEnumType, new))
    elif isinstance(old, GraphQLUnionType):
        yield from _diff_union(old, cast(GraphQLUnionType, new))
    elif isinstance(old, GraphQLScalarType):
        new_url = cast(GraphQLScalarType, new).specified_by_url
        if old.specified_by_url != new_url:
            yield _Found(
                ChangeKind.SPECIFIED_BY_CHANGED,
                "safe",
                old.name,
                f"@specifiedBy url changed from {old.specified_by_url!r} to {new_url!r}",
            )


def _diff_fields(
    old: GraphQLObjectType | GraphQLInterfaceType, new: GraphQLObjectType | GraphQLInterfaceType
) -> Iterator[_Found]:
    type_name = old.name
    for name in sorted(old.fields.keys() | new.fields.keys()):
        coordinate = f"{type_name}.{name}"
        old_field, new_field = old.fields.get(name), new.fields.get(name)
        if old_field is None:
            yield _Found(ChangeKind.FIELD_ADDED, "safe", coordinate, "field added")
            continue
        selected = _selections(type_name, name)
        if new_field is None:
            was = (
                f" (deprecated before: {old_field.deprecation_reason})"
                if old_field.deprecation_reason
                else ""
            )
            yield _Found(
                ChangeKind.FIELD_REMOVED, "breaking", coordinate, f"field removed{was}", selected
            )
            continue
        change = _output_type_change(old_field.type, new_field.type)
        if change is not None:
            severity, reason = change
            yield _Found(ChangeKind.FIELD_TYPE_CHANGED, severity, coordinate, reason, selected)
        for arg_name in sorted(old_field.args.keys() | new_field.args.keys()):
            yield from _diff_field_arg(
                type_name,
                name,
                arg_name,
                old_field.args.get(arg_name),
                new_field.args.get(arg_name),
            )
        yield from _deprecation(
            coordinate, old_field.deprecation_reason, new_field.deprecation_reason, selected
        )
        yield from _description(coordinate, old_field.description, new_field.description)


def _diff_field_arg(
    type_name: str,
    field_name: str,
    arg_name: str,
    old: GraphQLArgument | None,
    new: GraphQLArgument | None,
) -> Iterator[_Found]:
    coordinate = f"{type_name}.{field_name}({arg_name}:)"
    passed = _uses("arg", type_name, field_name, arg_name)
    selected = _selections(type_name, field_name)
    omitted = _selections(type_name, field_name, omitting=arg_name)
    if old is None and new is not None:
        if is_required_argument(new):
            yield _Found(
                ChangeKind.ARG_ADDED,
                "breaking",
                coordinate,
                f"required argument added ({new.type}, no default)",
                selected,
            )
        else:
            yield _Found(ChangeKind.ARG_ADDED, "safe", coordinate, "optional argument added")
        return
    if old is not None and new is None:
        yield _Found(ChangeKind.ARG_REMOVED, "breaking", coordinate, "argument removed", passed)
        return
    assert old is not None and new is not None
    yield from _input_value_changes(
        coordinate,
        old,
        new,
        kinds=(ChangeKind.ARG_TYPE_CHANGED, ChangeKind.ARG_DEFAULT_CHANGED),
        used=passed,
        newly_required_usages=_union(passed, omitted),
        default_usages=omitted,
        noun="argument",
    )
    yield from _deprecation(coordinate, old.deprecation_reason, new.deprecation_reason, passed)
    yield from _description(coordinate, old.description, new.description)


def _input_value_changes(
    coordinate: str,
    old: GraphQLArgument | GraphQLInputField,
    new: GraphQLArgument | GraphQLInputField,
    *,
    kinds: tuple[ChangeKind, ChangeKind],
    used: Usages,
    newly_required_usages: Usages,
    default_usages: Usages,
    noun: str,
) -> Iterator[_Found]:
    """Type and default changes of an argument or input field (the input rules)."""
    type_kind, default_kind = kinds
    if str(old.type) != str(new.type):
        became_required = _is_required(new) and not _is_required(old)
        if _is_safe_input_change(old.type, new.type):
            reason = f"type changed from {old.type} to {new.type}: accepts more values"
            yield _Found(type_kind, "safe", coordinate, reason, used)
        elif became_required:
            reason = f"type changed from {old.type} to {new.type}: the {noun} is now required"
            yield _Found(type_kind, "breaking", coordinate, reason, newly_required_usages)
        else:
            reason = (
                f"type changed from {old.type} to {new.type}: values valid before may be rejected"
            )
            yield _Found(type_kind, "breaking", coordinate, reason, used)
    old_default = _print_default(old.default_value, old.type)
    new_default = _print_default(new.default_value, new.type)
    if old_default != new_default:
        reason = (
            f"default changed from {old_default or 'none'} to {new_default or 'none'}: "
            "operations that omit it behave differently"
        )
        yield _Found(default_kind, "dangerous", coordinate, reason, default_usages)


def _diff_input_fields(
    old: GraphQLInputObjectType, new: GraphQLInputObjectType
) -> Iterator[_Found]:
    type_name = old.name
    used_type = _uses("input", type_name)
    for name in sorted(old.fields.keys() | new.fields.keys()):
        coordinate = f"{type_name}.{name}"
        old_field, new_field = old.fields.get(name), new.fields.get(name)
        used = _uses("input_field", type_name, name)
        if old_field is None and new_field is not None:
            if is_required_input_field(new_field):
                reason = f"required input field added ({new_field.type}, no default)"
                yield _Found(
                    ChangeKind.INPUT_FIELD_ADDED, "breaking", coordinate, reason, used_type
                )
            else:
                reason = "optional input field added"
                yield _Found(ChangeKind.INPUT_FIELD_ADDED, "safe", coordinate, reason)
            continue
        if new_field is None:
            yield _Found(
                ChangeKind.INPUT_FIELD_REMOVED, "breaking", coordinate, "input field removed", used
            )
            continue
        assert old_field is not None
        yield from _input_value_changes(
            coordinate,
            old_field,
            new_field,
            kinds=(ChangeKind.INPUT_FIELD_TYPE_CHANGED, ChangeKind.INPUT_FIELD_DEFAULT_CHANGED),
            used=used,
            newly_required_usages=_union(used, used_type),
            default_usages=used_type,
            noun="input field",
        )
        yield from _deprecation(
            coordinate, old_field.deprecation_reason, new_field.deprecation_reason, used
        )
        yield from _description(coordinate, old_field.description, new_field.description)


def _diff_enum(old: GraphQLEnumType, new: GraphQLEnumType) -> Iterator[_Found]:
    type_name = old.name
    for name in sorted(old.values.keys() | new.values.keys()):
        coordinate = f"{type_name}.{name}"
        old_value, new_value = old.values.get(name), new.values.get(name)
        literal = _uses("enum_value", type_name, name)
        if old_value is None:
            yield _Found(
                ChangeKind.ENUM_VALUE_ADDED,
                "dangerous",
                coordinate,
                f"enum value added: clients reading {type_name} may receive it",
                _uses("returns", type_name),
                escalated_reason=(
                    f"enum value added and {type_name} is selected: the generated enum "
                    "rejects unknown values, so the whole response fails to parse"
                ),
            )
        elif new_value is None:
            yield _Found(
                ChangeKind.ENUM_VALUE_REMOVED,
                "breaking",
                coordinate,
                "enum value removed: sending it fails",
                _union(literal, _uses("enum_in", type_name)),
            )
        else:
            yield from _deprecation(
                coordinate, old_value.deprecation_reason, new_value.deprecation_reason, literal
            )
            yield from _description(coordinate, old_value.description, new_value.description)


def _diff_union(old: GraphQLUnionType, new: GraphQLUnionType) -> Iterator[_Found]:
    old_members = {t.name for t in old.types}
    new_members = {t.name for t in new.types}
    for member in sorted(new_members - old_members):
        yield _Found(
            ChangeKind.UNION_MEMBER_ADDED,
            "dangerous",
            old.name,
            f"member {member} added: clients reading {old.name} may receive it",
            _uses("returns", old.name),
            escalated_reason=(
                f"member {member} added and {old.name} is selected: the generated model's "
                "__typename is a closed set, so the response fails to parse"
            ),
        )
    for member in sorted(old_members - new_members):
        yield _Found(
            ChangeKind.UNION_MEMBER_REMOVED,
            "breaking",
            old.name,
            f"member {member} removed: fragments on it within {old.name} become invalid",
            _uses("cond", old.name, member),
        )


def _diff_interfaces(
    old: GraphQLObjectType | GraphQLInterfaceType, new: GraphQLObjectType | GraphQLInterfaceType
) -> Iterator[_Found]:
    old_names = {i.name for i in old.interfaces}
    for interface in sorted(new.interfaces, key=lambda i: i.name):
        if interface.name not in old_names:
            yield _interface_added(new, interface)
    new_names = {i.name for i in new.interfaces}
    for name in sorted(old_names - new_names):
        yield _Found(
            ChangeKind.INTERFACE_REMOVED,
            "breaking",
            old.name,
            f"no longer implements {name}: fragments relating the two become invalid",
            _union(_uses("cond", name, old.name), _uses("cond", old.name, name)),
        )


def _interface_added(
    type_: GraphQLObjectType | GraphQLInterfaceType, interface: GraphQLInterfaceType
) -> _Found:
    """An object joining an interface adds a possible ``__typename`` to the interface."""
    if not isinstance(type_, GraphQLObjectType):
        return _Found(
            ChangeKind.INTERFACE_ADDED, "dangerous", type_.name, f"now implements {interface.name}"
        )
    return _Found(
        ChangeKind.INTERFACE_ADDED,
        "dangerous",
        type_.name,
        f"now implements {interface.name}: clients reading {interface.name} may receive it",
        _uses("returns", interface.name),
        escalated_reason=(
            f"now implements {interface.name}, which is selected: the generated model's "
            "__typename is a closed set, so the response fails to parse"
        ),
    )


def _diff_roots(old: GraphQLSchema, new: GraphQLSchema) -> Iterator[_Found]:
    for operation in ("query", "mutation", "subscription"):
        old_root = getattr(old, f"{operation}_type")
        new_root = getattr(new, f"{operation}_type")
        if old_root is None:
            continue
        if new_root is None or new_root.name != old_root.name:
            now = f"now {new_root.name}" if new_root is not None else "none now"
            yield _Found(
                ChangeKind.ROOT_TYPE_CHANGED,
                "breaking",
                old_root.name,
                f"no longer the {operation} root type ({now})",
                _uses("operation", operation),
            )


def _diff_directives(old: GraphQLSchema, new: GraphQLSchema) -> Iterator[_Found]:
    old_directives = {d.name: d for d in old.directives if not is_specified_directive(d)}
    new_directives = {d.name: d for d in new.directives if not is_specified_directive(d)}
    for name in sorted(old_directives.keys() | new_directives.keys()):
        coordinate = f"@{name}"
        old_directive, new_directive = old_directives.get(name), new_directives.get(name)
        used = _uses("directive", name)
        if old_directive is None:
            yield _Found(ChangeKind.DIRECTIVE_ADDED, "safe", coordinate, "directive added")
        elif new_directive is None:
            yield _Found(
                ChangeKind.DIRECTIVE_REMOVED, "breaking", coordinate, "directive removed", used
            )
        else:
            yield from _diff_directive(old_directive, new_directive)


def _diff_directive(old: GraphQLDirective, new: GraphQLDirective) -> Iterator[_Found]:
    name, coordinate = old.name, f"@{old.name}"
    used = _uses("directive", name)
    yield from _description(coordinate, old.description, new.description)
    for arg_name in sorted(old.args.keys() | new.args.keys()):
        arg_coordinate = f"@{name}({arg_name}:)"
        old_arg, new_arg = old.args.get(arg_name), new.args.get(arg_name)
        passed = _uses("directive_arg", name, arg_name)
        if old_arg is None and new_arg is not None:
            if is_required_argument(new_arg):
                reason = f"required argument added ({new_arg.type}, no default)"
                yield _Found(
                    ChangeKind.DIRECTIVE_ARG_ADDED, "breaking", arg_coordinate, reason, used
                )
            else:
                reason = "optional argument added"
                yield _Found(ChangeKind.DIRECTIVE_ARG_ADDED, "safe", arg_coordinate, reason)
        elif new_arg is None:
            reason = "argument removed"
            yield _Found(
                ChangeKind.DIRECTIVE_ARG_REMOVED, "breaking", arg_coordinate, reason, passed
            )
        else:
            assert old_arg is not None
            yield from _input_value_changes(
                arg_coordinate,
                old_arg,
                new_arg,
                kinds=(
                    ChangeKind.DIRECTIVE_ARG_TYPE_CHANGED,
                    ChangeKind.DIRECTIVE_ARG_DEFAULT_CHANGED,
                ),
                used=passed,
                newly_required_usages=used,
                default_usages=used,
                noun="argument",
            )
            yield from _description(arg_coordinate, old_arg.description, new_arg.description)
    old_locations = {loc.name for loc in old.locations}
    new_locations = {loc.name for loc in new.locations}
    for location in sorted(new_locations - old_locations):
        yield _Found(
            ChangeKind.DIRECTIVE_LOCATION_ADDED, "safe", coordinate, f"now allowed on {location}"
        )
    for location in sorted(old_locations - new_locations):
        yield _Found(
            ChangeKind.DIRECTIVE_LOCATION_REMOVED,
            "breaking",
            coordinate,
            f"no longer allowed on {location}",
            _uses("directive_at", name, location),
        )
    if old.is_repeatable != new.is_repeatable:
        severity: Severity = "safe" if new.is_repeatable else "breaking"
        reason = "now repeatable" if new.is_repeatable else "no longer repeatable"
        yield _Found(ChangeKind.DIRECTIVE_CHANGED, severity, coordinate, reason, used)


def _deprecation(
    coordinate: str, old: str | None, new: str | None, used: Usages | None
) -> Iterator[_Found]:
    if old == new:
        return
    if old is None:
        yield _Found(ChangeKind.DEPRECATION_ADDED, "safe", coordinate, f"deprecated: {new}", used)
    elif new is None:
        yield _Found(
            ChangeKind.DEPRECATION_REMOVED, "safe", coordinate, "no longer deprecated", used
        )
    else:
        reason = f"deprecation reason changed to: {new}"
        yield _Found(ChangeKind.DEPRECATION_CHANGED, "safe", coordinate, reason, used)


def _description(coordinate: str, old: str | None, new: str | None) -> Iterator[_Found]:
    if (old or None) != (new or None):
        what = "added" if not old else "removed" if not new else "changed"
        yield _Found(ChangeKind.DESCRIPTION_CHANGED, "safe", coordinate, f"description {what}")


# --- type rules ---------------------------------------------------------------------------------


def _output_type_change(
    old: GraphQLOutputType, new: GraphQLOutputType
) -> tuple[Severity, str] | None:
    """None when equal; tightening nullability is safe, everything else breaks clients."""
    if str(old) == str(new):
        return None
    if _is_safe_output_change(old, new):
        return "safe", f"type changed from {old} to {new}: never null now"
    if _strip_non_null(old) == _strip_non_null(new):
        return "breaking", (
            f"type changed from {old} to {new}: may now be null, which the generated model "
            "does not accept"
        )
    return "breaking", f"type changed from {old} to {new}"


def _is_safe_output_change(old: GraphQLType, new: GraphQLType) -> bool:
    """New values are always valid old values (graphql-core's object-field rule)."""
    if isinstance(new, GraphQLNonNull):
        inner_old = old.of_type if isinstance(old, GraphQLNonNull) else old
        return _is_safe_output_change(inner_old, new.of_type)
    if isinstance(old, GraphQLNonNull):
        return False
    if isinstance(old, GraphQLList) or isinstance(new, GraphQLList):
        return (
            isinstance(old, GraphQLList)
            and isinstance(new, GraphQLList)
            and _is_safe_output_change(old.of_type, new.of_type)
        )
    return isinstance(old, GraphQLNamedType) and str(old) == str(new)


def _is_safe_input_change(old: GraphQLType, new: GraphQLType) -> bool:
    """Every old value is still accepted (graphql-core's argument/input-field rule)."""
    if isinstance(old, GraphQLList):
        return isinstance(new, GraphQLList) and _is_safe_input_change(old.of_type, new.of_type)
    if isinstance(old, GraphQLNonNull):
        inner_new = new.of_type if isinstance(new, GraphQLNonNull) else new
        return _is_safe_input_change(old.of_type, inner_new)
    return isinstance(new, GraphQLNamedType) and str(old) == str(new)


def _strip_non_null(type_: GraphQLType) -> str:
    return str(type_).replace("!", "")


def _is_required(value: GraphQLArgument | GraphQLInputField) -> bool:
    return is_non_null_type(value.type) and value.default_value is Undefined


def _print_default(value: Any, type_: GraphQLInputType) -> str | None:
    """A default as GraphQL literal with sorted object fields; None when there is none."""
    if value is Undefined:
        return None
    try:
        node = ast_from_value(value, type_)
    except (TypeError, ValueError, GraphQLError):
        node = None
    return print_ast(_sorted_value(node)) if node is not None else repr(value)


def _sorted_value(node: ValueNode) -> ValueNode:
    if isinstance(node, ObjectValueNode):
        fields = sorted(node.fields, key=lambda f: f.name.value)
        return ObjectValueNode(
            fields=tuple(ObjectFieldNode(name=f.name, value=_sorted_value(f.value)) for f in fields)
        )
    if isinstance(node, ListValueNode):
        return ListValueNode(values=tuple(_sorted_value(v) for v in node.values))
    return node


# --- usage lookups ------------------------------------------------------------------------------


def _uses(*key: str) -> Usages:
    return lambda index: index.get(*key)


def _selections(type_name: str, field_name: str, *, omitting: str | None = None) -> Usages:
    return lambda index: index.field_positions(type_name, field_name, omitting=omitting)


def _union(*lookups: Usages) -> Usages:
    return lambda index: {pos for lookup in lookups for pos in lookup(index)}
