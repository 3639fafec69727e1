"""Generated clients leave their method signatures unevaluated (PostponedAnnotationsPlugin)."""

from __future__ import annotations

import importlib
import inspect

import pytest

from b2b_graphql.codegen.postponed_annotations import FUTURE_IMPORT, postpone_annotations

CLIENTS = [
    ("axro_gql", "AxroGeneratedClient"),
    ("hipex_gql", "HipexGeneratedClient"),
    ("order41_gql", "Order41GeneratedClient"),
]


@pytest.mark.parametrize(("package", "name"), CLIENTS)
def test_generated_client_annotations_stay_strings(package: str, name: str) -> None:
    client = getattr(importlib.import_module(f"{package}.client"), name)
    methods = [f for f in vars(client).values() if inspect.iscoroutinefunction(f)]
    assert len(methods) > 5
    for method in methods:
        assert method.__annotations__, method.__name__
        assert all(isinstance(a, str) for a in method.__annotations__.values()), method.__name__


def test_the_future_import_goes_first_and_takes_effect() -> None:
    code = postpone_annotations("def f(x: NotDefinedAnywhere) -> None: ...\n")
    assert code.startswith(FUTURE_IMPORT)
    namespace: dict[str, object] = {}
    exec(compile(code, "client.py", "exec"), namespace)  # would raise NameError if evaluated
    assert namespace["f"].__annotations__["x"] == "NotDefinedAnywhere"  # type: ignore[attr-defined]


def test_a_module_docstring_stays_first_and_the_rewrite_is_idempotent() -> None:
    source = '"""Doc\nstring."""\nimport typing\n'
    code = postpone_annotations(source)
    assert code.startswith('"""Doc\nstring."""\n\n' + FUTURE_IMPORT)
    compile(code, "client.py", "exec")  # a __future__ import after other code would not compile
    assert postpone_annotations(code) == code
