from typing import Optional

from .base_model import BaseModel
from .fragments import ProductFields


class DeleteProducts(BaseModel):
    delete_products: Optional[list[Optional["DeleteProductsDeleteProducts"]]]


DeleteProductsDeleteProducts = ProductFields
