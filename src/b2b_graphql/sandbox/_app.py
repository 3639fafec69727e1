"""The GraphQL-over-HTTP app every sandbox server shares.

ariadne binds resolvers to the committed SDL and executes; this module adds the HTTP edge each
API needs to imitate (auth per request, response headers, status codes) and the counters tests
read (how many times each mutation arrived), so the per-API modules hold only API behaviour.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from graphql import GraphQLEnumType, GraphQLError, GraphQLSchema

__all__ = ["GraphQLApp", "RequestContext", "load_sdl", "require"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


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
    """What a resolver sees of the HTTP request, and what it may set on the response."""

    headers: dict[str, str]
    response_headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    state: dict[str, Any] = field(default_factory=dict)


def require(condition: object, message: str, code: str | None = None) -> None:
    """Raise a GraphQL error (with `extensions.code`) unless `condition` holds."""
    if not condition:
        raise GraphQLError(message, extensions={"code": code} if code else None)


class GraphQLApp:
    """An ASGI app serving one executable schema at any path on POST (and GET for a ping).

    `state` is the API's in-memory data, for tests to inspect.
    `on_request(context)` runs before execution (auth); `mutation_counts` records every root
    mutation field that was executed, so tests can prove a mutation arrived at most once.
    """

    def __init__(
        self,
        schema: GraphQLSchema,
        *,
        on_request: Callable[[RequestContext], None] | None = None,
        on_response: Callable[[RequestContext], None] | None = None,
        path: str | None = None,
        state: Any = None,
    ) -> None:
        _repair_enum_parse_value(schema)
        self.schema = schema
        self.state = state
        self.on_request = on_request
        self.on_response = on_response
        self.path = path
        self.mutation_counts: Counter[str] = Counter()
        self.request_count = 0
        self._queries = _QueryCache()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":  # pragma: no cover - websockets are not offered
            return
        if self.path and scope["path"].rstrip("/") != self.path.rstrip("/"):
            await _respond(send, 404, {"errors": [{"message": "not found"}]})
            return
        if scope["method"] == "GET":
            await _respond(send, 200, {"ok": True})
            return
        body = await _read_body(receive)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        await self.handle(body, headers, send)

    async def handle(self, body: bytes, headers: dict[str, str], send: Send) -> None:
        from ariadne import graphql

        self.request_count += 1
        context = RequestContext(headers=headers)
        try:
            data = json.loads(body)
        except ValueError:
            await _respond(send, 400, {"errors": [{"message": "body is not JSON"}]})
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
        await _respond(send, context.status, result, context.response_headers)

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
    """ariadne 1.1 replaces each enum's `parse_value` with a one-argument function, but
    graphql-core 3.2.14 calls it with `(value, hide_suggestions)`: every enum variable (e.g.
    `sort.direction`) would fail. Accept and drop the extra argument."""

    def lenient(parse: Callable[[Any], Any]) -> Callable[..., Any]:
        return lambda value, *_: parse(value)

    for type_def in schema.type_map.values():
        patched = vars(type_def).get("parse_value")
        if isinstance(type_def, GraphQLEnumType) and patched is not None:
            type_def.parse_value = lenient(patched)  # type: ignore[method-assign]


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _respond(
    send: Send, status: int, payload: Any, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps(payload, separators=(",", ":")).encode()
    raw_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
