from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class MonitorValidate(BaseModel):
    monitor_validate: Optional["MonitorValidateMonitorValidate"] = Field(
        alias="MonitorValidate"
    )


class MonitorValidateMonitorValidate(BaseModel):
    domain_name: str
    successful: Optional[bool]
    result: Optional[list[Optional["MonitorValidateMonitorValidateResult"]]]


class MonitorValidateMonitorValidateResult(BaseModel):
    successful: Optional[bool]
    message: Optional[str]
    message_arguments: Optional[list[Optional[str]]]
