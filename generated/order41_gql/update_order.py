from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class UpdateOrder(BaseModel):
    update_order: Optional["UpdateOrderUpdateOrder"]


UpdateOrderUpdateOrder = OrderFields
