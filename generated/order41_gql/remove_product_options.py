from typing import Optional

from .base_model import BaseModel


class RemoveProductOptions(BaseModel):
    remove_product_options: Optional[
        list[Optional["RemoveProductOptionsRemoveProductOptions"]]
    ]


class RemoveProductOptionsRemoveProductOptions(BaseModel):
    id: Optional[str]
    name: Optional[str]
    order: Optional[int]
