from typing import Optional

from .base_model import BaseModel
from .fragments import ProductFields


class ListProducts(BaseModel):
    list_products: Optional[list[Optional["ListProductsListProducts"]]]


ListProductsListProducts = ProductFields
