from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import MonitorValueFields


class MonitorNetworkTraffic(BaseModel):
    monitor_network_traffic: Optional[
        list[Optional["MonitorNetworkTrafficMonitorNetworkTraffic"]]
    ] = Field(alias="MonitorNetworkTraffic")


MonitorNetworkTrafficMonitorNetworkTraffic = MonitorValueFields
