from datetime import datetime
from typing import Optional

from ..base_model import BaseModel


class ServerChangeFields(BaseModel):
    id: int
    entity_type: str
    entity_id: Optional[int]
    entity_name: str
    action: str
    created_at: Optional[datetime]
    meta_data: Optional[list[Optional[str]]]
    started: Optional[datetime]
    finished: Optional[datetime]
    successful: Optional[bool]
    user: Optional["ServerChangeFieldsUser"]
    executions: Optional[list[Optional["ServerChangeFieldsExecutions"]]]


class ServerChangeFieldsUser(BaseModel):
    id: int
    user: str


class ServerChangeFieldsExecutions(BaseModel):
    started: Optional[datetime]
    finished: Optional[datetime]
    successful: Optional[bool]
    steps: Optional[list[Optional["ServerChangeFieldsExecutionsSteps"]]]


class ServerChangeFieldsExecutionsSteps(BaseModel):
    message: Optional[str]
    message_arguments: Optional[list[Optional[str]]]
    finished: Optional[datetime]
    successful: Optional[bool]
