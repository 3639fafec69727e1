from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import MonitorValueFields


class MonitorServerLoad(BaseModel):
    monitor_server_load: Optional[
        list[Optional["MonitorServerLoadMonitorServerLoad"]]
    ] = Field(alias="MonitorServerLoad")


MonitorServerLoadMonitorServerLoad = MonitorValueFields
