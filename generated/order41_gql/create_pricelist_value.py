from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistValueFields


class CreatePricelistValue(BaseModel):
    create_pricelist_value: Optional["CreatePricelistValueCreatePricelistValue"]


CreatePricelistValueCreatePricelistValue = PricelistValueFields
