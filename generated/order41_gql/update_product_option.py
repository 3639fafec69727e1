from typing import Optional

from .base_model import BaseModel


class UpdateProductOption(BaseModel):
    update_product_option: Optional["UpdateProductOptionUpdateProductOption"]


class UpdateProductOptionUpdateProductOption(BaseModel):
    id: Optional[str]
    name: Optional[str]
    order: Optional[int]
