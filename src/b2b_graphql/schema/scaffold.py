"""Write starter operations for the root fields no operation file uses yet.

When an API grows, someone has to write the ``.graphql`` operation before codegen can give the
client a method for it. Scaffolding writes a readable, valid first draft to edit: one operation
per uncovered query/mutation root field, selecting every scalar/enum field of the result and
nested objects down to ``depth`` levels.

Rules:

- Covered root fields: every root field selected by an operation in any ``*.graphql`` file below
  ``out_dir`` (through fragments too). Deprecated root fields, ``__`` meta fields and
  subscriptions are skipped.
- User files are never edited or overwritten: operations go only into files this run creates
  (opened with exclusive create). A field's domain (see :data:`DEFAULT_DOMAINS`, or the
  ``domains`` given) names the file: ``<domain>.graphql`` when free, else
  ``<domain>_scaffold.graphql``, ``<domain>_scaffold_2.graphql``... A field matching no keyword
  is grouped by the object, interface or union type it returns (``createWidget: Widget`` ->
  ``widget``), a leaf-returning one goes to ``misc``. ``group_by="root"`` groups by operation
  kind instead (``query``, ``mutation``). A second run writes nothing because the first run's
  operations now cover those fields.
- Domain: keywords are matched at the start of the words of the field name (camelCase or
  snake_case words, ``getPriceList`` -> get/price/list); the earliest match wins, the longer
  keyword on a tie (``pricelist`` over ``price``).
- Operation name: the field name in camelCase without leading underscores
  (``_listProductsMeta`` -> ``listProductsMeta``, ``create_order`` -> ``createOrder``), with a
  ``Query``/``Mutation`` (then a number) appended when an operation of that name exists
  (``Database`` as query and mutation -> ``database`` and ``databaseMutation``).
- Variables: one per argument, same name, type and default.
- Selection: scalar/enum fields of the type (deprecated ones and ones with required arguments
  skipped); object fields down to ``depth`` levels, never re-entering a type already on the path;
  interfaces and unions get ``__typename`` plus an inline fragment with each possible type's own
  scalar fields. A type with nothing selectable gets ``__typename``. When members share a field
  name with different types (``name: String`` and ``name: String!``), which GraphQL forbids in
  one selection, the later member's field gets an alias (``gadgetName: name``).
- Every operation is validated against the schema before any file is written; one that still
  does not validate is left out, with a comment in its file saying why, and the valid ones are
  written. The text is ``print_ast`` output, so the same schema and directory always give the
  same files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    InlineFragmentNode,
    NamedTypeNode,
    NameNode,
    OperationDefinitionNode,
    OperationType,
    SelectionNode,
    SelectionSetNode,
    Undefined,
    VariableDefinitionNode,
    VariableNode,
    ast_from_value,
    get_named_type,
    is_leaf_type,
    is_required_argument,
    parse_type,
    print_ast,
    validate,
)

from .errors import ScaffoldError
from .operations import OperationFile

__all__ = [
    "DEFAULT_DOMAINS",
    "ScaffoldResult",
    "ScaffoldedFile",
    "ScaffoldedOperation",
    "domain_of",
    "scaffold_operations",
]

DEFAULT_DOMAINS: Mapping[str, str] = {
    "product": "products",
    "drop": "drops",
    "cart": "cart",
    "checkout": "cart",
    "order": "orders",
    "contact": "contacts",
    "pricelist": "pricelists",
    "price": "pricelists",
    "discount": "discounts",
    "coupon": "discounts",
    "integration": "integrations",
    "webhook": "integrations",
    "category": "catalog",
    "categories": "catalog",
    "brand": "catalog",
    "stock": "stock",
    "inventory": "stock",
    "warehouse": "stock",
    "shipment": "shipments",
    "shipping": "shipments",
    "tracking": "shipments",
    "invoice": "invoices",
    "customer": "customers",
    "account": "account",
    "user": "account",
    "billing": "account",
    "address": "account",
    "payment": "payments",
}
"""Keyword (lowercase, matched at a word start) -> domain (file stem)."""

FALLBACK_DOMAIN = "misc"
HEADER = "# Scaffolded by b2b-graphql from the schema; edit freely, it is never rewritten.\n"


@dataclass(frozen=True)
class ScaffoldedOperation:
    name: str
    operation: str  # "query" | "mutation"
    coordinate: str  # the root field, e.g. "Query.products"


@dataclass(frozen=True)
class ScaffoldedFile:
    path: Path
    operations: tuple[ScaffoldedOperation, ...]
    text: str


@dataclass
class ScaffoldResult:
    """Files written (or that would be, with ``dry_run``) and root fields left alone."""

    files: list[ScaffoldedFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(coordinate, reason) for deprecated root fields and ones already covered."""


