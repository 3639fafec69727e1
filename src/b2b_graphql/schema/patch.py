"""Apply a live schema to a committed, hand-written SDL file in place.

`update` used to reprint the whole file sorted: every comment gone, a one-field change a diff
of the whole file. Here each definition of the file is compared with its live counterpart, as
graphql-core prints them: unchanged ones keep their text, order and comments; within a changed
object, interface, input or enum type, only the fields/values that differ are rewritten where
they stand, removed ones go with the comment lines right above them, and added ones are
appended before the closing brace. A changed header (description, implemented interfaces) is
rewritten alone; scalars, unions and directives are rewritten whole. New definitions are
appended, sorted by name.

The result is checked: it must build a schema that prints exactly like the live one. If it
does not (a file with `extend` definitions, say), the live schema is printed afresh instead and
`exact` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphql import (
    DirectiveDefinitionNode,
    EnumTypeDefinitionNode,
    EnumValueDefinitionNode,
    FieldDefinitionNode,
    GraphQLEnumType,
    GraphQLEnumValue,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InputObjectTypeDefinitionNode,
    InputValueDefinitionNode,
    InterfaceTypeDefinitionNode,
    Node,
    ObjectTypeDefinitionNode,
    SchemaDefinitionNode,
    Token,
    TokenKind,
    TypeDefinitionNode,
    is_specified_directive,
    is_specified_scalar_type,
    parse,
)
from graphql.utilities.print_schema import (
    print_args,
    print_deprecated,
    print_description,
    print_directive,
    print_implemented_interfaces,
    print_input_value,
    print_schema_definition,
    print_type,
)

from .errors import SchemaLoadError
from .sdl import print_sdl, schema_from_sdl

__all__ = ["PatchedSDL", "patch_sdl"]

BlockNode = (
    ObjectTypeDefinitionNode
    | InterfaceTypeDefinitionNode
    | InputObjectTypeDefinitionNode
    | EnumTypeDefinitionNode
)
MemberNode = FieldDefinitionNode | InputValueDefinitionNode | EnumValueDefinitionNode
Member = GraphQLField | GraphQLInputField | GraphQLEnumValue


@dataclass(frozen=True)
class PatchedSDL:
    text: str
    exact: bool
    """False when the file could not be patched and was printed afresh from the live schema."""


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


def patch_sdl(text: str, live: GraphQLSchema, *, source_name: str = "<sdl>") -> PatchedSDL:
    """`text` (a valid SDL file) changed to describe `live`, keeping everything unchanged."""
    fresh = PatchedSDL(print_sdl(live), exact=False)
    committed = schema_from_sdl(text, source_name=source_name)
    document = parse(text)
    if any(
        not isinstance(d, TypeDefinitionNode | DirectiveDefinitionNode | SchemaDefinitionNode)
        for d in document.definitions
    ):
        return fresh  # `extend ...` definitions: no single place to patch
    edits: list[_Edit] = []
    seen_types: set[str] = set()
    seen_directives: set[str] = set()
    for node in document.definitions:
        if isinstance(node, TypeDefinitionNode):
            name = node.name.value
            seen_types.add(name)
            edits += _type_edits(text, node, committed.type_map[name], live.type_map.get(name))
        elif isinstance(node, DirectiveDefinitionNode):
            name = node.name.value
            seen_directives.add(name)
            old_directive, new_directive = committed.get_directive(name), live.get_directive(name)
            assert old_directive is not None
            if new_directive is None:
                edits.append(_removal(text, node))
            elif print_directive(old_directive) != print_directive(new_directive):
                edits.append(_replace(node, print_directive(new_directive)))
        elif isinstance(node, SchemaDefinitionNode):
            seen_types.add("")  # the schema block is handled here, not appended
            printed = print_schema_definition(live)
            if printed is None:
                edits.append(_removal(text, node))
            elif printed != print_schema_definition(committed):
                edits.append(_replace(node, printed))
    additions = [
        print_type(type_)
        for name, type_ in sorted(live.type_map.items())
        if name not in seen_types and not name.startswith("__") and _user_type(live, type_)
    ]
    additions += [
        print_directive(d)
        for d in sorted(live.directives, key=lambda d: d.name)
        if d.name not in seen_directives and not is_specified_directive(d)
    ]
    if "" not in seen_types and (schema_block := print_schema_definition(live)) is not None:
        additions.insert(0, schema_block)
    patched = _apply(text, edits)
    if additions:
        patched = patched.rstrip("\n") + "\n\n" + "\n\n".join(additions) + "\n"
    try:
        exact = print_sdl(schema_from_sdl(patched, source_name=source_name)) == print_sdl(live)
    except SchemaLoadError:
        exact = False
    return PatchedSDL(patched, exact=True) if exact else fresh


def _user_type(schema: GraphQLSchema, type_: GraphQLNamedType) -> bool:
    return not is_specified_scalar_type(type_)


def _type_edits(
    text: str, node: TypeDefinitionNode, old: GraphQLNamedType, new: GraphQLNamedType | None
) -> list[_Edit]:
    if new is None:
        return [_removal(text, node)]
    if print_type(old) == print_type(new):
        return []
    if type(old) is not type(new) or not isinstance(node, BlockNode):
        return [_replace(node, print_type(new))]
    brace_open = _token(node, TokenKind.BRACE_L)
    closing = node.loc.end_token if node.loc else None
    if brace_open is None or closing is None or closing.kind != TokenKind.BRACE_R:
        return [_replace(node, print_type(new))]
    line_start = text.rfind("\n", 0, closing.start) + 1
    if text[line_start : closing.start].strip():  # `type T { a: Int }` on one line
        return [_replace(node, print_type(new))]
    edits = []
    if _header(old) != _header(new):
        assert node.loc is not None
        edits.append(_Edit(node.loc.start, brace_open.start, _header(new) + " "))
    old_members, new_members = _members(old), _members(new)
    for member_node in _member_nodes(node):
        name = member_node.name.value
        if name not in new_members:
            edits.append(_removal(text, member_node))
        elif _print_member(name, old_members[name]) != _print_member(name, new_members[name]):
            edits.append(_replace_member(text, member_node, _print_member(name, new_members[name])))
    known = {m.name.value for m in _member_nodes(node)}
    first = next(iter(_member_nodes(node)), None)
    indent = _indent(text, first) if first is not None else "  "
    added = [
        _reindent(_print_member(n, m), indent) for n, m in new_members.items() if n not in known
    ]
    if added:
        edits.append(_Edit(line_start, line_start, "".join(a + "\n" for a in added)))
    return edits


def _header(type_: GraphQLNamedType) -> str:
    keyword = {
        GraphQLObjectType: "type",
        GraphQLInterfaceType: "interface",
        GraphQLInputObjectType: "input",
        GraphQLEnumType: "enum",
    }[type(type_)]
    interfaces = (
        print_implemented_interfaces(type_)
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType)
        else ""
    )
    return print_description(type_) + f"{keyword} {type_.name}{interfaces}"


def _members(type_: GraphQLNamedType) -> dict[str, Member]:
    if isinstance(type_, GraphQLEnumType):
        return dict(type_.values)
    if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType):
        return dict(type_.fields)
    return {}


def _member_nodes(node: BlockNode) -> tuple[MemberNode, ...]:
    if isinstance(node, EnumTypeDefinitionNode):
        return tuple(node.values or ())
    return tuple(node.fields or ())


def _print_member(name: str, member: Member) -> str:
    """A field, input field or enum value as graphql-core prints it in a block (2 spaces)."""
    description = print_description(member, "  ", True)  # type: ignore[arg-type]
    if isinstance(member, GraphQLField):
        line = f"  {name}{print_args(member.args, '  ')}: {member.type}"
        return description + line + print_deprecated(member.deprecation_reason)
    if isinstance(member, GraphQLInputField):
        return description + "  " + print_input_value(name, member)  # type: ignore[arg-type]
    return description + f"  {name}" + print_deprecated(member.deprecation_reason)


def _token(node: Node, kind: TokenKind) -> Token | None:
    token = node.loc.start_token if node.loc else None
    while token is not None and token.kind != kind:
        token = token.next
    return token


def _replace(node: Node, replacement: str) -> _Edit:
    assert node.loc is not None
    return _Edit(node.loc.start, node.loc.end, replacement)


def _indent(text: str, node: Node) -> str:
    """The whitespace the node's line starts with (the file's own indentation)."""
    assert node.loc is not None
    line_start = text.rfind("\n", 0, node.loc.start) + 1
    indent = text[line_start : node.loc.start]
    return "  " if indent.strip() else indent


def _reindent(printed: str, indent: str) -> str:
    return "\n".join(
        indent + line[2:] if line.startswith("  ") else line for line in printed.split("\n")
    )


def _replace_member(text: str, node: Node, printed: str) -> _Edit:
    """Rewrite a member where it stands, in the file's own indentation."""
    assert node.loc is not None
    indent = _indent(text, node)
    return _Edit(node.loc.start, node.loc.end, _reindent(printed, indent)[len(indent) :])


_COMMENT_LINE = re.compile(r"[ \t]*#[^\n]*\n")


def _removal(text: str, node: Node) -> _Edit:
    """The node's whole lines, with the comment lines right above it and a blank line after
    a top-level definition (so no double blank line is left)."""
    assert node.loc is not None
    start = text.rfind("\n", 0, node.loc.start) + 1
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        if not _COMMENT_LINE.fullmatch(text, previous, start):
            break
        start = previous
    end = node.loc.end
    rest = re.compile(r"[ \t]*(#[^\n]*)?\n").match(text, end)
    if rest:
        end = rest.end()
    if isinstance(node, TypeDefinitionNode | DirectiveDefinitionNode | SchemaDefinitionNode):
        blank = re.compile(r"[ \t]*\n").match(text, end)
        if blank:
            end = blank.end()
    return _Edit(start, end, "")


def _apply(text: str, edits: list[_Edit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text
