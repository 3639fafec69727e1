"""`SplitFragmentsPlugin`: one module per fragment, and every generated model builds on its own."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from b2b_graphql.__main__ import main
from b2b_graphql.codegen.split_fragments import _split


def python(code: str, *path: Path) -> str:
    prelude = "".join(f"import sys; sys.path.insert(0, {str(p)!r})\n" for p in path)
    done = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("package", ["axro_gql", "hipex_gql", "order41_gql"])
def test_every_generated_model_builds_on_its_own(package: str) -> None:
    """As a user validating a stored response with a result model would. A split that leaves
    out an import fails here: pydantic resolves the quoted names a fragment inherits from
    another in the module of the subclass."""
    out = python(f"""
        import importlib, inspect, pkgutil
        from pydantic import BaseModel
        package = importlib.import_module({package!r})
        built, failed = 0, []
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, obj in vars(module).items():
                if inspect.isclass(obj) and issubclass(obj, BaseModel):
                    if obj.__module__ == module.__name__:
                        try:
                            obj.model_rebuild()
                            built += 1
                        except Exception as exc:
                            failed.append(f"{{module.__name__}}.{{name}}: {{exc}}"[:200])
        print(built)
        print(*failed, sep="\\n")
    """)
    built, *failed = out.strip().splitlines()
    assert int(built) > 40
    assert failed == []


def test_an_operation_loads_only_the_fragments_it_spreads() -> None:
    out = python("""
        import sys
        from order41_gql.list_products import ListProducts
        print(*sorted(m for m in sys.modules if m.startswith("order41_gql.fragments.")))
    """)
    loaded = out.split()
    assert "order41_gql.fragments.product_fields" in loaded
    assert "order41_gql.fragments.cart_fields" not in loaded
    assert len(loaded) <= 3


def test_a_new_fragment_gets_its_own_module(axro_project: Path) -> None:
    (axro_project / "queries/axro/fragments.graphql").write_text(
        "fragment AddressFields on BillingAddress { company city }\n"
        "query billingCity { billingAddress { ...AddressFields } }\n"
    )
    root = ["--api", "axro", "--root", str(axro_project)]
    assert main(["generate", *root]) == 0
    package = axro_project / "generated/axro_gql"
    assert not (package / "fragments.py").exists()
    assert (package / "fragments/address_fields.py").is_file()
    assert main(["generate", "--check", *root]) == 0
    out = python(
        """
        from axro_gql.billing_city import BillingCity
        from axro_gql.fragments import AddressFields
        r = BillingCity.model_validate({"billingAddress": {"company": "ACME", "city": "Berlin"}})
        print(r.billing_address.city, isinstance(r.billing_address, AddressFields))
        """,
        package.parent,
    )
    assert out.split() == ["Berlin", "True"]


SOURCE = """
from typing import Optional
from .base_model import BaseModel

class PartFields(BaseModel):
    id: Optional[str]
    maker: Optional["PartFieldsMaker"]

class PartFieldsMaker(BaseModel):
    name: Optional[str]

class CarFields(BaseModel):
    wheels: Optional[list[Optional["CarFieldsWheels"]]]

class CarFieldsWheels(PartFields):
    pass
"""


def test_a_fragment_that_spreads_another_imports_what_its_fields_name() -> None:
    sources = _split(ast.parse(SOURCE), ["PartFields", "CarFields"])
    assert set(sources) == {"part_fields", "car_fields", "__init__"}
    assert "class PartFieldsMaker" in sources["part_fields"]
    assert "class CarFieldsWheels(PartFields)" in sources["car_fields"]
    # the base and the nested class its inherited field names, in scope for pydantic
    assert (
        "from .part_fields import PartFields, PartFieldsMaker  # noqa: F401"
        in (sources["car_fields"])
    )
    assert "from ..base_model import BaseModel" in sources["part_fields"]
    assert '"PartFieldsMaker": ".part_fields",' in sources["__init__"]
    assert '"CarFieldsWheels": ".car_fields",' in sources["__init__"]


def test_an_unknown_statement_stops_the_split() -> None:
    with pytest.raises(RuntimeError, match="update the plugin"):
        _split(ast.parse(SOURCE + "\nPartFields.model_rebuild()\n"), ["PartFields", "CarFields"])
