"""The client's operation files, as the schema tooling sees them.

A schema change only matters to this project when one of its ``.graphql`` operation files uses
what changed, so this module loads those files, validates them against a schema, and indexes
every place they touch the schema: selected fields, passed arguments, input types and input
fields reachable from variables or written as literals, enum types and values, fragment type
conditions, executable directives. Positions are ``file:line:column`` in the operation files, so
reports can point at the exact line to fix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphql import (
    ArgumentNode,
    DirectiveLocation,
    DirectiveNode,
    DocumentNode,
    EnumValueNode,
    ExecutableDefinitionNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLNamedType,
    GraphQLSchema,
    GraphQLSyntaxError,
    InlineFragmentNode,
    Node,
    ObjectFieldNode,
    ObjectValueNode,
    OperationDefinitionNode,
    Source,
    TypeInfo,
    TypeInfoVisitor,
    VariableDefinitionNode,
    Visitor,
    get_named_type,
    is_abstract_type,
    is_enum_type,
    is_input_object_type,
    parse,
    validate,
    visit,
)

from .errors import OperationLoadError, SourcePosition, error_positions, node_position

__all__ = [
    "OperationFile",
    "OperationProblem",
    "UsageIndex",
    "definition_label",
    "definitions_containing",
    "deprecated_usages",
    "index_usages",
    "load_operations",
    "validate_operations",
]


@dataclass(frozen=True)
class OperationFile:
    """One ``.graphql`` file of operations/fragments; nodes carry ``path`` as their source name."""

    path: str
    document: DocumentNode

    @classmethod
    def parse(cls, text: str, path: str = "<operations>") -> OperationFile:
        """Parse operation text; a syntax error raises :class:`OperationLoadError`."""
        try:
            document = parse(Source(text, path))
        except GraphQLSyntaxError as error:
            positions = error_positions(error)
            raise OperationLoadError(positions[0] if positions else path, error.message) from None
        return cls(path, document)

    @classmethod
    def read(cls, path: str | Path) -> OperationFile:
        """Read and parse one file; the path is kept as given (relative paths stay relative)."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise OperationLoadError(str(path), f"cannot read: {error}") from None
        return cls.parse(text, str(path))


def load_operations(directory: str | Path) -> list[OperationFile]:
    """All ``*.graphql`` files below ``directory`` (recursively), sorted by path."""
    root = Path(directory)
    if not root.is_dir():
        raise OperationLoadError(str(root), "not a directory of operation files")
    return [OperationFile.read(path) for path in sorted(root.rglob("*.graphql"))]


@dataclass(frozen=True)
class OperationProblem:
    """An operation that does not validate against a schema, with where and why."""

    position: SourcePosition | None
    message: str
    definition: str | None = None
    """``query name`` / ``mutation name`` / ``fragment Name`` containing the problem."""

    def __str__(self) -> str:
        return f"{self.position or '<operations>'}: {self.message}"


def validate_operations(
    schema: GraphQLSchema, operations: Sequence[OperationFile]
) -> list[OperationProblem]:
    """Validate all files as one document (fragments may be shared across files, as codegen
    does); problems are sorted by position."""
    document = DocumentNode(
        definitions=tuple(d for op in operations for d in op.document.definitions)
    )
    if not document.definitions:
        return []
    spans = _definition_spans(operations)
    problems = []
    for error in validate(schema, document, max_errors=10_000):
        problems.append(_problem(error, spans))
    return sorted(problems, key=_problem_key)


def deprecated_usages(
    schema: GraphQLSchema, operations: Sequence[OperationFile]
) -> list[OperationProblem]:
    """Where the operations use deprecated fields, arguments, input fields or enum values
    (graphql-core's ``NoDeprecatedCustomRule``), sorted by position."""
    from graphql.validation import NoDeprecatedCustomRule

    document = DocumentNode(
        definitions=tuple(d for op in operations for d in op.document.definitions)
    )
    if not document.definitions:
        return []
    spans = _definition_spans(operations)
    errors = validate(schema, document, [NoDeprecatedCustomRule], max_errors=10_000)
    return sorted((_problem(error, spans) for error in errors), key=_problem_key)


def _problem(error: GraphQLError, spans: list[_Span]) -> OperationProblem:
    positions = error_positions(error)
    position = positions[0] if positions else None
    return OperationProblem(position, error.message, _definition_at(spans, position))


def _problem_key(problem: OperationProblem) -> tuple[str, int, int, str]:
    pos = problem.position
    return (pos.file, pos.line, pos.column, problem.message) if pos else ("", 0, 0, problem.message)


@dataclass(frozen=True)
class _Span:
    file: str
    start: tuple[int, int]
    end: tuple[int, int]
    label: str


