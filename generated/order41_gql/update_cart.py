from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class UpdateCart(BaseModel):
    update_cart: Optional["UpdateCartUpdateCart"]


UpdateCartUpdateCart = CartFields
