"""Walk two schemas and yield every graphql-level difference, with how to find its usages.

The rules (which change is breaking, dangerous or safe) are tabled in ``diff``'s docstring;
``diff.diff_schemas`` turns each :class:`Found` into a client verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

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
from .kinds import ChangeKind, Severity
from .operations import UsageIndex

__all__ = ["Found", "Usages", "walk"]

Usages = Callable[[UsageIndex], Iterable[SourcePosition]]


@dataclass(frozen=True)
class Found:
    """A graphql-level change plus how to find its usages and whether usage escalates it."""

    kind: ChangeKind
    severity: Severity
    coordinate: str
    reason: str
    usages: Usages | None = None
    escalated_reason: str | None = None  # set: becomes breaking when used
    closed_type: str | None = None
    """The enum/union/interface whose closed generated model escalates it (unless lenient)."""


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


def walk(old: GraphQLSchema, new: GraphQLSchema) -> Iterator[Found]:
    old_types, new_types = _user_types(old), _user_types(new)
    for name in sorted(old_types.keys() | new_types.keys()):
        old_type, new_type = old_types.get(name), new_types.get(name)
        if old_type is None and new_type is not None:
            yield Found(ChangeKind.TYPE_ADDED, "safe", name, f"{_kind(new_type)} added")
            if isinstance(new_type, GraphQLObjectType):
                for interface in new_type.interfaces:
                    yield _interface_added(new_type, interface)
        elif new_type is None and old_type is not None:
            yield Found(
                ChangeKind.TYPE_REMOVED,
                "breaking",
                name,
                f"{_kind(old_type)} removed",
                _uses("type", name),
            )
        elif old_type is not None and new_type is not None:
            if type(old_type) is not type(new_type):
                yield Found(
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


def _diff_type(old: GraphQLNamedType, new: GraphQLNamedType) -> Iterator[Found]:
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
            yield Found(
                ChangeKind.SPECIFIED_BY_CHANGED,
                "safe",
                old.name,
                f"@specifiedBy url changed from {old.specified_by_url!r} to {new_url!r}",
            )


def _diff_fields(
    old: GraphQLObjectType | GraphQLInterfaceType, new: GraphQLObjectType | GraphQLInterfaceType
) -> Iterator[Found]:
    type_name = old.name
    for name in sorted(old.fields.keys() | new.fields.keys()):
        coordinate = f"{type_name}.{name}"
        old_field, new_field = old.fields.get(name), new.fields.get(name)
        if old_field is None:
            yield Found(ChangeKind.FIELD_ADDED, "safe", coordinate, "field added")
            continue
        selected = _selections(type_name, name)
        if new_field is None:
            was = (
                f" (deprecated before: {old_field.deprecation_reason})"
                if old_field.deprecation_reason
                else ""
            )
            yield Found(
                ChangeKind.FIELD_REMOVED, "breaking", coordinate, f"field removed{was}", selected
            )
            continue
        change = _output_type_change(old_field.type, new_field.type)
        if change is not None:
            severity, reason = change
            yield Found(ChangeKind.FIELD_TYPE_CHANGED, severity, coordinate, reason, selected)
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
) -> Iterator[Found]:
    coordinate = f"{type_name}.{field_name}({arg_name}:)"
    passed = _uses("arg", type_name, field_name, arg_name)
    selected = _selections(type_name, field_name)
    omitted = _selections(type_name, field_name, omitting=arg_name)
    if old is None and new is not None:
        if is_required_argument(new):
            yield Found(
                ChangeKind.ARG_ADDED,
                "breaking",
                coordinate,
                f"required argument added ({new.type}, no default)",
                selected,
            )
        else:
            yield Found(ChangeKind.ARG_ADDED, "safe", coordinate, "optional argument added")
        return
    if old is not None and new is None:
        yield Found(ChangeKind.ARG_REMOVED, "breaking", coordinate, "argument removed", passed)
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
) -> Iterator[Found]:
    """Type and default changes of an argument or input field (the input rules)."""
    type_kind, default_kind = kinds
    if str(old.type) != str(new.type):
        became_required = _is_required(new) and not _is_required(old)
        if _is_safe_input_change(old.type, new.type):
            reason = f"type changed from {old.type} to {new.type}: accepts more values"
            yield Found(type_kind, "safe", coordinate, reason, used)
        elif became_required:
            reason = f"type changed from {old.type} to {new.type}: the {noun} is now required"
            yield Found(type_kind, "breaking", coordinate, reason, newly_required_usages)
        else:
            reason = (
                f"type changed from {old.type} to {new.type}: values valid before may be rejected"
            )
            yield Found(type_kind, "breaking", coordinate, reason, used)
    old_default = _print_default(old.default_value, old.type)
    new_default = _print_default(new.default_value, new.type)
    if old_default != new_default:
        reason = (
            f"default changed from {old_default or 'none'} to {new_default or 'none'}: "
            "operations that omit it behave differently"
        )
        yield Found(default_kind, "dangerous", coordinate, reason, default_usages)


def _diff_input_fields(old: GraphQLInputObjectType, new: GraphQLInputObjectType) -> Iterator[Found]:
    type_name = old.name
    used_type = _uses("input", type_name)
    for name in sorted(old.fields.keys() | new.fields.keys()):
        coordinate = f"{type_name}.{name}"
        old_field, new_field = old.fields.get(name), new.fields.get(name)
        used = _uses("input_field", type_name, name)
        if old_field is None and new_field is not None:
            if is_required_input_field(new_field):
                reason = f"required input field added ({new_field.type}, no default)"
                yield Found(ChangeKind.INPUT_FIELD_ADDED, "breaking", coordinate, reason, used_type)
            else:
                reason = "optional input field added"
                yield Found(ChangeKind.INPUT_FIELD_ADDED, "safe", coordinate, reason)
            continue
        if new_field is None:
            yield Found(
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


def _diff_enum(old: GraphQLEnumType, new: GraphQLEnumType) -> Iterator[Found]:
    type_name = old.name
    for name in sorted(old.values.keys() | new.values.keys()):
        coordinate = f"{type_name}.{name}"
        old_value, new_value = old.values.get(name), new.values.get(name)
        literal = _uses("enum_value", type_name, name)
        if old_value is None:
            yield Found(
                ChangeKind.ENUM_VALUE_ADDED,
                "dangerous",
                coordinate,
                f"enum value added: clients reading {type_name} may receive it",
                _uses("returns", type_name),
                escalated_reason=(
                    f"enum value added and {type_name} is selected: the generated enum "
                    "rejects unknown values, so the whole response fails to parse"
                ),
                closed_type=type_name,
            )
        elif new_value is None:
            yield Found(
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


def _diff_union(old: GraphQLUnionType, new: GraphQLUnionType) -> Iterator[Found]:
    old_members = {t.name for t in old.types}
    new_members = {t.name for t in new.types}
    for member in sorted(new_members - old_members):
        yield Found(
            ChangeKind.UNION_MEMBER_ADDED,
            "dangerous",
            old.name,
            f"member {member} added: clients reading {old.name} may receive it",
            _uses("returns", old.name),
            escalated_reason=(
                f"member {member} added and {old.name} is selected: the generated model's "
                "__typename is a closed set, so the response fails to parse"
            ),
            closed_type=old.name,
        )
    for member in sorted(old_members - new_members):
        yield Found(
            ChangeKind.UNION_MEMBER_REMOVED,
            "breaking",
            old.name,
            f"member {member} removed: fragments on it within {old.name} become invalid",
            _uses("cond", old.name, member),
        )


def _diff_interfaces(
    old: GraphQLObjectType | GraphQLInterfaceType, new: GraphQLObjectType | GraphQLInterfaceType
) -> Iterator[Found]:
    old_names = {i.name for i in old.interfaces}
    for interface in sorted(new.interfaces, key=lambda i: i.name):
        if interface.name not in old_names:
            yield _interface_added(new, interface)
    new_names = {i.name for i in new.interfaces}
    for name in sorted(old_names - new_names):
        yield Found(
            ChangeKind.INTERFACE_REMOVED,
            "breaking",
            old.name,
            f"no longer implements {name}: fragments relating the two become invalid",
            _union(_uses("cond", name, old.name), _uses("cond", old.name, name)),
        )


def _interface_added(
    type_: GraphQLObjectType | GraphQLInterfaceType, interface: GraphQLInterfaceType
) -> Found:
    """An object joining an interface adds a possible ``__typename`` to the interface."""
    if not isinstance(type_, GraphQLObjectType):
        return Found(
            ChangeKind.INTERFACE_ADDED, "dangerous", type_.name, f"now implements {interface.name}"
        )
    return Found(
        ChangeKind.INTERFACE_ADDED,
        "dangerous",
        type_.name,
        f"now implements {interface.name}: clients reading {interface.name} may receive it",
        _uses("returns", interface.name),
        escalated_reason=(
            f"now implements {interface.name}, which is selected: the generated model's "
            "__typename is a closed set, so the response fails to parse"
        ),
        closed_type=interface.name,
    )


def _diff_roots(old: GraphQLSchema, new: GraphQLSchema) -> Iterator[Found]:
    for operation in ("query", "mutation", "subscription"):
        old_root = getattr(old, f"{operation}_type")
        new_root = getattr(new, f"{operation}_type")
        if old_root is None:
            continue
        if new_root is None or new_root.name != old_root.name:
            now = f"now {new_root.name}" if new_root is not None else "none now"
            yield Found(
                ChangeKind.ROOT_TYPE_CHANGED,
                "breaking",
                old_root.name,
                f"no longer the {operation} root type ({now})",
                _uses("operation", operation),
            )


def _diff_directives(old: GraphQLSchema, new: GraphQLSchema) -> Iterator[Found]:
    old_directives = {d.name: d for d in old.directives if not is_specified_directive(d)}
    new_directives = {d.name: d for d in new.directives if not is_specified_directive(d)}
    for name in sorted(old_directives.keys() | new_directives.keys()):
        coordinate = f"@{name}"
        old_directive, new_directive = old_directives.get(name), new_directives.get(name)
        used = _uses("directive", name)
        if old_directive is None:
            yield Found(ChangeKind.DIRECTIVE_ADDED, "safe", coordinate, "directive added")
        elif new_directive is None:
            yield Found(
                ChangeKind.DIRECTIVE_REMOVED, "breaking", coordinate, "directive removed", used
            )
        else:
            yield from _diff_directive(old_directive, new_directive)


def _diff_directive(old: GraphQLDirective, new: GraphQLDirective) -> Iterator[Found]:
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
                yield Found(
                    ChangeKind.DIRECTIVE_ARG_ADDED, "breaking", arg_coordinate, reason, used
                )
            else:
                reason = "optional argument added"
                yield Found(ChangeKind.DIRECTIVE_ARG_ADDED, "safe", arg_coordinate, reason)
        elif new_arg is None:
            reason = "argument removed"
            yield Found(
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
        yield Found(
            ChangeKind.DIRECTIVE_LOCATION_ADDED, "safe", coordinate, f"now allowed on {location}"
        )
    for location in sorted(old_locations - new_locations):
        yield Found(
            ChangeKind.DIRECTIVE_LOCATION_REMOVED,
            "breaking",
            coordinate,
            f"no longer allowed on {location}",
            _uses("directive_at", name, location),
        )
    if old.is_repeatable != new.is_repeatable:
        severity: Severity = "safe" if new.is_repeatable else "breaking"
        reason = "now repeatable" if new.is_repeatable else "no longer repeatable"
        yield Found(ChangeKind.DIRECTIVE_CHANGED, severity, coordinate, reason, used)


def _deprecation(
    coordinate: str, old: str | None, new: str | None, used: Usages | None
) -> Iterator[Found]:
    if old == new:
        return
    if old is None:
        yield Found(ChangeKind.DEPRECATION_ADDED, "safe", coordinate, f"deprecated: {new}", used)
    elif new is None:
        yield Found(
            ChangeKind.DEPRECATION_REMOVED, "safe", coordinate, "no longer deprecated", used
        )
    else:
        reason = f"deprecation reason changed to: {new}"
        yield Found(ChangeKind.DEPRECATION_CHANGED, "safe", coordinate, reason, used)


def _description(coordinate: str, old: str | None, new: str | None) -> Iterator[Found]:
    if (old or None) != (new or None):
        what = "added" if not old else "removed" if not new else "changed"
        yield Found(ChangeKind.DESCRIPTION_CHANGED, "safe", coordinate, f"description {what}")


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
