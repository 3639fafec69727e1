"""The base class every generated client inherits (ariadne-codegen's base-client swap).

It owns the one place where a GraphQL call meets the network: serialising variables, the retry
loop with its deadline, logging, and turning a response into the generated model or into one
of our typed errors. Authentication is an `httpx.Auth` handed in by each API's facade, so it
runs on every attempt and sees every response.
"""

from __future__ import annotations

import builtins
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from functools import lru_cache
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import httpx
import pydantic_core
from pydantic import BaseModel, ValidationError

from ._auth_failure import DEFAULT_RULE, AuthFailureRule
from ._errors import (
    B2BGraphQLError,
    ConnectError,
    GraphQLErrorDetail,
    GraphQLResponseError,
    HTTPStatusError,
    InputValidationError,
    InvalidTokenError,
    OutcomeUnknownError,
    ResponseFormatError,
    ResponseShapeError,
    TimeoutError,
    TokenExpiredError,
    TransportError,
)
from ._parsing import envelope_for, validate_json
from ._retry import NO_RETRY, RetryPolicy, parse_retry_after
from ._secret_inputs import redact_paths, values_at
from ._secrets import (
    Secret,
    display_url,
    install_log_redaction,
    redact_text,
    redact_variables,
    scrub,
    secret_values,
)
from ._telemetry import mark_span_error, tracer_for
from ._transport import DEFAULT_TIMEOUT, build_http_client, timeout_within

__all__ = ["CALL_EXTENSION", "GraphQLBaseClient", "is_mutation"]

logger = logging.getLogger("b2b_graphql")
install_log_redaction()

ModelT = TypeVar("ModelT", bound=BaseModel)

#: Key under `httpx.Request.extensions` where a call's facts ride along for `httpx.Auth` flows.
CALL_EXTENSION = "b2b_graphql.call"

_ACCEPT = "application/graphql-response+json, application/json;q=0.9"
#: What every request carries; set once on a client we build (httpx merges them per request).
_REQUEST_HEADERS = {"Content-Type": "application/json", "Accept": _ACCEPT}
_FIRST_WORD = re.compile(r"^(?:\s|,|#[^\n]*\n)*([A-Za-z_]\w*|\{)")


@lru_cache(maxsize=1024)
def is_mutation(query: str, operation_name: str | None = None) -> bool:
    """Whether the operation a document runs is a mutation (`{ ... }` is a query).

    With several operations, `operation_name` picks one. A document that mentions `mutation`
    but does not start with it (a fragment first, several operations) is parsed to be sure; one
    that cannot be parsed counts as a mutation, so it is never retried by mistake.
    """
    if "mutation" not in query:
        return False
    match = _FIRST_WORD.match(query)
    if match is not None and match.group(1) == "mutation" and operation_name is None:
        return True
    return _parsed_is_mutation(query, operation_name)


def _parsed_is_mutation(query: str, operation_name: str | None) -> bool:
    from graphql import GraphQLError, OperationDefinitionNode, OperationType, parse

    try:
        document = parse(query, no_location=True)
    except (GraphQLError, RecursionError):
        return True
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [
        op
        for op in operations
        if operation_name is None or (op.name is not None and op.name.value == operation_name)
    ]
    return any(op.operation is OperationType.MUTATION for op in chosen or operations)


class _Unset:
    """Stand-in until the generated package sets its own `UNSET` marker on the class."""


