from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class DuplicateCart(BaseModel):
    duplicate_cart: Optional["DuplicateCartDuplicateCart"]


DuplicateCartDuplicateCart = CartFields
