"""Change kinds and severities: the vocabulary every schema report speaks."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

__all__ = ["SEVERITY_RANK", "ChangeKind", "FailOn", "Severity"]

Severity = Literal["breaking", "dangerous", "safe"]
FailOn = Literal["breaking", "dangerous", "never"]
SEVERITY_RANK: dict[str, int] = {"breaking": 0, "dangerous": 1, "safe": 2}


class ChangeKind(StrEnum):
    """What changed. The member name is the stable change code reports show
    (``FIELD_REMOVED``, as Rover and graphql-inspector print them); the value is the JSON
    ``kind``. Both are part of the report formats (docs/drift.md): never renamed."""

    TYPE_ADDED = "type_added"
    TYPE_REMOVED = "type_removed"
    TYPE_KIND_CHANGED = "type_kind_changed"
    FIELD_ADDED = "field_added"
    FIELD_REMOVED = "field_removed"
    FIELD_TYPE_CHANGED = "field_type_changed"
    ARG_ADDED = "arg_added"
    ARG_REMOVED = "arg_removed"
    ARG_TYPE_CHANGED = "arg_type_changed"
    ARG_DEFAULT_CHANGED = "arg_default_changed"
    INPUT_FIELD_ADDED = "input_field_added"
    INPUT_FIELD_REMOVED = "input_field_removed"
    INPUT_FIELD_TYPE_CHANGED = "input_field_type_changed"
    INPUT_FIELD_DEFAULT_CHANGED = "input_field_default_changed"
    ENUM_VALUE_ADDED = "enum_value_added"
    ENUM_VALUE_REMOVED = "enum_value_removed"
    UNION_MEMBER_ADDED = "union_member_added"
    UNION_MEMBER_REMOVED = "union_member_removed"
    INTERFACE_ADDED = "interface_added"
    INTERFACE_REMOVED = "interface_removed"
    DEPRECATION_ADDED = "deprecation_added"
    DEPRECATION_REMOVED = "deprecation_removed"
    DEPRECATION_CHANGED = "deprecation_changed"
    DESCRIPTION_CHANGED = "description_changed"
    SPECIFIED_BY_CHANGED = "specified_by_changed"
    ROOT_TYPE_CHANGED = "root_type_changed"
    DIRECTIVE_ADDED = "directive_added"
    DIRECTIVE_REMOVED = "directive_removed"
    DIRECTIVE_CHANGED = "directive_changed"
    DIRECTIVE_ARG_ADDED = "directive_arg_added"
    DIRECTIVE_ARG_REMOVED = "directive_arg_removed"
    DIRECTIVE_ARG_TYPE_CHANGED = "directive_arg_type_changed"
    DIRECTIVE_ARG_DEFAULT_CHANGED = "directive_arg_default_changed"
    DIRECTIVE_LOCATION_ADDED = "directive_location_added"
    DIRECTIVE_LOCATION_REMOVED = "directive_location_removed"
    OPERATION_INVALID = "operation_invalid"
    OPERATION_ALREADY_INVALID = "operation_already_invalid"

    @property
    def code(self) -> str:
        """The upper-case change code, e.g. ``FIELD_REMOVED``."""
        return self.name
