from typing import Optional

from .base_model import BaseModel


class CreateProductOptions(BaseModel):
    create_product_options: Optional[
        list[Optional["CreateProductOptionsCreateProductOptions"]]
    ]


class CreateProductOptionsCreateProductOptions(BaseModel):
    id: Optional[str]
    name: Optional[str]
    order: Optional[int]
