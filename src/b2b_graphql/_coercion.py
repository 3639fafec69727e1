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

from pydantic import BaseModel, ValidationError

from ._errors import InputValidationError
from ._options import CallOptions, ClientOptions
from ._secrets import Secret

__all__ = [
    "call_options",
    "client_options",
    "credential",
    "input_model",
    "one_of",
    "optional_credential",
    "positive_int",
    "text",
]

ModelT = TypeVar("ModelT", bound=BaseModel)
T = TypeVar("T")

_CALL_OPTIONS = frozenset(CallOptions.__annotations__)
_CLIENT_OPTIONS = frozenset(ClientOptions.__annotations__)
#: Characters no header value may carry (httpx would raise, or worse, split the header).
_FORBIDDEN = frozenset("\r\n\0")


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


def credential(name: str, value: object) -> Secret:
    """A token or password as a `Secret`. Refused (without showing it): anything but a `str` or
    a `Secret`, an empty value, and characters a header cannot carry (CR, LF, NUL)."""
    if isinstance(value, Secret):
        revealed = value.reveal()
    elif isinstance(value, str):
        revealed = value
    else:
        raise InputValidationError(
            name, f"must be a string (or a Secret), not {type(value).__name__}"
        )
    if not revealed:
        raise InputValidationError(name, "must not be empty")
    if _FORBIDDEN.intersection(revealed):
        raise InputValidationError(name, "must not contain CR, LF or NUL characters")
    return value if isinstance(value, Secret) else Secret(revealed)


def optional_credential(name: str, value: object) -> Secret | None:
    """`credential`, with None (and the empty string: "not configured") meaning absent."""
    if value is None or value == "":
        return None
    return credential(name, value)


def call_options(options: Mapping[str, Any]) -> Mapping[str, Any]:
    """`options` unchanged if every key is a per-call option (`CallOptions`), else the error
    naming the first unknown one (a typo such as `brnad=` ends here, not in httpx)."""
    return _known(options, _CALL_OPTIONS, "per-call")


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
