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

from collections.abc import Mapping
from typing import Any, cast

import httpx
from graphql import GraphQLSchema, IntrospectionQuery, build_client_schema, get_introspection_query

from .._client import GraphQLBaseClient
from .._errors import ResponseFormatError, TimeoutError, TransportError
from .._parsing import decode_json
from .._secrets import display_url
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


async def introspect(
    url: str,
    headers: Mapping[str, str] | None = None,
    *,
    timeout: float = 30.0,
    transport: httpx.AsyncBaseTransport | None = None,
) -> GraphQLSchema:
    """POST the introspection query to ``url`` and build the client schema from the answer.

    It is sent like any query of ours (`GraphQLBaseClient`): retried on connection errors,
    timeouts, 429 and 502/503/504 within the deadline; what the answer means is judged here.
    """
    secrets = [value for value in (headers or {}).values() if len(value) >= 4]
    shown_url = display_url(url)
    async with GraphQLBaseClient(
        url, headers=headers, timeout=timeout, transport=transport
    ) as client:
        for query in (_MODERN_QUERY, _BASELINE_QUERY):
            payload = await _post(client, shown_url, query, secrets, timeout)
            if query is _MODERN_QUERY and _rejects_modern_fields(payload):
                continue
            return _build(shown_url, payload, secrets)
    raise AssertionError("unreachable")  # pragma: no cover


async def _post(
    client: GraphQLBaseClient, shown_url: str, query: str, secrets: list[str], timeout: float
) -> dict[str, Any]:
    """Send one query; return the GraphQL response object or raise a typed error."""
    try:
        response = await client.execute(query, "IntrospectionQuery")
    except TimeoutError:
        raise IntrospectionConnectionError(shown_url, f"timed out after {timeout:g}s") from None
    except TransportError as error:
        reason = _mask(error.reason or type(error).__name__, secrets)
        raise IntrospectionConnectionError(shown_url, f"cannot connect ({reason})") from None
    except ResponseFormatError as error:
        raise IntrospectionResponseError(shown_url, str(error), error.body_excerpt) from None
    except httpx.InvalidURL as error:
        raise IntrospectionConnectionError(shown_url, f"invalid URL ({error})") from None

    body_start = _mask(
        response.content[:BODY_QUOTE_BYTES].decode("utf-8", errors="replace"), secrets
    )
    payload = _graphql_payload(response.content)
    if payload is not None and _mentions_introspection(payload):
        raise IntrospectionDisabledError(
            shown_url,
            "the server refuses introspection: "
            + _mask(_error_messages(payload), secrets)
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
        content_type = response.headers.get("content-type", "no content type")
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


def _build(shown_url: str, payload: Mapping[str, Any], secrets: list[str]) -> GraphQLSchema:
    data = payload.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("__schema"), dict):
        if _errors(payload):
            messages = _mask(_error_messages(payload), secrets)
            raise IntrospectionResponseError(
                shown_url, f"the server answered with errors: {messages}"
            )
        raise IntrospectionDisabledError(
            shown_url, "the response has no __schema (introspection is probably disabled)"
        )
    try:
        return build_client_schema(cast(IntrospectionQuery, data))
    except (TypeError, ValueError, KeyError) as error:
        raise IntrospectionResponseError(
            shown_url, f"the introspection result is malformed: {str(error)[:300]}"
        ) from None


def _mask(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text
