from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class CreateOrder(BaseModel):
    create_order: Optional["CreateOrderCreateOrder"]


CreateOrderCreateOrder = OrderFields
