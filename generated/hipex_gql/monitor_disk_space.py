from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import MonitorValueFields


class MonitorDiskSpace(BaseModel):
    monitor_disk_space: Optional[list[Optional["MonitorDiskSpaceMonitorDiskSpace"]]] = (
        Field(alias="MonitorDiskSpace")
    )


MonitorDiskSpaceMonitorDiskSpace = MonitorValueFields
