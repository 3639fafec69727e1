from typing import Optional

from .base_model import BaseModel


class AddProductsToDrop(BaseModel):
    add_products_to_drop: Optional[int]
