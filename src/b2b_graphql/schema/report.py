"""Render a :class:`~b2b_graphql.schema.diff.DiffReport` for people, machines, GitHub and GitLab.

Every format says so when there is nothing to report (text and markdown: "No schema changes.";
github: a ``::notice``; json: ``summary.text``; gitlab: an empty array, the line goes to the
caller's stderr). The JSON document (``render_json``, version :data:`JSON_VERSION`) and the
change codes are specified in docs/drift.md; fields are only ever added within a version.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .diff import Change, DiffReport, Severity

__all__ = [
    "JSON_VERSION",
    "NO_CHANGES",
    "render_github",
    "render_gitlab",
    "render_json",
    "render_markdown",
    "render_text",
    "summary_line",
    "workflow_command",
]

JSON_VERSION = 2
"""2: ``code`` per change, ``ignored``, ``summary.text``, ``summary.ignored``, and
``summary.failing`` counts only changes of its own severity (1 counted breaking ones twice)."""
NO_CHANGES = "No schema changes."
_SEVERITIES: tuple[Severity, ...] = ("breaking", "dangerous", "safe")


def summary_line(report: DiffReport) -> str:
    """One line: the counts per severity and how many breaking ones hit this client."""
    counts = {s: len(report.by_severity(s)) for s in _SEVERITIES}
    if not report.changes:
        return NO_CHANGES
    text = f"{counts['breaking']} breaking, {counts['dangerous']} dangerous, {counts['safe']} safe"
    if report.operations_checked:
        using = sum(
            1 for c in report.by_severity("breaking") if c.affects_client and c.ignored is None
        )
        verb = "affects" if using == 1 else "affect"
        text += f" ({using} breaking change{'s' if using != 1 else ''} {verb} this client)"
    ignored = sum(1 for c in report.changes if c.ignored is not None)
    if ignored:
        text += f", {ignored} ignored by config"
    return f"Schema changes: {text}."


def render_text(report: DiffReport) -> str:
    """Changes grouped by severity, each with its code, coordinate, reason and positions."""
    lines = [summary_line(report)]
    for severity in _SEVERITIES:
        changes = report.by_severity(severity)
        if not changes:
            continue
        lines += ["", f"{severity.upper()} ({len(changes)})"]
        for change in changes:
            lines.append(f"  {change.code} {change.coordinate}: {_message(report, change)}")
            lines.extend(f"      {location}" for location in change.locations)
    return "\n".join(lines) + "\n"


def _note(report: DiffReport, change: Change) -> str:
    if change.ignored is not None:
        return f" [ignored: {change.ignored}]"
    if report.operations_checked and change.severity == "breaking" and not change.affects_client:
        return " [breaking for the API, harmless for this client]"
    return ""


def _message(report: DiffReport, change: Change) -> str:
    return f"{change.reason}{_note(report, change)}"


def _fails(change: Change) -> bool:
    return change.severity == "breaking" and change.affects_client and change.ignored is None


def render_json(report: DiffReport) -> str:
    """The versioned JSON document of docs/drift.md."""
    live = [c for c in report.changes if c.ignored is None]
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
                "ignored": change.ignored,
                "locations": [
                    {"file": loc.file, "line": loc.line, "column": loc.column}
                    for loc in change.locations
                ],
            }
            for change in report.changes
        ],
        "summary": {
            "text": summary_line(report),
            "total": len(report.changes),
            **{severity: len(report.by_severity(severity)) for severity in _SEVERITIES},
            "affecting_client": sum(1 for c in report.changes if c.affects_client),
            "ignored": len(report.changes) - len(live),
            "failing": {
                "breaking": sum(1 for c in live if _fails(c)),
                "dangerous": sum(1 for c in live if c.severity == "dangerous"),
            },
        },
    }
    return json.dumps(document, indent=2) + "\n"


def _level(change: Change) -> str:
    if _fails(change):
        return "error"
    if change.severity == "dangerous" and change.ignored is None:
        return "warning"
    return "notice"


def render_github(report: DiffReport) -> str:
    """GitHub Actions workflow commands: one annotation per change and affected position.

    ``::error`` for breaking changes that affect the client (on each position, or without a
    file when no operations were given), ``::warning`` for dangerous changes, ``::notice``
    for everything else (safe, ignored, and breaking changes no operation uses).
    """
    if not report.changes:
        return workflow_command("notice", {"title": "schema drift"}, NO_CHANGES) + "\n"
    lines = []
    for change in report.changes:
        command = _level(change)
        message = f"{change.code} {change.coordinate}: {_message(report, change)}"
        title = f"{change.severity} schema change: {change.coordinate}"
        if not change.locations:
            lines.append(workflow_command(command, {"title": title}, message))
        for loc in change.locations:
            properties = {
                "file": loc.file,
                "line": str(loc.line),
                "col": str(loc.column),
                "title": title,
            }
            lines.append(workflow_command(command, properties, message))
    return "".join(line + "\n" for line in lines)


_GITLAB_SEVERITY = {"error": "critical", "warning": "major", "notice": "info"}


def render_gitlab(report: DiffReport, schema_path: str = "schema.graphql") -> str:
    """GitLab Code Quality JSON: an array of issues (``codequality`` report artifact).

    A change without an operation position is reported on ``schema_path`` line 1; the
    fingerprint is stable across runs for the same change at the same place."""
    issues = []
    for change in report.changes:
        places = [(loc.file, loc.line) for loc in change.locations] or [(schema_path, 1)]
        for path, line in places:
            key = f"{change.code}|{change.coordinate}|{path}|{line}"
            issues.append(
                {
                    "description": f"{change.code} {change.coordinate}: {_message(report, change)}",
                    "check_name": change.code,
                    "fingerprint": hashlib.sha256(key.encode()).hexdigest(),
                    "severity": _GITLAB_SEVERITY[_level(change)],
                    "location": {"path": path, "lines": {"begin": line}},
                }
            )
    return json.dumps(issues, indent=2) + "\n"


def render_markdown(report: DiffReport, title: str = "Schema drift") -> str:
    """A job summary (`$GITHUB_STEP_SUMMARY`): the summary line and a table of changes."""
    lines = [f"### {title}", "", summary_line(report)]
    if report.changes:
        lines += ["", "| | Code | Coordinate | Reason | Where |", "|---|---|---|---|---|"]
        icons = {"error": ":x:", "warning": ":warning:", "notice": ":information_source:"}
        for change in report.changes:
            where = "<br>".join(f"`{loc}`" for loc in change.locations[:5]) or "-"
            cells = (
                icons[_level(change)],
                f"`{change.code}`",
                f"`{change.coordinate}`",
                _message(report, change).replace("|", "\\|"),
                where,
            )
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def workflow_command(command: str, properties: dict[str, str], message: str) -> str:
    """`::command key=value,...::message`, escaped as the Actions toolkit does."""
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{command} {props}::{escape_data(message)}"


def escape_data(value: str) -> str:
    """Escape a workflow command's message (``%``, CR, LF), as the Actions toolkit does."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command property: the data escapes plus ``:`` and ``,``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
