from datetime import datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel
from ..enums import (
    StatusType,
)


class ChecklistFields(BaseModel):
    id: int
    status: Optional[StatusType]
    error: Optional[str]
    finished: Optional[datetime]
    groups_to_run: Optional[list[Optional[str]]]
    domain: Optional["ChecklistFieldsDomain"]
    application_info: Optional["ChecklistFieldsApplicationInfo"]
    groups: Optional[list[Optional["ChecklistFieldsGroups"]]]


class ChecklistFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class ChecklistFieldsApplicationInfo(BaseModel):
    type_: str = Field(alias="type")
    version: Optional[str]
    latest_version: Optional[str]
    url: Optional[str]


class ChecklistFieldsGroups(BaseModel):
    title: Optional[str]
    checks: Optional[list[Optional["ChecklistFieldsGroupsChecks"]]]


class ChecklistFieldsGroupsChecks(BaseModel):
    title: Optional[str]
    tooltip: Optional[str]
    status: Optional[StatusType]
    status_level: Optional[int]
    error: Optional[str]
