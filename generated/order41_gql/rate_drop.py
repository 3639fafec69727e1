from typing import Optional

from .base_model import BaseModel


class RateDrop(BaseModel):
    rate_drop: Optional["RateDropRateDrop"]


class RateDropRateDrop(BaseModel):
    drop_id: Optional[str]
    rate: Optional[int]
