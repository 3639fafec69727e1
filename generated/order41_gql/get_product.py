from typing import Optional

from .base_model import BaseModel
from .fragments import ProductFields


class GetProduct(BaseModel):
    get_product: Optional["GetProductGetProduct"]


GetProductGetProduct = ProductFields
