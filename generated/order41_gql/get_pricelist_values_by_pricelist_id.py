from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistValueFields


class GetPricelistValuesByPricelistId(BaseModel):
    get_pricelist_values_by_pricelist_id: Optional[
        list[Optional["GetPricelistValuesByPricelistIdGetPricelistValuesByPricelistId"]]
    ]


GetPricelistValuesByPricelistIdGetPricelistValuesByPricelistId = PricelistValueFields