def _definition_spans(operations: Sequence[OperationFile]) -> list[_Span]:
    spans = []
    for op in operations:
        for definition in op.document.definitions:
            if not isinstance(definition, ExecutableDefinitionNode) or definition.loc is None:
                continue
            source = definition.loc.source
            start = source.get_location(definition.loc.start)
            end = source.get_location(definition.loc.end)
            spans.append(
                _Span(
                    op.path,
                    (start.line, start.column),
                    (end.line, end.column),
                    definition_label(definition),
                )
            )
    return spans


def _definition_at(spans: list[_Span], position: SourcePosition | None) -> str | None:
    if position is None:
        return None
    where = (position.line, position.column)
    for span in spans:
        if span.file == position.file and span.start <= where <= span.end:
            return span.label
    return None


def definitions_containing(
    operations: Sequence[OperationFile], found: Iterable[SourcePosition]
) -> set[str]:
    """Labels (see :func:`definition_label`) of the definitions containing ``found``."""
    spans = _definition_spans(operations)
    labels = {_definition_at(spans, position) for position in found}
    return {label for label in labels if label is not None}


def definition_label(definition: ExecutableDefinitionNode) -> str:
    """``query name``, ``mutation name``, ``fragment Name`` (``query <anonymous>`` if unnamed)."""
    name = definition.name.value if definition.name else "<anonymous>"
    if isinstance(definition, OperationDefinitionNode):
        return f"{definition.operation.value} {name}"
    return f"fragment {name}"


