from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistValueFields


class UpdatePricelistValue(BaseModel):
    update_pricelist_value: Optional["UpdatePricelistValueUpdatePricelistValue"]


UpdatePricelistValueUpdatePricelistValue = PricelistValueFields
