"""The GraphQL-over-HTTP app every sandbox server shares.

graphql-core executes the committed SDL with the resolvers `bind` set on it; this module adds
the HTTP edge each API needs to imitate (auth per request, response headers, status codes), an
optional per-response delay, and the counters tests read (how many times each mutation
arrived), so the per-API packages hold only API behaviour.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from graphql import GraphQLEnumType, GraphQLError, GraphQLSchema

from .asgi import Receive, Scope, Send, lifespan, read_body, request_headers, respond_json

__all__ = ["GraphQLApp", "RequestContext", "load_sdl", "require"]


class _ExpectedErrors(logging.Filter):
    """Errors a resolver raises on purpose (auth, validation) are answers, not server faults."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not isinstance(error, GraphQLError):
            return True
        original = error.original_error
        return original is not None and not isinstance(original, GraphQLError)


_resolver_log = logging.getLogger("b2b_graphql.sandbox")
_resolver_log.addFilter(_ExpectedErrors())


def load_sdl(package: str, filename: str) -> str:
    """The SDL a generated client package ships (copied there by `files_to_include`)."""
    return resources.files(package).joinpath(filename).read_text(encoding="utf-8")


@dataclass
class RequestContext:
    """What a resolver sees of the HTTP request, and what it may set on the response.

    `state` is per-request scratch space for the API's hooks (what `on_request` found out
    about the caller); `principal` is what the auth guard admitted for the current root field;
    `extensions` goes into the response's top-level `extensions` (data outside the schema).
    """

    headers: dict[str, str]
    response_headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    state: dict[str, Any] = field(default_factory=dict)
    principal: Any = None
    extensions: dict[str, Any] = field(default_factory=dict)


def require(condition: object, message: str, code: str | None = None) -> None:
    """Raise a GraphQL error (with `extensions.code`) unless `condition` holds."""
    if not condition:
        raise GraphQLError(message, extensions={"code": code} if code else None)


class GraphQLApp:
    """An ASGI app serving one executable schema at `path` on POST (and GET for a ping).

    `state` is the API's in-memory data, for tests to inspect.
    `on_request(context)` runs before execution (auth), `on_response(context)` after it;
    `latency` (seconds) holds every GraphQL answer back that long, to imitate a distant
    server (benchmarks, timeout tests); `mutation_counts` records every root mutation field
    that was executed, so tests can prove a mutation arrived at most once.
    """

    def __init__(
        self,
        schema: GraphQLSchema,
        *,
        on_request: Callable[[RequestContext], None] | None = None,
        on_response: Callable[[RequestContext], None] | None = None,
        path: str | None = None,
        state: Any = None,
        latency: float = 0.0,
    ) -> None:
        _repair_enum_parse_value(schema)
        self.schema = schema
        self.state = state
        self.on_request = on_request
        self.on_response = on_response
        self.path = path
        self.latency = latency
        self.mutation_counts: Counter[str] = Counter()
        self.request_count = 0
        self._queries = _QueryCache()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":  # pragma: no cover - websockets are not offered
            return
        if self.path and scope["path"].rstrip("/") != self.path.rstrip("/"):
            await respond_json(send, 404, {"errors": [{"message": "not found"}]})
            return
        if scope["method"] == "GET":
            await respond_json(send, 200, {"ok": True})
            return
        body = await read_body(receive)
        await self.handle(body, request_headers(scope), send)

    async def handle(self, body: bytes, headers: dict[str, str], send: Send) -> None:
        from ariadne import graphql

        self.request_count += 1
        context = RequestContext(headers=headers)
        try:
            data = json.loads(body)
        except ValueError:
            await respond_json(send, 400, {"errors": [{"message": "body is not JSON"}]})
            return
        if self.on_request:
            self.on_request(context)
        _, result = await graphql(
            self.schema,
            data,
            context_value=context,
            # A function, not the bound method: graphql-core ignores middleware that is neither
            # a function nor an object with a `resolve` method, so mutations went uncounted.
            middleware=[lambda *args, **kwargs: self._count_mutations(*args, **kwargs)],
            logger=_resolver_log.name,
            query_parser=self._queries.parse,
            query_validator=self._queries.validate,
        )
        if self.on_response:
            self.on_response(context)
        if context.extensions:
            result = {
                **result,
                "extensions": {**result.get("extensions", {}), **context.extensions},
            }
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        await respond_json(send, context.status, result, context.response_headers)

    def _count_mutations(self, resolve: Any, obj: Any, info: Any, **kwargs: Any) -> Any:
        if info.parent_type is self.schema.mutation_type and not info.path.prev:
            self.mutation_counts[info.field_name] += 1
        return resolve(obj, info, **kwargs)


class _QueryCache:
    """Parse and validate each distinct query once: clients send the same few documents over
    and over, and parsing plus validation is most of a sandbox request's CPU time (the load
    tests run thousands). graphql-core never mutates a document, so sharing one is safe."""

    _LIMIT = 512

    def __init__(self) -> None:
        self._documents: dict[str, Any] = {}
        self._errors: dict[tuple[Any, ...], tuple[Any, list[GraphQLError]]] = {}

    def parse(self, context: Any, data: Any) -> Any:
        from graphql import parse

        query = data.get("query") if isinstance(data, dict) else None
        if not isinstance(query, str):
            return parse(query)  # type: ignore[arg-type]  # graphql-core says what is wrong
        document = self._documents.get(query)
        if document is None:
            document = parse(query)
            if len(self._documents) >= self._LIMIT:
                self._documents.clear()
                self._errors.clear()
            self._documents[query] = document
        return document

    def validate(
        self,
        schema: GraphQLSchema,
        document_ast: Any,
        rules: Any = None,
        max_errors: int | None = None,
        type_info: Any = None,
    ) -> list[GraphQLError]:
        from graphql import validate

        key = (id(document_ast), tuple(rules or ()), max_errors)
        cached = self._errors.get(key)
        if cached is not None and cached[0] is document_ast:
            return cached[1]
        options: dict[str, Any] = {"max_errors": max_errors} if max_errors is not None else {}
        if type_info is not None:
            options["type_info"] = type_info
        errors = validate(schema, document_ast, rules, **options)
        self._errors[key] = (document_ast, errors)
        return errors


def _repair_enum_parse_value(schema: GraphQLSchema) -> None:
    """A schema made by ariadne 1.1 (a user's, served by `sandbox --schema`) replaces each
    enum's `parse_value` with a one-argument function, but graphql-core 3.2.14 calls it with
    `(value, hide_suggestions)`: every enum variable would fail. Accept and drop the extra."""

    def lenient(parse: Callable[[Any], Any]) -> Callable[..., Any]:
        return lambda value, *_: parse(value)

    for type_def in schema.type_map.values():
        patched = vars(type_def).get("parse_value")
        if isinstance(type_def, GraphQLEnumType) and patched is not None:
            type_def.parse_value = lenient(patched)  # type: ignore[method-assign]
