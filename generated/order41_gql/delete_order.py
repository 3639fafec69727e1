from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class DeleteOrder(BaseModel):
    delete_order: Optional["DeleteOrderDeleteOrder"]


DeleteOrderDeleteOrder = OrderFields
