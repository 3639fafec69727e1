"""Classify every difference between two schemas, optionally from this client's point of view.

``find_breaking_changes`` from graphql-core says *that* something broke, not *where*; CI needs
a schema coordinate per change and the operation lines it hits. So both schemas are walked here
and each change gets a severity, a coordinate (``Type``, ``Type.field``, ``Type.field(arg:)``,
``Enum.VALUE``, ``Input.field``, ``@directive``, ``@directive(arg:)``) and a one-line reason.

Rules (graphql-level; they follow graphql-core's ``find_breaking_changes`` /
``find_dangerous_changes``, plus the safe changes it does not report):

===================================================  =========  ==============================
change                                               severity   becomes client-relevant when
===================================================  =========  ==============================
type added                                           safe       -
type removed / kind changed                          breaking   any reference to the type
field added                                          safe       -
field removed                                        breaking   the field is selected
output field type: ``T`` -> ``T!`` (tightened)       safe       the field is selected
output field type: ``T!`` -> ``T`` (loosened)        breaking   the field is selected (the
                                                                generated model requires it)
output field type: other change (named type, list)   breaking   the field is selected
argument added, required (``T!`` without default)    breaking   the field is selected
argument added, optional or with default             safe       -
argument removed                                     breaking   the argument is passed
argument type: ``T!`` -> ``T`` (loosened)            safe       the argument is passed
argument type: any other change                      breaking   the argument is passed (or, if
                                                                it became required, omitted)
argument default changed                             dangerous  the field is selected without it
input field added, required                          breaking   the input type is used
input field added, optional                          safe       -
input field removed / type changed (input rules)     breaking   a literal sets it or a variable
                                                                reaches its input type
input field default changed                          dangerous  the input type is used
enum value added                                     dangerous  BREAKING when a field of that
                                                                enum is selected: generated
                                                                enums reject unknown values
enum value removed                                   breaking   a literal uses it or a variable
                                                                reaches the enum
union member added                                   dangerous  BREAKING when a field of that
                                                                union is selected (``__typename``
                                                                is a closed ``Literal``)
union member removed                                 breaking   a fragment on it in the union
object implements a new interface (incl. a new       dangerous  BREAKING when a field of that
object type implementing it)                                    interface is selected (same
                                                                closed ``__typename``)
interface removed from a type                        breaking   a fragment on one within the
                                                                other
deprecation added / removed / reason changed         safe       used (listed so people see it)
description changed, ``@specifiedBy`` changed       safe       -
root operation type changed                          breaking   an operation of that kind
directive added / optional arg added / location      safe       -
added / made repeatable
directive removed / required arg added / location    breaking   the directive is used (at that
removed / no longer repeatable / arg removed / arg              location, with that argument)
type changed (input rules)
directive argument default changed                   dangerous  the directive is used
operation no longer validates (operations given)     breaking   always (kind
                                                                ``operation_invalid``)
===================================================  =========  ==============================

Where this differs from graphql-core: an optional argument or input field added is safe here
(graphql-core: dangerous; no existing operation can notice it); input-field default changes,
directive argument type/default changes, ``repeatable`` removal, root type changes and new
object types implementing an interface are reported here and not by graphql-core.

With operations, each change lists the operation positions it affects (resolved against the
OLD schema) and ``affects_client`` is true when there is at least one. A breaking change no
operation uses stays breaking but with ``affects_client=False`` ("breaking for the API,
harmless for this client") and sorts after the ones that matter. Without operations every
change has ``affects_client=True`` (unknown, so assumed) and no positions.

Validation problems of the operations against the new schema are reported as
``operation_invalid`` changes (coordinate ``query name`` / ``fragment Name``), except problems
inside a definition that an affecting breaking change already points into (they are the same
break, seen by the validator). Problems that already exist against the old schema are not
passed over: they are ``operation_already_invalid`` (breaking), since the client built from
those operations cannot work against either schema.

Leniency (:class:`Leniency`, read from the codegen config): an enum whose generated model
accepts unknown values (``LenientEnumsPlugin``) or a union/interface whose ``__typename`` is
open does not escalate an added value/member to breaking: it stays dangerous.

Ignore rules (:class:`IgnoreRule`): a change whose coordinate and code match a rule is kept in
the report with the rule's reason but never fails (``Change.ignored``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase

from graphql import GraphQLSchema

from .errors import SourcePosition
from .kinds import SEVERITY_RANK, ChangeKind, FailOn, Severity
from .operations import (
    OperationFile,
    OperationProblem,
    UsageIndex,
    definitions_containing,
    index_usages,
    positions,
    validate_operations,
)
from .walk import Found, walk

__all__ = [
    "Change",
    "ChangeKind",
    "DiffReport",
    "FailOn",
    "IgnoreRule",
    "Leniency",
    "Severity",
    "Strictness",
    "diff_schemas",
]


@dataclass(frozen=True)
class Change:
    """One classified difference; ``locations`` are operation positions it affects."""

    kind: ChangeKind
    severity: Severity
    coordinate: str
    reason: str
    affects_client: bool = True
    locations: tuple[SourcePosition, ...] = ()
    ignored: str | None = None
    """The reason of the ignore rule that accepts this change (it then never fails)."""

    @property
    def code(self) -> str:
        return self.kind.code

    def sort_key(self) -> tuple[int, bool, str, str, str]:
        """Severity first, client-affecting first, then coordinate (stable for equal ones)."""
        rank = SEVERITY_RANK[self.severity]
        return (rank, not self.affects_client, self.coordinate, self.kind.value, self.reason)


@dataclass(frozen=True)
class DiffReport:
    """All changes, sorted; ``operations_checked`` tells whether verdicts are client-aware."""

    changes: tuple[Change, ...]
    operations_checked: bool = False

    def by_severity(self, severity: Severity) -> list[Change]:
        return [change for change in self.changes if change.severity == severity]

    def failing(self, fail_on: FailOn = "breaking") -> list[Change]:
        """Changes that make CI fail (ignored ones never do).

        ``breaking``: breaking changes that affect the client (all of them without operations).
        ``dangerous``: the strict mode, every breaking or dangerous change, used or not.
        ``never``: nothing.
        """
        if fail_on == "never":
            return []
        live = [c for c in self.changes if c.ignored is None]
        if fail_on == "dangerous":
            return [c for c in live if c.severity in ("breaking", "dangerous")]
        return [c for c in live if c.severity == "breaking" and c.affects_client]

    def exit_code(self, fail_on: FailOn = "breaking") -> int:
        """0 when nothing fails under ``fail_on``, 1 otherwise."""
        return 1 if self.failing(fail_on) else 0


@dataclass(frozen=True)
class Leniency:
    """Which closed types the generated models accept leniently.

    ``enums``/``unions``: True for all of them, or the names of those that are (unions also
    cover interfaces: both are read through a closed ``__typename``)."""

    enums: bool | frozenset[str] = False
    unions: bool | frozenset[str] = False

    def accepts_unknown(self, kind: ChangeKind, type_name: str) -> bool:
        which = self.enums if kind is ChangeKind.ENUM_VALUE_ADDED else self.unions
        return which if isinstance(which, bool) else type_name in which


@dataclass(frozen=True)
class IgnoreRule:
    """Accept matching changes, for a stated reason.

    ``coordinate`` is a glob (``Query.legacy*``, ``PhpVersion.*``); ``code`` a change code
    (``FIELD_REMOVED``) or None for any. At least one of them is given."""

    reason: str
    coordinate: str | None = None
    code: str | None = None

    def matches(self, change: Change) -> bool:
        if self.code is not None and self.code.upper() != change.code:
            return False
        return self.coordinate is None or fnmatchcase(change.coordinate, self.coordinate)


@dataclass(frozen=True)
class Strictness:
    """What a project's config says about how to judge changes."""

    lenient: Leniency = field(default_factory=Leniency)
    ignore: tuple[IgnoreRule, ...] = ()


