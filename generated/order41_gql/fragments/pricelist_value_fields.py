from typing import Optional

from ..base_model import BaseModel


class PricelistValueFields(BaseModel):
    drop_id: Optional[str]
    id: Optional[str]
    owner_id: Optional[str]
    price: Optional[float]
    pricelist_id: Optional[str]
    product_id: Optional[str]
    rrp: Optional[str]
    product: Optional["PricelistValueFieldsProduct"]


class PricelistValueFieldsProduct(BaseModel):
    id: Optional[str]
    name: Optional[str]
    sku: Optional[str]
    urlkey: Optional[str]
