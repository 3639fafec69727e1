from typing import Optional

from .base_model import BaseModel


class GetOrdersPricelistId(BaseModel):
    get_orders_pricelist_id: Optional["GetOrdersPricelistIdGetOrdersPricelistId"]


class GetOrdersPricelistIdGetOrdersPricelistId(BaseModel):
    pricelist_id: Optional[str]
    valid: Optional[bool]
