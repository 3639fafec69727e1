from typing import Optional

from .base_model import BaseModel
from .fragments import ProductFields


class UpdateProduct(BaseModel):
    update_product: Optional["UpdateProductUpdateProduct"]


UpdateProductUpdateProduct = ProductFields
