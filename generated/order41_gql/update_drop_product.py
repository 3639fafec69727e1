from typing import Optional

from .base_model import BaseModel


class UpdateDropProduct(BaseModel):
    update_drop_product: Optional["UpdateDropProductUpdateDropProduct"]


class UpdateDropProductUpdateDropProduct(BaseModel):
    drop_id: Optional[str]
    id: Optional[str]
    product: Optional["UpdateDropProductUpdateDropProductProduct"]
    product_id: Optional[str]
    row_order: Optional[int]


class UpdateDropProductUpdateDropProductProduct(BaseModel):
    id: Optional[str]
    name: Optional[str]
    sku: Optional[str]
    urlkey: Optional[str]
