from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class AddToCart(BaseModel):
    add_to_cart: Optional["AddToCartAddToCart"]


AddToCartAddToCart = CartFields
