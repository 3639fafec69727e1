from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import MonitorValueFields


class MonitorMemoryUsage(BaseModel):
    monitor_memory_usage: Optional[
        list[Optional["MonitorMemoryUsageMonitorMemoryUsage"]]
    ] = Field(alias="MonitorMemoryUsage")


MonitorMemoryUsageMonitorMemoryUsage = MonitorValueFields
