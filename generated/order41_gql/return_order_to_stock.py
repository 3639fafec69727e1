from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class ReturnOrderToStock(BaseModel):
    return_order_to_stock: Optional["ReturnOrderToStockReturnOrderToStock"]


ReturnOrderToStockReturnOrderToStock = OrderFields
