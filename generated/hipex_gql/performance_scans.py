from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import PerformanceScanFields


class PerformanceScans(BaseModel):
    performance_scan: Optional[list[Optional["PerformanceScansPerformanceScan"]]] = (
        Field(alias="PerformanceScan")
    )


PerformanceScansPerformanceScan = PerformanceScanFields
