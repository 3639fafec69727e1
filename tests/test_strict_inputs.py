"""A key an input type does not have is refused, never dropped (StrictInputsPlugin): for every
input class of every generated package, for every input-typed argument of every generated
method (a mapping is validated before anything is sent), and through each facade against its
sandbox. Result models stay lenient: an API may add fields to its answers at any time."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from typing import Any, get_origin

import pytest
from pydantic import BaseModel, ValidationError

from b2b_graphql import AxroClient, HipexClient, InputValidationError, Order41Client
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

PACKAGES = {"axro": "axro_gql", "order41": "order41_gql", "hipex": "hipex_gql"}
UNKNOWN = "zz_not_a_field"
EXTRA = "Extra inputs are not permitted"


def input_classes(package: str) -> dict[str, type[BaseModel]]:
    module = importlib.import_module(f"{package}.input_types")
    return {
        name: cls
        for name, cls in vars(module).items()
        if inspect.isclass(cls) and issubclass(cls, BaseModel) and cls.__module__ == module.__name__
    }


INPUTS = [
    (package, name, cls)
    for package in PACKAGES.values()
    for name, cls in input_classes(package).items()
]


def sample(model: type[BaseModel]) -> dict[str, Any]:
    """The model's required fields (by alias, as the wire names them) with values of their type."""
    model.model_rebuild()
    return {
        field.alias or name: _value(field.annotation)
        for name, field in model.model_fields.items()
        if field.is_required()
    }


def _value(annotation: Any) -> Any:
    if get_origin(annotation) is list:
        return []
    values = {str: "x", int: 1, float: 1.5, bool: True}
    if annotation in values:
        return values[annotation]
    raise AssertionError(f"no sample for a required {annotation!r}: teach `_value`")


# -- every input class --------------------------------------------------------------------------


def test_every_package_has_input_classes() -> None:
    assert {package for package, _, _ in INPUTS} == set(PACKAGES.values())


@pytest.mark.parametrize(
    ("package", "name", "model"), INPUTS, ids=[f"{p}.{n}" for p, n, _ in INPUTS]
)
def test_an_unknown_key_is_refused_and_every_known_one_accepted(
    package: str, name: str, model: type[BaseModel]
) -> None:
    required = sample(model)
    assert model.model_validate(required).model_dump(by_alias=True, exclude_unset=True) == required
    with pytest.raises(ValidationError) as refused:
        model.model_validate({**required, UNKNOWN: 1})
    assert [(e["type"], e["loc"]) for e in refused.value.errors()] == [
        ("extra_forbidden", (UNKNOWN,))
    ]
    with pytest.raises(ValidationError):
        model(**required, **{UNKNOWN: 1})  # constructed by hand: pydantic's own error
    for field_name, field in model.model_fields.items():
        alias = field.alias or field_name
        others = {k: v for k, v in required.items() if k != alias}  # both spellings: one too many
        for key in {field_name, alias}:
            try:
                model.model_validate({**others, key: None})
            except ValidationError as exc:  # None may be the wrong type, but the key is known
                assert "extra_forbidden" not in {e["type"] for e in exc.errors()}, key


def result_models(package: str) -> Iterator[type[BaseModel]]:
    root = importlib.import_module(package)
    for info in pkgutil.iter_modules(root.__path__):
        if info.name in {"input_types", "client", "async_base_client"}:
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        for cls in vars(module).values():
            if (
                inspect.isclass(cls)
                and issubclass(cls, BaseModel)
                and cls.__module__ == module.__name__
            ):
                yield cls


@pytest.mark.parametrize("package", sorted(PACKAGES.values()))
def test_result_models_still_ignore_fields_an_api_adds(package: str) -> None:
    found = list(result_models(package))
    assert len(found) > 10
    assert [m.__name__ for m in found if m.model_config.get("extra") not in (None, "ignore")] == []


# -- every generated method with an input-typed argument ----------------------------------------


def input_arguments() -> Iterator[tuple[str, str, str, str]]:
    """(api, method, parameter, input class) for every input-typed argument of every method."""
    for api, package in PACKAGES.items():
        names = set(input_classes(package))
        client = importlib.import_module(f"{package}.client")
        generated = next(
            cls
            for cls in vars(client).values()
            if inspect.isclass(cls) and cls.__module__ == client.__name__
        )
        for method_name, method in vars(generated).items():
            if method_name.startswith("_") or not inspect.iscoroutinefunction(method):
                continue
            for parameter in inspect.signature(method).parameters.values():
                used = names & set(re.findall(r"\w+", str(parameter.annotation)))
                if used:
                    (model,) = used
                    yield api, method_name, parameter.name, model


