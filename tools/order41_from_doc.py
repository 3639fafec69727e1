"""Generate schemas/order41.graphql and the Order41 example operations from the API reference.

Usage (from the repository root):

    .venv/bin/python tools/order41_from_doc.py [DOC]

DOC defaults to ../shared/seeds/002_8225e3feea8abc62.txt. The Order41 reference is a text
rendering of the published docs (version 7.26.0); there is no introspection dump, so the field
and type tables are the spec. The tool writes the SDL and tests/data/order41_examples/, then
cross-checks the document against itself and exits non-zero on any mismatch.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from graphql import (
    FieldNode,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    ObjectValueNode,
    OperationDefinitionNode,
    Undefined,
    ValueNode,
    assert_valid_schema,
    build_schema,
    get_named_type,
    is_leaf_type,
    is_non_null_type,
    parse,
    parse_value,
    validate,
    value_from_ast,
)
from graphql.language.block_string import print_block_string

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOC = ROOT.parent / "shared/seeds/002_8225e3feea8abc62.txt"
SCHEMA_PATH = ROOT / "schemas/order41.graphql"
EXAMPLES_DIR = ROOT / "tests/data/order41_examples"

BUILTIN_SCALARS = {"Boolean", "Float", "ID", "Int", "String"}
SYNTHESIZED = "DropWithLink"  # referenced but never defined by the reference
# What the reference lists, as counted by hand when this tool was written; a changed document
# shows up here before it reaches the clients.
EXPECTED = {
    "Query": 84,
    "Query deprecated": 12,
    "Mutation": 134,
    "Mutation deprecated": 3,
    "object": 77,
    "input": 66,
    "enum": 27,
    "union": 1,
    "scalar": 4,
}

ENTRY = re.compile(r"^(?P<name>\w+) - (?P<type>[\w\[\]!]+)(?: (?P<rest>.*))?$")
DEFAULT = re.compile(r"(?:^|\.? )Default = (?P<value>.*)$")
PROSE_DEFAULT = re.compile(r"defaults to (\S+?)\.?$")
# The renderer appends a deprecation reason to the field's description; these openings only
# ever start such a reason in this document (see the SDL header).
REASON = re.compile(r"(?:^[Uu]se |^Please use |(?:^| )(?:Use |To be removed |Will be removed ))")
FRAGMENT_SPREAD = re.compile(r"\.\.\.(\w+)Fragment\b")
SECTION_KEYWORDS = {"Fields", "Values", "Types", "Example"}


@dataclass
class Arg:
    name: str
    type: str
    description: str
    default: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Field:
    name: str
    type: str
    description: str
    args: list[Arg] = field(default_factory=list)
    reason: str | None = None


@dataclass
class TypeDef:
    name: str
    kind: str  # object, input, enum, union or scalar
    description: str
    fields: list[Field] = field(default_factory=list)  # enum values use Field with type ""
    members: list[str] = field(default_factory=list)
    example: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class Operation:
    root: str
    field: Field
    query: str
    variables: str


@dataclass
class Doc:
    operations: list[Operation]
    types: list[TypeDef]
    lines: list[str]


class Cursor:
    """Line cursor over the document; every parse step consumes what it understood."""

    def __init__(self, lines: list[str], start: int, stop: int) -> None:
        self.lines, self.i, self.stop = lines, start, stop

    def peek(self, ahead: int = 0) -> str:
        i = self.i + ahead
        return self.lines[i] if i < self.stop else ""

    def done(self) -> bool:
        return self.i >= self.stop

    def take(self) -> str:
        line = self.peek()
        self.i += 1
        return line

    def skip_blank(self) -> None:
        while not self.done() and not self.peek():
            self.i += 1

    def expect(self, text: str) -> None:
        self.skip_blank()
        if self.take() != text:
            raise ValueError(f"line {self.i}: expected {text!r}, got {self.lines[self.i - 1]!r}")

    def paragraphs_until(self, stops: set[str]) -> str:
        """Description text: paragraphs up to a section keyword, joined by blank lines."""
        paras: list[str] = []
        self.skip_blank()
        while not self.done() and self.peek() not in stops:
            paras.append(self.take())
            self.skip_blank()
        return "\n\n".join(paras)

    def block_until(self, stops: set[str]) -> str:
        """Example text: consecutive lines up to a stop line or a blank line."""
        out: list[str] = []
        while not self.done() and self.peek() and self.peek() not in stops:
            out.append(self.take())
        return "\n".join(out)


def parse_doc(text: str) -> Doc:
    lines = text.split("\n")
    starts = {name: lines.index(name) for name in ("Queries", "Mutations")}
    types_at = lines.index("Types", starts["Mutations"])
    operations = [
        *parse_operations(Cursor(lines, starts["Queries"] + 1, starts["Mutations"]), "Query"),
        *parse_operations(Cursor(lines, starts["Mutations"] + 1, types_at), "Mutation"),
    ]
    types = parse_types(Cursor(lines, types_at + 1, len(lines)))
    return Doc(operations, types, lines)


def split_entry(line: str) -> tuple[str, str, str]:
    m = ENTRY.match(line)
    if not m:
        raise ValueError(f"not a 'name - Type description' entry: {line!r}")
    return m["name"], m["type"], m["rest"] or ""


def parse_operations(cur: Cursor, root: str) -> list[Operation]:
    ops: list[Operation] = []
    while True:
        cur.skip_blank()
        if cur.done():
            return ops
        name = cur.take()
        cur.skip_blank()
        # A deprecated operation shows its reason right under the name, before Description.
        reason_lines = []
        while cur.peek() not in ("Description", "Response"):
            reason_lines.append(cur.take())
        description = ""
        if cur.peek() == "Description":
            cur.take()
            description = cur.paragraphs_until({"Response"})
        cur.expect("Response")
        cur.skip_blank()
        returns = re.sub(r"^Returns (?:an? )?", "", cur.take())
        args = []
        cur.skip_blank()
        if cur.peek() == "Arguments":
            cur.take()
            cur.expect("Name Description")
            while cur.peek():
                args.append(parse_root_arg(cur.take()))
        cur.expect("Example")
        cur.expect("Query")
        query = cur.block_until({"Variables", "Response"})
        variables = ""
        if cur.peek() == "Variables":
            cur.take()
            variables = cur.block_until({"Response"})
        cur.expect("Response")
        cur.block_until(set())
        reason = " ".join(reason_lines) or None
        ops.append(
            Operation(root, Field(name, returns, description, args, reason), query, variables)
        )


def parse_root_arg(line: str) -> Arg:
    name, type_, rest = split_entry(line)
    m = DEFAULT.search(rest)
    if not m:
        return Arg(name, type_, rest)
    return Arg(name, type_, rest[: m.start()], m["value"])


def parse_types(cur: Cursor) -> list[TypeDef]:
    types: list[TypeDef] = []
    while True:
        cur.skip_blank()
        if cur.done():
            return types
        name = cur.take()
        cur.skip_blank()
        description = ""
        if cur.peek() == "Description":
            cur.take()
            description = cur.paragraphs_until(SECTION_KEYWORDS)
        td = TypeDef(name, "scalar", description)
        section = cur.take() if cur.peek() != "Example" else ""
        if section == "Fields":
            td.kind = "object" if cur.take() == "Field Name Description" else "input"
            td.fields = parse_fields(cur)
        elif section == "Values":
            cur.expect("Enum Value Description")
            td.kind, td.fields = "enum", parse_enum_values(cur)
        elif section == "Types":
            cur.expect("Union Types")
            td.kind = "union"
            cur.skip_blank()
            while cur.peek() != "Example":
                td.members.append(cur.take())
                cur.skip_blank()
        cur.expect("Example")
        td.example = cur.block_until(set())
        types.append(td)


def parse_fields(cur: Cursor) -> list[Field]:
    """Field table: `name - Type desc`, optionally followed by an Arguments list.

    An argument is a `name - Type` line followed by a blank line and its description
    paragraph; a field line is never followed by a blank line.
    """
    fields: list[Field] = []
    while cur.peek() != "Example":
        line = cur.take()
        if line == "Arguments":
            while ENTRY.match(cur.peek()) and cur.peek(1) == "":
                name, type_, _ = split_entry(cur.take())
                cur.skip_blank()
                fields[-1].args.append(Arg(name, type_, cur.take()))
                cur.skip_blank()
            continue
        name, type_, rest = split_entry(line)
        fields.append(Field(name, type_, rest))
    return fields


def parse_enum_values(cur: Cursor) -> list[Field]:
    values: list[Field] = []
    cur.skip_blank()
    while cur.peek() != "Example":
        line = cur.take()
        if re.fullmatch(r"[A-Z][A-Z0-9_]*", line):
            values.append(Field(line, "", ""))
        else:
            values[-1].description = " ".join(filter(None, [values[-1].description, line]))
        cur.skip_blank()
    return values


# --- decisions --------------------------------------------------------------------------------


def split_deprecations(doc: Doc) -> None:
    """Move deprecation reasons, which the renderer glued onto descriptions, into `reason`.

    A reason is recognised either by its opening (REASON) or as a sentence an output field carries
    beyond the description the same-named input field has (Product.ean vs ProductInput.ean).
    """
    input_descriptions: dict[str, list[str]] = {}
    for td in doc.types:
        if td.kind == "input":
            for f in td.fields:
                input_descriptions.setdefault(f.name, []).append(f.description)
    for td in doc.types:
        if td.kind not in ("object", "enum"):
            continue
        for f in td.fields:
            known = [d for d in input_descriptions.get(f.name, []) if d]
            longer = [d for d in known if re.match(re.escape(d) + " [A-Z]", f.description)]
            base = max(longer, default=None, key=len)
            m = REASON.search(f.description)
            if base is not None:
                f.description, f.reason = base, f.description[len(base) + 1 :]
            elif m:
                reason = f.description[m.start() :].strip()
                f.description, f.reason = f.description[: m.start()], reason


def add_drop_with_link(doc: Doc) -> None:
    """`discoverDrops` returns [DropWithLink], a type the reference never defines."""
    op = next(o for o in doc.operations if o.field.name == "discoverDrops")
    drop = next(t for t in doc.types if t.name == "Drop")
    selected = top_level_selection(op.query)
    known = {f.name: f for f in drop.fields}
    extra = [n for n in selected if n not in known]
    if extra != ["dropLink"]:
        raise ValueError(
            f"discoverDrops example no longer matches the DropWithLink decision: {extra}"
        )
    missing = [n for n in known if n not in selected]
    td = TypeDef(SYNTHESIZED, "object", "")
    td.fields = [known.get(n) or Field(n, "String", "") for n in selected]
    td.notes = [
        "DECISION: DropWithLink (returned by discoverDrops) is never defined in the reference.",
        "Its fields are exactly those the discoverDrops example selects and returns, in that",
        f"order: every Drop field except {', '.join(missing)}, plus dropLink, a string in the",
        "example response. Types, arguments and descriptions are copied from Drop.",
    ]
    doc.types.insert(doc.types.index(drop) + 1, td)


def check_defaults(doc: Doc, schema: GraphQLSchema) -> list[str]:
    """Drop defaults their own argument type rejects; note prose that contradicts a default."""
    found = []
    for op in doc.operations:
        root = schema.query_type if op.root == "Query" else schema.mutation_type
        assert root is not None
        for arg in op.field.args:
            if arg.default is None:
                continue
            where = f"{op.root}.{op.field.name}({arg.name})"
            prose = PROSE_DEFAULT.search(arg.description)
            arg_type = root.fields[op.field.name].args[arg.name].type
            literal = parse_value(arg.default)
            if value_from_ast(literal, arg_type) is Undefined:
                arg.notes += [
                    "DECISION: the reference gives the default",
                    f"  {arg.default}",
                    f"which is not a valid {arg.type}{missing_required(literal, arg_type)}.",
                    "The default is dropped, so callers must pass the argument.",
                ]
                found.append(f"{where}: invalid default {arg.default} dropped")
                arg.default = None
            elif prose and prose[1] != arg.default:
                arg.notes += [
                    f"DECISION: the description says 'defaults to {prose[1]}' but the reference",
                    f"renders Default = {arg.default}, taken from the schema itself, so that wins.",
                ]
                found.append(f"{where}: prose default {prose[1]} vs Default = {arg.default}")
    return found


def missing_required(literal: ValueNode, type_: GraphQLInputType) -> str:
    """Name the required input fields an object literal leaves out, if that is what is wrong."""
    named = get_named_type(type_)
    if not isinstance(literal, ObjectValueNode) or not isinstance(named, GraphQLInputObjectType):
        return ""
    given = {f.name.value for f in literal.fields}
    missing = [
        name
        for name, f in named.fields.items()
        if is_non_null_type(f.type) and f.default_value is Undefined and name not in given
    ]
    return f": it omits the required field {', '.join(missing)}" if missing else ""


# --- SDL --------------------------------------------------------------------------------------

HEADER = """\
# Order41 API, version 7.26.0 - GENERATED by tools/order41_from_doc.py from the rendered API
# reference (../shared/seeds/002_8225e3feea8abc62.txt). Do not edit by hand: regenerate.
#
# Order: Query, then Mutation, then every type in document order (the reference sorts them
# alphabetically; DropWithLink, which it lacks, follows Drop). Fields, arguments and enum
# values keep document order too.
#
# Decisions where the reference is silent or contradicts itself (details next to each one):
# - DECISION: the reference never names its root types; they are Query and Mutation.
# - DECISION: deprecated operations carry their reason on a line of its own, but for fields the
#   renderer glues the reason onto the description. A field is deprecated when its description
#   adds a sentence to the same field's description in an input type (Product.ean vs
#   ProductInput.ean), or contains a sentence opening "Use ...", "use ..." (at the start),
#   "Please use ...", "To be removed ..." or "Will be removed ...". Texts such as "Not in use",
#   "Field has never been used" or "Used in the old app" stay descriptions.
# - DECISION: field arguments of object types only mention defaults in prose ("defaults to 10");
#   the reference renders no Default for them, so the SDL declares none.
"""


def block(text: str, indent: str) -> list[str]:
    return [indent + line if line else line for line in print_block_string(text).split("\n")]


def comments(notes: list[str], indent: str) -> list[str]:
    return [f"{indent}# {note}" for note in notes]


def render_deprecation(reason: str | None) -> str:
    return f" @deprecated(reason: {json.dumps(reason)})" if reason else ""


def render_field(f: Field, indent: str) -> list[str]:
    out = block(f.description, indent) if f.description else []
    signature = f"{indent}{f.name}"
    if f.args:
        out.append(signature + "(")
        for arg in f.args:
            out += comments(arg.notes, indent + "  ")
            if arg.description:
                out += block(arg.description, indent + "  ")
            default = f" = {arg.default}" if arg.default is not None else ""
            out.append(f"{indent}  {arg.name}: {arg.type}{default}")
        signature = f"{indent})"
    out.append(f"{signature}: {f.type}{render_deprecation(f.reason)}")
    return out


def render_type(td: TypeDef) -> list[str]:
    out = comments(td.notes, "")
    if td.description:
        out += block(td.description, "")
    if td.kind == "scalar":
        return [*out, f"scalar {td.name}"]
    if td.kind == "union":
        return [*out, f"union {td.name} = {' | '.join(td.members)}"]
    keyword = {"object": "type", "input": "input", "enum": "enum"}[td.kind]
    out.append(f"{keyword} {td.name} {{")
    for f in td.fields:
        if td.kind == "enum":
            out += block(f.description, "  ") if f.description else []
            out.append(f"  {f.name}{render_deprecation(f.reason)}")
        else:
            out += render_field(f, "  ")
    return [*out, "}"]


def render_sdl(doc: Doc) -> str:
    parts = [HEADER.rstrip("\n")]
    for root, plural in (("Query", "queries"), ("Mutation", "mutations")):
        root_type = TypeDef(root, "object", "")
        root_type.fields = [o.field for o in doc.operations if o.root == root]
        root_type.notes = [f"DECISION: the reference lists {plural} without naming the root type."]
        parts.append("\n".join(render_type(root_type)))
    for td in doc.types:
        if td.name not in BUILTIN_SCALARS:
            parts.append("\n".join(render_type(td)))
    return "\n\n".join(parts) + "\n"


# --- examples ---------------------------------------------------------------------------------


def root_selections(query: str) -> list[FieldNode]:
    """The fields an example operation selects at its root (fragments are not used there)."""
    op = cast(OperationDefinitionNode, parse(query).definitions[0])
    return cast(list[FieldNode], op.selection_set.selections)


def top_level_selection(query: str) -> list[str]:
    """Field names selected directly under the operation's single root field."""
    root = root_selections(query)[0]
    assert root.selection_set is not None
    return [cast(FieldNode, s).name.value for s in root.selection_set.selections]


