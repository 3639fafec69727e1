from typing import Optional

from .base_model import BaseModel


class RemoveProductsFromDrop(BaseModel):
    remove_products_from_drop: Optional[int]