def scaffold_operations(
    schema: GraphQLSchema,
    out_dir: str | Path,
    *,
    depth: int = 2,
    domains: Mapping[str, str] | None = None,
    group_by: str = "domain",
    dry_run: bool = False,
) -> ScaffoldResult:
    """Create operation files in ``out_dir`` for uncovered root fields (see module rules)."""
    out = Path(out_dir)
    existing = (
        [OperationFile.read(p) for p in sorted(out.rglob("*.graphql"))] if out.is_dir() else []
    )
    covered = _covered_root_fields(existing)
    taken_names = {
        d.name.value
        for op in existing
        for d in op.document.definitions
        if isinstance(d, OperationDefinitionNode) and d.name
    }
    result = ScaffoldResult()
    grouped: dict[str, list[tuple[ScaffoldedOperation, OperationDefinitionNode]]] = {}
    for kind, root in (
        (OperationType.QUERY, schema.query_type),
        (OperationType.MUTATION, schema.mutation_type),
    ):
        if root is None:
            continue
        for field_name in sorted(root.fields):
            root_field = root.fields[field_name]
            coordinate = f"{root.name}.{field_name}"
            if field_name.startswith("__"):
                continue
            if root_field.deprecation_reason is not None:
                result.skipped.append((coordinate, "deprecated"))
                continue
            if (kind.value, field_name) in covered:
                result.skipped.append((coordinate, "already used by an operation"))
                continue
            name = _unique(operation_name(field_name), kind, taken_names)
            taken_names.add(name)
            node = _operation(schema, kind, name, field_name, root_field, depth)
            if group_by == "root":
                domain = kind.value
            else:
                returned = get_named_type(root_field.type)
                domain = domain_of(
                    field_name,
                    DEFAULT_DOMAINS if domains is None else domains,
                    None if is_leaf_type(returned) else returned.name,
                )
            grouped.setdefault(domain, []).append(
                (ScaffoldedOperation(name, kind.value, coordinate), node)
            )

    planned: set[Path] = set()
    for domain in sorted(grouped):
        valid, notes = [], []
        for op, node in grouped[domain]:
            errors = validate(schema, DocumentNode(definitions=(node,)))
            if errors:
                reason = f"does not validate: {errors[0].message}"
                result.skipped.append((op.coordinate, reason))
                notes.append(f"# Left out {op.coordinate}: the scaffolded operation {reason}\n")
            else:
                valid.append((op, node))
        if not valid:
            continue
        document = DocumentNode(definitions=tuple(node for _, node in valid))
        path = _free_path(out, domain, planned)
        planned.add(path)
        text = HEADER + "".join(notes) + "\n" + print_ast(document) + "\n"
        result.files.append(ScaffoldedFile(path, tuple(op for op, _ in valid), text))

    if not dry_run:
        for scaffolded in result.files:
            scaffolded.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with scaffolded.path.open("x", encoding="utf-8") as handle:
                    handle.write(scaffolded.text)
            except OSError as error:
                raise ScaffoldError(f"cannot create {scaffolded.path}: {error}") from None
    return result


