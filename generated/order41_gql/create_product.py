from typing import Optional

from .base_model import BaseModel
from .fragments import ProductFields


class CreateProduct(BaseModel):
    create_product: Optional["CreateProductCreateProduct"]


CreateProductCreateProduct = ProductFields
