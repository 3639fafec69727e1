from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class GetCart(BaseModel):
    get_cart: Optional["GetCartGetCart"]


GetCartGetCart = CartFields