def operation_name(field_name: str) -> str:
    """The field name in camelCase without leading underscores.

    ``_listProductsMeta`` -> ``listProductsMeta``, ``create_order`` -> ``createOrder``,
    ``SSHKey`` -> ``sshKey``, ``Database`` -> ``database``.
    """
    words = [w for w in field_name.strip("_").split("_") if w]
    if not words:
        return "operation"
    first = re.sub(
        r"^[A-Z]+(?=[A-Z][a-z]|[^A-Za-z]|$)|^[A-Z]", lambda m: m.group().lower(), words[0]
    )
    return first + "".join(w[0].upper() + w[1:] for w in words[1:])


_WORD_START = re.compile(r"(?:^|_)_*([a-zA-Z0-9])|(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z])(?=[a-z])")


def domain_of(
    field_name: str, domains: Mapping[str, str] = DEFAULT_DOMAINS, returns: str | None = None
) -> str:
    """The domain of the first keyword found at a word start of ``field_name``; else the
    snake_case name of the composite type it ``returns``; else ``misc``."""
    lowered = field_name.lower()
    starts = [m.start(m.lastindex or 0) for m in _WORD_START.finditer(field_name)]
    for start in starts:
        matches = [kw for kw in domains if lowered.startswith(kw.lower(), start)]
        if matches:
            return domains[max(matches, key=len)]
    if returns:
        return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", returns).lower()
    return FALLBACK_DOMAIN


def _unique(name: str, kind: OperationType, taken: set[str]) -> str:
    """``name``, else ``nameMutation``/``nameQuery``, else ``nameMutation2``, ..."""
    if name not in taken:
        return name
    name = name + kind.value.capitalize()
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name}{number}", number + 1
    return candidate


def _free_path(out: Path, domain: str, planned: set[Path]) -> Path:
    candidates = [out / f"{domain}.graphql", out / f"{domain}_scaffold.graphql"]
    candidates += [out / f"{domain}_scaffold_{n}.graphql" for n in range(2, 1000)]
    for candidate in candidates:
        if candidate not in planned and not candidate.exists():
            return candidate
    raise ScaffoldError(f"no free file name for domain {domain} in {out}")


def _covered_root_fields(files: Sequence[OperationFile]) -> set[tuple[str, str]]:
    """(operation kind, root field) pairs selected by existing operations."""
    fragments = {
        d.name.value: d
        for op in files
        for d in op.document.definitions
        if isinstance(d, FragmentDefinitionNode)
    }
    covered = set()
    for op in files:
        for definition in op.document.definitions:
            if isinstance(definition, OperationDefinitionNode):
                for name in _field_names(definition.selection_set, fragments, set()):
                    covered.add((definition.operation.value, name))
    return covered


def _field_names(
    selection_set: SelectionSetNode,
    fragments: Mapping[str, FragmentDefinitionNode],
    seen: set[str],
) -> Iterator[str]:
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection.name.value
        elif isinstance(selection, InlineFragmentNode):
            yield from _field_names(selection.selection_set, fragments, seen)
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
            seen.add(selection.name.value)
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                yield from _field_names(fragment.selection_set, fragments, seen)


def _name(value: str) -> NameNode:
    return NameNode(value=value)


def _operation(
    schema: GraphQLSchema,
    kind: OperationType,
    name: str,
    field_name: str,
    root_field: GraphQLField,
    depth: int,
) -> OperationDefinitionNode:
    variables = []
    arguments = []
    for arg_name, arg in root_field.args.items():
        default = None
        if arg.default_value is not Undefined:
            default = ast_from_value(arg.default_value, arg.type)
        variables.append(
            VariableDefinitionNode(
                variable=VariableNode(name=_name(arg_name)),
                type=parse_type(str(arg.type)),
                default_value=default,
                directives=(),
            )
        )
        arguments.append(
            ArgumentNode(name=_name(arg_name), value=VariableNode(name=_name(arg_name)))
        )
    returned = get_named_type(root_field.type)
    selection = _selection_set(schema, returned, 0, depth, frozenset(), root=True)
    root_selection = FieldNode(
        name=_name(field_name),
        arguments=tuple(arguments),
        directives=(),
        selection_set=selection,
    )
    return OperationDefinitionNode(
        operation=kind,
        name=_name(name),
        variable_definitions=tuple(variables),
        directives=(),
        selection_set=SelectionSetNode(selections=(root_selection,)),
    )


