from typing import Optional

from .base_model import BaseModel
from .fragments import ProductFields


class DuplicateProduct(BaseModel):
    duplicate_product: Optional["DuplicateProductDuplicateProduct"]


DuplicateProductDuplicateProduct = ProductFields
