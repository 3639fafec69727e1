from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class GetOrder(BaseModel):
    get_order: Optional["GetOrderGetOrder"]


GetOrderGetOrder = OrderFields