def _field(
    name: str, selection_set: SelectionSetNode | None = None, alias: str | None = None
) -> FieldNode:
    return FieldNode(
        alias=_name(alias) if alias else None,
        name=_name(name),
        arguments=(),
        directives=(),
        selection_set=selection_set,
    )


_TYPENAME = "__typename"


def _selection_set(
    schema: GraphQLSchema,
    type_: GraphQLNamedType,
    level: int,
    depth: int,
    path: frozenset[str],
    *,
    root: bool = False,
) -> SelectionSetNode | None:
    """The selection for ``type_``; None for leaves and for nested types with nothing useful."""
    if is_leaf_type(type_):
        return None
    path = path | {type_.name}
    selections: list[SelectionNode] = []
    if isinstance(type_, GraphQLObjectType):
        selections = _fields(schema, type_, level, depth, path)
    elif isinstance(type_, GraphQLInterfaceType):
        own = _fields(schema, type_, level, depth, path)
        members = _member_fragments(
            schema, type_, {name: str(f.type) for name, f in type_.fields.items()}
        )
        selections = [_field(_TYPENAME), *own, *members]
    elif isinstance(type_, GraphQLUnionType):
        selections = [_field(_TYPENAME), *_member_fragments(schema, type_, {})]
    if not selections or all(_is_typename(s) for s in selections):
        if not root:
            return None
        selections = [_field(_TYPENAME)]
    return SelectionSetNode(selections=tuple(selections))


def _is_typename(selection: SelectionNode) -> bool:
    return isinstance(selection, FieldNode) and selection.name.value == _TYPENAME


def _selectable(field_def: GraphQLField) -> bool:
    return field_def.deprecation_reason is None and not any(
        is_required_argument(arg) for arg in field_def.args.values()
    )


def _fields(
    schema: GraphQLSchema,
    type_: GraphQLObjectType | GraphQLInterfaceType,
    level: int,
    depth: int,
    path: frozenset[str],
) -> list[SelectionNode]:
    selections: list[SelectionNode] = []
    for name, field_def in type_.fields.items():
        if name.startswith("__") or not _selectable(field_def):
            continue
        named = get_named_type(field_def.type)
        if is_leaf_type(named):
            selections.append(_field(name))
        elif level < depth and named.name not in path:
            nested = _selection_set(schema, named, level + 1, depth, path)
            if nested is not None:
                selections.append(_field(name, nested))
    return selections


def _member_fragments(
    schema: GraphQLSchema,
    type_: GraphQLInterfaceType | GraphQLUnionType,
    already: Mapping[str, str],
) -> list[SelectionNode]:
    """``... on Member { scalars }`` for each possible type with scalars not yet selected.

    ``already``: the names selected on the abstract type itself, with their types. A member
    field whose name another member selected with a different type gets an alias, since both
    land in one response object (GraphQL's "fields can be merged" rule)."""
    fragments: list[SelectionNode] = []
    typed: dict[str, str] = {}  # response name -> type, across the member fragments
    for member in sorted(schema.get_possible_types(type_), key=lambda t: t.name):
        scalars = []
        for name, field_def in member.fields.items():
            if (
                name in already
                or name.startswith("__")
                or not _selectable(field_def)
                or not is_leaf_type(get_named_type(field_def.type))
            ):
                continue
            kind = str(field_def.type)
            alias = None
            if typed.setdefault(name, kind) != kind:
                alias = member.name[0].lower() + member.name[1:] + name[0].upper() + name[1:]
            scalars.append(_field(name, alias=alias))
        if scalars:
            fragments.append(
                InlineFragmentNode(
                    type_condition=NamedTypeNode(name=_name(member.name)),
                    directives=(),
                    selection_set=SelectionSetNode(selections=tuple(scalars)),
                )
            )
    return fragments
