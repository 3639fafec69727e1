from typing import Optional

from .base_model import BaseModel
from .fragments import CartProductFields


class UpdateCartProduct(BaseModel):
    update_cart_product: Optional["UpdateCartProductUpdateCartProduct"]


UpdateCartProductUpdateCartProduct = CartProductFields
