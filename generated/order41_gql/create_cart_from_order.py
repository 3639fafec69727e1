from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class CreateCartFromOrder(BaseModel):
    create_cart_from_order: Optional["CreateCartFromOrderCreateCartFromOrder"]


CreateCartFromOrderCreateCartFromOrder = CartFields
