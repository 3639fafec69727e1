from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class ListOrders(BaseModel):
    list_orders: Optional[list[Optional["ListOrdersListOrders"]]]


ListOrdersListOrders = OrderFields
