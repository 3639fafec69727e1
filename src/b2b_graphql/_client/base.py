"""The base class every generated client inherits (ariadne-codegen's base-client swap).

It owns the one place where a GraphQL call meets the network: serialising variables, the retry
loop with its deadline, logging, and turning a response into the generated model or into one
of our typed errors. Authentication is an `httpx.Auth` handed in by each API's facade and
applied to each request (never to the `httpx.AsyncClient`, which may be the caller's), so it
runs on every attempt and sees every response.
"""

from __future__ import annotations

import builtins
import logging
import math
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar, Unpack

import httpx
import pydantic_core
from pydantic import BaseModel

from .._call import (
    CALL_EXTENSION,
    DEFAULT_MAX_RESPONSE_BYTES,
    Call,
    is_mutation,
)
from .._coercion import call_options, execute_arguments, input_argument
from .._errors import (
    B2BGraphQLError,
    InputValidationError,
    RequestTimeoutError,
)
from .._failures import Failure, Progress, classify, cut_off, is_cut_off
from .._options import CALL_OPTION_NAMES, CallOptions
from .._page_turn import TURN
from .._retry import NO_RETRY, RetryPolicy, parse_retry_after
from .._secret_inputs import redact_paths, values_at
from .._secrets import (
    Secret,
    display_url,
    install_log_redaction,
    redact_text,
    redact_variables,
    secret_values,
)
from .._telemetry import mark_span_error, tracer_for
from .._transport import (
    DEFAULT_TIMEOUT,
    build_http_client,
    check_headers,
    read_limited,
    timeout_within,
)
from .reading import ResponseReader

__all__ = ["CALL_EXTENSION", "GraphQLBaseClient", "is_mutation"]

logger = logging.getLogger("b2b_graphql")
install_log_redaction()

ModelT = TypeVar("ModelT", bound=BaseModel)
RequestAuth = httpx.Auth | httpx._client.UseClientDefault

#: The auth override of `GraphQLBaseClient._sending_with` (a task sees only its own).
_AUTH_OVERRIDE: ContextVar[tuple[GraphQLBaseClient, httpx.Auth | None] | None] = ContextVar(
    "b2b_graphql_auth_override", default=None
)

_ACCEPT = "application/graphql-response+json, application/json;q=0.9"
#: What every request carries; set once on a client we build (httpx merges them per request).
_REQUEST_HEADERS = {"Content-Type": "application/json", "Accept": _ACCEPT}


class _Unset:
    """Stand-in until the generated package sets its own `UNSET` marker on the class."""


