"""mkdocs hook: one reference page per API domain, built from what the client is generated from.

For every `queries/<api>/<domain>.graphql` it writes `apis/<api>/<domain>.md`: each operation in
the file with the generated method that sends it (found in `generated/<api>_gql/client.py` by
its `operation_name=`), the method's arguments, the GraphQL text sent (the operation and the
fragments it spreads) and the source of the return model. The pages exist only in the build,
so they cannot drift from the operations; an operation without a generated method (stale
`generated/`) fails the build.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ariadne_codegen.utils import str_to_snake_case
from graphql import (
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    OperationDefinitionNode,
    Visitor,
    parse,
    print_ast,
    visit,
)
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from b2b_graphql.config import ApiConfig, find_apis, load_api

ROOT = Path(__file__).resolve().parents[2]
TITLES = {"axro": "AXRO", "order41": "Order41", "hipex": "Hipex Pack"}
FACADES = {
    "axro": "b2b_graphql.axro.AxroClient",
    "order41": "b2b_graphql.order41.Order41Client",
    "hipex": "b2b_graphql.hipex.HipexClient",
}


@dataclass(frozen=True)
class Method:
    """A generated client method, read from the generated source (nothing is imported)."""

    name: str
    operation: str
    arguments: list[tuple[str, str, str]]  # (name, annotation, default)
    returns: str
    model_module: str | None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Expand each `apis/<api>/index.md` entry of the nav into that API's pages."""
    config.nav = [_expand(item) for item in config.nav or []]
    return config


def _expand(item: Any) -> Any:
    if not isinstance(item, dict) or len(item) != 1:
        return item
    ((title, target),) = item.items()
    if isinstance(target, list):
        return {title: [_expand(i) for i in target]}
    parts = str(target).split("/")
    if len(parts) != 3 or parts[0] != "apis" or parts[2] != "index.md":
        return item
    api = load_api(parts[1], ROOT)
    domains = sorted(p.stem for p in api.queries_path.glob("*.graphql"))
    return {title: [target, *({d: f"apis/{api.name}/{d}.md"} for d in domains)]}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for api in find_apis(ROOT):
        for path, content in _api_pages(load_api(api, ROOT)).items():
            files.append(File.generated(config, path, content=content))
    return files


# -- reading what the client is generated from ---------------------------------------------------


def _methods(api: ApiConfig) -> dict[str, Method]:
    """{GraphQL operation name: generated method}."""
    settings = api.codegen
    client_name = settings.get("client_name", "Client")
    tree = ast.parse((api.package_path / "client.py").read_text())
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == client_name)
    methods: dict[str, Method] = {}
    for node in cls.body:
        if not isinstance(node, ast.AsyncFunctionDef):
            continue
        operation = next(
            (
                k.value.value
                for call in ast.walk(node)
                if isinstance(call, ast.Call)
                for k in call.keywords
                if k.arg == "operation_name" and isinstance(k.value, ast.Constant)
            ),
            None,
        )
        if operation is None:
            continue
        module = next(
            (n.module for n in node.body if isinstance(n, ast.ImportFrom) and n.level == 1),
            None,
        )
        args = node.args.args[1:]
        defaults = [None] * (len(args) - len(node.args.defaults)) + list(node.args.defaults)
        arguments = [
            (
                a.arg,
                _annotation(a.annotation),
                "" if d is None else ast.unparse(d),
            )
            for a, d in zip(args, defaults, strict=True)
        ]
        arguments += [
            (a.arg, _annotation(a.annotation), "" if d is None else ast.unparse(d))
            for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
        ]
        methods[operation] = Method(
            name=node.name,
            operation=operation,
            arguments=arguments,
            returns=_annotation(node.returns),
            model_module=module,
        )
    return methods


def _annotation(node: ast.expr | None) -> str:
    """A generated annotation as a reader wants it: `Union[Optional[str], "UnsetType"]` reads
    `str | None` (UnsetType is the default that means "not sent")."""
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _annotation(ast.parse(node.value, mode="eval").body)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if node.value.id == "Union":
            kept = [_annotation(e) for e in inner]
            return " | ".join(k for k in kept if k != "UnsetType")
        if node.value.id == "Optional":
            return f"{_annotation(inner[0])} | None"
        return f"{node.value.id}[{', '.join(_annotation(e) for e in inner)}]"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return f"{_annotation(node.left)} | {_annotation(node.right)}"
    return ast.unparse(node)


def _fragments(api: ApiConfig) -> dict[str, FragmentDefinitionNode]:
    found: dict[str, FragmentDefinitionNode] = {}
    for path in sorted(api.queries_path.glob("*.graphql")):
        for node in parse(path.read_text()).definitions:
            if isinstance(node, FragmentDefinitionNode):
                found[node.name.value] = node
    return found


def _spreads(node: Any, fragments: dict[str, FragmentDefinitionNode]) -> list[str]:
    """The fragments `node` spreads, transitively, in first-use order."""
    order: list[str] = []

    class Collect(Visitor):
        def enter_fragment_spread(self, spread: FragmentSpreadNode, *_: Any) -> None:
            name = spread.name.value
            if name not in order and name in fragments:
                order.append(name)
                visit(fragments[name], self)

    visit(node, Collect())
    return order


