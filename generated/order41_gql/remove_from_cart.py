from typing import Optional

from .base_model import BaseModel
from .fragments import CartProductFields


class RemoveFromCart(BaseModel):
    remove_from_cart: Optional["RemoveFromCartRemoveFromCart"]


RemoveFromCartRemoveFromCart = CartProductFields
