from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class DeleteCart(BaseModel):
    delete_cart: Optional["DeleteCartDeleteCart"]


DeleteCartDeleteCart = CartFields
