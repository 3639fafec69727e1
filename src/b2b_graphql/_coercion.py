"""Turning what a caller hands a facade into what the wire needs, or `InputValidationError`.

One path for the three facades, so a wrong argument is refused the same way everywhere: before
anything is sent, with the argument's name (and the path inside it) in the error, and never as
pydantic's, Python's or httpx's own exception. The pagination helpers call `positive_int` for
`page_size`/`concurrency`; facades call `input_model` for generated input types, `one_of` for a
keyword that picks from a fixed set, `credential`/`text` for tokens, passwords and names, and
`call_options`/`client_options` for the typed `**options`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from ._errors import InputValidationError
from ._options import CallOptions, ClientOptions
from ._secrets import Secret, as_secret

__all__ = [
    "call_options",
    "client_options",
    "credential",
    "execute_arguments",
    "input_argument",
    "input_model",
    "one_of",
    "optional_credential",
    "positive_int",
    "seconds",
    "text",
]

ModelT = TypeVar("ModelT", bound=BaseModel)
T = TypeVar("T")

_CALL_OPTIONS = frozenset(CallOptions.__annotations__)
_CLIENT_OPTIONS = frozenset(ClientOptions.__annotations__)


def input_model(name: str, model: type[ModelT], value: ModelT | Mapping[str, Any]) -> ModelT:
    """`value` as the generated input `model` (an instance passes unchanged and unmutated; a
    mapping is validated), or `InputValidationError` naming `name` and the path of the first
    field pydantic refused (`entity.domain: Input should be a valid string`)."""
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        raise InputValidationError(
            name, f"must be a {model.__name__} or a mapping, not {type(value).__name__}"
        )
    try:
        return model.model_validate(dict(value))
    except ValidationError as exc:
        raise validation_error(name, exc) from None
    except (TypeError, ValueError, RecursionError) as exc:  # a custom serialiser's own error
        raise InputValidationError(name, f"is not a valid {model.__name__} ({exc})") from None


def input_argument(name: str, model: type[ModelT], value: object) -> object:
    """A generated method's argument of input type `model` as it is sent: None and instances
    unchanged, a mapping validated (`input_model`), a list or tuple item by item (`name[i]`).
    The stock method sends a dict as it is: unchecked, with a misspelt key dropped by no one."""
    if value is None or isinstance(value, model):
        return value
    if isinstance(value, list | tuple):
        return [input_argument(f"{name}[{i}]", model, item) for i, item in enumerate(value)]
    return input_model(name, model, value)  # type: ignore[arg-type]  # anything else refused


def validation_error(name: str, exc: ValidationError) -> InputValidationError:
    """pydantic's first complaint as our error, with the field path after `name`."""
    first = exc.errors(include_url=False, include_input=False)[0]
    path = ".".join(str(part) for part in (name, *first["loc"]) if part != "")
    more = exc.error_count() - 1
    return InputValidationError(path, first["msg"] + (f" (and {more} more)" if more else ""))


def positive_int(name: str, value: object) -> int:
    """`value` if it is an int >= 1 (not a bool, not a float, not NaN), else the error."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isnan(value):
            raise InputValidationError(name, "must be a positive integer, not NaN")
        raise InputValidationError(
            name, f"must be a positive integer, not {type(value).__name__} {value!r:.40}"
        )
    if value < 1:
        raise InputValidationError(name, f"must be a positive integer, got {value}")
    return value


def one_of(name: str, value: object, choices: Mapping[str, T]) -> T:
    """`choices[value]`, or the error listing what `name` may be."""
    if isinstance(value, str) and value in choices:
        return choices[value]
    known = ", ".join(sorted(choices))
    raise InputValidationError(name, f"must be one of {known}; got {value!r:.60}")


def text(name: str, value: object, *, allow_empty: bool = False) -> str:
    """A plain string argument (a username, an email): not bytes, not None, not a list."""
    if not isinstance(value, str):
        raise InputValidationError(name, f"must be a string, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise InputValidationError(name, "must not be empty")
    return value


def credential(name: str, value: object, *, header: bool = True) -> Secret:
    """A token (`header=True`: it becomes a header value) or password as a `Secret`; refused
    without showing it: anything but a `str` or `Secret`, an empty value, and (for a header)
    characters a header cannot carry (`_secrets.as_secret`)."""
    secret = as_secret(value, name, header=header)
    if secret is None:
        raise InputValidationError(name, "must not be empty")
    return secret


def optional_credential(name: str, value: object, *, header: bool = True) -> Secret | None:
    """`credential`, with None (and the empty string: "not configured") meaning absent."""
    return as_secret(value, name, header=header)


def call_options(options: Mapping[str, Any]) -> Mapping[str, Any]:
    """`options` unchanged if every key is a per-call option (`CallOptions`) with a value of
    its type, else the error naming the first wrong one (a typo such as `brnad=` ends here,
    not in httpx)."""
    _known(options, _CALL_OPTIONS, "per-call")
    for name in ("timeout", "deadline"):
        value = options.get(name)
        if value is not None and not (name == "timeout" and isinstance(value, httpx.Timeout)):
            seconds(name, value)
    if "retry_mutation" in options and not isinstance(options["retry_mutation"], bool):
        raise InputValidationError("retry_mutation", "must be True or False")
    headers = options.get("headers")
    if headers is not None and not isinstance(headers, Mapping):
        raise InputValidationError("headers", f"must be a mapping, not {type(headers).__name__}")
    return options


def execute_arguments(query: object, operation_name: object, variables: object) -> None:
    """What `execute` itself takes: a document, an optional name, optional variables."""
    text("query", query)
    if operation_name is not None and not isinstance(operation_name, str):
        raise InputValidationError("operation_name", "must be a string or None")
    if variables is not None and not isinstance(variables, Mapping):
        raise InputValidationError("variables", "must be a mapping or None")


def seconds(name: str, value: object, *, allow_zero: bool = False) -> float:
    """A duration: a finite int or float above zero (or zero with `allow_zero`), not a bool."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputValidationError(name, f"must be a number of seconds, not {type(value).__name__}")
    if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
        raise InputValidationError(name, f"must be a finite number of seconds above 0, got {value}")
    return float(value)


def client_options(options: Mapping[str, Any]) -> Mapping[str, Any]:
    """`options` unchanged if every key is a constructor option (`ClientOptions`)."""
    return _known(options, _CLIENT_OPTIONS, "client")


def _known(options: Mapping[str, Any], allowed: Collection[str], kind: str) -> Mapping[str, Any]:
    for key in options:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise InputValidationError(
                str(key), f"is not a {kind} option (known: {known}); nothing was sent"
            )
    return options
