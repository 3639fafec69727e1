"""OpenTelemetry spans, off by default; the API is imported only when a client turns them on."""

from __future__ import annotations

from typing import Any

from ._errors import B2BGraphQLError

__all__ = ["mark_span_error", "tracer_for"]


def tracer_for(telemetry: Any) -> Any:
    """A tracer from `telemetry` (a TracerProvider) or from the global provider (`True`)."""
    if telemetry is not True and hasattr(telemetry, "get_tracer"):
        return telemetry.get_tracer("b2b_graphql")
    try:
        from opentelemetry import trace
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise B2BGraphQLError(
            "telemetry=True needs OpenTelemetry: pip install 'b2b-graphql[otel]'"
        ) from exc
    return trace.get_tracer("b2b_graphql")


def mark_span_error(span: Any, description: str) -> None:
    try:
        from opentelemetry.trace import Status, StatusCode
    except ImportError:  # pragma: no cover - a provider object without the API installed
        return
    span.set_status(Status(StatusCode.ERROR, description))
