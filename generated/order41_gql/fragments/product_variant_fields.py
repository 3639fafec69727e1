from datetime import datetime
from typing import Optional

from ..base_model import BaseModel


class ProductVariantFields(BaseModel):
    color: Optional[str]
    cost: Optional[float]
    created_at: Optional[datetime]
    id: Optional[str]
    inventory_stock: Optional[str]
    option_value_1: Optional[str]
    option_value_2: Optional[str]
    option_value_3: Optional[str]
    option_value_4: Optional[str]
    option_value_5: Optional[str]
    parent_id: Optional[str]
    price: Optional[float]
    row_order: Optional[int]
    rrp: Optional[str]
    sku: Optional[str]
    updated_at: Optional[datetime]
