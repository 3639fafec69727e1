from typing import Optional

from .base_model import BaseModel


class OrderDrops(BaseModel):
    order_drops: Optional[str]
