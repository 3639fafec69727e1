"""Keeping credentials out of logs, reprs and error messages."""

from __future__ import annotations

import hmac
import logging
import re
import threading
import weakref
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, runtime_checkable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "REDACTED",
    "HasSecrets",
    "RedactingFilter",
    "Secret",
    "as_secret",
    "display_url",
    "install_log_redaction",
    "is_secret_header",
    "is_secret_name",
    "live_secrets",
    "redact_text",
    "redact_variables",
    "scrub",
    "scrub_text",
    "secret_values",
]

REDACTED = "***"
_SECRET_NAME = re.compile(
    r"pass(word)?|pwd|token|secret|authori[sz]ation|api[_-]?key|jwt|credential|cookie"
    r"|private[_-]?key|session",
    re.I,
)
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# A header as httpcore/hpack log it: `(b'name', b'value')`, either quote style, `b` optional.
_HEADER_REPR = re.compile(
    r"""\(b?(?P<q>['"])(?P<name>[^'"\\]*)(?P=q),\s*"""
    r"""b?(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)"""
)
# Credentials in free text: `Bearer abc`, `Basic dXNlcg==`.
_SCHEME_VALUE = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.I)
# A URL with user info or a query string (either may carry a credential), as httpx logs it.
_URL_WITH_CREDENTIALS = re.compile(
    r"\b[a-z][a-z0-9+.-]*://(?:[^\s/?#@'\"]*@[^\s'\"]*|[^\s?#'\"]*\?[^\s'\"]*)", re.I
)
#: Secrets shorter than this are not searched for in text (they would mask ordinary words).
_MIN_SCRUBBED = 4


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


def is_secret_header(name: str) -> bool:
    return name.lower() in _SECRET_HEADERS or is_secret_name(name)


def redact_variables(value: Any) -> Any:
    """A copy of `value` with every entry whose key looks like a secret replaced by `***`."""
    if isinstance(value, Mapping):
        return {
            key: REDACTED if is_secret_name(str(key)) else redact_variables(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact_variables(item) for item in value]
    return value


def redact_text(text: str) -> str:
    """`text` with secret-looking header reprs and `Bearer <token>`-style values masked."""
    if "(" in text:
        text = _HEADER_REPR.sub(_mask_header, text)
    if "://" in text:
        text = _URL_WITH_CREDENTIALS.sub(lambda m: display_url(m.group(0)), text)
    return _SCHEME_VALUE.sub(lambda m: f"{m.group(1)} {REDACTED}", text)


def _mask_header(match: re.Match[str]) -> str:
    if not is_secret_header(match.group("name")):
        return match.group(0)
    quote = match.group("q")
    return f"(b{quote}{match.group('name')}{quote}, b'{REDACTED}')"


class RedactingFilter(logging.Filter):
    """Masks credentials in the records of loggers we do not own (httpcore logs every response's
    headers at DEBUG, and a Hipex response carries the session token in `Authorization`): the
    secret-looking headers and schemes, and the value of every `Secret` alive in the process
    (a server may quote a token or a password back in any header)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the logging module's problem, not ours
            return True
        redacted = scrub_text(redact_text(message), live_secrets())
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_LOGGERS_TO_REDACT = (
    "b2b_graphql",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "hpack.hpack",
    "hpack.table",
)
_installed: RedactingFilter | None = None


def install_log_redaction() -> None:
    """Put a `RedactingFilter` on the HTTP libraries' loggers (once per process)."""
    global _installed
    if _installed is not None:
        return
    _installed = RedactingFilter()
    for name in _LOGGERS_TO_REDACT:
        logging.getLogger(name).addFilter(_installed)


class Secret:
    """A string that will not print itself: `str()`/`repr()` give `***`; `.reveal()` gives it.

    While it is alive, its value is masked in the records of the loggers `RedactingFilter`
    watches (`live_secrets`)."""

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        if len(value) >= _MIN_SCRUBBED:
            with _LIVE_LOCK:
                _LIVE[id(self)] = self

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(
            other._value.encode("utf-8", "surrogatepass"),
            self._value.encode("utf-8", "surrogatepass"),
        )

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


# Keyed by identity: equal secrets are separate entries, so one dying unmasks none of the others.
_LIVE: weakref.WeakValueDictionary[int, Secret] = weakref.WeakValueDictionary()
_LIVE_LOCK = threading.Lock()


def live_secrets() -> list[Secret]:
    """Every `Secret` alive now (one per value), longest first."""
    with _LIVE_LOCK:
        alive = list(_LIVE.values())
    by_value = {secret.reveal(): secret for secret in alive}
    return [by_value[value] for value in sorted(by_value, key=len, reverse=True)]


def secret_values(variables: Any, inside: bool = False) -> tuple[Secret, ...]:
    """The string values under secret-looking variable names (at any depth)."""
    found: list[Secret] = []
    if isinstance(variables, Mapping):
        for key, value in variables.items():
            found += secret_values(value, inside or is_secret_name(str(key)))
    elif isinstance(variables, list | tuple):
        for item in variables:
            found += secret_values(item, inside)
    elif inside and isinstance(variables, str) and len(variables) >= 4:
        found.append(Secret(variables))
    return tuple(found)


def scrub_text(text: str, secrets: Iterable[Secret]) -> str:
    """`text` with every secret's value (at least four characters long) replaced by `***`."""
    for secret in secrets:
        value = secret.reveal()
        if len(value) >= _MIN_SCRUBBED and value in text:
            text = text.replace(value, REDACTED)
    return text


def scrub(value: Any, secrets: tuple[Secret, ...]) -> Any:
    """`value` (a decoded JSON value) with every secret's text replaced by `***`."""
    if not secrets:
        return value
    if isinstance(value, str):
        return scrub_text(value, secrets)
    if isinstance(value, list):
        return [scrub(item, secrets) for item in value]
    if isinstance(value, dict):
        return {key: scrub(item, secrets) for key, item in value.items()}
    return value


@runtime_checkable
class HasSecrets(Protocol):
    """What an `httpx.Auth` of ours implements so the client can keep its credentials out of
    what it shows: `secrets()` gives the values it currently holds (token, password...)."""

    def secrets(self) -> Iterable[Secret]: ...


def as_secret(value: object, field: str = "token", *, header: bool = True) -> Secret | None:
    """`value` (a `str`, a `Secret`, or None/empty for none) as a `Secret`.

    Anything else (bytes, a list...) is refused with `InputValidationError` rather than
    formatted into a header; with `header=True` (a token sent as a header value) so is text
    that cannot be a header value: CR, LF, NUL, other control or non-ASCII characters."""
    if value is None:
        return None
    if isinstance(value, Secret):
        text = value.reveal()
    elif isinstance(value, str):
        text = value
    else:
        from ._errors import InputValidationError

        raise InputValidationError(field, f"must be a string, not {type(value).__name__}")
    if not text:
        return None
    if header:
        from ._transport import check_header_value

        check_header_value(field, text)
    return value if isinstance(value, Secret) else Secret(text)


def display_url(url: str) -> str:
    """`url` fit to show: without user info, query-string values replaced by `***` (either may
    carry a credential)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid url>"
    netloc = parts.netloc.rpartition("@")[2]
    query = urlencode(
        [(key, REDACTED) for key, _ in parse_qsl(parts.query, keep_blank_values=True)], safe="*"
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
