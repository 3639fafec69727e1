"""ariadne-codegen plugin: one module per fragment, so an operation imports only what it uses.

ariadne-codegen writes the classes of every fragment into one `fragments.py`, so the first
operation that spreads any fragment defines them all: Order41's 42 fragment classes cost
~30 ms of import time (deferred build or not) when `listProducts` needs a handful.

After ariadne-codegen has written the package (`generate_files`, its last hook), this plugin
turns `fragments.py` into a `fragments/` package: one module per fragment with the classes
generated for it, and an `__init__` that imports a name's module when the name is first used,
the same lazy pattern as the package's own `__init__` (`lazy_imports`). Every
`from .fragments import X` in the generated code keeps working unchanged.
"""

from __future__ import annotations

import ast
import contextlib
import graphlib
import keyword
from pathlib import Path
from typing import Any

from ariadne_codegen.plugins.base import Plugin
from ariadne_codegen.utils import ast_to_raw_str, format_many, str_to_snake_case
from graphql import FragmentDefinitionNode

__all__ = ["SplitFragmentsPlugin"]

_INIT = '''\
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
{type_checking}

_LAZY_IMPORTS = {{
{lazy}
}}


def __getattr__(name):
    """Import the module a fragment class lives in, the first time it is used."""
    module_name = _LAZY_IMPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)


__all__ = [
{all}
]
'''


class SplitFragmentsPlugin(Plugin):
    def __init__(self, schema: Any, config_dict: dict[str, Any]) -> None:
        super().__init__(schema, config_dict)
        self._fragments: list[str] = []

    def generate_fragments_module(
        self, module: ast.Module, fragments_definitions: dict[str, FragmentDefinitionNode]
    ) -> ast.Module:
        self._fragments = list(fragments_definitions)
        return module

    def generate_files(self, generated_files: list[str]) -> list[str]:
        settings = self.config_dict.get("tool", {}).get("ariadne-codegen", {})
        name = settings.get("fragments_module_name", "fragments")
        package = Path(settings.get("target_package_path", ".")) / settings["target_package_name"]
        source = package / f"{name}.py"
        if f"{name}.py" not in generated_files or not source.is_file():
            return generated_files
        modules = _split(ast.parse(source.read_text()), self._fragments)
        folder = package / name
        folder.mkdir(exist_ok=True)  # a plain `ariadne-codegen` run over an existing package
        for stale in folder.glob("*.py"):  # the folder is ours alone: drop removed fragments
            if stale.stem not in modules:
                stale.unlink()
        codes = format_many(list(modules.values()))
        for module_name, code in zip(modules, codes, strict=True):
            (folder / f"{module_name}.py").write_text(code)
        source.unlink()
        files = [f for f in generated_files if f != f"{name}.py"]
        return sorted([*files, *(f"{name}/{m}.py" for m in modules)])