class GraphQLBaseClient:
    """Async GraphQL-over-HTTP client that the generated clients subclass.

    Per-call keyword arguments (every generated method forwards them): `timeout` (seconds or an
    `httpx.Timeout` for each attempt), `deadline` (seconds for the whole call, retries
    included), `retry_mutation` (opt a mutation you know to be idempotent into retries) and
    `headers` (extra request headers).

    `telemetry=True` opens an OpenTelemetry span per call on the global tracer provider; pass a
    `TracerProvider` instead to use that one. It needs `opentelemetry-api`, imported only then.
    """

    api_name: ClassVar[str] = "graphql"
    #: How this API says a token was refused (each API's facade sets its own).
    auth_failure_rule: ClassVar[AuthFailureRule] = DEFAULT_RULE
    #: Operation name -> dotted paths of its secret variables (set by the generated client,
    #: from the schema: `b2b_graphql._secret_inputs`).
    secret_variables: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    _unset: ClassVar[object] = _Unset()

    def __init__(
        self,
        url: str = "",
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        *,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        deadline: float | None = 60.0,
        retry: RetryPolicy | None = None,
        limits: httpx.Limits | None = None,
        verify: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        telemetry: bool | Any = False,
    ) -> None:
        if not url:
            raise ValueError("url is required")
        self.url = url
        self.deadline = deadline
        self.retry = retry or RetryPolicy()
        self._owns_http_client = http_client is None
        # Our headers go into the defaults of a client we build, and on each request of one we
        # were handed (its defaults are its owner's).
        all_headers = {**_REQUEST_HEADERS, **(headers or {})}
        self._headers: dict[str, str] = all_headers if http_client is not None else {}
        self.http_client = http_client or build_http_client(
            headers=all_headers,
            timeout=timeout,
            limits=limits,
            verify=verify,
            transport=transport,
        )
        if auth is not None:
            self.http_client.auth = auth
        self._tracer = tracer_for(telemetry) if telemetry else None

    @property
    def url(self) -> str:
        """The GraphQL endpoint, as given."""
        return self._url

    @url.setter
    def url(self, url: str) -> None:
        # Parsed once here: httpx parses a `str` URL again on every request (~30 µs, 3% of a
        # small call), but takes an `httpx.URL` as it is. A malformed one fails now, unsent.
        try:
            self._endpoint = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise InputValidationError("url", f"is not a valid URL ({exc})") from None
        self._url = url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={display_url(self.url)!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Release the connection pool (only if this client created it)."""
        if self._owns_http_client:
            await self.http_client.aclose()

    # -- sending --------------------------------------------------------------------------------

    async def execute(
        self,
        query: str,
        operation_name: str | None = None,
        variables: Mapping[str, Any] | None = None,
        *,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
        retry_mutation: bool = False,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one operation; retry what is safe to retry; return the final HTTP response."""
        mutation = is_mutation(query, operation_name)
        payload: dict[str, Any] = {"query": query, "variables": self._serialisable(variables)}
        if operation_name:
            payload["operationName"] = operation_name
        try:
            body = pydantic_core.to_json(payload)
        except pydantic_core.PydanticSerializationError as exc:
            raise InputValidationError("variables", f"cannot be sent as JSON: {exc}") from None
        request_headers = {**self._headers, **headers} if headers else self._headers
        policy = NO_RETRY if mutation and not retry_mutation else self.retry
        budget = deadline if deadline is not None else self.deadline
        call: dict[str, Any] = {
            "operation": operation_name,
            "mutation": mutation,
            "api": self.api_name,
        }
        secret_paths = self.secret_variables.get(operation_name or "", ())
        secrets = secret_values(payload["variables"]) + values_at(
            payload["variables"], secret_paths
        )
        if secrets:  # a server may quote a variable back in an error message: not ours to show
            call["secrets"] = secrets
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s variables=%s",
                self.api_name,
                operation_name,
                redact_paths(redact_variables(payload["variables"]), secret_paths),
            )
        send = _Attempts(body, request_headers, call, policy, budget, timeout, kwargs)
        if self._tracer is None:
            return await self._send(send)
        with self._tracer.start_as_current_span(
            f"graphql {operation_name or 'anonymous'}",
            attributes={
                "graphql.operation.name": operation_name or "",
                "graphql.operation.type": "mutation" if mutation else "query",
                "b2b_graphql.api": self.api_name,
            },
        ) as span:
            send.span = span
            try:
                response = await self._send(send)
            finally:
                span.set_attribute("b2b_graphql.attempts", call.get("attempt", 0))
            span.set_attribute("http.response.status_code", response.status_code)
            if not response.is_success:
                mark_span_error(span, f"HTTP {response.status_code}")
            return response

    async def _send(self, send: _Attempts) -> httpx.Response:
        # Imported here: the generated packages and their models are usable (and importable in
        # ~20 ms less) without asyncio, which any program that reaches this line has loaded.
        import asyncio

        call, policy, budget = send.call, send.policy, send.budget
        operation = call["operation"]
        ends_at = None if budget is None else time.monotonic() + budget
        base_timeout = (
            self.http_client.timeout if send.timeout is None else httpx.Timeout(send.timeout)
        )
        kwargs = dict(send.kwargs)
        extensions = dict(kwargs.pop("extensions", None) or {})
        attempt = 0
        while True:
            attempt += 1
            call["attempt"] = attempt
            remaining = None if ends_at is None else ends_at - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise TimeoutError(
                    f"{operation}: deadline of {budget:g}s exceeded after {attempt - 1} attempt(s)",
                    operation=operation,
                    attempts=attempt - 1,
                )
            # Only a mutation needs to know whether its request left (OutcomeUnknownError);
            # tracing every query would cost ~2% of a small call.
            progress = _Progress(extensions.get("trace")) if call["mutation"] else None
            request_extensions = {**extensions, CALL_EXTENSION: call}
            if progress is not None:
                request_extensions["trace"] = progress.trace
            started = time.monotonic()
            # The phase timeouts are capped at the time left; this also stops a server that
            # trickles bytes just fast enough to never trip the read timeout.
            cutoff = asyncio.timeout(remaining)
            timeout = timeout_within(base_timeout, remaining)
            try:
                async with cutoff:
                    response = await self.http_client.post(
                        self._endpoint,
                        content=send.body,
                        headers=send.headers or None,
                        timeout=httpx.USE_CLIENT_DEFAULT
                        if timeout is self.http_client.timeout
                        else timeout,
                        extensions=request_extensions,
                        **kwargs,
                    )
            except builtins.TimeoutError as exc:  # the deadline ran out mid-attempt
                self._log(call, None, started, "deadline")
                reason = (
                    f"deadline of {budget:g}s exceeded during attempt {attempt}"
                    if cutoff.expired()
                    else f"timed out ({type(exc).__name__})"
                )
                raise self._deadline_failure(call, attempt, reason, progress) from None
            except httpx.TransportError as exc:
                failure = self._transport_failure(exc, call, attempt, progress)
                self._log(call, None, started, type(exc).__name__)
                if attempt >= policy.max_attempts or not _retryable(exc):
                    raise failure from None
                wait = policy.backoff(attempt)
                if ends_at is not None and time.monotonic() + wait >= ends_at:
                    raise failure from None
                self._retrying(send, attempt, wait, _describe(exc))
                await asyncio.sleep(wait)
                continue
            except httpx.RequestError as exc:  # an answer came but cannot be read (bad gzip...)
                self._log(call, None, started, type(exc).__name__)
                raise ResponseFormatError(
                    f"{operation or 'operation'}: the response could not be decoded "
                    f"({type(exc).__name__})",
                    operation=operation,
                ) from None
            self._log(call, response.status_code, started)
            if response.status_code not in policy.retry_statuses or attempt >= policy.max_attempts:
                return response
            retry_after = parse_retry_after(response)
            if retry_after is not None and retry_after > policy.max_retry_after:
                return response
            wait = policy.backoff(attempt, retry_after)
            if ends_at is not None and time.monotonic() + wait >= ends_at:
                return response
            self._retrying(send, attempt, wait, f"HTTP {response.status_code}")
            await asyncio.sleep(wait)

    def _retrying(self, send: _Attempts, attempt: int, wait: float, reason: str) -> None:
        logger.info(
            "%s %s attempt %d failed (%s); retrying in %.2fs",
            self.api_name,
            send.call["operation"],
            attempt,
            reason,
            wait,
        )
        if send.span is not None:
            send.span.add_event(
                "retry", {"attempt": attempt, "reason": reason, "wait_seconds": wait}
            )

    def _transport_failure(
        self,
        exc: httpx.TransportError,
        call: Mapping[str, Any],
        attempt: int,
        progress: _Progress | None = None,
    ) -> TransportError:
        operation = call["operation"]
        sent = not isinstance(exc, _NOT_SENT) or (progress is not None and progress.sent)
        reason = _describe(exc)
        facts = {"operation": operation, "attempts": attempt, "reason": reason}
        if call["mutation"] and sent:
            return OutcomeUnknownError(
                f"{operation}: the mutation was sent but its response was lost ({reason}); "
                "it may or may not have taken effect and was not sent again",
                **facts,
            )
        if isinstance(exc, httpx.TimeoutException):
            return TimeoutError(f"{operation}: {reason}", **facts)
        if not sent:
            return ConnectError(
                f"{operation}: could not connect to {display_url(self.url)} ({reason})", **facts
            )
        return TransportError(f"{operation}: connection failed mid-request ({reason})", **facts)

    def _deadline_failure(
        self, call: Mapping[str, Any], attempt: int, reason: str, progress: _Progress | None
    ) -> TransportError:
        operation = call["operation"]
        # Without trace events (a custom transport) we cannot know: assume it was sent.
        sent = progress is None or progress.sent or not progress.traced
        if call["mutation"] and sent:
            return OutcomeUnknownError(
                f"{operation}: {reason} while the mutation was in flight; it may or may not "
                "have taken effect and was not sent again",
                operation=operation,
                attempts=attempt,
            )
        return TimeoutError(f"{operation}: {reason}", operation=operation, attempts=attempt)

    def _log(
        self, call: Mapping[str, Any], status: int | None, started: float, error: str | None = None
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s attempt=%d status=%s duration_ms=%.1f%s",
                self.api_name,
                call["operation"],
                call["attempt"],
                status if status is not None else "-",
                (time.monotonic() - started) * 1000,
                f" error={error}" if error else "",
                extra={
                    "graphql_api": self.api_name,
                    "graphql_operation": call["operation"],
                    "attempt": call["attempt"],
                    "status": status,
                },
            )

    def _serialisable(self, variables: Mapping[str, Any] | None) -> dict[str, Any]:
        """Variables as plain JSON values: UNSET left out, input models dumped by alias."""
        if not variables:
            return {}
        unset = self._unset
        return {key: _plain(value) for key, value in variables.items() if value is not unset}

    # -- reading --------------------------------------------------------------------------------

    def get_model(self, response: httpx.Response, model: type[ModelT]) -> ModelT:
        """Parse the response body straight into `model` (one pass over the bytes), or raise."""
        content = _content(response)
        # Any 2xx body is tried: one that is not a GraphQL JSON response fails validation, and
        # get_data then says what it is (whatever its content type claims).
        if response.is_success:
            try:
                envelope: Any = validate_json(envelope_for(model), content, response)
            except ValidationError:
                pass  # fall through: decode once more to say exactly what is wrong
            else:
                if not envelope.errors and envelope.data is not None:
                    result: ModelT = envelope.data
                    return result
        data = self.get_data(response)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise ResponseShapeError(_operation(response), exc) from None

    def get_data(self, response: httpx.Response) -> dict[str, Any]:
        """The response's `data`, or the typed error that explains why there is none."""
        operation = _operation(response)
        status = response.status_code
        content = _content(response)
        payload: Any = None
        if content:
            try:
                payload = pydantic_core.from_json(content)
            except ValueError:
                payload = None
        if not isinstance(payload, dict) or not ("data" in payload or "errors" in payload):
            if not response.is_success:
                raise self.status_error(response, operation)
            raise ResponseFormatError(
                f"{operation or 'operation'}: the server's answer is not a GraphQL response "
                f"(HTTP {status}, {response.headers.get('content-type') or 'no content type'})",
                content,
                status=status,
                operation=operation,
            )
        data = payload.get("data")
        errors = payload.get("errors")
        if errors:
            errors = scrub(_as_list(errors), _call_secrets(response))
            details = [GraphQLErrorDetail.from_dict(e) for e in errors]
            raise self.graphql_error(details, data, response, operation)
        if not response.is_success:
            raise self.status_error(response, operation)
        if not isinstance(data, dict):
            raise ResponseFormatError(
                f"{operation or 'operation'}: the response has no data",
                content,
                status=status,
                operation=operation,
            )
        return data

    # -- hooks for each API's differences -------------------------------------------------------

    def graphql_error(
        self,
        errors: list[GraphQLErrorDetail],
        data: Any,
        response: httpx.Response,
        operation: str | None,
    ) -> B2BGraphQLError:
        """Map a GraphQL error response to our hierarchy: a refused token (as the class's
        `auth_failure_rule` recognises it) is `TokenExpiredError`/`InvalidTokenError`."""
        failure = self.auth_failure_rule.classify(errors, response.status_code)
        if failure is not None:
            messages = "; ".join(e.message for e in errors) or "<no message>"
            kind = TokenExpiredError if failure == "expired" else InvalidTokenError
            return kind(f"{operation or 'operation'}: the server refused the token: {messages}")
        return GraphQLResponseError(errors, data, operation=operation, status=response.status_code)

    def status_error(self, response: httpx.Response, operation: str | None) -> B2BGraphQLError:
        """Map a non-2xx response without GraphQL errors to our hierarchy."""
        if response.status_code == 401:
            return InvalidTokenError(f"{operation or 'operation'}: HTTP 401 Unauthorized")
        if response.status_code in _GATEWAY_LOST and _call(response).get("mutation"):
            return OutcomeUnknownError(
                f"{operation}: a gateway answered HTTP {response.status_code}; the mutation may "
                "or may not have taken effect and was not sent again",
                operation=operation,
                status=response.status_code,
            )
        return HTTPStatusError(
            response.status_code,
            _content(response),
            retry_after=parse_retry_after(response),
            operation=operation,
        )


