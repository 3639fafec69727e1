from typing import Optional

from .base_model import BaseModel


class GetDropRate(BaseModel):
    get_drop_rate: Optional["GetDropRateGetDropRate"]


class GetDropRateGetDropRate(BaseModel):
    drop_id: Optional[str]
    rate: Optional[int]
