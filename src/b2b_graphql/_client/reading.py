"""Reading an answer: the generated model from the body in one pass, or the typed error that
says why there is none, worded without the credentials the call carried."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from .._auth_failure import DEFAULT_RULE, AuthFailureRule
from .._call import call_of
from .._errors import (
    B2BGraphQLError,
    GraphQLErrorDetail,
    GraphQLResponseError,
    HTTPStatusError,
    InvalidTokenError,
    OutcomeUnknownError,
    ResponseFormatError,
    ResponseShapeError,
    TokenExpiredError,
)
from .._parsing import NOT_JSON, decode_json, envelope_for, validate_json
from .._retry import parse_retry_after
from .._secrets import HasSecrets, Secret, is_secret_header, scrub, scrub_text

__all__ = ["ResponseReader", "shape_error"]

ModelT = TypeVar("ModelT", bound=BaseModel)

#: How much of a body is searched for secrets before it is quoted in an error.
_SHOWN_BYTES = 4096


class ResponseReader:
    """The reading half of `GraphQLBaseClient` (the hooks each API overrides live here)."""

    _auth: httpx.Auth | None
    #: How this API says a token was refused (each API's facade sets its own).
    auth_failure_rule: ClassVar[AuthFailureRule] = DEFAULT_RULE

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
            failed = exc
        raise shape_error(_operation(response), model, data, self._secrets_of(response), failed)

    def get_data(self, response: httpx.Response) -> dict[str, Any]:
        """The response's `data`, or the typed error that explains why there is none."""
        operation = _operation(response)
        status = response.status_code
        content = _content(response)
        payload: Any = decode_json(content) if content else None
        if not isinstance(payload, dict) or not ("data" in payload or "errors" in payload):
            if not response.is_success:
                raise self.status_error(response, operation)
            kind = "is not JSON it can read" if payload is NOT_JSON else "is not a GraphQL response"
            content_type = scrub_text(
                response.headers.get("content-type") or "no content type",
                self._secrets_of(response),
            )
            raise ResponseFormatError(
                f"{operation or 'operation'}: the server's answer {kind} "
                f"(HTTP {status}, {content_type})",
                self._shown(response),
                status=status,
                operation=operation,
            )
        data = payload.get("data")
        errors = payload.get("errors")
        if errors:
            secrets = self._secrets_of(response)
            errors, data = scrub(_as_list(errors), secrets), scrub(data, secrets)
            details = [GraphQLErrorDetail.from_dict(e) for e in errors]
            raise self.graphql_error(details, data, response, operation)
        if not response.is_success:
            raise self.status_error(response, operation)
        if not isinstance(data, dict):
            raise ResponseFormatError(
                f"{operation or 'operation'}: the response has no data",
                self._shown(response),
                status=status,
                operation=operation,
            )
        return data

    def _shown(self, response: httpx.Response) -> str:
        """The start of the body, fit to quote in an error: the credentials scrubbed."""
        head = _content(response)[:_SHOWN_BYTES].decode("utf-8", "replace")
        return scrub_text(head, self._secrets_of(response))

    def _secrets_of(self, response: httpx.Response) -> tuple[Secret, ...]:
        """Everything a server might quote back that is not ours to show: the call's secret
        variables, the credentials the client holds now, and the secret headers the request
        carried."""
        call = call_of(response)
        try:
            headers: Mapping[str, str] = response.request.headers
        except RuntimeError:  # a response built without a request
            headers = {}
        return self._secrets(call.secrets if call is not None else (), headers)

    def _secrets(
        self, extra: Iterable[Secret] = (), headers: Mapping[str, str] | None = None
    ) -> tuple[Secret, ...]:
        """`extra` (a call's secret variables), what `_held_secrets()` gives, and the values of
        the secret `headers` with and without their scheme (Order41 and Hipex send bare
        tokens): the one list every error and log line is scrubbed with."""
        found = [*extra, *self._held_secrets()]
        for name, value in (headers or {}).items():
            if is_secret_header(name):
                found += [Secret(value), Secret(value.rpartition(" ")[2])]
        # Longest first, so a token is masked whole before a part of it could be.
        return tuple(sorted(set(found), key=lambda s: -len(s.reveal())))

    def _held_secrets(self) -> list[Secret]:
        """The credentials the client holds now: its auth's (`HasSecrets`). A facade that keeps
        more (a password for logging in again) adds them."""
        auth = self._auth
        return list(auth.secrets()) if isinstance(auth, HasSecrets) else []

    # -- hooks for each API's differences -------------------------------------------------------

    def graphql_error(
        self,
        errors: list[GraphQLErrorDetail],
        data: Any,
        response: httpx.Response,
        operation: str | None,
    ) -> B2BGraphQLError:
        """Map a GraphQL error response to our hierarchy: a refused token (as the class's
        `auth_failure_rule` recognises it) is `TokenExpiredError`/`InvalidTokenError`. `errors`
        and `data` arrive with the client's credentials scrubbed."""
        failure = self.auth_failure_rule.classify(errors, response.status_code)
        if failure is not None:
            kind = TokenExpiredError if failure == "expired" else InvalidTokenError
            return kind(
                f"{operation or 'operation'}: the server refused the token: "
                + ("; ".join(e.message for e in errors[:10]) or "<no message>")
            )
        return GraphQLResponseError(errors, data, operation=operation, status=response.status_code)

    def status_error(self, response: httpx.Response, operation: str | None) -> B2BGraphQLError:
        """Map a non-2xx response without GraphQL errors to our hierarchy."""
        if response.status_code == 401:
            return InvalidTokenError(f"{operation or 'operation'}: HTTP 401 Unauthorized")
        call = call_of(response)
        if response.status_code in _GATEWAY_LOST and call is not None and call.is_mutation:
            return OutcomeUnknownError(
                f"{operation}: a gateway answered HTTP {response.status_code}; the mutation may "
                "or may not have taken effect and was not sent again",
                operation=operation,
                status=response.status_code,
            )
        return HTTPStatusError(
            response.status_code,
            self._shown(response),
            retry_after=parse_retry_after(response),
            operation=operation,
        )


#: Gateway statuses that say the upstream's answer was lost, not that the request was refused.
_GATEWAY_LOST = frozenset({502, 504})


def shape_error(
    operation: str | None,
    model: type[BaseModel],
    data: Any,
    secrets: tuple[Secret, ...],
    failed: ValidationError,
) -> ResponseShapeError:
    """`failed` (pydantic refusing `data` as `model`) as our error, told from a copy of `data`
    without `secrets`: pydantic's error quotes the input it refused."""
    try:
        model.model_validate(scrub(data, secrets))
    except ValidationError as exc:
        failed = exc
    return ResponseShapeError(operation, failed)


def _as_list(errors: Any) -> list[Any]:
    return errors if isinstance(errors, list) else [errors]


def _operation(response: httpx.Response) -> str | None:
    call = call_of(response)
    return call.operation if call is not None else None


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        error = ResponseFormatError(
            f"{_operation(response) or 'operation'}: the response body was never read "
            "(a streaming response?)",
            status=response.status_code,
        )
    raise error
