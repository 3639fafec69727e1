from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class AddProductToOrder(BaseModel):
    add_product_to_order: Optional["AddProductToOrderAddProductToOrder"]


AddProductToOrderAddProductToOrder = OrderFields