# -- helpers ------------------------------------------------------------------------------------

#: Gateway statuses that say the upstream's answer was lost, not that the request was refused.
_GATEWAY_LOST = frozenset({502, 504})


def _call(response: httpx.Response) -> dict[str, Any]:
    """The call facts `execute` attached to the request (empty for a foreign response)."""
    try:
        call = response.request.extensions.get(CALL_EXTENSION)
    except RuntimeError:  # a response built without a request
        return {}
    return call if isinstance(call, dict) else {}


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True, mode="json")
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _as_list(errors: Any) -> list[Any]:
    return errors if isinstance(errors, list) else [errors]


def _operation(response: httpx.Response) -> str | None:
    operation = _call(response).get("operation")
    return operation if isinstance(operation, str) else None


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        raise ResponseFormatError(
            f"{_operation(response) or 'operation'}: the response body was never read "
            "(a streaming response?)",
            status=response.status_code,
        ) from None


class _Attempts:
    """What every attempt of one call shares."""

    __slots__ = ("body", "budget", "call", "headers", "kwargs", "policy", "span", "timeout")

    def __init__(
        self,
        body: bytes,
        headers: dict[str, str],
        call: dict[str, Any],
        policy: RetryPolicy,
        budget: float | None,
        timeout: httpx.Timeout | float | None,
        kwargs: dict[str, Any],
    ) -> None:
        self.body = body
        self.headers = headers
        self.call = call
        self.policy = policy
        self.budget = budget
        self.timeout = timeout
        self.kwargs = kwargs
        self.span: Any = None


TraceCallback = Callable[[str, dict[str, Any]], Awaitable[None]]


class _Progress:
    """httpcore's `trace` extension, to know whether a request left before a failure."""

    __slots__ = ("_chain", "sent", "traced")

    def __init__(self, chain: TraceCallback | None = None) -> None:
        self._chain = chain
        self.sent = False
        self.traced = False

    async def trace(self, event: str, info: dict[str, Any]) -> None:
        self.traced = True
        if event.endswith("send_request_headers.started"):
            self.sent = True
        if self._chain is not None:
            await self._chain(event, info)


#: Failures that happen before any byte of the request is written.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _retryable(exc: httpx.TransportError) -> bool:
    """Configuration and client bugs do not get better by trying again."""
    return not isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError)


def _describe(exc: httpx.TransportError) -> str:
    name = type(exc).__name__
    if isinstance(exc, httpx.LocalProtocolError):  # it may quote our own (auth) headers
        return name
    detail = str(exc).strip()
    return f"{name}: {redact_text(detail)[:200]}" if detail else name


def _call_secrets(response: httpx.Response) -> tuple[Secret, ...]:
    secrets = _call(response).get("secrets")
    return secrets if isinstance(secrets, tuple) else ()
