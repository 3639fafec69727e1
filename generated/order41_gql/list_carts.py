from typing import Optional

from .base_model import BaseModel
from .fragments import CartFields


class ListCarts(BaseModel):
    list_carts: Optional[list[Optional["ListCartsListCarts"]]]


ListCartsListCarts = CartFields