@dataclass
class UsageIndex:
    """Where operation files touch a schema, keyed by what they touch.

    Keys (tuples of names) and what they record:

    - ``fields[(Type, field)]``: each selection of the field, with the argument names passed;
      selections on an interface/union also count for each of its possible object types.
    - ``("arg", Type, field, arg)``: an argument passed to a field.
    - ``("returns", Type)``: a selected field whose named output type is Type.
    - ``("type", Type)``: any reference to Type (selection on/returning it, variable, literal,
      fragment condition).
    - ``("input", Input)``: a variable whose type reaches Input, or an object literal of Input.
    - ``("input_field", Input, field)``: a literal setting the field, or a variable reaching Input
      (the generated input model may send any of its fields).
    - ``("enum_in", Enum)``: a variable whose type reaches Enum.
    - ``("enum_value", Enum, VALUE)``: an enum literal.
    - ``("cond", Parent, Cond)``: a fragment with type condition Cond used within Parent.
    - ``("directive", name)``, ``("directive_at", name, LOCATION)``, ``("directive_arg", name,
      arg)``: executable directive usages.
    - ``("operation", "query"|"mutation"|"subscription")``: operation definitions.
    """

    fields: defaultdict[tuple[str, str], list[tuple[SourcePosition, frozenset[str]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    keys: defaultdict[tuple[str, ...], set[SourcePosition]] = field(
        default_factory=lambda: defaultdict(set)
    )

    def add(self, key: tuple[str, ...], position: SourcePosition | None) -> None:
        if position is not None:
            self.keys[key].add(position)

    def get(self, *key: str) -> set[SourcePosition]:
        return self.keys.get(key, set())

    def field_positions(
        self, type_name: str, field_name: str, *, omitting: str | None = None
    ) -> set[SourcePosition]:
        """Selections of ``type_name.field_name`` (only those not passing ``omitting``)."""
        return {
            pos
            for pos, args in self.fields.get((type_name, field_name), ())
            if omitting is None or omitting not in args
        }


def index_usages(schema: GraphQLSchema, operations: Sequence[OperationFile]) -> UsageIndex:
    """Index every schema usage of ``operations``, resolved against ``schema`` (the old one)."""
    index = UsageIndex()
    fragments = {
        definition.name.value: definition.type_condition.name.value
        for op in operations
        for definition in op.document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    for op in operations:
        type_info = TypeInfo(schema)
        visit(
            op.document, TypeInfoVisitor(type_info, _Collector(schema, type_info, index, fragments))
        )
    return index


_DIRECTIVE_LOCATIONS: dict[type[Node], DirectiveLocation] = {
    FieldNode: DirectiveLocation.FIELD,
    FragmentSpreadNode: DirectiveLocation.FRAGMENT_SPREAD,
    InlineFragmentNode: DirectiveLocation.INLINE_FRAGMENT,
    FragmentDefinitionNode: DirectiveLocation.FRAGMENT_DEFINITION,
    VariableDefinitionNode: DirectiveLocation.VARIABLE_DEFINITION,
}


class _Collector(Visitor):
    """Records usages into a :class:`UsageIndex`; runs inside a ``TypeInfoVisitor``."""

    def __init__(
        self,
        schema: GraphQLSchema,
        type_info: TypeInfo,
        index: UsageIndex,
        fragments: dict[str, str],
    ) -> None:
        super().__init__()
        self.schema = schema
        self.type_info = type_info
        self.index = index
        self.fragments = fragments
        self.field_names: list[str] = []

    def _parent(self) -> GraphQLNamedType | None:
        return get_named_type(self.type_info.get_parent_type())

    def _with_possible_types(self, named: GraphQLNamedType) -> list[str]:
        if is_abstract_type(named):
            possible = self.schema.get_possible_types(named)  # type: ignore[arg-type]
            return [named.name, *(t.name for t in possible)]
        return [named.name]

    def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
        self.index.add(("operation", node.operation.value), node_position(node))

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        self.field_names.append(node.name.value)
        parent, field_def = self._parent(), self.type_info.get_field_def()
        if parent is None or field_def is None or node.name.value.startswith("__"):
            return
        pos = node_position(node.name)
        if pos is None:
            return
        passed = frozenset(arg.name.value for arg in node.arguments or ())
        for type_name in self._with_possible_types(parent):
            self.index.fields[(type_name, node.name.value)].append((pos, passed))
        returned = get_named_type(field_def.type)
        self.index.add(("type", parent.name), pos)
        self.index.add(("type", returned.name), pos)
        self.index.add(("returns", returned.name), pos)

    def leave_field(self, *_: Any) -> None:
        self.field_names.pop()

    def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
        if self.type_info.get_argument() is None:
            return
        pos = node_position(node)
        directive = self.type_info.get_directive()
        if directive is not None:
            self.index.add(("directive_arg", directive.name, node.name.value), pos)
            return
        parent = self._parent()
        if parent is None or not self.field_names:
            return
        for type_name in self._with_possible_types(parent):
            self.index.add(("arg", type_name, self.field_names[-1], node.name.value), pos)

    def enter_variable_definition(self, node: VariableDefinitionNode, *_: Any) -> None:
        named = get_named_type(self.type_info.get_input_type())
        if named is not None:
            self._reach(named, node_position(node), set())

    def _reach(self, named: GraphQLNamedType, pos: SourcePosition | None, seen: set[str]) -> None:
        """Record everything a variable of type ``named`` can carry."""
        seen.add(named.name)
        self.index.add(("type", named.name), pos)
        if is_enum_type(named):
            self.index.add(("enum_in", named.name), pos)
        if isinstance(named, GraphQLInputObjectType):
            self.index.add(("input", named.name), pos)
            for name, input_field in named.fields.items():
                self.index.add(("input_field", named.name, name), pos)
                field_type = get_named_type(input_field.type)
                if field_type.name not in seen:
                    self._reach(field_type, pos, seen)

    def enter_object_value(self, node: ObjectValueNode, *_: Any) -> None:
        named = get_named_type(self.type_info.get_input_type())
        if named is not None and is_input_object_type(named):
            self.index.add(("input", named.name), node_position(node))
            self.index.add(("type", named.name), node_position(node))

    def enter_object_field(self, node: ObjectFieldNode, *_: Any) -> None:
        parent = get_named_type(self.type_info.get_parent_input_type())
        if parent is not None and is_input_object_type(parent):
            self.index.add(("input_field", parent.name, node.name.value), node_position(node))

    def enter_enum_value(self, node: EnumValueNode, *_: Any) -> None:
        named = get_named_type(self.type_info.get_input_type())
        if named is not None and is_enum_type(named):
            self.index.add(("enum_value", named.name, node.value), node_position(node))
            self.index.add(("type", named.name), node_position(node))

    def enter_inline_fragment(self, node: InlineFragmentNode, *_: Any) -> None:
        parent = self._parent()
        if node.type_condition is not None:
            condition, pos = node.type_condition.name.value, node_position(node.type_condition)
            self.index.add(("type", condition), pos)
            if parent is not None:
                self.index.add(("cond", parent.name, condition), pos)

    def enter_fragment_spread(self, node: FragmentSpreadNode, *_: Any) -> None:
        parent, condition = self._parent(), self.fragments.get(node.name.value)
        if parent is not None and condition is not None:
            self.index.add(("cond", parent.name, condition), node_position(node))

    def enter_fragment_definition(self, node: FragmentDefinitionNode, *_: Any) -> None:
        self.index.add(("type", node.type_condition.name.value), node_position(node.type_condition))

    def enter_directive(
        self,
        node: DirectiveNode,
        _key: Any,
        _parent: Any,
        _path: Any,
        ancestors: list[Node | tuple[Node, ...]],
    ) -> None:
        pos = node_position(node)
        self.index.add(("directive", node.name.value), pos)
        owner = next((a for a in reversed(ancestors) if isinstance(a, Node)), None)
        location = _directive_location(owner)
        if location is not None:
            self.index.add(("directive_at", node.name.value, location.name), pos)


def _directive_location(owner: Node | None) -> DirectiveLocation | None:
    if isinstance(owner, OperationDefinitionNode):
        return DirectiveLocation[owner.operation.name]
    for node_type, location in _DIRECTIVE_LOCATIONS.items():
        if isinstance(owner, node_type):
            return location
    return None


def positions(values: Iterable[SourcePosition]) -> tuple[SourcePosition, ...]:
    """Sorted, de-duplicated positions."""
    return tuple(sorted(set(values)))
