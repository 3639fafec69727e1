from datetime import datetime
from typing import Optional

from ..base_model import BaseModel


class PerformanceScanFields(BaseModel):
    id: int
    name: Optional[str]
    url: str
    created_at: datetime
    finished: Optional[datetime]
    score: Optional[float]
    screen_desktop: Optional[str]
    screen_mobile: Optional[str]
    domain: Optional["PerformanceScanFieldsDomain"]
    groups: Optional[list[Optional["PerformanceScanFieldsGroups"]]]


class PerformanceScanFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class PerformanceScanFieldsGroups(BaseModel):
    name: Optional[str]
    score: Optional[float]
    items: Optional[list[Optional["PerformanceScanFieldsGroupsItems"]]]


class PerformanceScanFieldsGroupsItems(BaseModel):
    name: Optional[str]
    value: Optional[str]
    general_description: Optional[str]
    scan_description: Optional[str]
