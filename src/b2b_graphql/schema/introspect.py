"""Fetch a live server's schema through the standard introspection query.

Used to snapshot an API and to detect drift against the checked-in SDL. The query is
graphql-core's own ``get_introspection_query``: first with the October 2021 additions
(``specifiedByURL``, ``isRepeatable``, the schema description and deprecated arguments/input
fields), which a snapshot needs to report deprecations completely. Older servers reject those
meta fields with a validation error; in that case the query is sent once more with descriptions
only, which every spec-compliant server accepts.

Failures raise subclasses of :class:`~b2b_graphql.schema.errors.IntrospectionError` whose
messages are short and safe to print in CI logs: request headers never appear in them (header
values are even masked if a server echoes them back in a body), and URLs lose their userinfo and
query-string values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

import httpx
from graphql import GraphQLSchema, IntrospectionQuery, build_client_schema, get_introspection_query

from .._client import GraphQLBaseClient
from .._errors import ResponseFormatError, TimeoutError, TransportError
from .._parsing import decode_json
from .._secrets import Secret, display_url, scrub_text
from .errors import (
    IntrospectionConnectionError,
    IntrospectionDisabledError,
    IntrospectionHTTPError,
    IntrospectionResponseError,
)

__all__ = ["introspect"]

BODY_QUOTE_BYTES = 200
"""How much of an unexpected response body error messages quote."""

_MODERN_QUERY = get_introspection_query(
    descriptions=True,
    specified_by_url=True,
    directive_is_repeatable=True,
    schema_description=True,
    input_value_deprecation=True,
)
_BASELINE_QUERY = get_introspection_query(descriptions=True)

# Words of the validation errors an old server gives for the meta fields only _MODERN_QUERY asks.
_MODERN_ONLY = ("specifiedByURL", "isRepeatable", "includeDeprecated", "description")


RetryReport = Callable[[int, int, str, float], None]
"""``(next_attempt, max_attempts, why_the_last_failed, wait_seconds)``, before each retry."""


class _IntrospectionClient(GraphQLBaseClient):
    """Our client, telling the caller about each retry as it happens (CI logs show them)."""

    api_name = "introspection"

    def __init__(self, url: str, *, on_retry: RetryReport | None, **options: Any) -> None:
        super().__init__(url, **options)
        self._on_retry = on_retry
        # Every header value given counts as a secret here, whatever its name (CI passes API
        # keys under names of all kinds: `X-Shop`, `Token`, ...).
        self._given = [Secret(v) for v in (options.get("headers") or {}).values() if v]

    def _held_secrets(self) -> list[Secret]:
        return [*super()._held_secrets(), *self._given]

    def _retrying(self, send: Any, wait: float, reason: str) -> None:
        super()._retrying(send, wait, reason)
        if self._on_retry is not None:
            self._on_retry(send.call.attempt + 1, self.retry.max_attempts, reason, wait)


async def introspect(
    url: str,
    headers: Mapping[str, str] | None = None,
    *,
    timeout: float = 30.0,
    transport: httpx.AsyncBaseTransport | None = None,
    on_retry: RetryReport | None = None,
) -> GraphQLSchema:
    """POST the introspection query to ``url`` and build the client schema from the answer.

    It is sent like any query of ours (`GraphQLBaseClient`): retried on connection errors,
    timeouts, 429 and 502/503/504; what the answer means is judged here. ``timeout`` bounds
    the whole introspection, retries included (and so each attempt); ``on_retry`` hears of
    each retry before its wait.
    """
    shown_url = display_url(url)
    async with _IntrospectionClient(
        url,
        headers=headers,
        timeout=timeout,
        deadline=timeout,
        transport=transport,
        on_retry=on_retry,
    ) as client:
        for query in (_MODERN_QUERY, _BASELINE_QUERY):
            payload = await _post(client, shown_url, query, timeout)
            if query is _MODERN_QUERY and _rejects_modern_fields(payload):
                continue
            return _build(shown_url, payload, client._secrets())
    raise AssertionError("unreachable")  # pragma: no cover


async def _post(
    client: GraphQLBaseClient, shown_url: str, query: str, timeout: float
) -> dict[str, Any]:
    """Send one query; return the GraphQL response object or raise a typed error."""
    try:
        response = await client.execute(query, "IntrospectionQuery")
    except TimeoutError as error:
        attempts = getattr(error, "attempts", 1) or 1
        raise IntrospectionConnectionError(
            shown_url,
            f"no answer within {timeout:g}s ({attempts} attempt{'s' if attempts != 1 else ''}; "
            "--timeout sets the limit)",
        ) from None
    except TransportError as error:
        reason = scrub_text(error.reason or type(error).__name__, client._secrets())
        raise IntrospectionConnectionError(shown_url, f"cannot connect ({reason})") from None
    except ResponseFormatError as error:
        raise IntrospectionResponseError(shown_url, str(error), error.body_excerpt) from None
    except httpx.InvalidURL as error:
        raise IntrospectionConnectionError(shown_url, f"invalid URL ({error})") from None

    secrets = client._secrets_of(response)
    body_start = scrub_text(
        response.content[:BODY_QUOTE_BYTES].decode("utf-8", errors="replace"), secrets
    )
    payload = _graphql_payload(response.content)
    if payload is not None and _mentions_introspection(payload):
        raise IntrospectionDisabledError(
            shown_url,
            "the server refuses introspection: "
            + scrub_text(_error_messages(payload), secrets)
            + "; snapshot the SDL another way and pass the file instead",
        )
    if response.status_code == 400 and payload is not None and _rejects_modern_fields(payload):
        return payload  # old server: the caller retries with the baseline query
    if response.is_redirect:
        location = display_url(response.headers.get("location", ""))
        raise IntrospectionHTTPError(shown_url, response.status_code, f"redirect to {location}")
    if not response.is_success:
        raise IntrospectionHTTPError(shown_url, response.status_code, body_start)
    if payload is None:
        content_type = scrub_text(response.headers.get("content-type", "no content type"), secrets)
        raise IntrospectionResponseError(
            shown_url, f"not a GraphQL JSON response ({content_type})", body_start
        )
    return payload


def _graphql_payload(content: bytes) -> dict[str, Any] | None:
    """The decoded body when it looks like a GraphQL response (an object with data/errors)."""
    decoded = decode_json(content)  # NOT_JSON (not a dict) for what it will not decode
    if isinstance(decoded, dict) and ("data" in decoded or "errors" in decoded):
        return cast(dict[str, Any], decoded)
    return None


def _errors(payload: Mapping[str, Any]) -> list[str]:
    errors = payload.get("errors")
    if not isinstance(errors, list):
        return []
    return [str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors]


def _error_messages(payload: Mapping[str, Any]) -> str:
    messages = _errors(payload)
    text = "; ".join(messages[:3]) + (f" (+{len(messages) - 3} more)" if len(messages) > 3 else "")
    return text[:500]


def _mentions_introspection(payload: Mapping[str, Any]) -> bool:
    return any("introspection" in message.lower() for message in _errors(payload))


def _rejects_modern_fields(payload: Mapping[str, Any]) -> bool:
    """True when the server failed on a meta field that only the modern query asks for."""
    if isinstance(payload.get("data"), dict):
        return False
    return any(word in message for message in _errors(payload) for word in _MODERN_ONLY)


def _build(
    shown_url: str, payload: Mapping[str, Any], secrets: tuple[Secret, ...]
) -> GraphQLSchema:
    data = payload.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("__schema"), dict):
        if _errors(payload):
            messages = scrub_text(_error_messages(payload), secrets)
            raise IntrospectionResponseError(
                shown_url, f"the server answered with errors: {messages}"
            )
        raise IntrospectionDisabledError(
            shown_url, "the response has no __schema (introspection is probably disabled)"
        )
    try:
        return build_client_schema(cast(IntrospectionQuery, data))
    except (TypeError, ValueError, KeyError) as error:
        reason = scrub_text(str(error), secrets)[:300]
    # Raised out here: graphql-core's error (which quotes the server's names) must not ride
    # along as the `__context__`.
    raise IntrospectionResponseError(shown_url, f"the introspection result is malformed: {reason}")
