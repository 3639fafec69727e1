from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import PerformanceScanFields


class StartPerformanceScan(BaseModel):
    performance_scan_start: Optional["StartPerformanceScanPerformanceScanStart"] = (
        Field(alias="PerformanceScanStart")
    )


StartPerformanceScanPerformanceScanStart = PerformanceScanFields
