"""Render a :class:`~b2b_graphql.schema.diff.DiffReport` for people, machines and GitHub.

JSON format (``render_json``), version 1. Consumers should check ``version``; fields are only
ever added within a version::

    {
      "version": 1,
      "operations_checked": true,          # false: verdicts are graphql-level only
      "changes": [                         # sorted: severity, affects_client first, coordinate
        {
          "severity": "breaking",          # "breaking" | "dangerous" | "safe"
          "coordinate": "Query.product(id:)",
                                           # Type, Type.field, Type.field(arg:), Enum.VALUE,
                                           # Input.field, @directive, @directive(arg:), or
                                           # "query name" / "fragment Name" for
                                           # kind "operation_invalid"
          "kind": "arg_type_changed",      # a ChangeKind value
          "reason": "type changed from ID to ID!: the argument is now required",
          "affects_client": true,          # an operation uses it (always true without operations)
          "locations": [                   # operation positions it affects (1-based)
            {"file": "queries/axro/catalog.graphql", "line": 3, "column": 11}
          ]
        }
      ],
      "summary": {
        "total": 1,
        "breaking": 1,                     # per severity, used or not
        "dangerous": 0,
        "safe": 0,
        "affecting_client": 1,             # changes with affects_client true
        "failing": {"breaking": 1, "dangerous": 1}
                                           # what exit_code(fail_on=...) would count
      }
    }
"""

from __future__ import annotations

import json
from typing import Any

from .diff import Change, DiffReport, Severity

__all__ = ["JSON_VERSION", "render_github", "render_json", "render_text"]

JSON_VERSION = 1
_SEVERITIES: tuple[Severity, ...] = ("breaking", "dangerous", "safe")


def _summary_line(report: DiffReport) -> str:
    counts = {s: len(report.by_severity(s)) for s in _SEVERITIES}
    if not report.changes:
        return "No schema changes."
    text = f"{counts['breaking']} breaking, {counts['dangerous']} dangerous, {counts['safe']} safe"
    if report.operations_checked:
        using = sum(1 for c in report.by_severity("breaking") if c.affects_client)
        verb = "affects" if using == 1 else "affect"
        text += f" ({using} breaking change{'s' if using != 1 else ''} {verb} this client)"
    return f"Schema changes: {text}."


def render_text(report: DiffReport) -> str:
    """Changes grouped by severity, each with its coordinate, reason and affected positions."""
    lines = [_summary_line(report)]
    for severity in _SEVERITIES:
        changes = report.by_severity(severity)
        if not changes:
            continue
        lines += ["", f"{severity.upper()} ({len(changes)})"]
        for change in changes:
            lines.append(f"  {change.coordinate}: {change.reason}{_note(report, change)}")
            lines.extend(f"      {location}" for location in change.locations)
    return "\n".join(lines) + "\n"


def _note(report: DiffReport, change: Change) -> str:
    if report.operations_checked and change.severity == "breaking" and not change.affects_client:
        return " [breaking for the API, harmless for this client]"
    return ""


def render_json(report: DiffReport) -> str:
    """The versioned JSON document described in this module's docstring."""
    document: dict[str, Any] = {
        "version": JSON_VERSION,
        "operations_checked": report.operations_checked,
        "changes": [
            {
                "severity": change.severity,
                "coordinate": change.coordinate,
                "kind": change.kind.value,
                "code": change.code,
                "reason": change.reason,
                "affects_client": change.affects_client,
                "locations": [
                    {"file": loc.file, "line": loc.line, "column": loc.column}
                    for loc in change.locations
                ],
            }
            for change in report.changes
        ],
        "summary": {
            "total": len(report.changes),
            **{severity: len(report.by_severity(severity)) for severity in _SEVERITIES},
            "affecting_client": sum(1 for c in report.changes if c.affects_client),
            "failing": {
                "breaking": len(report.failing("breaking")),
                "dangerous": len(report.failing("dangerous")),
            },
        },
    }
    return json.dumps(document, indent=2) + "\n"


def render_github(report: DiffReport) -> str:
    """GitHub Actions workflow commands: one annotation per change and affected position.

    ``::error`` for breaking changes that affect the client (on each position, or without a
    file when no operations were given), ``::warning`` for dangerous changes, ``::notice``
    for everything else (safe changes and breaking changes no operation uses).
    """
    lines = []
    for change in report.changes:
        if change.severity == "breaking" and change.affects_client:
            command = "error"
        elif change.severity == "dangerous":
            command = "warning"
        else:
            command = "notice"
        message = f"{change.coordinate}: {change.reason}{_note(report, change)}"
        title = f"{change.severity} schema change: {change.coordinate}"
        if not change.locations:
            lines.append(_command(command, {"title": title}, message))
        for loc in change.locations:
            properties = {
                "file": loc.file,
                "line": str(loc.line),
                "col": str(loc.column),
                "title": title,
            }
            lines.append(_command(command, properties, message))
    return "".join(line + "\n" for line in lines)


def _command(command: str, properties: dict[str, str], message: str) -> str:
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{command} {props}::{escape_data(message)}"


def escape_data(value: str) -> str:
    """Escape a workflow command's message (``%``, CR, LF), as the Actions toolkit does."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command property: the data escapes plus ``:`` and ``,``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
