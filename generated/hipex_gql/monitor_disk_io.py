from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import MonitorValueFields


class MonitorDiskIo(BaseModel):
    monitor_disk_io: Optional[list[Optional["MonitorDiskIoMonitorDiskIo"]]] = Field(
        alias="MonitorDiskIo"
    )


MonitorDiskIoMonitorDiskIo = MonitorValueFields