def balance_braces(query: str) -> str:
    return query + "\n}" * (query.count("{") - query.count("}"))


def fragment_definition(name: str, schema: GraphQLSchema) -> str:
    """The reference spreads `...XFragment` without defining it: select X's leaf fields."""
    type_ = schema.get_type(name)
    leaves = ["__typename"]
    if isinstance(type_, GraphQLObjectType):
        leaves = [
            field_name
            for field_name, f in type_.fields.items()
            if is_leaf_type(get_named_type(f.type))
            and not any(is_non_null_type(a.type) for a in f.args.values())
        ] or leaves
    elif not isinstance(type_, GraphQLUnionType):
        raise ValueError(f"fragment {name}Fragment spreads unknown type {name}")
    return f"fragment {name}Fragment on {name} {{\n  " + "\n  ".join(leaves) + "\n}"


def example_document(op: Operation, schema: GraphQLSchema) -> str:
    query = balance_braces(op.query)
    defined = set(re.findall(r"^fragment (\w+)Fragment ", query, re.M))
    spread = sorted(set(FRAGMENT_SPREAD.findall(query)) - defined)
    header = (
        f"# Example {op.root.lower()} for {op.root}.{op.field.name}, extracted from the Order41 API"
        " reference 7.26.0\n# by tools/order41_from_doc.py."
    )
    if spread:
        header += (
            " The reference spreads fragments it never defines; they are\n# defined below as"
            " the leaf fields of their type."
        )
    return "\n\n".join([header, query, *(fragment_definition(n, schema) for n in spread)]) + "\n"


