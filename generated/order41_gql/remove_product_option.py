from typing import Optional

from .base_model import BaseModel


class RemoveProductOption(BaseModel):
    remove_product_option: Optional["RemoveProductOptionRemoveProductOption"]


class RemoveProductOptionRemoveProductOption(BaseModel):
    id: Optional[str]
    name: Optional[str]
    order: Optional[int]