# -- writing the pages ---------------------------------------------------------------------------


def _api_pages(api: ApiConfig) -> dict[str, str]:
    methods = _methods(api)
    fragments = _fragments(api)
    title = TITLES.get(api.name, api.name)
    pages: dict[str, str] = {}
    domains: list[tuple[str, int]] = []
    for path in sorted(api.queries_path.glob("*.graphql")):
        document = parse(path.read_text())
        pages[f"apis/{api.name}/{path.stem}.md"] = _domain_page(
            api, path, document, methods, fragments
        )
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        domains.append((path.stem, len(operations)))
    rows = "\n".join(f"| [{d}]({d}.md) | {n} |" for d, n in domains)
    pages[f"apis/{api.name}/index.md"] = (
        f"# {title}\n\n"
        f"`{FACADES[api.name]}` is the client to use: it inherits every method below from "
        f"the generated `{api.package_name}.client.{api.codegen.get('client_name')}` and adds "
        "auth, typed mutations, validation and pagination "
        f"([facade reference](../../reference/clients.md)).\n\n"
        f"Generated from `schemas/{api.schema_path.name}` and `queries/{api.name}/`; "
        f"{sum(n for _, n in domains)} operations in {len(domains)} domains.\n\n"
        "Every method also takes the per-call keywords `timeout=`, `deadline=`, "
        "`retry_mutation=` and `headers=` ([options](../../reference/options.md)). An argument "
        "left at `UNSET` is not sent; `None` is sent as `null`.\n\n"
        f"| domain | operations |\n|---|---|\n{rows}\n"
    )
    return pages


def _domain_page(
    api: ApiConfig,
    path: Path,
    document: DocumentNode,
    methods: dict[str, Method],
    fragments: dict[str, FragmentDefinitionNode],
) -> str:
    title = TITLES.get(api.name, api.name)
    parts = [f"# {title}: {path.stem}\n", f"Operations of `queries/{api.name}/{path.name}`.\n"]
    for node in document.definitions:
        if isinstance(node, OperationDefinitionNode):
            parts.append(_operation_section(api, node, methods, fragments))
        elif isinstance(node, FragmentDefinitionNode):
            parts.append(
                f"## fragment `{node.name.value}`\n\n"
                f"On `{node.type_condition.name.value}`; its model is "
                f"`{api.package_name}.fragments.{node.name.value}`.\n\n"
                f"```graphql\n{print_ast(node)}\n```\n"
            )
    return "\n".join(parts)


def _operation_section(
    api: ApiConfig,
    node: OperationDefinitionNode,
    methods: dict[str, Method],
    fragments: dict[str, FragmentDefinitionNode],
) -> str:
    name = node.name.value if node.name else ""
    method = methods.get(name)
    if method is None:
        raise PluginError(
            f"queries/{api.name}: operation {name!r} has no generated method in "
            f"{api.package_name}.client (run `make generate`)"
        )
    variables = {v.variable.name.value: print_ast(v.type) for v in node.variable_definitions or ()}
    python_args = [a for a in method.arguments if a[0] != "self"]
    params = [
        *(f"{n}: {t}" + (f" = {d}" if d else "") for n, t, d in python_args),
        "**options: Unpack[CallOptions]",
    ]
    signature = ", ".join(params)
    if len(signature) > 70:  # one parameter a line, as a formatter would
        signature = "".join(f"\n    {p}," for p in params) + "\n"
    text = [
        f"## `{method.name}`\n",
        f"GraphQL {node.operation.value} `{name}`, returning `{_qualified(api, method)}`.\n",
        f"```python\nasync def {method.name}({signature}) -> {method.returns}\n```\n",
    ]
    if python_args:
        by_argument = {_argument_name(v): v for v in variables}
        text.append("| argument | type | GraphQL variable | default |\n|---|---|---|---|")
        for arg, annotation, default in python_args:
            variable = by_argument.get(arg) or by_argument.get(arg.rstrip("_"))
            gql = f"`${variable}: {variables[variable]}`" if variable else ""
            text.append(
                f"| `{arg}` | `{_cell(annotation)}` | {_cell(gql)} | "
                f"{f'`{_cell(default)}`' if default else ''} |"
            )
        text.append("")
    operation = [print_ast(node), *(print_ast(fragments[f]) for f in _spreads(node, fragments))]
    body = "\n\n".join(operation)
    text.append(f'```graphql title="sent as {name}"\n{body}\n```\n')
    if method.model_module:
        source = (api.package_path / f"{method.model_module}.py").read_text()
        text.append(
            f'??? note "Return model: `{_qualified(api, method)}`"\n\n'
            + textwrap.indent(f"```python\n{source.rstrip()}\n```", "    ")
            + "\n"
        )
    return "\n".join(text)


def _argument_name(variable: str) -> str:
    """The Python argument ariadne-codegen makes of a GraphQL variable (`productNumber` ->
    `product_number`; a keyword or builtin gets a trailing `_`, matched by the caller)."""
    return str_to_snake_case(variable)


def _qualified(api: ApiConfig, method: Method) -> str:
    if method.model_module:
        return f"{api.package_name}.{method.model_module}.{method.returns}"
    return method.returns


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