# --- checks -----------------------------------------------------------------------------------


def loose_json(text: str) -> Any:
    """Parse an Example block whose values may be bare type placeholders (`Contact`, `[User]`)."""
    nulled = re.sub(
        r'"(?:\\.|[^"\\])*"|\b(?!true\b|false\b|null\b)[A-Za-z_]\w*\b',
        lambda m: m[0] if m[0].startswith('"') else "null",
        text,
    )
    return json.loads(nulled)


def check_type_examples(doc: Doc) -> list[str]:
    problems = []
    for td in doc.types:
        if td.name == SYNTHESIZED:
            continue
        names = [f.name for f in td.fields]
        if td.kind in ("object", "input"):
            example = loose_json(td.example)
            keys = list(example) if isinstance(example, dict) else []
            if keys != names:
                problems.append(f"{td.name}: example keys {keys} != field table {names}")
        elif td.kind == "enum" and json.loads(td.example) not in names:
            problems.append(f"{td.name}: example {td.example} is not one of its values")
        elif td.kind == "union" and td.example not in td.members:
            problems.append(f"{td.name}: example {td.example} is not a member")
    return problems


def raw_counts(doc: Doc) -> dict[str, int]:
    """Counts taken from the text's own markers, independent of the structured parse."""
    text = "\n".join(doc.lines)
    queries, rest = text.split("\nMutations\n", 1)
    mutations = rest.split("\nTypes\n", 1)[0]
    return {
        "Query": len(re.findall(r"^Returns ", queries, re.M)),
        "Mutation": len(re.findall(r"^Returns ", mutations, re.M)),
        "object": text.count("\nField Name Description\n"),
        "input": text.count("\nInput Field Description\n"),
        "enum": text.count("\nEnum Value Description\n"),
        "union": text.count("\nUnion Types\n"),
    }


