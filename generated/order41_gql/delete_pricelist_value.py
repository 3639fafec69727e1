from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistValueFields


class DeletePricelistValue(BaseModel):
    delete_pricelist_value: Optional["DeletePricelistValueDeletePricelistValue"]


DeletePricelistValueDeletePricelistValue = PricelistValueFields