def _split(module: ast.Module, fragments: list[str]) -> dict[str, str]:
    """{module name: source} for the fragment modules and their lazy `__init__`."""
    imports: list[ast.stmt] = []
    classes: dict[str, ast.ClassDef] = {}
    for node in module.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            imports.append(node)
        elif isinstance(node, ast.ClassDef):
            classes[node.name] = node
        else:
            raise RuntimeError(
                "SplitFragmentsPlugin: ariadne-codegen's fragments module has a statement it "
                f"does not know (line {getattr(node, 'lineno', '?')}); update the plugin"
            )
    refs = {name: _references(node) & classes.keys() for name, node in classes.items()}
    owner = _owners(classes, refs, [f for f in fragments if f in classes])

    # One level deeper: `from .base_model import X` becomes `from ..base_model import X`.
    for node in imports:
        if isinstance(node, ast.ImportFrom) and node.level:
            node.level += 1
    header = ast_to_raw_str(ast.Module(body=imports, type_ignores=[]))

    per_module: dict[str, list[str]] = {}
    for name in classes:  # in the generated order: a base comes before its subclasses
        per_module.setdefault(owner[name], []).append(name)
    forward = _inherited_forward_refs(classes)
    graph: dict[str, set[str]] = {}
    sources: dict[str, str] = {}
    for module_name, names in per_module.items():
        local = set(names)
        needed = set().union(*(refs[n] for n in names))
        for n in names:  # a subclass resolves its bases' forward references here (see ariadne)
            for base in classes[n].bases:
                if isinstance(base, ast.Name):
                    needed |= forward.get(base.id, set())
        needed -= local
        graph[module_name] = {owner[n] for n in needed}
        by_module: dict[str, list[str]] = {}
        for n in sorted(needed):
            by_module.setdefault(owner[n], []).append(n)
        # one line per module, as ariadne-codegen writes its own: names used only inside
        # (inherited) quoted annotations must survive ruff's unused-import fix
        cross = "".join(
            f"from .{m} import {', '.join(names)}  # noqa: F401\n"
            for m, names in sorted(by_module.items())
        )
        body = ast_to_raw_str(ast.Module(body=[classes[n] for n in names], type_ignores=[]))
        sources[module_name] = f"{header}\n{cross}\n\n{body}\n"
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as exc:  # fragments cannot spread each other in a cycle
        raise RuntimeError(
            f"SplitFragmentsPlugin: the fragment modules would import each other: {exc.args[1]}"
        ) from None

    lazy = {n: owner[n] for n in classes}
    sources["__init__"] = _INIT.format(
        type_checking="\n".join(
            f"    from .{m} import {', '.join(names)}" for m, names in per_module.items()
        ),
        lazy="\n".join(f'    "{n}": ".{m}",' for n, m in sorted(lazy.items())),
        all="\n".join(f'    "{n}",' for n in sorted(lazy)),
    )
    return sources


def _references(node: ast.ClassDef) -> set[str]:
    """Names a class uses: in its bases and annotations, and inside quoted forward refs."""
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    return names | _forward_refs(node)


def _forward_refs(node: ast.ClassDef) -> set[str]:
    """The names quoted in the class's own field annotations (`Optional["X"]`), which pydantic
    resolves in the namespace of the module that builds the class, subclasses included.
    (Callers keep only generated class names, so a quoted `Literal` value is harmless.)"""
    found: set[str] = set()
    for statement in node.body:
        if not isinstance(statement, ast.AnnAssign):
            continue
        for part in ast.walk(statement.annotation):
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                with contextlib.suppress(SyntaxError):
                    quoted = ast.parse(part.value, mode="eval")
                    found |= {n.id for n in ast.walk(quoted) if isinstance(n, ast.Name)}
    return found


def _owners(
    classes: dict[str, ast.ClassDef], refs: dict[str, set[str]], roots: list[str]
) -> dict[str, str]:
    """Which fragment's module each class goes to: the fragment it was generated for.

    ariadne-codegen names a fragment's nested classes `<Fragment><Field>...` and reaches them
    from the fragment's annotations; of the fragments that reach a class, the one with the
    longest matching name is its own.
    """
    reach: dict[str, set[str]] = {}
    for root in roots:
        seen: set[str] = set()
        todo = [root]
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo += [n for n in refs[name] if n not in roots]
        reach[root] = seen
    owner: dict[str, str] = {}
    for name in classes:
        candidates = [r for r in roots if name in reach[r] and name.startswith(r)]
        candidates = candidates or [r for r in roots if name.startswith(r)]
        if not candidates:
            raise RuntimeError(
                f"SplitFragmentsPlugin: no fragment owns the generated class {name!r}; "
                "update the plugin"
            )
        module_name = str_to_snake_case(max(candidates, key=len))
        owner[name] = f"{module_name}_" if keyword.iskeyword(module_name) else module_name
    return owner


def _inherited_forward_refs(classes: dict[str, ast.ClassDef]) -> dict[str, set[str]]:
    """For each class, the forward-referenced names its fields (own and inherited) use."""
    done: dict[str, set[str]] = {}

    def names(name: str) -> set[str]:
        if name not in done:
            done[name] = set()  # a cycle cannot happen (Python bases), but stay finite
            found = _forward_refs(classes[name])
            for base in classes[name].bases:
                if isinstance(base, ast.Name) and base.id in classes:
                    found |= names(base.id)
            done[name] = found & classes.keys()
        return done[name]

    return {name: names(name) for name in classes}
