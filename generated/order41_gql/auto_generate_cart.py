from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class AutoGenerateCart(BaseModel):
    auto_generate_cart: Optional["AutoGenerateCartAutoGenerateCart"]


AutoGenerateCartAutoGenerateCart = CartFields
