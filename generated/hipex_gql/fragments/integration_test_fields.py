from datetime import datetime
from typing import Optional

from ..base_model import BaseModel


class IntegrationTestFields(BaseModel):
    id: int
    name: Optional[str]
    finished: Optional[datetime]
    max_request_time: Optional[int]
    total_time: Optional[float]
    domain: Optional["IntegrationTestFieldsDomain"]
    previous_test: Optional["IntegrationTestFieldsPreviousTest"]
    schedule: Optional["IntegrationTestFieldsSchedule"]
    steps: Optional[list[Optional["IntegrationTestFieldsSteps"]]]


class IntegrationTestFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class IntegrationTestFieldsPreviousTest(BaseModel):
    id: int
    finished: Optional[datetime]


class IntegrationTestFieldsSchedule(BaseModel):
    id: int


class IntegrationTestFieldsSteps(BaseModel):
    id: int
    url: Optional[str]
    started: Optional[datetime]
    time_spend: Optional[float]
    status: Optional[str]
    result: Optional[str]
    screen_shot_path: Optional[str]