ARGUMENTS = list(input_arguments())


def test_every_api_has_methods_taking_inputs() -> None:
    assert {api for api, *_ in ARGUMENTS} == set(PACKAGES)


@pytest.mark.parametrize(
    ("api", "method_name", "parameter", "model_name"),
    ARGUMENTS,
    ids=[f"{a}.{m}.{p}" for a, m, p, _ in ARGUMENTS],
)
async def test_a_generated_method_refuses_an_unknown_key_in_a_mapping_unsent(
    request: pytest.FixtureRequest, api: str, method_name: str, parameter: str, model_name: str
) -> None:
    sandbox: RunningSandbox = request.getfixturevalue(f"{api}_sandbox")
    package = importlib.import_module(PACKAGES[api])
    model = input_classes(PACKAGES[api])[model_name]
    generated = next(
        getattr(package, name) for name in package.__all__ if name.endswith("GeneratedClient")
    )
    method = getattr(generated, method_name)
    signature = inspect.signature(method)
    is_list = "list[" in str(signature.parameters[parameter].annotation)
    mapping = {**sample(model), UNKNOWN: 1}
    arguments: dict[str, Any] = {
        name: None
        for name, p in signature.parameters.items()
        if name != "self"
        and p.default is inspect.Parameter.empty
        and p.kind is p.POSITIONAL_OR_KEYWORD
    }
    arguments[parameter] = [mapping] if is_list else mapping
    sent = sum(sandbox.faults.requests.values())
    async with generated(url=sandbox.url) as client:
        with pytest.raises(InputValidationError) as refused:
            await method(client, **arguments)
    where = f"{parameter}[0]" if is_list else parameter
    assert str(refused.value) == f"{where}.{UNKNOWN}: {EXTRA}"
    assert sum(sandbox.faults.requests.values()) == sent  # nothing was sent


# -- through the facades, against the sandboxes -------------------------------------------------


async def test_hipex_a_misspelt_filter_key_is_refused_unsent(hipex_sandbox: RunningSandbox) -> None:
    client = await HipexClient.login(
        hipex_sandbox.credentials["username"],
        hipex_sandbox.credentials["password"],
        hipex_sandbox.url,
    )
    async with client:
        sent = sum(hipex_sandbox.faults.requests.values())
        with pytest.raises(InputValidationError) as facade:
            client.iter_domains(filter={"domian": "x"})  # type: ignore[arg-type]
        with pytest.raises(InputValidationError) as generated:
            await client.domains(filter_={"domian": "x"})  # type: ignore[arg-type]
        assert sum(hipex_sandbox.faults.requests.values()) == sent
        assert str(facade.value) == f"filter.domian: {EXTRA}"
        assert str(generated.value) == f"filter_.domian: {EXTRA}"
        # a well-spelt mapping is validated into FilterInput and sent as the schema names it
        right = {"field": "id", "operator": "$lte", "value": "2"}
        found = (await client.domains(filter_=right)).domain  # type: ignore[arg-type]
        assert sorted(d.id or 0 for d in found or () if d) == [1, 2]


async def test_order41_a_misspelt_filter_key_is_refused_unsent(
    order41_sandbox: RunningSandbox,
) -> None:
    async with Order41Client(token=order41_sandbox.token, url=order41_sandbox.url) as client:
        sent = sum(order41_sandbox.faults.requests.values())
        with pytest.raises(InputValidationError) as counted:
            await client.count_products(filter={"nmae": "x"})
        with pytest.raises(InputValidationError) as listed:
            client.iter_orders(filter={"stauts": "x"})
        assert sum(order41_sandbox.faults.requests.values()) == sent
    assert str(counted.value) == f"filter.nmae: {EXTRA}"
    assert str(listed.value) == f"filter.stauts: {EXTRA}"


async def test_axro_a_misspelt_address_key_is_refused_unsent(axro_sandbox: RunningSandbox) -> None:
    address = {
        "company": "Example Corp",
        "street": "123 Shipping St",
        "zip": "10001",
        "city": "New York",
        "country": "US",
        "phone": "+4940123456",
        "department": "Warehouse",
        "lastnmae": "Doe",
    }
    async with AxroClient(token=axro_sandbox.token, url=axro_sandbox.url) as client:
        sent = sum(axro_sandbox.faults.requests.values())
        with pytest.raises(InputValidationError) as refused:
            await client.create_shipping_address(address)
        assert sum(axro_sandbox.faults.requests.values()) == sent
    assert str(refused.value) == f"address.lastnmae: {EXTRA}"
