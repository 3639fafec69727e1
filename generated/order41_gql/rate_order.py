from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class RateOrder(BaseModel):
    rate_order: Optional["RateOrderRateOrder"]


RateOrderRateOrder = OrderFields