class GraphQLBaseClient(ResponseReader):
    """Async GraphQL-over-HTTP client that the generated clients subclass.

    Per-call keyword arguments (every generated method forwards them, typed as `CallOptions`):
    `timeout` (seconds or an `httpx.Timeout` for each attempt), `deadline` (seconds for the
    whole call, retries included), `retry_mutation` (opt a mutation you know to be idempotent
    into retries) and `headers` (extra request headers). Any other keyword is refused.

    Constructor keywords beyond the endpoint: `http_client` (yours, shared and never changed),
    `auth` (an `httpx.Auth` applied to each request), `proxy` (else the proxy environment
    variables, as httpx reads them), `max_response_bytes` (decoded body limit; None for none),
    `api_name` (how logs and spans name the API), and the pool/timeout/TLS settings.

    `telemetry=True` opens an OpenTelemetry span per call on the global tracer provider; pass a
    `TracerProvider` instead to use that one. It needs `opentelemetry-api`, imported only then.
    """

    api_name: str = "graphql"
    _unset: ClassVar[object] = _Unset()
    #: Operation name -> dotted paths of its secret variables (set by the generated client,
    #: from the schema: `b2b_graphql._secret_inputs`).
    secret_variables: ClassVar[Mapping[str, tuple[str, ...]]] = {}

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
        verify: Any = True,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | httpx.Proxy | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        api_name: str | None = None,
        telemetry: bool | Any = False,
    ) -> None:
        if not url:
            raise InputValidationError("url", "is required")
        self.url = url
        if api_name is not None:
            self.api_name = api_name
        self.deadline = deadline
        self.retry = retry or RetryPolicy()
        self.max_response_bytes = _size_limit(max_response_bytes)
        if proxy is not None and (http_client is not None or transport is not None):
            raise InputValidationError(
                "proxy", "applies to the transport we build: configure your own client instead"
            )
        self._owns_http_client = http_client is None
        # Our headers go into the defaults of a client we build, and on each request of one we
        # were handed (its defaults are its owner's).
        all_headers = {**_REQUEST_HEADERS, **check_headers("headers", headers or {})}
        self._headers: dict[str, str] = all_headers if http_client is not None else {}
        self.http_client = http_client or build_http_client(
            headers=all_headers,
            timeout=timeout,
            limits=limits,
            verify=verify,
            transport=transport,
            proxy=proxy,
        )
        # Applied per request, never assigned to the client: a user's `http_client` may serve
        # several of our clients (each with its own credential) and stays as it was handed in.
        self._auth = auth
        self._tracer = tracer_for(telemetry) if telemetry else None

    @property
    def url(self) -> str:
        """The GraphQL endpoint, as given."""
        return self._url

    @url.setter
    def url(self, url: str) -> None:
        # Parsed once here (httpx parses a `str` URL again on every request, BENCHMARKS.md
        # notes), and a malformed one fails now, unsent.
        try:
            self._endpoint = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            reason = redact_text(str(exc))
        else:
            self._url = url
            return
        # Out here: the error must not carry httpx's (which may quote user info) as context.
        raise InputValidationError("url", f"is not a valid URL ({reason})")

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

    # -- auth -----------------------------------------------------------------------------------

    def _request_auth(self) -> RequestAuth:
        """The auth of this call: ours, the one `_sending_with` set, or the client default."""
        override = _AUTH_OVERRIDE.get()
        if override is not None and override[0] is self:
            return override[1] if override[1] is not None else httpx.Auth()
        return self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT

    @contextmanager
    def _sending_with(self, auth: httpx.Auth | None) -> Iterator[None]:
        """Calls of this client inside the block send with `auth` (None: no credential at all).

        The private route for the facades' own calls (a login sent without the session's
        token, a logout with the token being revoked): per-call keywords are the public
        `CallOptions` only."""
        token = _AUTH_OVERRIDE.set((self, auth))
        try:
            yield
        finally:
            _AUTH_OVERRIDE.reset(token)

    # -- sending --------------------------------------------------------------------------------

    async def execute(
        self,
        query: str,
        operation_name: str | None = None,
        variables: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        """Send one operation; retry what is safe to retry; return the final HTTP response.

        `options` are the `CallOptions` keywords; any other keyword is refused with
        `InputValidationError` before anything is sent."""
        turn = TURN.get()
        if turn is None:
            return await self._execute(query, operation_name, variables, **options)
        # A page fetched ahead: its answer is returned (and parsed) in walk order.
        outside = TURN.set(None)
        try:
            response = await self._execute(query, operation_name, variables, **options)
        finally:
            TURN.reset(outside)
        await turn.wait()
        return response

    async def _execute(
        self,
        query: str,
        operation_name: str | None,
        variables: Mapping[str, Any] | None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        execute_arguments(query, operation_name, variables)
        if options and not CALL_OPTION_NAMES.issuperset(options):
            unknown = sorted(set(options) - CALL_OPTION_NAMES)
            raise InputValidationError(
                unknown[0],
                f"is not an option of {self.api_name} calls (known: "
                f"{', '.join(sorted(CALL_OPTION_NAMES))}); nothing was sent",
            )
        if options:
            call_options(options)  # the values' types (the names were checked just above)
        mutation = is_mutation(query, operation_name)
        plain = self._serialisable(variables)
        payload: dict[str, Any] = {"query": query, "variables": plain}
        if operation_name:
            payload["operationName"] = operation_name
        try:
            body = pydantic_core.to_json(payload)
        except pydantic_core.PydanticSerializationError as exc:
            raise InputValidationError("variables", f"cannot be sent as JSON: {exc}") from None
        if b"NaN" in body or b"Infinity" in body:  # cheap test first; the walk only if needed
            _refuse_non_finite(plain, "variables")
        extra = options.get("headers")
        request_headers = (
            {**self._headers, **check_headers("headers", extra)} if extra else self._headers
        )
        policy = NO_RETRY if mutation and not options.get("retry_mutation") else self.retry
        deadline = options.get("deadline")
        secret_paths = self.secret_variables.get(operation_name or "", ())
        call = Call(
            operation_name,
            mutation,
            self.api_name,
            # a server may quote a variable back in an error message: not ours to show
            self._variable_secrets(operation_name, plain),
            self.max_response_bytes,
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s variables=%s",
                self.api_name,
                operation_name,
                redact_paths(redact_variables(plain), secret_paths),
            )
        send = _Attempts(
            body,
            request_headers,
            call,
            policy,
            deadline if deadline is not None else self.deadline,
            options.get("timeout"),
            self._request_auth(),
        )
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
                span.set_attribute("b2b_graphql.attempts", call.attempt)
            span.set_attribute("http.response.status_code", response.status_code)
            if not response.is_success:
                mark_span_error(span, f"HTTP {response.status_code}")
            return response

    async def _send(self, send: _Attempts) -> httpx.Response:
        """The retry loop: one attempt, then either an answer, or a `Failure` and the retry
        policy's `next_wait` (None: give up with the failure's error)."""
        # Imported here: the generated packages and their models are usable (and import
        # faster) without asyncio, which any program that reaches this line has loaded.
        import asyncio

        call, policy, budget = send.call, send.policy, send.budget
        ends_at = None if budget is None else time.monotonic() + budget
        base_timeout = (
            self.http_client.timeout if send.timeout is None else httpx.Timeout(send.timeout)
        )
        while True:
            call.attempt += 1
            remaining = None if ends_at is None else ends_at - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise RequestTimeoutError(
                    f"{call.operation}: deadline of {budget:g}s exceeded after "
                    f"{call.attempt - 1} attempt(s)",
                    operation=call.operation,
                    attempts=call.attempt - 1,
                )
            # Only a mutation needs to know whether its request left (OutcomeUnknownError);
            # queries skip the tracing, which costs a little on every call.
            progress = Progress() if call.is_mutation else None
            started = time.monotonic()
            # The phase timeouts are capped at the time left; this also stops a server that
            # trickles bytes just fast enough to never trip the read timeout.
            cutoff = asyncio.timeout(remaining)
            failure: Failure | None = None
            try:
                async with cutoff:
                    response = await self._attempt(
                        send, progress, timeout_within(base_timeout, remaining)
                    )
            except B2BGraphQLError:  # ours already (an auth flow's, the size limit)
                raise
            except (builtins.TimeoutError, httpx.RequestError, UnicodeEncodeError) as exc:
                deadline = (
                    f"deadline of {budget:g}s exceeded during attempt {call.attempt}"
                    if cutoff.expired()
                    else None
                )
                # an httpx error may quote the server's bytes (a bad header line echoing ours)
                secrets = self._secrets_on_request(call.secrets, send.headers)
                failure = classify(
                    exc, call, progress, url=self.url, deadline=deadline, secrets=secrets
                )
            # Raised out here, not in the `except` block: the exception we raise must not
            # carry the httpx one (and its request's headers) as its `__context__`.
            if failure is not None:
                self._log(call, None, started, failure.reason)
                retry_after = None
            else:
                self._log(call, response.status_code, started)
                if is_cut_off(response):
                    failure = cut_off(call, response, self._shown(response))
                elif response.status_code not in policy.retry_statuses:
                    return response
                retry_after = parse_retry_after(response)
            wait = (
                policy.next_wait(call.attempt, ends_at, retry_after)
                if failure is None or failure.retryable
                else None
            )
            if wait is None:
                if failure is not None:
                    raise failure.error
                return response
            reason = failure.reason if failure is not None else f"HTTP {response.status_code}"
            self._retrying(send, wait, reason)
            await asyncio.sleep(wait)

    async def _attempt(
        self, send: _Attempts, progress: Progress | None, timeout: httpx.Timeout
    ) -> httpx.Response:
        """One request, its body read under the size limit (streamed, so a huge or endless
        body is refused without being held)."""
        client = self.http_client
        extensions: dict[str, Any] = {CALL_EXTENSION: send.call}
        if progress is not None:
            extensions["trace"] = progress.trace
        request = client.build_request(
            "POST",
            self._endpoint,
            content=send.body,
            headers=send.headers or None,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is client.timeout else timeout,
            extensions=extensions,
        )
        response = await client.send(request, auth=send.auth, stream=True)
        try:
            await read_limited(response, send.call.max_response_bytes, send.call.operation)
        except BaseException:
            await response.aclose()
            raise
        return response

    def _retrying(self, send: _Attempts, wait: float, reason: str) -> None:
        attempt = send.call.attempt
        logger.info(
            "%s %s attempt %d failed (%s); retrying in %.2fs",
            self.api_name,
            send.call.operation,
            attempt,
            reason,
            wait,
        )
        if send.span is not None:
            send.span.add_event(
                "retry", {"attempt": attempt, "reason": reason, "wait_seconds": wait}
            )

    def _log(
        self, call: Call, status: int | None, started: float, error: str | None = None
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s attempt=%d status=%s duration_ms=%.1f%s",
                self.api_name,
                call.operation,
                call.attempt,
                status if status is not None else "-",
                (time.monotonic() - started) * 1000,
                f" error={error}" if error else "",
                extra={
                    "graphql_api": self.api_name,
                    "graphql_operation": call.operation,
                    "attempt": call.attempt,
                    "status": status,
                },
            )

    def _input_argument(self, name: str, model: type[BaseModel], value: object) -> object:
        """What a generated method sends for its input-typed argument `name` (StrictInputsPlugin
        wraps each one): a mapping checked against `model`, so an unknown key is refused with
        `InputValidationError` here, before anything is sent; UNSET passes through."""
        return value if value is self._unset else input_argument(name, model, value)

    def _variable_secrets(
        self, operation_name: str | None, plain: Mapping[str, Any]
    ) -> tuple[Secret, ...]:
        """The values of a call's secret variables: under secret-looking names, and at the
        operation's secret paths (read from the schema)."""
        paths = self.secret_variables.get(operation_name or "", ())
        return secret_values(plain) + values_at(plain, paths)

    def _secrets_sent(
        self,
        operation_name: str | None,
        variables: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[Secret, ...]:
        """What `_secrets_of(response)` gives for a call of `operation_name` with `variables`
        and per-call `headers`: for a facade that words an error from a result it parsed (the
        response is gone by then)."""
        plain = self._serialisable(variables)
        return self._secrets_on_request(self._variable_secrets(operation_name, plain), headers)

    def _secrets_on_request(
        self, extra: tuple[Secret, ...], headers: Mapping[str, str] | None
    ) -> tuple[Secret, ...]:
        """`_secrets` of a request with per-call `headers` on top of the client's own."""
        sent = {**self.http_client.headers, **self._headers, **(headers or {})}
        return self._secrets(extra, sent)

    def _serialisable(self, variables: Mapping[str, Any] | None) -> dict[str, Any]:
        """Variables as plain JSON values: UNSET left out, input models dumped by alias."""
        if not variables:
            return {}
        unset = self._unset
        return {key: _plain(value) for key, value in variables.items() if value is not unset}


# -- helpers ------------------------------------------------------------------------------------


def _size_limit(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise InputValidationError("max_response_bytes", "must be a positive int or None")
    return value


def _refuse_non_finite(value: Any, path: str) -> None:
    """`InputValidationError` naming the first NaN or infinite number under `value`."""
    if isinstance(value, float) and not math.isfinite(value):
        raise InputValidationError(path, f"is {value!r}, which JSON cannot carry; nothing was sent")
    if isinstance(value, Mapping):
        for key, item in value.items():
            _refuse_non_finite(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _refuse_non_finite(item, f"{path}[{index}]")


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True, mode="json")
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


class _Attempts:
    """What every attempt of one call shares."""

    __slots__ = ("auth", "body", "budget", "call", "headers", "policy", "span", "timeout")

    def __init__(
        self,
        body: bytes,
        headers: dict[str, str],
        call: Call,
        policy: RetryPolicy,
        budget: float | None,
        timeout: httpx.Timeout | float | None,
        auth: RequestAuth,
    ) -> None:
        self.body = body
        self.headers = headers
        self.call = call
        self.policy = policy
        self.budget = budget
        self.timeout = timeout
        self.auth = auth
        self.span: Any = None