def parsed_counts(doc: Doc) -> dict[str, int]:
    counts = {k: 0 for k in EXPECTED}
    for op in doc.operations:
        counts[op.root] += 1
        counts[f"{op.root} deprecated"] += op.field.reason is not None
    for td in doc.types:
        if td.name not in BUILTIN_SCALARS and td.name != SYNTHESIZED:
            counts[td.kind] += 1
    return counts


def check_examples(doc: Doc, schema: GraphQLSchema, examples: dict[str, str]) -> list[str]:
    problems = []
    for op in doc.operations:
        selected = [s.name.value for s in root_selections(op.query)]
        if selected != [op.field.name]:
            problems.append(f"{op.field.name}: example selects {selected}")
        variables = loose_json(op.variables) if op.variables else {}
        unknown = set(variables) - {a.name for a in op.field.args}
        if unknown:
            problems.append(
                f"{op.field.name}: example variables {sorted(unknown)} are no arguments"
            )
    for name, text in examples.items():
        problems += [f"{name}: {e.message}" for e in validate(schema, parse(text))]
    return problems


def check_counts(doc: Doc) -> list[str]:
    counts, raw = parsed_counts(doc), raw_counts(doc)
    problems = [
        f"{k}: parsed {counts[k]}, expected {n}" for k, n in EXPECTED.items() if counts[k] != n
    ]
    problems += [
        f"{k}: parsed {counts[k]}, text markers {n}" for k, n in raw.items() if counts[k] != n
    ]
    print("counts: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    return problems


def write_examples(examples: dict[str, str]) -> None:
    EXAMPLES_DIR.mkdir(parents=True, exist_ok=True)
    for stale in EXAMPLES_DIR.glob("*.graphql"):
        if stale.stem not in examples:
            stale.unlink()
    for name, text in examples.items():
        (EXAMPLES_DIR / f"{name}.graphql").write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    doc_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_DOC
    doc = parse_doc(doc_path.read_text(encoding="utf-8"))
    split_deprecations(doc)
    add_drop_with_link(doc)
    decisions = check_defaults(doc, build_schema(render_sdl(doc)))
    sdl = render_sdl(doc)
    schema = build_schema(sdl)
    assert_valid_schema(schema)
    SCHEMA_PATH.write_text(sdl, encoding="utf-8")
    examples = {op.field.name: example_document(op, schema) for op in doc.operations}
    write_examples(examples)

    print(f"wrote {SCHEMA_PATH.relative_to(ROOT)} and {len(examples)} examples")
    problems = check_counts(doc)
    problems += check_type_examples(doc)
    problems += check_examples(doc, schema, examples)
    deprecated = [
        f"{t.name}.{f.name}"
        for t in doc.types
        if t.name != SYNTHESIZED
        for f in t.fields
        if f.reason
    ]
    balanced = sum(balance_braces(op.query) != op.query for op in doc.operations)
    with_fragments = sum("\nfragment " in text for text in examples.values())
    print(f"fields deprecated by their description: {len(deprecated)}")
    print(f"examples: {balanced} brace-balanced, {with_fragments} given fragment definitions")
    compared = sum(t.kind != "scalar" and t.name != SYNTHESIZED for t in doc.types)
    print(f"type examples compared with their tables: {compared}")
    for line in decisions:
        print(f"decision: {line}")
    for line in problems:
        print(f"MISMATCH: {line}")
    print("check: " + ("FAILED" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