def diff_schemas(
    old: GraphQLSchema,
    new: GraphQLSchema,
    operations: Sequence[OperationFile] | None = None,
    *,
    lenient: Leniency | None = None,
    ignore: Iterable[IgnoreRule] = (),
) -> DiffReport:
    """Compare ``old`` to ``new``; with ``operations``, judge each change for this client."""
    lenient = lenient or Leniency()
    found = [_soften(f, lenient) for f in walk(old, new)]
    if operations is None:
        changes = [
            Change(f.kind, f.severity, f.coordinate, f.reason, affects_client=True) for f in found
        ]
    else:
        index = index_usages(old, operations)
        changes = [_judge(f, index) for f in found]
        changes.extend(_operation_changes(old, new, operations, changes))
    rules = tuple(ignore)
    changes = [_ignored(change, rules) for change in changes]
    return DiffReport(
        tuple(sorted(changes, key=Change.sort_key)), operations_checked=operations is not None
    )


def _soften(found: Found, lenient: Leniency) -> Found:
    """A lenient model accepts the new value/member: it stays dangerous, not breaking."""
    if found.closed_type is None or not lenient.accepts_unknown(found.kind, found.closed_type):
        return found
    return replace(
        found,
        escalated_reason=None,
        reason=f"{found.reason} (the generated {found.closed_type} accepts unknown values)",
    )


def _ignored(change: Change, rules: tuple[IgnoreRule, ...]) -> Change:
    rule = next((r for r in rules if r.matches(change)), None)
    return change if rule is None else replace(change, ignored=rule.reason)


# --- client verdicts -------------------------------------------------------------------------


def _judge(found: Found, index: UsageIndex) -> Change:
    locations = positions(found.usages(index)) if found.usages else ()
    severity, reason = found.severity, found.reason
    if found.escalated_reason is not None and locations:
        severity, reason = "breaking", found.escalated_reason
    return Change(found.kind, severity, found.coordinate, reason, bool(locations), locations)


def _operation_changes(
    old: GraphQLSchema,
    new: GraphQLSchema,
    operations: Sequence[OperationFile],
    changes: list[Change],
) -> list[Change]:
    """Validation problems against the new schema (minus those a change already explains),
    and those the operations already had against the old one."""

    def key(problem: OperationProblem) -> tuple[SourcePosition | None, str]:
        return (problem.position, problem.message)

    old_problems = validate_operations(old, operations)
    before = {key(p) for p in old_problems}
    result = [
        _problem_change(
            ChangeKind.OPERATION_ALREADY_INVALID,
            problem,
            f"does not validate against the old schema either: {problem.message}",
        )
        for problem in old_problems
    ]
    new_problems = [p for p in validate_operations(new, operations) if key(p) not in before]
    if not new_problems:
        return result
    explained = definitions_containing(
        operations,
        (
            pos
            for change in changes
            if change.severity == "breaking" and change.affects_client
            for pos in change.locations
        ),
    )
    for problem in new_problems:
        if problem.definition is not None and problem.definition in explained:
            continue
        result.append(
            _problem_change(
                ChangeKind.OPERATION_INVALID, problem, f"no longer validates: {problem.message}"
            )
        )
    return result


def _problem_change(kind: ChangeKind, problem: OperationProblem, reason: str) -> Change:
    return Change(
        kind,
        "breaking",
        problem.definition or "<operations>",
        reason,
        affects_client=True,
        locations=(problem.position,) if problem.position else (),
    )
